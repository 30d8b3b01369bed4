package dev.jpy.vm.object;

import java.util.LinkedHashMap;
import java.util.Map;

/** The builtin types and the exception hierarchy of 3.13 (their methods are installed by dev.jpy.vm.builtins). */
public final class Types {
    private Types() {}

    public static final PyType OBJECT = new PyType("object", new PyType[0], PyType.Layout.OBJECT, false);
    public static final PyType TYPE = builtin("type");
    public static final PyType INT = builtin("int");
    public static final PyType BOOL = new PyType("bool", new PyType[] {INT}, PyType.Layout.BUILTIN, false);
    public static final PyType FLOAT = builtin("float");
    public static final PyType COMPLEX = builtin("complex");
    public static final PyType STR = builtin("str");
    public static final PyType BYTES = builtin("bytes");
    public static final PyType BYTEARRAY = builtin("bytearray");
    public static final PyType MEMORYVIEW = builtin("memoryview");
    public static final PyType TUPLE = builtin("tuple");
    public static final PyType LIST = builtin("list");
    public static final PyType DICT = builtin("dict");
    public static final PyType SET = builtin("set");
    public static final PyType FROZENSET = builtin("frozenset");
    public static final PyType RANGE = builtin("range");
    public static final PyType SLICE = builtin("slice");
    public static final PyType FUNCTION = builtin("function");
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method");
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor");
    public static final PyType METHOD = builtin("method");
    public static final PyType CODE = builtin("code");
    public static final PyType CELL = builtin("cell");
    public static final PyType MODULE = builtin("module");
    public static final PyType PROPERTY = builtin("property");
    public static final PyType CLASSMETHOD = builtin("classmethod");
    public static final PyType STATICMETHOD = builtin("staticmethod");
    public static final PyType SUPER = builtin("super");
    public static final PyType MEMBER_DESCRIPTOR = builtin("member_descriptor");
    public static final PyType ITERATOR = builtin("iterator");
    public static final PyType LIST_ITERATOR = builtin("list_iterator");
    public static final PyType TUPLE_ITERATOR = builtin("tuple_iterator");
    public static final PyType RANGE_ITERATOR = builtin("range_iterator");
    public static final PyType STR_ITERATOR = builtin("str_ascii_iterator");
    public static final PyType DICT_KEYITERATOR = builtin("dict_keyiterator");
    public static final PyType DICT_VALUEITERATOR = builtin("dict_valueiterator");
    public static final PyType DICT_ITEMITERATOR = builtin("dict_itemiterator");
    public static final PyType SET_ITERATOR = builtin("set_iterator");
    public static final PyType ENUMERATE = builtin("enumerate");
    public static final PyType ZIP = builtin("zip");
    public static final PyType MAP = builtin("map");
    public static final PyType FILTER = builtin("filter");
    public static final PyType REVERSED = builtin("reversed");
    public static final PyType DICT_KEYS = builtin("dict_keys");
    public static final PyType DICT_VALUES = builtin("dict_values");
    public static final PyType DICT_ITEMS = builtin("dict_items");

    private static final Map<String, PyType> SINGLETONS = new LinkedHashMap<>();

    /** The exception classes by name, in definition order. */
    public static final Map<String, PyType> EXCEPTIONS = new LinkedHashMap<>();
    public static final PyType BASE_EXCEPTION = exc("BaseException", OBJECT);
    public static final PyType BASE_EXCEPTION_GROUP = exc("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = exc("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = exc("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = exc("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = exc("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = exc("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = exc("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = exc("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = exc("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = exc("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = exc("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = exc("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = exc("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = exc("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = exc("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = exc("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = exc("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = exc("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = exc("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = exc("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = exc("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = exc("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = exc("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = exc("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = exc("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = exc("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = exc("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = exc("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = exc("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = exc("RecursionError", RUNTIME_ERROR);
    public static final PyType PYTHON_FINALIZATION_ERROR = exc("PythonFinalizationError", RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = exc("StopAsyncIteration", EXCEPTION);
    public static final PyType STOP_ITERATION = exc("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = exc("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = exc("TabError", INDENTATION_ERROR);
    public static final PyType INCOMPLETE_INPUT_ERROR = exc("_IncompleteInputError", SYNTAX_ERROR);
    public static final PyType SYSTEM_ERROR = exc("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = exc("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = exc("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = exc("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = exc("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = exc("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = exc("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = exc("Warning", EXCEPTION);
    public static final PyType BYTES_WARNING = exc("BytesWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = exc("DeprecationWarning", WARNING);
    public static final PyType ENCODING_WARNING = exc("EncodingWarning", WARNING);
    public static final PyType FUTURE_WARNING = exc("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = exc("ImportWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = exc("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = exc("ResourceWarning", WARNING);
    public static final PyType RUNTIME_WARNING = exc("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = exc("SyntaxWarning", WARNING);
    public static final PyType UNICODE_WARNING = exc("UnicodeWarning", WARNING);
    public static final PyType USER_WARNING = exc("UserWarning", WARNING);
    public static final PyType EXCEPTION_GROUP = exc("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);

    private static PyType builtin(String name) {
        return new PyType(name, new PyType[] {OBJECT}, PyType.Layout.BUILTIN, false);
    }

    private static PyType exc(String name, PyType... bases) {
        PyType t = new PyType(name, bases, PyType.Layout.EXCEPTION, false);
        EXCEPTIONS.put(name, t);
        return t;
    }

    /** The type of None, NotImplemented or Ellipsis. */
    static synchronized PyType singletonType(String name) {
        return SINGLETONS.computeIfAbsent(name, Types::builtin);
    }
}
