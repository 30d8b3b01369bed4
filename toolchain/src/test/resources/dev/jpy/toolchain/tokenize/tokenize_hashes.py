"""Per-file sha256 of `python -m tokenize FILE` and `python -m tokenize -e FILE` output, for a tree of .py files.

Usage: python3.13 tokenize_hashes.py ROOT [REL ...]   (no RELs: every .py under ROOT except site-packages/)
Prints one line per file, sorted by relative path: REL <TAB> sha256(plain) <TAB> sha256(exact) <TAB> KIND,
KIND being ok, error (a tokenizer error the CLI reports) or crash (an internal error: the CLI shows a traceback).
The text hashed is what the CLI writes: stdout, then stderr (SyntaxWarning lines, then the one
error line with the relative path as the file name), exactly as tokenize.main() words it. Run under CPython 3.13.
"""
import hashlib
import os
import sys
import tokenize
import warnings
from token import tok_name


def cli_output(path, name, exact):
    """stdout, then the SyntaxWarning lines written to stderr, then the error line (if any)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        out, err = run_cli(path, name, exact)
    shown = "".join("<string>:%d: %s: %s\n" % (w.lineno, w.category.__name__, w.message) for w in caught)
    return out + shown + err


def run_cli(path, name, exact):
    try:
        with open(path, 'rb') as f:
            tokens = list(tokenize.tokenize(f.readline))
        out = []
        for token in tokens:
            token_type = token.exact_type if exact else token.type
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            out.append("%-20s%-15s%-15r\n" % (token_range, tok_name[token_type], token.string))
        return "".join(out), ""
    except IndentationError as err:
        line, column = err.args[1][1:3]
        return "", "%s:%d:%d: error: %s\n" % (name, line, column, err.args[0])
    except tokenize.TokenError as err:
        line, column = err.args[1]
        return "", "%s:%d:%d: error: %s\n" % (name, line, column, err.args[0])
    except SyntaxError as err:
        return "", "%s: error: %s\n" % (name, err)
    except Exception as err:  # the CLI prints a traceback here (e.g. NUL bytes crash 3.13.0); jpy cannot match
        return "", "unexpected error: %s\n" % err


def digest(text):
    return hashlib.sha256(text.encode('utf-8', 'backslashreplace')).hexdigest()


def main():
    root = sys.argv[1]
    rels = sys.argv[2:]
    if not rels:
        for d, dirs, files in os.walk(root):
            if d == root and 'site-packages' in dirs:
                dirs.remove('site-packages')  # installed packages are not CPython's Lib
            for f in files:
                if f.endswith('.py'):
                    rels.append(os.path.relpath(os.path.join(d, f), root).replace(os.sep, '/'))
        rels.sort()
    out = sys.stdout
    os.chdir(root)  # the CLI is run as `python -m tokenize REL` from ROOT: messages name REL
    for rel in rels:
        plain = cli_output(rel, rel, False)
        kind = 'crash' if 'unexpected error: ' in plain else 'error' if ': error: ' in plain else 'ok'
        out.write("%s\t%s\t%s\t%s\n" % (rel, digest(plain), digest(cli_output(rel, rel, True)), kind))
        out.flush()


if __name__ == '__main__':
    main()
