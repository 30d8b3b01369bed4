/**
 * jpy's virtual machine: runs CPython 3.13 code objects (from CPython-written {@code .pyc} files today, from
 * jpy's compiler later).
 *
 * <ul>
 *   <li>{@link dev.jpy.vm.object} — the object model: {@code PyObject} (each value knows its {@code PyType}),
 *       types with C3 MRO ({@code PyType}, {@code Types}: builtin types and the exception hierarchy), ints as a
 *       long with a BigInteger only past 64 bits ({@code PyInt}), {@code PyStr} counted in code points, dicts
 *       in insertion order keyed by CPython's equality/hash, and the protocols: attributes and calls
 *       ({@code Ops}), operators ({@code Arith}, {@code Numbers}, {@code Compare}), containers ({@code Seq}),
 *       {@code Repr}, {@code Format}. Run-time messages are CPython's, as constants in {@code Errors}.</li>
 *   <li>{@link dev.jpy.vm.interp} — {@code CodeLoader} decodes instructions once (one int per code unit, opcode
 *       numbers and cache sizes from the shared {@code dev.jpy.marshal.opcode.Opcode} table);
 *       {@code Interpreter.execute} is the dispatch loop with the frequent instructions inline and the rest in
 *       {@code Rare}; {@code Unwind} walks the exception table; {@code ArgBinder} binds arguments with CPython's
 *       TypeErrors; {@code Generator} suspends frames. Python exceptions travel as {@code PyRaise}; ordinary
 *       paths (loop ends, iterator exhaustion) use no Java exceptions.</li>
 *   <li>{@link dev.jpy.vm.builtins} — the builtins module, methods of the builtin types, and native modules
 *       ({@code NativeModule}, listed in {@code ModuleRegistry}: adding a module is one class).</li>
 *   <li>{@link dev.jpy.vm.run} — {@code PycRunner} runs {@code __main__} on a big-stack thread and prints
 *       uncaught exceptions as CPython 3.13 does ({@code Traceback}, {@code Markers}).</li>
 * </ul>
 */
package dev.jpy.vm;
