package dev.jpy.vm.object;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The map of a dict: every change bumps {@link #version}, which the interpreter's LOAD_GLOBAL caches are keyed by.
 * A type's dict ({@link TypeDict}) also bumps {@link PyType#version}, which invalidates all attribute caches.
 */
public class VersionedMap extends LinkedHashMap<Object, Object> {
    /** Changes whenever the map may have changed. */
    public int version;

    void changed() { version++; }

    /** The map of a type's dict. */
    static final class TypeDict extends VersionedMap {
        @Override void changed() {
            version++;
            PyType.version++;
        }
    }

    @Override public Object put(Object k, Object v) { changed(); return super.put(k, v); }

    @Override public void putAll(Map<?, ?> m) { changed(); super.putAll(m); }

    @Override public Object remove(Object k) { changed(); return super.remove(k); }

    @Override public boolean remove(Object k, Object v) { changed(); return super.remove(k, v); }

    @Override public void clear() { changed(); super.clear(); }

    @Override public Object putIfAbsent(Object k, Object v) { changed(); return super.putIfAbsent(k, v); }

    @Override public boolean replace(Object k, Object o, Object v) { changed(); return super.replace(k, o, v); }

    @Override public Object replace(Object k, Object v) { changed(); return super.replace(k, v); }

    @Override public void replaceAll(BiFunction<? super Object, ? super Object, ?> f) { changed(); super.replaceAll(f); }

    @Override public Object computeIfAbsent(Object k, Function<? super Object, ?> f) { changed(); return super.computeIfAbsent(k, f); }

    @Override public Object computeIfPresent(Object k, BiFunction<? super Object, ? super Object, ?> f) { changed(); return super.computeIfPresent(k, f); }

    @Override public Object compute(Object k, BiFunction<? super Object, ? super Object, ?> f) { changed(); return super.compute(k, f); }

    @Override public Object merge(Object k, Object v, BiFunction<? super Object, ? super Object, ?> f) { changed(); return super.merge(k, v, f); }

    @Override protected boolean removeEldestEntry(Map.Entry<Object, Object> e) { return false; }

    // removals through keySet()/values()/entrySet() iterators and Entry.setValue bypass the methods above
    @Override public java.util.Set<Object> keySet() { changed(); return super.keySet(); }

    @Override public java.util.Collection<Object> values() { changed(); return super.values(); }

    @Override public java.util.Set<Map.Entry<Object, Object>> entrySet() { changed(); return super.entrySet(); }
}
