package dev.jpy.vm.builtins;

import dev.jpy.vm.object.Errors;
import dev.jpy.vm.object.PyBytes;
import dev.jpy.vm.object.PyNone;
import dev.jpy.vm.object.PyStr;
import dev.jpy.vm.object.PyTuple;
import dev.jpy.vm.object.PyType;
import dev.jpy.vm.object.Types;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The builtin open() (also io.open): mode checks with CPython's messages, then an {@link IoStream} over the file. */
final class IoOpen {
    private IoOpen() {}

    private static final String[] PARAMS = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

    static Object open(Object[] a, PyTuple k) {
        Args.onlyKeywords("open", k, PARAMS);
        Object[] p = new Object[PARAMS.length];
        for (int i = 0; i < p.length; i++) p[i] = ItertoolsModule.optional(a, k, i, PARAMS[i]);
        if (p[0] == null) throw Errors.type("open() missing required argument 'file' (pos 1)");
        String file;
        Object target = OsModule.fspath(p[0]);
        if (target instanceof PyStr s) file = s.s;
        else if (target instanceof PyBytes b) file = new String(b.b, StandardCharsets.UTF_8);
        else throw Errors.type("expected str, bytes or os.PathLike object, not " + Errors.typeName(p[0]));
        String mode = p[1] == null ? "r" : Args.str(p[1], "open() argument 'mode'").s;
        Object enc = none(p[3]), nl = none(p[5]);
        if (enc != null && !(enc instanceof PyStr)) throw Errors.type("open() argument 'encoding' must be str or None, not " + Errors.typeName(enc));
        if (nl != null && !(nl instanceof PyStr)) throw Errors.type("open() argument 'newline' must be str or None, not " + Errors.typeName(nl));
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwxabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) throw Errors.value("invalid mode: '" + mode + "'");
        }
        boolean reading = has(mode, 'r'), writing = has(mode, 'w'), appending = has(mode, 'a'), creating = has(mode, 'x');
        boolean binary = has(mode, 'b'), plus = has(mode, '+');
        if (binary && has(mode, 't')) throw Errors.value("can't have text and binary mode at once");
        int kinds = (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) + (creating ? 1 : 0);
        if (kinds > 1) throw Errors.value("must have exactly one of create/read/write/append mode");
        if (binary && enc != null) throw Errors.value("binary mode doesn't take an encoding argument");
        if (binary && none(p[4]) != null) throw Errors.value("binary mode doesn't take an errors argument");
        if (binary && nl != null) throw Errors.value("binary mode doesn't take a newline argument");
        if (kinds == 0) throw Errors.value("Must have exactly one of create/read/write/append mode and at most one plus");
        String newline = nl == null ? null : ((PyStr) nl).s;
        if (newline != null && !(newline.isEmpty() || newline.equals("\n") || newline.equals("\r") || newline.equals("\r\n"))) {
            throw Errors.value("illegal newline value: " + newline);
        }
        Charset cs = binary ? null : charset(enc == null ? "utf-8" : ((PyStr) enc).s);
        PyType t = !binary ? IoModule.TEXT_IO_WRAPPER : plus ? IoModule.BUFFERED_RANDOM : reading ? IoModule.BUFFERED_READER : IoModule.BUFFERED_WRITER;
        IoStream s = new IoStream(t, binary, false);
        s.path = OsModule.resolve(file);
        s.charset = cs;
        s.newline = newline;
        s.plus = plus;
        s.readable = reading || plus;
        s.writable = !reading || plus;
        s.dict.put("name", target);
        s.dict.put("mode", new PyStr(mode));
        if (!binary) s.dict.put("encoding", enc == null ? new PyStr("UTF-8") : enc);
        connect(s, file, reading, writing, appending, creating);
        return s;
    }

    private static Object none(Object o) { return o == PyNone.NONE ? null : o; }

    private static boolean has(String mode, char c) { return mode.indexOf(c) >= 0; }

    /** Opens the file as the mode asks: reads its content when it is read, opens its output stream when it is written. */
    private static void connect(IoStream s, String file, boolean reading, boolean writing, boolean appending, boolean creating) {
        Path path = s.path;
        if (Files.isDirectory(path)) throw OsErrors.raise(OsErrors.EISDIR, file);
        if ((reading || creating) && !reading == Files.exists(path)) {
            throw OsErrors.raise(reading ? OsErrors.ENOENT : OsErrors.EEXIST, file);
        }
        try {
            if (reading || appending && s.plus) load(s, Files.readAllBytes(path));
            if (s.plus) {
                if (!reading && !appending) Files.write(path, new byte[0]);
                s.pos = appending ? s.size() : 0;
            } else if (!reading) {
                if (appending && Files.exists(path)) s.pos = (int) Files.size(path);
                s.out = new FileOutputStream(path.toFile(), appending);
            }
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException x) {
            throw OsErrors.raise(OsErrors.ENOENT, file);
        } catch (IOException x) {
            throw OsErrors.of(x, file);
        }
    }

    private static void load(IoStream s, byte[] data) {
        if (s.binary) {
            s.bytes = data;
            s.blen = data.length;
            return;
        }
        try {
            String text = s.charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
            if (text.startsWith("\uFEFF") && s.charset.name().startsWith("UTF-16")) text = text.substring(1);
            s.text.append(s.translateIn(text));
        } catch (CharacterCodingException x) {
            throw Errors.raise(Types.UNICODE_ERROR, "'" + s.dict.get("encoding") + "' codec can't decode the content of " + s.path.getFileName());
        }
    }

    /** A Python codec name as a Java charset ("unknown encoding: x" when there is none). */
    static Charset charset(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        switch (n) {
            case "utf8", "utf-8", "u8": return StandardCharsets.UTF_8;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1": return StandardCharsets.ISO_8859_1;
            case "ascii", "us-ascii": return StandardCharsets.US_ASCII;
            default:
                try {
                    return Charset.forName(n);
                } catch (IllegalArgumentException x) {
                    throw Errors.raise(Types.LOOKUP_ERROR, "unknown encoding: " + name);
                }
        }
    }
}
