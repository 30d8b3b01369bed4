package dev.jpy.vm.builtins;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.marshal.model.PyObj;
import dev.jpy.vm.interp.CodeLoader;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyCodeObj;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.Types;

/** {@code code.replace(**changes)}: a new code object with some fields changed, checked by CodeCheck before it can run. */
final class CodeReplace {
    private CodeReplace() {}

    static void install() {
        Args.method(Types.CODE, "replace", CodeReplace::replace);
    }

    private static Object replace(Object[] a, PyTuple k) {
        int npos = Args.npos(a, k);
        if (npos > 1) throw Errors.type("replace() takes no positional arguments");
        PyCode c = ((PyCodeObj) a[0]).code;
        int argc = c.argCount(), posonly = c.posOnlyArgCount(), kwonly = c.kwOnlyArgCount(), stack = c.stackSize(), flags = c.flags();
        int first = c.firstLineNo();
        dev.jpy.marshal.model.PyBytes code = c.code(), lines = c.lineTable(), exc = c.exceptionTable();
        dev.jpy.marshal.model.PyTuple consts = c.consts(), names = c.names();
        dev.jpy.marshal.model.PyStr name = c.name(), qualname = c.qualname(), filename = c.filename();
        for (int i = 0; k != null && i < k.items.length; i++) {
            String key = ((PyStr) k.items[i]).s;
            Object v = a[npos + i];
            switch (key) {
                case "co_argcount" -> argc = (int) Ops.index(v);
                case "co_posonlyargcount" -> posonly = (int) Ops.index(v);
                case "co_kwonlyargcount" -> kwonly = (int) Ops.index(v);
                case "co_stacksize" -> stack = (int) Ops.index(v);
                case "co_flags" -> flags = (int) Ops.index(v);
                case "co_firstlineno" -> first = (int) Ops.index(v);
                case "co_code" -> code = bytes(key, v);
                case "co_linetable" -> lines = bytes(key, v);
                case "co_exceptiontable" -> exc = bytes(key, v);
                case "co_consts" -> consts = tuple(key, v);
                case "co_names" -> names = tuple(key, v);
                case "co_name" -> name = str(key, v);
                case "co_qualname" -> qualname = str(key, v);
                case "co_filename" -> filename = str(key, v);
                default -> throw Errors.type("replace() got an unexpected keyword argument '" + key + "'");
            }
        }
        return new CodeLoader().load(new PyCode(argc, posonly, kwonly, stack, flags, code, consts, names, c.localsPlusNames(),
                c.localsPlusKinds(), filename, name, qualname, first, lines, exc));
    }

    private static dev.jpy.marshal.model.PyBytes bytes(String key, Object v) {
        if (!(v instanceof PyBytes b)) throw Errors.type("replace() argument '" + key + "' must be bytes, not " + Errors.typeName(v));
        return dev.jpy.marshal.model.PyBytes.of(b.b);
    }

    private static dev.jpy.marshal.model.PyStr str(String key, Object v) {
        if (!(v instanceof PyStr s)) throw Errors.type("replace() argument '" + key + "' must be str, not " + Errors.typeName(v));
        return dev.jpy.marshal.model.PyStr.of(s.s);
    }

    private static dev.jpy.marshal.model.PyTuple tuple(String key, Object v) {
        if (!(v instanceof PyTuple t)) throw Errors.type("replace() argument '" + key + "' must be tuple, not " + Errors.typeName(v));
        PyObj m = MarshalModule.toModel(t);
        return (dev.jpy.marshal.model.PyTuple) m;
    }
}
