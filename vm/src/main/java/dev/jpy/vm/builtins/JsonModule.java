package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import java.nio.charset.StandardCharsets;

/** {@code json}: dumps/dump/loads/load and JSONDecodeError, with CPython's output and error messages. */
final class JsonModule implements NativeModule {
    private static final String[] DUMPS_KW = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"};
    private static final String[] LOADS_KW = {"cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook", "strict"};

    @Override public String name() { return "json"; }

    @Override public void init(PyDict d) {
        d.put("JSONDecodeError", JsonDecoder.DECODE_ERROR);
        Args.def(d, "dumps", (a, k) -> {
            Args.onlyKeywords("dumps", k, DUMPS_KW);
            if (Args.npos(a, k) != 1) throw Errors.type("dumps() takes 1 positional argument but " + Args.npos(a, k) + " were given");
            return new PyStr(JsonEncoder.encode(a[0], options(a, k)));
        });
        Args.def(d, "dump", (a, k) -> {
            Args.onlyKeywords("dump", k, DUMPS_KW);
            if (Args.npos(a, k) != 2) throw Errors.type("dump() takes 2 positional arguments but " + Args.npos(a, k) + " were given");
            Ops.call(Ops.getattr(a[1], new PyStr("write")), new PyStr(JsonEncoder.encode(a[0], options(a, k))));
            return PyNone.NONE;
        });
        Args.def(d, "loads", (a, k) -> {
            Args.onlyKeywords("loads", k, LOADS_KW);
            if (Args.npos(a, k) != 1) throw Errors.type("loads() takes 1 positional argument but " + Args.npos(a, k) + " were given");
            return loads(a[0], a, k);
        });
        Args.def(d, "load", (a, k) -> {
            Args.onlyKeywords("load", k, LOADS_KW);
            if (Args.npos(a, k) != 1) throw Errors.type("load() takes 1 positional argument but " + Args.npos(a, k) + " were given");
            return loads(Ops.call(Ops.getattr(a[0], new PyStr("read"))), a, k);
        });
    }

    private static Object loads(Object doc, Object[] a, PyTuple k) {
        String text;
        if (doc instanceof PyStr s) text = s.s;
        else if (doc instanceof PyBytes b) text = new String(b.b, StandardCharsets.UTF_8);
        else throw Errors.type("the JSON object must be str, bytes or bytearray, not " + Errors.typeName(doc));
        if (doc instanceof PyStr && text.startsWith("\ufeff")) throw Errors.raise(JsonDecoder.DECODE_ERROR, "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)");
        return JsonDecoder.decode(text, new JsonDecoder.Hooks(given(a, k, "object_hook"), given(a, k, "object_pairs_hook"),
                given(a, k, "parse_float"), given(a, k, "parse_int")));
    }

    /** A keyword argument that was given and is not None, else null. */
    private static Object given(Object[] a, PyTuple k, String name) {
        Object v = Args.kw(a, k, name);
        return v == PyNone.NONE ? null : v;
    }

    private static boolean flag(Object[] a, PyTuple k, String name, boolean dflt) {
        Object v = Args.kw(a, k, name);
        return v == null ? dflt : Ops.truthy(v);
    }

    private static JsonEncoder.Options options(Object[] a, PyTuple k) {
        Object ind = given(a, k, "indent");
        String indent = ind == null ? null : ind instanceof PyInt n ? " ".repeat((int) Math.max(0, Ops.index(n))) : Ops.str(ind);
        String itemSep = indent == null ? ", " : ",", keySep = ": ";
        Object seps = given(a, k, "separators");
        if (seps != null) {
            var pair = Ops.toList(seps);
            if (pair.size() != 2) throw Errors.value("too many values to unpack (expected 2)");
            itemSep = Ops.str(pair.get(0));
            keySep = Ops.str(pair.get(1));
        }
        return new JsonEncoder.Options(indent, itemSep, keySep, flag(a, k, "sort_keys", false), flag(a, k, "ensure_ascii", true),
                flag(a, k, "allow_nan", true), flag(a, k, "skipkeys", false), flag(a, k, "check_circular", true), given(a, k, "default"));
    }
}
