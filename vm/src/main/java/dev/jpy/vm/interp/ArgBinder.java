package dev.jpy.vm.interp;

import dev.jpy.marshal.model.PyCode;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFunction;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import java.util.ArrayList;
import java.util.List;

/** Binds call arguments to a function's parameter slots, with CPython's TypeError messages. */
final class ArgBinder {
    private ArgBinder() {}

    static final int CO_VARARGS = 0x04, CO_VARKEYWORDS = 0x08;

    /** Fills {@code slots} from positional args followed by the values of kwnames (null when none). */
    static void bind(PyFunction fn, Object[] slots, Object[] args, PyTuple kwnames) {
        PyCode co = fn.code.code;
        int argcount = co.argCount(), kwonly = co.kwOnlyArgCount(), posonly = co.posOnlyArgCount();
        int flags = co.flags();
        int nkw = kwnames == null ? 0 : kwnames.items.length;
        int npos = args.length - nkw;
        int total = argcount + kwonly;
        int varargsSlot = (flags & CO_VARARGS) != 0 ? total : -1;
        int kwargsSlot = (flags & CO_VARKEYWORDS) != 0 ? total + (varargsSlot >= 0 ? 1 : 0) : -1;
        PyDict kwdict = null;
        if (kwargsSlot >= 0) slots[kwargsSlot] = kwdict = new PyDict();
        int n = Math.min(npos, argcount);
        System.arraycopy(args, 0, slots, 0, n);
        if (varargsSlot >= 0) {
            Object[] rest = new Object[Math.max(0, npos - argcount)];
            if (rest.length > 0) System.arraycopy(args, argcount, rest, 0, rest.length);
            slots[varargsSlot] = PyTuple.of(rest);
        } else if (npos > argcount) {
            throw tooManyPositional(fn, npos, args, kwnames);
        }
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            PyStr name = (PyStr) kwnames.items[k];
            Object value = args[npos + k];
            int idx = -1;
            for (int j = posonly; j < total; j++) {
                if (co.localName(j).equals(name.s)) { idx = j; break; }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.map.put(name, value);
                    continue;
                }
                for (int j = 0; j < posonly; j++) {
                    if (co.localName(j).equals(name.s)) {
                        if (posonlyAsKw == null) posonlyAsKw = new ArrayList<>();
                        posonlyAsKw.add(name.s);
                    }
                }
                if (posonlyAsKw != null) continue;
                throw Errors.type(fn.qualname + "() got an unexpected keyword argument '" + name.s + "'" + didYouMean(co, posonly, total, name.s));
            }
            if (slots[idx] != null) throw Errors.type(fn.qualname + "() got multiple values for argument '" + name.s + "'");
            slots[idx] = value;
        }
        if (posonlyAsKw != null) {
            throw Errors.type(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '" + String.join(", ", posonlyAsKw) + "'");
        }
        fillDefaults(fn, slots, argcount, total);
    }

    /** CPython's ". Did you mean 'x'?" after an unexpected keyword: the closest of the parameters that take keywords. */
    private static String didYouMean(dev.jpy.marshal.model.PyCode co, int posonly, int total, String wrong) {
        java.util.List<Object> names = new ArrayList<>();
        for (int j = posonly; j < total; j++) names.add(new dev.jpy.vm.object.PyStr(co.localName(j)));
        String best = dev.jpy.vm.run.Suggestions.closestKeyword(names, wrong);
        return best == null ? "" : ". Did you mean '" + best + "'?";
    }

    private static void fillDefaults(PyFunction fn, Object[] slots, int argcount, int total) {
        Object[] defs = fn.defaults == null ? new Object[0] : fn.defaults.items;
        int firstDefault = argcount - defs.length;
        List<String> missing = null;
        for (int j = 0; j < argcount; j++) {
            if (slots[j] != null) continue;
            if (j >= firstDefault) slots[j] = defs[j - firstDefault];
            else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(fn.code.code.localName(j));
            }
        }
        if (missing != null) throw missing(fn, missing, "positional");
        for (int j = argcount; j < total; j++) {
            if (slots[j] != null) continue;
            Object d = fn.kwdefaults == null ? null : fn.kwdefaults.map.get(new PyStr(fn.code.code.localName(j)));
            if (d != null) slots[j] = d;
            else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(fn.code.code.localName(j));
            }
        }
        if (missing != null) throw missing(fn, missing, "keyword-only");
    }

    private static RuntimeException missing(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.type(fn.qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s") + ": " + sb);
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, Object[] args, PyTuple kwnames) {
        PyCode co = fn.code.code;
        int argcount = co.argCount();
        int defaults = fn.defaults == null ? 0 : fn.defaults.items.length;
        String takes = defaults > 0 ? "from " + (argcount - defaults) + " to " + argcount : String.valueOf(argcount);
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (Object k : kwnames.items) {
                for (int j = argcount; j < argcount + co.kwOnlyArgCount(); j++) if (co.localName(j).equals(((PyStr) k).s)) kwonlyGiven++;
            }
        }
        String plural = (defaults > 0 || argcount != 1) ? "s" : "";
        String msg = fn.qualname + "() takes " + takes + " positional argument" + plural + " but " + given;
        if (kwonlyGiven > 0) {
            msg += " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were given";
        } else {
            msg += (given == 1 ? " was" : " were") + " given";
        }
        return Errors.type(msg);
    }
}
