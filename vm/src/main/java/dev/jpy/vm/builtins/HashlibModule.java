package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyStr;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code hashlib}: md5, sha1, the SHA-2 and SHA-3 families on the JDK's MessageDigest; the hash objects are Python
 * (lib/hashlib.py) over one native function, {@code _digest(java_name, data)}.
 */
final class HashlibModule implements NativeModule {
    @Override public String name() { return "hashlib"; }

    @Override public void init(PyDict d) {
        Args.def(d, "_digest", (a, k) -> {
            Args.count("_digest", a, k, 2, 2);
            try {
                return new PyBytes(MessageDigest.getInstance(Args.str(a[0], "_digest").s).digest(((PyBytes) a[1]).b));
            } catch (NoSuchAlgorithmException e) {
                throw Errors.value("unsupported hash type " + ((PyStr) a[0]).s);
            }
        });
        PySource.run("hashlib", d);
    }
}
