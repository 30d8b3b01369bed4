package dev.jpy.marshal.model;

/** The {@code StopIteration} class itself ({@code 'S'}), as marshal can store it. */
public record PyStopIteration() implements PyObj {
    public static final PyStopIteration STOP_ITERATION = new PyStopIteration();
    @Override public String typeName() { return "type"; }
}
