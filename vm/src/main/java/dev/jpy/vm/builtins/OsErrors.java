package dev.jpy.vm.builtins;

import dev.jpy.vm.object.PyBaseException;
import dev.jpy.vm.object.PyInt;
import dev.jpy.vm.object.PyRaise;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** OSError and its subclasses as CPython raises them from a failed system call: errno, strerror and filename. */
final class OsErrors {
    private OsErrors() {}

    static final int ENOENT = 2, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, ENOTEMPTY = 39;

    static PyRaise raise(int errno, String path) {
        PyType t = switch (errno) {
            case ENOENT -> Types.FILE_NOT_FOUND_ERROR;
            case EACCES -> Types.PERMISSION_ERROR;
            case EEXIST -> Types.FILE_EXISTS_ERROR;
            case ENOTDIR -> Types.NOT_A_DIRECTORY_ERROR;
            case EISDIR -> Types.IS_A_DIRECTORY_ERROR;
            default -> Types.OS_ERROR;
        };
        String msg = switch (errno) {
            case ENOENT -> "No such file or directory";
            case EACCES -> "Permission denied";
            case EEXIST -> "File exists";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case ENOTEMPTY -> "Directory not empty";
            default -> "Input/output error";
        };
        PyBaseException e = new PyBaseException(t, PyTuple.of(PyInt.of(errno), new PyStr(msg)));
        e.dict.put("errno", PyInt.of(errno));
        e.dict.put("strerror", new PyStr(msg));
        e.dict.put("filename", new PyStr(path));
        return e.raise();
    }

    /** The OSError for a Java I/O failure on path. */
    static PyRaise of(IOException x, String path) {
        if (x instanceof NoSuchFileException || x instanceof java.io.FileNotFoundException && !new java.io.File(path).isDirectory()) {
            return raise(ENOENT, path);
        }
        if (x instanceof java.io.FileNotFoundException f && String.valueOf(f.getMessage()).contains("Permission denied")) return raise(EACCES, path);
        if (x instanceof java.io.FileNotFoundException) return raise(EISDIR, path);
        if (x instanceof FileAlreadyExistsException) return raise(EEXIST, path);
        if (x instanceof DirectoryNotEmptyException) return raise(ENOTEMPTY, path);
        if (x instanceof NotDirectoryException) return raise(ENOTDIR, path);
        if (x instanceof AccessDeniedException) return raise(EACCES, path);
        return raise(5, path);
    }
}
