package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;

/** sys.flags: the command-line flags of the run ({@link dev.jpy.vm.run.RunConfig}), read as attributes. */
final class SysFlags {
    private SysFlags() {}

    private static final String[] NAMES = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
        "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
        "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};

    static PyInstance create() {
        PyType t = new PyType("sys.flags", new PyType[] {Types.OBJECT}, PyType.Layout.OBJECT, false);
        PyInstance flags = new PyInstance(t);
        for (String n : NAMES) {
            var cfg = dev.jpy.vm.run.RunConfig.current();
            long v = switch (n) {
                case "hash_randomization" -> 1;
                case "int_max_str_digits" -> -1;
                case "optimize" -> cfg.cache().optimize();
                case "dont_write_bytecode" -> cfg.cache().dontWriteBytecode() ? 1 : 0;
                case "verbose" -> cfg.cache().verbose() != null ? 1 : 0;
                default -> cfg.flags().contains(n) ? 1 : 0;
            };
            flags.dict.put(n, n.equals("safe_path") ? dev.jpy.vm.object.PyBool.of(v != 0) : PyInt.of(v)); // a bool in CPython
        }
        return flags;
    }
}
