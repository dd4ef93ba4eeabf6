/*
 * py.h -- the interpreter's public interface.
 *
 * This is all that src/lesson, src/tui and src/main.c may include from
 * src/py (plus obs.h, the observation API).  Values cross the boundary as
 * py_value trees (plain C data owned by the caller), never as objects, so
 * the host cannot get reference counting wrong.
 */
#ifndef PY_PUBLIC_H
#define PY_PUBLIC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Result of running code. */
typedef enum {
    PYR_OK = 0,
    PYR_EXCEPTION = 1, /* uncaught exception (printed to the err sink) */
    PYR_SYNTAX = 2,    /* SyntaxError family (printed to the err sink) */
    PYR_EXIT = 3,      /* SystemExit raised; see py_exit_status() */
} pyr_status;

typedef void (*pyapi_write_fn)(void *ud, const char *s, size_t n);
typedef char *(*pyapi_readline_fn)(void *ud, const char *prompt);

typedef struct py_options {
    pyapi_write_fn out, err; /* NULL: write to fd 1 / fd 2 */
    void *out_ud, *err_ud;
    pyapi_readline_fn readline; /* input(); NULL: read stdin */
    void *readline_ud;
    size_t heap_cap;     /* 0: default 256 MiB */
    int recursion_limit; /* 0: default 1000 */
    int argc;            /* sys.argv */
    char **argv;
    /* sys.path[0]: the script's folder; NULL for "" (the current
     * directory, as for -c and the REPL). */
    const char *path0;
    /* Lesson code: no sys.path[0] (only the standard library can be
     * imported) and no file access. */
    bool sealed;
    /* sys.warnoptions (python3's -W options, in order); when there are
     * any, the warnings module is imported at start, as CPython does, so
     * they apply to the compiler's warnings too. */
    int nwarnoptions;
    char **warnoptions;
} py_options;

/* The folder of CPython's standard library the interpreter imports from
 * ($PYSCOPE_STDLIB, else the build's default), and whether it exists. */
const char *pyapi_stdlib_dir(void);
bool pyapi_stdlib_present(void);

/* Start a fresh interpreter (only one exists at a time).  0 or -1. */
int pyapi_start(const py_options *opt);
/* Destroy it, freeing every object. */
void pyapi_stop(void);

/* Run source in __main__ (filename used in tracebacks).  Uncaught
 * exceptions are printed to the err sink as CPython does. */
pyr_status pyapi_exec(const char *src, size_t len, const char *filename);
/* Run one REPL statement: expression values are echoed (repr). */
pyr_status pyapi_exec_single(const char *src, size_t len);
/* Is src an incomplete statement the REPL should ask more lines for? */
bool pyapi_is_incomplete(const char *src, size_t len);
/* Compile source and write its disassembly to the out sink. */
pyr_status pyapi_dis(const char *src, size_t len, const char *filename);
/* Exit status for PYR_EXIT (SystemExit code) and exceptions (1). */
int pyapi_exit_status(void);

/* Ask the running code to stop: KeyboardInterrupt at the next loop edge
 * or call (async-signal-safe). */
void pyapi_interrupt(void);
/* Limit the number of instructions of future runs (0 = unlimited); code
 * over budget gets KeyboardInterrupt. */
void pyapi_set_step_budget(uint64_t steps);

/* ------------------------------------------------------------ values */

typedef enum {
    PYV_NONE,
    PYV_BOOL,
    PYV_INT,
    PYV_BIGINT,
    PYV_FLOAT,
    PYV_STR,
    PYV_LIST,
    PYV_TUPLE,
    PYV_DICT,
    PYV_SET,
    PYV_OTHER
} pyv_kind;

/* A Python value copied out of the interpreter.  Owned by the caller;
 * free with pyapi_value_free. */
typedef struct py_value {
    pyv_kind kind;
    bool b;
    int64_t i;
    double f;
    char *s;                /* STR text; BIGINT decimal digits; OTHER: repr */
    char *type;             /* type name, always set */
    size_t n;               /* items (LIST/TUPLE/SET) or pairs (DICT) */
    struct py_value *items; /* n items, or 2n for DICT (key, value, ...) */
} py_value;

/* Evaluate an expression in __main__.  0 and *out filled, or -1 with the
 * error message ("NameError: name 'x' is not defined") in *err
 * (malloc'd). */
int pyapi_eval(const char *expr, py_value *out, char **err);
void pyapi_value_free(py_value *v);
/* The id of a live object given as an id ("0x1f40", decimal) or as an
 * expression evaluated in __main__ ("a", "xs[0]").  0, or -1 with
 * *err (malloc'd) when there is no such object. */
int pyapi_object_id(const char *what, uintptr_t *id, char **err);
/* repr() of an expression's value (malloc'd) or NULL with *err. */
char *pyapi_eval_repr(const char *expr, char **err);

/* ------------------------------------------------------------ tokens */

typedef enum {
    PYTOK_NAME,    /* identifiers, soft keywords (match, case) included */
    PYTOK_KEYWORD, /* the 35 hard keywords, True/False/None among them */
    PYTOK_NUMBER,
    PYTOK_STRING,   /* with its prefix and quotes; f-strings whole */
    PYTOK_COMMENT,  /* '#' to the end of the line */
    PYTOK_OPERATOR, /* operators and delimiters */
    PYTOK_ERROR     /* what the lexer rejects (rest of that line) */
} pyapi_token_kind;

/* A token as a span of the source: bytes [off, off + len), lines 1-based,
 * columns 0-based byte offsets within their line, end exclusive. */
typedef struct pyapi_token {
    pyapi_token_kind kind;
    int line, col, end_line, end_col;
    size_t off, len;
} pyapi_token;

/* Split src into tokens with the interpreter's own lexer (what it will
 * compile), for syntax colouring.  Whitespace, newlines and indentation
 * produce no tokens; comments do.  Never fails on bad source: the rest
 * of a line the lexer rejects is one PYTOK_ERROR token and lexing goes
 * on at the next line (an unterminated triple-quoted string is a
 * PYTOK_STRING to the end; a line with bytes that are not UTF-8 is one
 * PYTOK_ERROR).  Tokens are in source order, never overlap.
 * Needs no started interpreter.  0 with *out (malloc'd, free() it; NULL
 * when *n is 0) and *n, or -1 when memory runs out. */
int pyapi_tokens(const char *src, size_t len, pyapi_token **out, size_t *n);

#endif
