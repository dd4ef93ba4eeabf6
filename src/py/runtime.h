/*
 * runtime.h -- the interpreter's global state and the VM's entry points.
 *
 * There is one runtime per process (py_rt).  py_init() builds it (types,
 * builtins, modules), py_fini() tears it down so a fresh interpreter can
 * be started (the lesson engine does that per check).  Everything the
 * interpreter keeps between calls lives in py_rt.
 */
#ifndef PY_RUNTIME_H
#define PY_RUNTIME_H

#include <signal.h>

#include "code.h"
#include "core.h"

typedef struct py_frame py_frame;

/* Output sink: the interpreter never writes to fds directly. */
typedef void (*py_write_fn)(void *ud, const char *s, size_t n);
/* input(): returns a malloc'd line without the newline, NULL at EOF. */
typedef char *(*py_readline_fn)(void *ud, const char *prompt);

typedef struct py_runtime {
    py_obj *builtins;     /* dict: the builtins module namespace */
    py_obj *builtins_mod; /* module */
    py_obj *modules;      /* dict: sys.modules */
    py_obj *interned;     /* dict: interned strings */
    py_obj *main_globals; /* dict of __main__ (NULL until created) */

    py_obj *cur_exc;     /* pending (being raised) exception, owned */
    py_obj *handled_exc; /* exception being handled (sys.exception()), owned */
    py_obj *context;     /* current contextvars.Context, NULL until used */
    py_obj *asyncgen_hooks[2]; /* sys.set_asyncgen_hooks: firstiter,
                                  finalizer (owned, NULL for None) */

    py_frame *frame;         /* innermost executing frame (BORROWED) */
    int depth;               /* Python call depth */
    int recursion_limit;     /* sys.getrecursionlimit(), default 1000 */
    int c_depth;             /* nested VM entries from C (bounded) */
    uintptr_t c_stack_floor; /* C recursion stops above this address */

    volatile sig_atomic_t interrupt; /* set by SIGINT / host: raise
                                        KeyboardInterrupt at next check */
    uint64_t steps;       /* instructions of loop edges/calls executed */
    uint64_t step_budget; /* 0 = unlimited; else KeyboardInterrupt... */

    size_t heap_cap;    /* bytes; MemoryError beyond (default 256 MiB) */
    size_t heap_used;   /* bytes currently allocated from py_mem */
    long fail_alloc_at; /* test hook: fail the Nth allocation (0 = off) */
    long alloc_count;

    py_write_fn out, err;
    void *out_ud, *err_ud;
    py_readline_fn readline;
    void *readline_ud;

    py_obj *argv; /* list for sys.argv */
    bool sealed;  /* lesson code: open() and the file system are refused */
    bool quiet_compile; /* compiling to probe only: no warnings shown */
    py_obj *ast_state;  /* _ast's classes and names (astmodule.c), owned;
                           NULL until _ast is imported */
    unsigned random_state_seeded;
} py_runtime;

extern py_runtime py_rt;

/* The readline callback used when the host gives none: the process's
 * stdin, the prompt on stdout (api.c). */
char *py_stdin_readline(void *ud, const char *prompt);

/* Start / stop the interpreter.  py_init returns 0, or -1 if memory ran
 * out.  After py_fini every object is freed. */
int py_init(void);
void py_fini(void);

/* Whether the C stack is nearly used up (it grows down): every place
 * the interpreter recurses in C checks this and raises RecursionError,
 * whatever sys.setrecursionlimit() allows, so the host keeps a reserve
 * of stack for unwinding, tracebacks and its own callbacks. */
static inline bool py_c_stack_low(void)
{
    return (uintptr_t)__builtin_frame_address(0) < py_rt.c_stack_floor;
}

/* Write to the interpreter's stdout / stderr sinks. */
void py_write_out(const char *s, size_t n);
void py_write_err(const char *s, size_t n);

/* ------------------------------------------------------------ the VM */

