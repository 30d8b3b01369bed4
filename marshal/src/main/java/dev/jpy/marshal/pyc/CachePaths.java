package dev.jpy.marshal.pyc;

import java.util.Optional;

/**
 * Where importlib keeps the {@code .pyc} of a source file, and the way back (PEP 3147 / PEP 488),
 * computed on path strings exactly like CPython 3.13's {@code cache_from_source} and
 * {@code source_from_cache} on POSIX.
 */
public final class CachePaths {
    public static final String PYCACHE = "__pycache__";
    public static final String TAG = "cpython-313";
    private static final String OPT = "opt-";

    private CachePaths() {}

    /**
     * The cache path of {@code source}.
     *
     * @param optimization "" for none, or "1"/"2" (-O / -OO); must be alphanumeric
     * @param pycachePrefix -X pycache_prefix / PYTHONPYCACHEPREFIX, or null
     * @param cwd the directory a relative path is taken against when a prefix is used
     */
    public static String cacheFromSource(String source, String optimization, String pycachePrefix, String cwd) {
        String[] headTail = split(source);
        String head = headTail[0];
        String tail = headTail[1];
        int dot = tail.lastIndexOf('.');
        String base = dot < 0 ? "" : tail.substring(0, dot);
        String rest = dot < 0 ? tail : tail.substring(dot + 1);
        StringBuilder name = new StringBuilder(base.isEmpty() ? rest : base).append(dot < 0 ? "" : ".").append(TAG);
        if (!optimization.isEmpty()) {
            if (!isAlnum(optimization)) throw new IllegalArgumentException("'" + optimization + "' is not alphanumeric");
            name.append('.').append(OPT).append(optimization);
        }
        name.append(".pyc");
        if (pycachePrefix != null) {
            String abs = head.startsWith("/") ? head : join(cwd, head.startsWith("./") ? head.substring(2) : head);
            return join(pycachePrefix, stripLeadingSlashes(abs), name.toString());
        }
        return join(head, PYCACHE, name.toString());
    }

    /** The cache path with no optimization and no prefix. */
    public static String cacheFromSource(String source) {
        return cacheFromSource(source, "", null, null);
    }

    /**
     * The source path of a cache path, or empty when {@code pyc} is not laid out as importlib writes
     * it (the reason is then in {@link #sourceFromCacheError}).
     */
    public static Optional<String> sourceFromCache(String pyc, String pycachePrefix) {
        try {
            return Optional.of(sourceFromCacheOrThrow(pyc, pycachePrefix));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why {@code pyc} has no source path, or null when it has one. */
    public static String sourceFromCacheError(String pyc, String pycachePrefix) {
        try {
            sourceFromCacheOrThrow(pyc, pycachePrefix);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String sourceFromCacheOrThrow(String pyc, String pycachePrefix) {
        String[] headName = split(pyc);
        String head = headName[0];
        String name = headName[1];
        boolean inPrefix = false;
        if (pycachePrefix != null) {
            String stripped = stripTrailingSlashes(pycachePrefix);
            if (head.startsWith(stripped + "/")) {
                head = head.substring(stripped.length());
                inPrefix = true;
            }
        }
        if (!inPrefix) {
            String[] hp = split(head);
            if (!hp[1].equals(PYCACHE)) {
                throw new IllegalArgumentException(PYCACHE + " not bottom-level directory in '" + pyc + "'");
            }
            head = hp[0];
        }
        long dots = name.chars().filter(c -> c == '.').count();
        if (dots != 2 && dots != 3) throw new IllegalArgumentException("expected only 2 or 3 dots in '" + name + "'");
        if (dots == 3) {
            String[] parts = name.split("\\.", -1);
            String opt = parts[parts.length - 2];
            if (!opt.startsWith(OPT)) {
                throw new IllegalArgumentException("optimization portion of filename does not start with '" + OPT + "'");
            }
            if (!isAlnum(opt.substring(OPT.length()))) {
                throw new IllegalArgumentException("optimization level '" + opt + "' is not an alphanumeric value");
            }
        }
        String base = name.substring(0, name.indexOf('.'));
        return join(head, base + ".py");
    }

    /** importlib's {@code _path_split}: at the last separator. */
    static String[] split(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? new String[] {"", path} : new String[] {path.substring(0, i), path.substring(i + 1)};
    }

    /** importlib's POSIX {@code _path_join}: empty parts dropped, trailing separators stripped. */
    static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String p : parts) {
            if (p == null || p.isEmpty()) continue;
            if (!first) sb.append('/');
            sb.append(stripTrailingSlashes(p));
            first = false;
        }
        return sb.toString();
    }

    private static String stripTrailingSlashes(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == '/') e--;
        return s.substring(0, e);
    }

    private static String stripLeadingSlashes(String s) {
        int b = 0;
        while (b < s.length() && s.charAt(b) == '/') b++;
        return s.substring(b);
    }

    /** Python's str.isalnum for the ASCII-or-letters case (non-empty). */
    private static boolean isAlnum(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit);
    }
}
