package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Numbers;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBool;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyInstance;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyList;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyType;
import java.util.ArrayList;
import java.util.Collections;

/**
 * The hot paths of the collections classes in Java, installed over their Python definitions (same state layout):
 * _count_elements and deque's ends on its _items list and _head.
 */
final class CollectionsNative {
    private CollectionsNative() {}

    private static final PyStr ITEMS = PyStr.intern("_items"), HEAD = PyStr.intern("_head"),
            MAXLEN = PyStr.intern("_maxlen");

    /** _count_elements(mapping, iterable): what Counter.update does with an iterable (CPython's _collections helper). */
    static void countElements(PyDict d) {
        Args.def(d, "_count_elements", (a, k) -> {
            PyDict counts = (PyDict) a[0];
            Object it = Ops.iter(a[1]);
            for (Object x; (x = Ops.next(it)) != null; ) {
                Ops.checkHashable(x);
                Object old = counts.map.get(x);
                counts.map.put(x, old == null ? PyInt.of(1) : Arith.binary(Numbers.ADD, old, PyInt.of(1)));
            }
            return PyNone.NONE;
        });
    }

    static void install(PyDict d) {
        deque((PyType) d.get("deque"));
    }

    /** deque's ends: the items are _items[_head:], with the same growth and compaction as the Python methods. */
    private static void deque(PyType t) {
        Args.method(t, "append", (a, k) -> {
            Args.methodCount("append", a, k, 1, 1);
            ArrayList<Object> items = items(a[0]);
            items.add(a[1]);
            if (over(a[0], items)) popLeft(a[0], items);
            return PyNone.NONE;
        });
        Args.method(t, "appendleft", (a, k) -> {
            Args.methodCount("appendleft", a, k, 1, 1);
            ArrayList<Object> items = items(a[0]);
            int head = head(a[0]);
            if (head == 0) {
                int pad = Math.max(8, items.size());
                items.addAll(0, Collections.nCopies(pad, PyNone.NONE));
                head = pad;
            }
            items.set(--head, a[1]);
            setHead(a[0], head);
            if (over(a[0], items)) popRight(a[0], items);
            return PyNone.NONE;
        });
        Args.method(t, "pop", (a, k) -> {
            Args.methodCount("pop", a, k, 0, 0);
            return popRight(a[0], items(a[0]));
        });
        Args.method(t, "popleft", (a, k) -> {
            Args.methodCount("popleft", a, k, 0, 0);
            return popLeft(a[0], items(a[0]));
        });
        Args.method(t, "__len__", (a, k) -> PyInt.of(items(a[0]).size() - head(a[0])));
        Args.method(t, "__bool__", (a, k) -> PyBool.of(items(a[0]).size() != head(a[0])));
    }

    private static ArrayList<Object> items(Object self) {
        if (self instanceof PyInstance i && i.dict.map.get(ITEMS) instanceof PyList l) return l.items;
        throw Errors.type("descriptor requires a 'collections.deque' object but received '" + Errors.typeName(self) + "'");
    }

    private static int head(Object self) { return (int) ((PyInt) ((PyInstance) self).dict.map.get(HEAD)).v; }

    private static void setHead(Object self, int head) { ((PyInstance) self).dict.map.put(HEAD, PyInt.of(head)); }

    private static boolean over(Object self, ArrayList<Object> items) {
        return ((PyInstance) self).dict.map.get(MAXLEN) instanceof PyInt m && items.size() - head(self) > m.v;
    }

    private static Object popRight(Object self, ArrayList<Object> items) {
        int head = head(self);
        if (items.size() == head) throw Errors.index("pop from an empty deque");
        Object x = items.remove(items.size() - 1);
        if (items.size() == head) {
            items.clear();
            setHead(self, 0);
        }
        return x;
    }

    private static Object popLeft(Object self, ArrayList<Object> items) {
        int head = head(self);
        if (items.size() == head) throw Errors.index("pop from an empty deque");
        Object x = items.get(head);
        items.set(head++, PyNone.NONE);
        if (head == items.size()) {
            items.clear();
            head = 0;
        } else if (head > 32 && head * 2 > items.size()) {
            items.subList(0, head).clear();
            head = 0;
        }
        setHead(self, head);
        return x;
    }
}