/* A function object (def / lambda). */
typedef struct py_function {
    PY_HEAD;
    py_code *code;      /* owned */
    py_obj *globals;    /* dict, owned */
    py_obj *builtins;   /* dict, owned */
    py_obj *defaults;   /* tuple or NULL */
    py_obj *kwdefaults; /* dict or NULL */
    py_obj *closure;    /* tuple of cells or NULL */
    py_obj *name;       /* str */
    py_obj *qualname;   /* str */
    py_obj *doc;        /* docstring or None */
    py_obj *dict;       /* __dict__ or NULL */
    py_obj *module;     /* __module__ str */
    py_obj *weaklist;   /* weak references to it (weakrefobject.c) */
} py_function;

/* NEW function for code co in globals (both BORROWED). */
py_obj *py_function_new(py_code *co, py_obj *globals);

/* Run a module-level code object with globals and locals dicts
 * (BORROWED; locals may equal globals).  NEW result or NULL. */
py_obj *py_eval_code(py_code *co, py_obj *globals, py_obj *locals);

/* Call a Python function from C (vectorcall).  Python-to-Python calls
 * made by the VM do not come through here: they push a frame in the
 * same C loop.  NEW. */
py_obj *py_function_call(py_obj *func, py_obj *const *args, size_t nargs,
                         py_obj *kwnames);

/* Print exc (BORROWED) as CPython's default excepthook does to the err
 * sink: chained exceptions ("During handling of the above exception,
 * another exception occurred:" / "The above exception was the direct
 * cause of the following exception:"), "Traceback (most recent call
 * last):", '  File "f.py", line 3, in f', the source line, the 3.11
 * caret line where it applies, and "Type: message". */
void py_print_exception(py_obj *exc);
/* The same, written to file (BORROWED; NULL: the err sink). */
void py_print_exception_to(py_obj *exc, py_obj *file);
/* Report an uncaught exception (BORROWED) as CPython's PyErr_Print:
 * sys.last_type / last_value / last_traceback set, then sys.excepthook
 * called (a program may replace it); "Error in sys.excepthook:" and both
 * tracebacks when the hook fails, "sys.excepthook is missing" without
 * one.  Leaves no exception pending. */
void py_sys_report_exception(py_obj *exc);
/* An exception that cannot be raised (exc, BORROWED; in __del__, an
 * atexit callback...) given to a sys.unraisablehook the program set, as
 * UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg,
 * object); msg is the report's first words ("Exception ignored in"),
 * obj (BORROWED, may be NULL) what failed.  1 when such a hook took it
 * (a failing hook is reported too), 0 when the default output is due. */
int py_sys_call_unraisablehook(const char *msg, py_obj *obj, py_obj *exc);
/* An expression statement's value (BORROWED) in the REPL: passed to
 * sys.displayhook (RuntimeError "lost sys.displayhook" without one).
 * 0 or -1. */
int py_sys_display(py_obj *v);

/* Register source text for a filename so tracebacks can print lines
 * (the interpreter does not reread files). */
void py_source_register(const char *filename, const char *src, size_t n);
/* Total bytes of registered source text. */
size_t py_source_bytes(void);
/* BORROWED line text (without newline) or NULL. */
const char *py_source_line(const char *filename, int line, size_t *len);

/* A warning of the compiler or parser about line `lineno` of src (len
 * bytes) in filename (warn.c): through warnings.warn_explicit once the
 * warnings module is imported, else by the default filters.  0, or -1
 * with an exception (the warning itself when a filter says "error"). */
int py_warn_compile(py_type *category, const char *msg, const char *filename,
                    int lineno, const char *src, size_t len);

/* The innermost frame's globals (BORROWED) or NULL. */
py_obj *py_current_globals(void);
/* Check the interrupt flag / step budget; -1 with KeyboardInterrupt. */
int py_check_interrupt(void);

/* Builtin modules: name -> init function returning a NEW module. */
typedef py_obj *(*py_module_init)(void);
py_obj *py_module_new(const char *name); /* NEW, empty module */
py_obj *py_module_dict(py_obj *mod);     /* BORROWED */
py_obj *py_import(py_obj *name);         /* NEW module or ImportError */
/* __import__(name, globals, None, fromlist, level): all BORROWED, NEW. */
py_obj *py_import_module_level(py_obj *name, py_obj *globals, py_obj *fromlist,
                               int level);
