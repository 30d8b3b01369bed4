package dev.jpy.vm.builtins;

import dev.jpy.marshal.code.LocationTable;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyCodeObj;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.run.Traceback;
import java.util.ArrayList;
import java.util.List;

/**
 * The traceback module: FrameSummary, StackSummary, extract/format/print of tracebacks and stacks written in Python
 * (lib/traceback.py) over four natives that reuse the uncaught-exception printer (dev.jpy.vm.run.Traceback).
 */
final class TracebackModule implements NativeModule {
    @Override public String name() { return "traceback"; }

    @Override public void init(PyDict d) {
        Args.def(d, "_format_exception", (a, k) -> {
            if (!(a[0] instanceof PyBaseException e)) throw Errors.type("Exception expected for value, " + Errors.typeName(a[0]) + " found");
            Integer limit = a[2] == PyNone.NONE ? null : (int) Ops.index(a[2]);
            return strs(Traceback.current().formatChunks(e, Ops.truthy(a[1]), limit));
        });
        Args.def(d, "_format_exception_only", (a, k) -> {
            List<String> lines = new ArrayList<>();
            for (String line : Traceback.exceptionOnly((PyBaseException) a[0]).split("(?<=\n)")) lines.add(line);
            return strs(lines);
        });
        Args.def(d, "_format_frame", (a, k) -> {
            LocationTable.Position p = new LocationTable.Position(num(a[1]), num(a[2]), num(a[3]), num(a[4]));
            return new PyStr(Traceback.current().frameText(Ops.str(a[0]), Ops.str(a[5]), p));
        });
        Args.def(d, "_getline", (a, k) -> {
            String line = Traceback.current().line(Ops.str(a[0]), (int) Ops.index(a[1]));
            return new PyStr(line == null ? "" : line + "\n");
        });
        Args.def(d, "_positions", (a, k) -> {
            PyCodeObj code = (PyCodeObj) a[0];
            long lasti = Ops.index(a[1]);
            LocationTable.Position p = lasti < 0 ? LocationTable.Position.UNKNOWN : code.positionOf((int) (lasti / 2));
            return PyTuple.of(pos(p.line()), pos(p.endLine()), pos(p.col()), pos(p.endCol()));
        });
        PySource.run("traceback", d);
    }

    private static PyList strs(List<String> items) {
        List<Object> out = new ArrayList<>();
        for (String s : items) out.add(new PyStr(s));
        return new PyList(out);
    }

    private static int num(Object o) { return o == PyNone.NONE ? -1 : (int) Ops.index(o); }

    private static Object pos(int v) { return v < 0 ? PyNone.NONE : PyInt.of(v); }

}
