package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.StructSeq;
import dev.jpy.vm.run.RunConfig;
import java.util.ArrayList;
import java.util.List;

/** sys.flags: the command-line flags of the run ({@link RunConfig}), a struct sequence as CPython's. */
final class SysFlags {
    private SysFlags() {}

    private static final List<String> NAMES = List.of("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
            "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits", "gil");
    /** The tuple holds every field but the last (gil, read by name only). */
    private static final PyType TYPE = StructSeq.newType("sys", "flags", NAMES, NAMES.size() - 1);

    static StructSeq create() {
        RunConfig cfg = RunConfig.current();
        List<Object> values = new ArrayList<>();
        for (String n : NAMES) {
            values.add(switch (n) {
                case "hash_randomization" -> PyInt.of(cfg.flags().contains("hash_seed_zero") ? 0 : 1);
                case "int_max_str_digits" -> PyInt.of(cfg.intMaxStrDigits());
                case "gil" -> PyInt.of(1);
                case "optimize" -> PyInt.of(cfg.cache().optimize());
                case "dont_write_bytecode" -> PyInt.of(cfg.cache().dontWriteBytecode() ? 1 : 0);
                case "verbose" -> PyInt.of(cfg.cache().verbose() != null ? 1 : 0);
                case "safe_path", "dev_mode" -> PyBool.of(cfg.flags().contains(n)); // bools in CPython
                default -> PyInt.of(cfg.flags().contains(n) ? 1 : 0);
            });
        }
        return StructSeq.of(TYPE, values.toArray());
    }
}