/* IMPORT_NAME (relative level as leading dots of name).  NEW. */
py_obj *py_import_name(py_obj *name, py_obj *globals, py_obj *fromlist);
/* IMPORT_FROM: attribute or submodule, else ImportError.  NEW. */
py_obj *py_import_from(py_obj *mod, py_obj *name);
/* NEW tuple of the builtin module names. */
py_obj *py_builtin_module_names(void);

/* Module init functions (one per builtin module). */
py_obj *py_init_builtins(void);
py_obj *py_init_sys(void);
py_obj *py_init_gc(void);
py_obj *py_init_math(void);
py_obj *py_init_time(void);
py_obj *py_init_random(void);   /* _random */
py_obj *py_init_sha512(void);   /* _sha512 */
py_obj *py_init_md5(void);      /* _md5 */
py_obj *py_init_sha1(void);     /* _sha1 */
py_obj *py_init_sha256(void);   /* _sha256 */
py_obj *py_init_sha3(void);     /* _sha3 */
py_obj *py_init_blake2(void);   /* _blake2 */
py_obj *py_init_operator(void); /* _operator */
py_obj *py_init_struct(void);   /* _struct */
py_obj *py_init_binascii(void); /* binascii */
py_obj *py_init_zlib(void);     /* zlib (over libz) */
py_obj *py_init_bz2(void);      /* _bz2 (over libbz2) */
py_obj *py_init_lzma(void);     /* _lzma (over liblzma) */
py_obj *py_init_csv(void);      /* _csv */
py_obj *py_init_json(void);     /* _json */
py_obj *py_init_cmath(void);
py_obj *py_init_unicodedata(void); /* unicodedata */
/* NEW str: the NFKC normal form of the str s (identifiers, as CPython's
 * parser normalizes them). */
py_obj *py_unicode_nfkc(py_obj *s);
/* str.encode / bytes.decode (decode) of obj with an encoding str and bytes
 * do not implement themselves: the registry's text codec enc, errors
 * (NULL: the codec's default), as CPython's _PyCodec_EncodeText /
 * DecodeText, with their errors for a codec that is not a text encoding
 * or returns the wrong type.  NEW (codecsmodule.c). */
py_obj *py_codec_text(py_obj *obj, py_obj *enc, py_obj *errors, bool decode);
py_obj *py_init_signal(void); /* _signal */
/* A Ctrl-C: call the Python SIGINT handler if one is set; 1 when the
 * caller should raise KeyboardInterrupt, else 0 or -1 (signalmodule.c). */
int py_signal_run_sigint(void);
py_obj *py_init_weakref(void);
py_obj *py_init_thread(void);
py_obj *py_init_errno(void);
py_obj *py_init_posix(void);
py_obj *py_init_io(void);
py_obj *py_init_string(void);
py_obj *py_init_collections(void); /* _collections */
py_obj *py_init_itertools(void);
py_obj *py_init_sre(void);
py_obj *py_init_codecs(void); /* _codecs */
py_obj *py_init_atexit(void);
py_obj *py_init_ast(void);      /* _ast */
py_obj *py_init_imp(void);      /* _imp */
py_obj *py_init_warnings(void); /* _warnings */
py_obj *py_init_marshal(void);
py_obj *py_init_array(void);
py_obj *py_init_socket(void);          /* _socket */
py_obj *py_init_select(void);          /* select */
py_obj *py_init_posixsubprocess(void); /* _posixsubprocess */

/* compile() flags, CPython's values. */
enum {
    PY_CF_ONLY_AST = 0x400,
    PY_CF_TYPE_COMMENTS = 0x1000,
    PY_CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000,
};
/* ast.parse: src (UTF-8, len bytes) parsed in mode as _ast node objects
 * (Module / Expression / Interactive).  NEW, or NULL with SyntaxError. */
py_obj *py_ast_parse(const char *src, size_t len, const char *filename,
                     py_compile_mode mode);
/* Whether o is an ast.AST instance. */
bool py_ast_check(py_obj *o);
py_obj *py_init_contextvars(void); /* _contextvars */
/* Run the atexit registrations (py_fini does, first). */
void py_atexit_run(void);

#endif
