/*
 * code.h -- code objects: the contract between the compiler and the VM.
 *
 * A code object is immutable compiled bytecode for one scope (module,
 * class body, function, lambda, comprehension).  The compiler (compile.c)
 * creates them with py_code_new(); the VM (ceval.c) runs them.
 *
 * Frame layout the VM builds for a code object:
 *   localsplus[0 .. nlocals-1]                 fast locals (varnames)
 *   localsplus[nlocals .. nlocals+ncells-1]    cells: cellvars then freevars
 *   then the value stack (stacksize slots)
 * Arguments occupy the first varnames slots in order: positional (incl.
 * positional-only), keyword-only, then *args (if CO_VARARGS), then **kwargs
 * (if CO_VARKEYWORDS).  A cellvar that is also an argument is initialised
 * from the argument (cell2arg).
 *
 * Scopes with CO_OPTIMIZED use fast locals (LOAD_FAST); module and class
 * bodies use a locals dict (LOAD_NAME).
 */
#ifndef PY_CODE_H
#define PY_CODE_H

#include "object.h"
#include "opcodes.h"

enum {
    PY_CO_OPTIMIZED = 1 << 0,          /* function scope: fast locals */
    PY_CO_NEWLOCALS = 1 << 1,          /* a fresh locals dict / fast locals */
    PY_CO_VARARGS = 1 << 2,            /* has *args */
    PY_CO_VARKEYWORDS = 1 << 3,        /* has **kwargs */
    PY_CO_NESTED = 1 << 4,             /* defined inside another function */
    PY_CO_GENERATOR = 1 << 5,          /* calling it returns a generator */
    PY_CO_HAS_DOCSTRING = 1 << 6,      /* consts[0] is the docstring */
    PY_CO_COROUTINE = 1 << 7,          /* async def: calling it returns a
                                          coroutine */
    PY_CO_ITERABLE_COROUTINE = 1 << 8, /* a generator usable by await
                                          (types.coroutine) */
    PY_CO_ASYNC_GENERATOR = 1 << 9,    /* async def with yield */
};
/* Calling code with any of these flags makes a suspendable object. */
#define PY_CO_GENLIKE                                                          \
    (PY_CO_GENERATOR | PY_CO_COROUTINE | PY_CO_ASYNC_GENERATOR)

/* Source span of an instruction, as CPython's co_positions(): 1-based
 * lines, 0-based UTF-8 byte columns; end_col exclusive.  -1 if unknown.
 * For the 3.11 traceback carets, binary operations and subscripts also
 * record where the operator / the [ starts (anchor_col), else -1. */
typedef struct py_srcpos {
    int32_t line, end_line;
    int32_t col, end_col;
    int32_t anchor_col;     /* BinOp: column of the operator, else -1 */
    int32_t anchor_end_col; /* end column of the operator, else -1 */
} py_srcpos;

typedef struct py_code {
    PY_HEAD;
    uint32_t *code;       /* instructions (opcodes.h), owned (py_mem) */
    py_srcpos *positions; /* one per instruction, owned */
    int ncode;            /* number of instructions */
    py_obj *consts;       /* tuple */
    py_obj *names;        /* tuple of str: globals, attributes, imports */
    py_obj *varnames;     /* tuple of str: fast locals, arguments first */
    py_obj *cellvars;     /* tuple of str: locals captured by inner scopes */
    py_obj *freevars;     /* tuple of str: variables from enclosing scopes */
    int32_t *cell2arg;    /* per cellvar: argument index or -1; NULL if none */
    int argcount;         /* positional args incl. positional-only */
    int posonlyargcount;
    int kwonlyargcount;
    int nlocals;   /* len(varnames) */
    int ncells;    /* len(cellvars) + len(freevars) */
    int stacksize; /* max value-stack depth (blocks not included) */
    int nblocks;   /* max block-stack depth */
    int flags;     /* PY_CO_* */
    int firstlineno;
    py_obj *filename;   /* str */
    py_obj *name;       /* str: "<module>", "f", "<lambda>", "<listcomp>" */
    py_obj *qualname;   /* str: "C.method.<locals>.g" */
    py_obj *weaklist;   /* weak references to it (weakrefobject.c) */
    void *attr_cache;   /* per name: LOAD_ATTR's cache (ceval.c), made on
                           first use, owned (py_mem) */
    void *global_cache; /* per name: LOAD_GLOBAL's cache, the same way */
} py_code;

/*
 * Create a code object.  STEALS code and positions (allocated with
 * py_mem_alloc) and the references to every object argument, even on
 * failure.  cell2arg may be NULL (stolen too).  NEW reference.
 */
py_code *py_code_new(uint32_t *code, py_srcpos *positions, int ncode,
                     py_obj *consts, py_obj *names, py_obj *varnames,
                     py_obj *cellvars, py_obj *freevars, int32_t *cell2arg,
                     int argcount, int posonlyargcount, int kwonlyargcount,
                     int stacksize, int nblocks, int flags, int firstlineno,
                     py_obj *filename, py_obj *name, py_obj *qualname);

/* Line of instruction index i (or firstlineno if unknown). */
int py_code_line(const py_code *co, int i);

/* ---------------------------------------------------------- the compiler */

/* Compile mode: a file, one REPL statement (expression values printed
 * with PRINT_EXPR), or a single expression (returns its value). */
typedef enum { PY_MODE_EXEC, PY_MODE_SINGLE, PY_MODE_EVAL } py_compile_mode;

/*
 * Compile source text (UTF-8, len bytes; need not be NUL-terminated) to a
 * module-level code object.  NEW reference, or NULL with SyntaxError /
 * IndentationError / TabError set, the exception carrying CPython's
 * attributes: msg, filename, lineno, offset (1-based), text, end_lineno,
 * end_offset.
 */
py_code *py_compile(const char *src, size_t len, const char *filename,
                    py_compile_mode mode);

/* Disassemble co (and nested code objects) into a str. NEW reference. */
py_obj *py_dis(py_code *co);

#endif
