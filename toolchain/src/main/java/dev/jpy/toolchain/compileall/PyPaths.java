package dev.jpy.toolchain.compileall;

/** Python's {@code os.path} string rules on POSIX and {@code repr()} of a str, as compileall prints them. */
final class PyPaths {
    private PyPaths() {}

    /** {@code os.path.join(a, *rest)}: an absolute part restarts the path. */
    static String join(String first, String... rest) {
        StringBuilder sb = new StringBuilder(first);
        for (String p : rest) {
            if (p.startsWith("/")) {
                sb.setLength(0);
                sb.append(p);
            } else if (sb.isEmpty() || sb.charAt(sb.length() - 1) == '/') {
                sb.append(p);
            } else {
                sb.append('/').append(p);
            }
        }
        return sb.toString();
    }

    /** {@code os.path.basename}. */
    static String basename(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** {@code repr(s)} for a str: single quotes unless the text has one and no double quote. */
    static String repr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
            else if (c >= 0xDC80 && c <= 0xDCFF) sb.append(String.format("\\udc%02x", c & 0xff));
            else sb.appendCodePoint(c);
        });
        return sb.append(q).toString();
    }
}
