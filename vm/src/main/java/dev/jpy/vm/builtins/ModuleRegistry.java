package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyDict;
import dev.jpy.vm.object.PyModule;
import dev.jpy.vm.object.PyStr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The native modules by name; each is built on its first import and then shared (like sys.modules). */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    private static final List<NativeModule> MODULES = List.of(new SysModule(), new MathModule(), new FutureModule(), new OperatorModule(), new FunctoolsModule(), new ContextlibModule(),
            new TypesModule(), new AsyncioModule(), new ItertoolsModule(), new RandomModule(), new CollectionsModule(), new CollectionsAbcModule(),
            new StringModule(), new OsModule(), new OsPathModule(), new TimeModule(), new IoModule(), new AbcModule(), new HeapqModule(),
            new BisectModule(), new CopyModule(), new JsonModule(), new DataclassesModule(), new ImportlibModule(),
            new MarshalModule(), new TypingModule(), new EnumModule(), new TextwrapModule(), new ReModule(), new FractionsModule(),
            new StatisticsModule(), new DecimalModule(), new StructModule(), new WarningsModule(), new NumbersModule(),
            new HashlibModule(), new HmacModule(), new BinasciiModule(), new Base64Module(), new HtmlModule(), new CsvModule(),
            new TracebackModule(), new DatetimeModule(),
            new LoggingModule(), new LoggingHandlersModule(), new LoggingConfigModule(), new PprintModule(), new WeakrefModule(), new AtexitModule(), new GcModule(),
            new GraphlibModule(), new KeywordModule(), new QueueModule(), new DifflibModule(), new ShlexModule());
    private static final ThreadLocal<Map<String, PyModule>> LOADED = ThreadLocal.withInitial(HashMap::new);

    /** The module, or null when there is no native module of that name. */
    public static PyModule load(String name) {
        Map<String, PyModule> loaded = LOADED.get();
        PyModule m = loaded.get(name);
        if (m != null) return m;
        if (name.equals("posixpath")) { // os.path under its own name, as on CPython for POSIX
            m = load("os.path");
            loaded.put(name, m);
            return m;
        }
        if (name.equals("builtins")) {
            m = new PyModule(name, dev.jpy.vm.interp.VmState.get().builtins);
            loaded.put(name, m);
            return m;
        }
        for (NativeModule nm : MODULES) {
            if (nm.name().equals(name)) {
                PyDict d = new PyDict();
                d.put("__name__", new PyStr(name));
                nm.init(d);
                ModuleDunders.fill(name, d);
                m = new PyModule(name, d);
                loaded.put(name, m);
                return m;
            }
        }
        return null;
    }

    /** Whether this run has imported the native module {@code name}. */
    public static boolean isLoaded(String name) { return LOADED.get().containsKey(name); }

    /** Forgets loaded modules (a new program run starts fresh). */
    public static void reset() { LOADED.get().clear(); }
}
