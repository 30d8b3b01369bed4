package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyType;

/** The datetime module: date, time, datetime, timedelta, tzinfo and timezone, written in Python (lib/datetime*.py). */
final class DatetimeModule implements NativeModule {
    /** The classes CPython defines in C (_datetime): error messages name them "datetime.date" and so on. */
    private static final String[] C_TYPES = {"date", "time", "datetime", "timedelta", "tzinfo", "timezone", "_IsoCalendarDate"};

    @Override public String name() { return "datetime"; }

    @Override public void init(PyDict d) {
        PySource.run("datetime", d);
        PySource.run("datetime_tz", d);
        PySource.run("datetime_time", d);
        PySource.run("datetime_format", d);
        for (String n : C_TYPES) if (d.get(n) instanceof PyType t) t.tpName = "datetime." + t.name;
    }
}
