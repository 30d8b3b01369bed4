package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Arith;
import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.Ops;
import dev.jpy.vm.object.PyBuiltin;
import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyFloat;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** The time module: the clocks and sleep here, struct_time, gmtime, localtime, strftime and friends in lib/time.py. */
final class TimeModule implements NativeModule {
    @Override public String name() { return "time"; }

    private static final long START = System.nanoTime();

    @Override public void init(PyDict d) {
        Args.def(d, "time", (a, k) -> new PyFloat(nowNanos() / 1e9));
        Args.def(d, "time_ns", (a, k) -> PyInt.of(nowNanos()));
        for (String clock : new String[] {"perf_counter", "monotonic"}) {
            Args.def(d, clock, (a, k) -> new PyFloat((System.nanoTime() - START) / 1e9));
            Args.def(d, clock + "_ns", (a, k) -> PyInt.of(System.nanoTime() - START));
        }
        Args.def(d, "process_time", (a, k) -> new PyFloat(cpuNanos() / 1e9));
        Args.def(d, "process_time_ns", (a, k) -> PyInt.of(cpuNanos()));
        Args.def(d, "thread_time", (a, k) -> new PyFloat(threadNanos() / 1e9));
        Args.def(d, "thread_time_ns", (a, k) -> PyInt.of(threadNanos()));
        Args.def(d, "sleep", (a, k) -> {
            Args.count("sleep", a, k, 1, 1);
            if (!(a[0] instanceof PyInt || a[0] instanceof PyFloat)) {
                throw Errors.type("'" + Errors.typeName(a[0]) + "' object cannot be interpreted as an integer");
            }
            double s = Arith.toDouble(a[0]);
            if (s < 0) throw Errors.value("sleep length must be non-negative");
            try {
                Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyNone.NONE;
        });
        Args.def(d, "_fields", (a, k) -> fields(a[0], Ops.truthy(a[1])));
        Args.def(d, "_mktime", (a, k) -> {
            Object[] t = ((PyTuple) a[0]).items;
            LocalDateTime ldt = LocalDateTime.of((int) Ops.index(t[0]), 1, 1, 0, 0).plusMonths(Ops.index(t[1]) - 1)
                    .plusDays(Ops.index(t[2]) - 1).plusHours(Ops.index(t[3])).plusMinutes(Ops.index(t[4])).plusSeconds(Ops.index(t[5]));
            return new PyFloat(ldt.atZone(ZoneId.systemDefault()).toEpochSecond());
        });
        ZonedDateTime now = ZonedDateTime.now();
        ZoneId zone = ZoneId.systemDefault();
        int std = zone.getRules().getStandardOffset(Instant.now()).getTotalSeconds();
        d.put("timezone", PyInt.of(-std));
        d.put("altzone", PyInt.of(-std - (zone.getRules().isDaylightSavings(now.toInstant()) ? 3600 : 0)));
        d.put("daylight", PyInt.of(zone.getRules().getTransitionRules().isEmpty() ? 0 : 1));
        String stdName = zone.getDisplayName(TextStyle.SHORT, Locale.ROOT);
        d.put("tzname", PyTuple.of(new PyStr(stdName), new PyStr(stdName)));
        PySource.run("time", d);
        // CPython's are builtin functions: stored on a class (logging.Formatter.converter) they do not bind
        for (String name : new String[] {"gmtime", "localtime", "mktime", "strftime", "strptime", "asctime", "ctime"}) {
            Object f = d.get(name);
            d.put(name, new PyBuiltin(name, false, (a, k) -> Ops.call(f, a, k)));
        }
    }

    private static long nowNanos() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** CPU time of the thread running Python (user + system), as CLOCK_THREAD_CPUTIME_ID. */
    private static long threadNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : cpuNanos();
    }

    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return System.nanoTime() - START;
    }

    /** (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff) of a time in seconds, in UTC or local time. */
    private static PyTuple fields(Object secs, boolean local) {
        double s = secs == PyNone.NONE ? nowNanos() / 1e9 : Arith.toDouble(secs);
        if (Double.isNaN(s)) throw Errors.value("Invalid value NaN (not a number)");
        Instant i = Instant.ofEpochSecond((long) Math.floor(s));
        ZonedDateTime t = i.atZone(local ? ZoneId.systemDefault() : ZoneOffset.UTC);
        boolean dst = local && t.getZone().getRules().isDaylightSavings(i);
        String zoneName = local ? t.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT) : "GMT";
        if (local && zoneName.equals("Z")) zoneName = "UTC";
        return PyTuple.of(PyInt.of(t.getYear()), PyInt.of(t.getMonthValue()), PyInt.of(t.getDayOfMonth()), PyInt.of(t.getHour()),
                PyInt.of(t.getMinute()), PyInt.of(t.getSecond()), PyInt.of(t.getDayOfWeek().getValue() - 1), PyInt.of(t.getDayOfYear()),
                PyInt.of(local ? dst ? 1 : 0 : 0), new PyStr(zoneName), PyInt.of(t.getOffset().getTotalSeconds()));
    }
}
