"""Record what `python3.13 -m ast`, `-m tokenize` and `-m dis` print for stdin input, modes, type
comments, syntax errors and undecodable sources, for CliGoldensTest.

Run from this directory:  $(pyenv prefix 3.13.0)/bin/python3.13 record_cli.py
Writes cli_goldens.json: a list of {name, tool, args, stdin (text or null), files {name: text},
returncode, stdout, stderr}. Each case runs in a fresh temporary directory holding its files, written
as UTF-8 with surrogateescape (a lone surrogate U+DC80..U+DCFF in a text stands for one byte).
For `-m ast` and `-m dis` errors, stderr keeps only what follows the traceback frames: the SyntaxError as CPython
prints it (File/line, source line, carets, "Class: msg"), or the last line when there is no File line.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

assert sys.version_info[:2] == (3, 13), sys.version

BAD_DEF = "def f(x):\n  return x +\n"
DEEP = "-" * 10000 + "1\n"

CASES = [
    # name, tool, args, stdin, files
    ("ast_stdin_type_comments_default", "ast", [], "x = 1  # type: int\n", {}),
    ("ast_stdin_dash_no_type_comments", "ast", ["--no-type-comments", "-"], "x = 1  # type: int\n", {}),
    ("ast_type_ignore_attrs", "ast", ["-a", "t.py"], None,
     {"t.py": "import foo  # type: ignore[attr]\ndef f(a,  # type: int\n      ):\n    # type: (...) -> None\n    pass\n"}),
    ("ast_single", "ast", ["-m", "single", "s.py"], None, {"s.py": "if x:\n    y = 1\n"}),
    ("ast_single_stdin_indent0", "ast", ["-m", "single", "-i", "0"], "x = 1; y = 2\n", {}),
    ("ast_func_type", "ast", ["-m", "func_type"], "(int, *str, **bool) -> List[int]\n", {}),
    ("ast_func_type_attrs", "ast", ["-m", "func_type", "-a", "-"], "() -> None", {}),
    ("ast_eval_stdin", "ast", ["-m", "eval"], "a if b else c\n", {}),
    ("ast_error_file", "ast", ["bad.py"], None, {"bad.py": BAD_DEF}),
    ("ast_error_stdin", "ast", [], BAD_DEF, {}),
    ("ast_error_indented_line", "ast", ["b2.py"], None, {"b2.py": "if x:\n        y = 1 +\n"}),
    ("ast_error_single_multiple", "ast", ["-m", "single"], "x = 1\ny = 2\n", {}),
    ("ast_error_func_type", "ast", ["-m", "func_type"], "x = 1\n", {}),
    ("ast_error_nul", "ast", ["nul.py"], None, {"nul.py": "x = 1\0\n"}),
    ("ast_error_too_deep", "ast", ["deep.py"], None, {"deep.py": DEEP}),
    ("ast_error_type_comment_misplaced", "ast", ["m.py"], None, {"m.py": "if x:  # type: int\n    pass\n"}),
    ("ast_error_two_def_type_comments", "ast", [], "def f():  # type: () -> None\n    # type: () -> None\n    pass\n", {}),
    ("dis_ok", "dis", ["ok.py"], None, {"ok.py": "x = 1\nprint(x + 2)\n"}),
    ("dis_error_invalid_syntax", "dis", ["bad.py"], None, {"bad.py": BAD_DEF}),
    ("dis_error_return_outside", "dis", ["ret.py"], None, {"ret.py": "x = 1\nreturn x\n"}),
    ("dis_error_never_closed", "dis", ["open.py"], None, {"open.py": "x = (1,\n"}),
    ("dis_error_indentation", "dis", ["ind.py"], None, {"ind.py": "if x:\ny = 1\n"}),
    ("dis_error_nonlocal", "dis", ["nl.py"], None, {"nl.py": "def f():\n    nonlocal x\n"}),
    ("dis_error_bad_cookie", "dis", ["cookie.py"], None, {"cookie.py": "# -*- coding: bogus -*-\nx = 1\n"}),
    ("dis_error_ascii_cookie", "dis", ["ascii.py"], None, {"ascii.py": "# coding: ascii\ns = '\u00e9'\n"}),
    ("dis_error_invalid_utf8", "dis", ["utf8.py"], None, {"utf8.py": "x = '\udcff'\n"}),
    ("tokenize_stdin", "tokenize", [], "x = 1  # c\nif x:\n    y = 'a'\n", {}),
    ("tokenize_stdin_exact", "tokenize", ["-e"], "x = (1, 2)\n", {}),
    ("tokenize_stdin_no_newline_crlf", "tokenize", [], "x = 1\r\ny", {}),
    ("tokenize_stdin_bom", "tokenize", [], "\ufeffx = 1\n", {}),
    ("tokenize_stdin_cookie_ignored", "tokenize", [], "# -*- coding: latin-1 -*-\nx = 'é'\n", {}),
    ("tokenize_stdin_error_after_tokens", "tokenize", [], "x = 1\ns = 'abc\n", {}),
    ("tokenize_file_error", "tokenize", ["bad.py"], None, {"bad.py": "x = 1\ns = 'abc\n"}),
    ("tokenize_file_type_comment_is_comment", "tokenize", ["t.py"], None, {"t.py": "x = 1  # type: int\n"}),
]

SYNTAX_BLOCK = re.compile(r'^  File "[^"\n]*", line -?\d+\n', re.M)


def cut_traceback(err):
    if not err.startswith("Traceback"):
        return err
    m = None
    for m in SYNTAX_BLOCK.finditer(err):
        pass
    if m is not None:
        return err[m.start():]
    return err.splitlines(True)[-1]


def main():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    out = []
    for name, tool, args, stdin, files in CASES:
        with tempfile.TemporaryDirectory() as d:
            for fn, text in files.items():
                with open(os.path.join(d, fn), "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
                    f.write(text)
            r = subprocess.run([sys.executable, "-m", tool] + args, cwd=d, env=env, capture_output=True,
                               input=(stdin or "").encode("utf-8"))
        err = r.stderr.decode("utf-8", "backslashreplace")
        out.append({"name": name, "tool": tool, "args": args, "stdin": stdin, "files": files,
                    "returncode": r.returncode, "stdout": r.stdout.decode("utf-8", "backslashreplace"),
                    "stderr": cut_traceback(err) if tool in ("ast", "dis") else err})
    with open("cli_goldens.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=True)
        f.write("\n")
    print(len(out), "cases")


if __name__ == "__main__":
    main()
