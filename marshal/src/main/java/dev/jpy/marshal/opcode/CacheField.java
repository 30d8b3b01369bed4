package dev.jpy.marshal.opcode;

/**
 * One named field of an instruction's inline cache, as in CPython's {@code opcode._cache_format}.
 *
 * @param name the field name shown by {@code dis -C} (e.g. {@code "counter"}, {@code "version"})
 * @param size its size in 16-bit code units
 */
public record CacheField(String name, int size) {
}
