/*
 * exceptions.c -- the built-in exception hierarchy.
 *
 * Every built-in exception class is a static type described by one row of
 * EXC_TABLE (name, base, kind); py_exceptions_init fills the type objects
 * from their kind (what __init__/__str__ do) and readies them.  Instances
 * share one layout (py_exc in core.h); the extra attributes of
 * SyntaxError, ImportError, OSError, AttributeError and NameError live in
 * the instance __dict__.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "gc.h"
#include "numstr.h"
#include "objects.h"
#include "runtime.h"

#define IMMORTAL_RC ((ssize_t)1 << 60)
#define E(o)        ((py_exc *)(o))

enum {
    K_BASE,
    K_STOPITER,
    K_SYSEXIT,
    K_SYNTAX,
    K_KEY,
    K_IMPORT,
    K_ATTR,
    K_NAME,
    K_OS,
    K_GROUP,
    K_UNICODE /* UnicodeEncode/Decode/TranslateError */
};

/* X(variable, "Name", base variable, kind) in dependency order. */
#define EXC_TABLE(X)                                                           \
    X(BaseException, "BaseException", NONE, K_BASE)                            \
    X(SystemExit, "SystemExit", BaseException, K_SYSEXIT)                      \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException, K_BASE)           \
    X(GeneratorExit, "GeneratorExit", BaseException, K_BASE)                   \
    X(Exception, "Exception", BaseException, K_BASE)                           \
    X(BaseExceptionGroup, "BaseExceptionGroup", BaseException, K_GROUP)        \
    X(StopIteration, "StopIteration", Exception, K_STOPITER)                   \
    X(StopAsyncIteration, "StopAsyncIteration", Exception, K_BASE)             \
    X(ArithmeticError, "ArithmeticError", Exception, K_BASE)                   \
    X(FloatingPointError, "FloatingPointError", ArithmeticError, K_BASE)       \
    X(OverflowError, "OverflowError", ArithmeticError, K_BASE)                 \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError, K_BASE)         \
    X(AssertionError, "AssertionError", Exception, K_BASE)                     \
    X(AttributeError, "AttributeError", Exception, K_ATTR)                     \
    X(BufferError, "BufferError", Exception, K_BASE)                           \
    X(EOFError, "EOFError", Exception, K_BASE)                                 \
    X(ImportError, "ImportError", Exception, K_IMPORT)                         \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError, K_IMPORT)       \
    X(LookupError, "LookupError", Exception, K_BASE)                           \
    X(IndexError, "IndexError", LookupError, K_BASE)                           \
    X(KeyError, "KeyError", LookupError, K_KEY)                                \
    X(MemoryError, "MemoryError", Exception, K_BASE)                           \
    X(NameError, "NameError", Exception, K_NAME)                               \
    X(UnboundLocalError, "UnboundLocalError", NameError, K_NAME)               \
    X(OSError, "OSError", Exception, K_OS)                                     \
    X(FileExistsError, "FileExistsError", OSError, K_OS)                       \
    X(FileNotFoundError, "FileNotFoundError", OSError, K_OS)                   \
    X(IsADirectoryError, "IsADirectoryError", OSError, K_OS)                   \
    X(NotADirectoryError, "NotADirectoryError", OSError, K_OS)                 \
    X(PermissionError, "PermissionError", OSError, K_OS)                       \
    X(TimeoutError, "TimeoutError", OSError, K_OS)                             \
    X(BlockingIOError, "BlockingIOError", OSError, K_OS)                       \
    X(ChildProcessError, "ChildProcessError", OSError, K_OS)                   \
    X(ConnectionError, "ConnectionError", OSError, K_OS)                       \
    X(BrokenPipeError, "BrokenPipeError", ConnectionError, K_OS)               \
    X(ConnectionAbortedError, "ConnectionAbortedError", ConnectionError, K_OS) \
    X(ConnectionRefusedError, "ConnectionRefusedError", ConnectionError, K_OS) \
    X(ConnectionResetError, "ConnectionResetError", ConnectionError, K_OS)     \
    X(InterruptedError, "InterruptedError", OSError, K_OS)                     \
    X(ProcessLookupError, "ProcessLookupError", OSError, K_OS)                 \
    X(ReferenceError, "ReferenceError", Exception, K_BASE)                     \
    X(RuntimeError, "RuntimeError", Exception, K_BASE)                         \
    X(NotImplementedError, "NotImplementedError", RuntimeError, K_BASE)        \
    X(RecursionError, "RecursionError", RuntimeError, K_BASE)                  \
    X(SyntaxError, "SyntaxError", Exception, K_SYNTAX)                         \
    X(IndentationError, "IndentationError", SyntaxError, K_SYNTAX)             \
    X(TabError, "TabError", IndentationError, K_SYNTAX)                        \
    X(SystemError, "SystemError", Exception, K_BASE)                           \
    X(TypeError, "TypeError", Exception, K_BASE)                               \
    X(ValueError, "ValueError", Exception, K_BASE)                             \
    X(UnicodeError, "UnicodeError", ValueError, K_BASE)                        \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError, K_UNICODE)       \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError, K_UNICODE)       \
    X(UnicodeTranslateError, "UnicodeTranslateError", UnicodeError, K_UNICODE) \
    X(Warning, "Warning", Exception, K_BASE)                                   \
    X(UserWarning, "UserWarning", Warning, K_BASE)                             \
    X(DeprecationWarning, "DeprecationWarning", Warning, K_BASE)               \
    X(RuntimeWarning, "RuntimeWarning", Warning, K_BASE)                       \
    X(SyntaxWarning, "SyntaxWarning", Warning, K_BASE)                         \
    X(PendingDeprecationWarning, "PendingDeprecationWarning", Warning, K_BASE) \
    X(ImportWarning, "ImportWarning", Warning, K_BASE)                         \
    X(ResourceWarning, "ResourceWarning", Warning, K_BASE)                     \
    X(BytesWarning, "BytesWarning", Warning, K_BASE)                           \
    X(FutureWarning, "FutureWarning", Warning, K_BASE)                         \
    X(UnicodeWarning, "UnicodeWarning", Warning, K_BASE)                       \
    X(EncodingWarning, "EncodingWarning", Warning, K_BASE)

enum {
#define X(v, n, b, k) EX_##v,
    EXC_TABLE(X)
#undef X
        EX_COUNT,
    EX_NONE = -1
};

static py_type exc_types[EX_COUNT];

#define X(v, n, b, k) py_type *py_exc_##v;
EXC_TABLE(X)
#undef X

static const struct {
    const char *name;
    int base;
    int kind;
} exc_info[] = {
#define X(v, n, b, k) {n, EX_##b, k},
    EXC_TABLE(X)
#undef X
};

static int kind_of(py_type *t)
{
    for (; t; t = t->base)
        if (t >= exc_types && t < exc_types + EX_COUNT)
            return exc_info[t - exc_types].kind;
    return K_BASE;
}

/* ------------------------------------------------------ instances */

static void exc_clear_fields(py_exc *e)
{
    PY_CLEAR(e->dict);
    PY_CLEAR(e->args);
    PY_CLEAR(e->traceback);
    PY_CLEAR(e->context);
    PY_CLEAR(e->cause);
    PY_CLEAR(e->notes);
    PY_CLEAR(e->value);
    PY_CLEAR(e->msg);
    PY_CLEAR(e->extra);
}

static int exc_gc_clear(py_obj *o)
{
    exc_clear_fields(E(o));
    return 0;
}

static void exc_dealloc(py_obj *o)
{
    gc_untrack(o);
    exc_clear_fields(E(o));
    py_obj_free(o);
}

static int exc_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_exc *e = E(o);
    py_obj *f[] = {e->dict,  e->args,  e->traceback, e->context, e->cause,
                   e->notes, e->value, e->msg,       e->extra};
    for (int i = 0; i < 9; i++)
        if (f[i] && visit(f[i], arg))
            return 1;
    return 0;
}

/* Set member attribute `name` (NULL: None) in o's extra dict.  0/-1. */
static int set_attr_str(py_obj *o, const char *name, py_obj *v)
{
    py_exc *e = E(o);
    if (!e->extra && !(e->extra = py_dict_new()))
        return -1;
    return py_dict_set_str(e->extra, name, v ? v : py_None);
}

/* OSError.characters_written = v (an index; NULL deletes it): kept in
 * the extra dict, absent until set.  0 or -1. */
static int set_characters_written(py_obj *o, py_obj *v)
{
    py_exc *e = E(o);
    py_obj *key = py_str_from_cstr("characters_written");
    if (!key)
        return -1;
    int r = -1;
    if (!v) {
        if (!e->extra || !py_dict_get(e->extra, key))
            py_err_set(py_exc_AttributeError, "characters_written");
        else
            r = py_dict_del(e->extra, key);
    } else {
        ssize_t n = py_index_as_ssize(v);
        py_obj *iv = n == -1 && py_err_occurred() ? NULL : py_int_from_i64(n);
        if (iv && (e->extra || (e->extra = py_dict_new())))
            r = py_dict_set(e->extra, key, iv);
        PY_XDECREF(iv);
    }
    PY_DECREF(key);
    return r;
}

static py_obj *get_characters_written(py_obj *o)
{
    py_obj *v =
        E(o)->extra ? py_dict_get_str(E(o)->extra, "characters_written") : NULL;
    if (!v) {
        py_err_set(py_exc_AttributeError, "characters_written");
        return NULL;
    }
    return py_newref(v);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]): the
 * attributes, and args cut to (errno, strerror) when a filename is given,
 * as CPython's OSError.__init__.  0 or -1. */
static int init_os(py_obj *o, py_obj *const *args, size_t nargs)
{
    bool two = nargs >= 2 && nargs <= 5;
    if (nargs == 3 && PY_TYPE(o) == &exc_types[EX_BlockingIOError] &&
        (py_is_int(args[2]) || PY_TYPE_CHECK(args[2], &py_float_type))) {
        /* BlockingIOError(errno, strerror, characters_written) */
        if (set_characters_written(o, args[2]) < 0)
            return -1;
        return set_attr_str(o, "errno", args[0]) < 0 ||
                       set_attr_str(o, "strerror", args[1]) < 0 ||
                       set_attr_str(o, "filename", NULL) < 0 ||
                       set_attr_str(o, "filename2", NULL) < 0
                   ? -1
                   : 0;
    }
    if (set_attr_str(o, "errno", two ? args[0] : NULL) < 0 ||
        set_attr_str(o, "strerror", two ? args[1] : NULL) < 0 ||
        set_attr_str(o, "filename", two && nargs > 2 ? args[2] : NULL) < 0 ||
        set_attr_str(o, "filename2", two && nargs > 4 ? args[4] : NULL) < 0)
        return -1;
    if (two && nargs > 2) {
        py_obj *t = py_tuple_from_array(args, 2);
        if (!t)
            return -1;
        PY_SETREF(E(o)->args, t);
    }
    return 0;
}

/* UnicodeEncodeError(encoding, object, start, end, reason) and the
 * decode (bytes object) / translate (no encoding) forms: the five
 * attributes, when the arguments have that shape (pyscope's own raises
 * use it; other argument lists leave them unset).  0 or -1. */
static int init_unicode(py_obj *o, py_obj *const *args, size_t nargs)
{
    bool translate = PY_TYPE_CHECK(o, (py_type *)py_exc_UnicodeTranslateError);
    size_t need = translate ? 4 : 5, k = translate ? 0 : 1;
    if (nargs != need || (!translate && !py_is_str(args[0])) ||
        !py_is_int(args[k + 1]) || !py_is_int(args[k + 2]) ||
        !py_is_str(args[k + 3]))
        return 0;
    static const char *const f[] = {"object", "start", "end", "reason"};
    if (!translate && set_attr_str(o, "encoding", args[0]) < 0)
        return -1;
    for (size_t i = 0; i < 4; i++)
        if (set_attr_str(o, f[i], args[k + i]) < 0)
            return -1;
    return 0;
}

/* Raise exc_type(args[0..4]) (all STOLEN, NULLs allowed after a failed
 * allocation: MemoryError then). */
static void raise_unicode(py_type *exc_type, py_obj **args)
{
    bool ok = true;
    for (int i = 0; i < 5; i++)
        ok = ok && args[i];
    py_obj *e = ok ? py_exc_new(exc_type, args, 5) : NULL;
    if (e) {
        py_err_set_obj(e);
        PY_DECREF(e);
    } else if (!py_err_occurred()) {
        py_err_nomemory();
    }
    for (int i = 0; i < 5; i++)
        PY_XDECREF(args[i]);
}

void py_err_unicode_decode(const char *codec, const char *data, size_t n,
                           size_t start, size_t end, const char *reason)
{
    py_obj *a[5] = {py_str_from_cstr(codec), py_bytes_new(data, n),
                    py_int_from_i64((int64_t)start),
                    py_int_from_i64((int64_t)end), py_str_from_cstr(reason)};
    raise_unicode(py_exc_UnicodeDecodeError, a);
}

void py_err_unicode_encode(const char *codec, py_obj *str, ssize_t start,
                           ssize_t end, const char *reason)
{
    py_obj *a[5] = {py_str_from_cstr(codec), py_newref(str),
                    py_int_from_i64(start), py_int_from_i64(end),
                    py_str_from_cstr(reason)};
    raise_unicode(py_exc_UnicodeEncodeError, a);
}

/* Kind-specific attributes from the positional args. */
static int init_kind(py_obj *o, py_obj *const *args, size_t nargs)
{
    py_exc *e = E(o);
    switch (kind_of(PY_TYPE(o))) {
    case K_STOPITER:
        PY_SETREF(e->value, py_newref(nargs ? args[0] : py_None));
        return 0;
    case K_SYSEXIT:
        PY_SETREF(e->value, nargs == 0   ? py_none_new()
                            : nargs == 1 ? py_newref(args[0])
                                         : py_newref(e->args));
        return 0;
    case K_SYNTAX: {
        static const char *const f[] = {"filename", "lineno",     "offset",
                                        "text",     "end_lineno", "end_offset"};
        if (set_attr_str(o, "msg", nargs ? args[0] : NULL) < 0)
            return -1;
        py_obj *info = nargs >= 2 && PY_TYPE_CHECK(args[1], &py_tuple_type)
                           ? args[1]
                           : NULL;
        for (int i = 0; i < 6; i++) {
            py_obj *v = info && i < PY_TUPLE_SIZE(info)
                            ? PY_TUPLE_ITEMS(info)[i]
                            : NULL;
            if (set_attr_str(o, f[i], v) < 0)
                return -1;
        }
        return set_attr_str(o, "print_file_and_line", NULL);
    }
    case K_OS:
        return init_os(o, args, nargs);
    case K_UNICODE:
        return init_unicode(o, args, nargs);
    default:
        return 0;
    }
}

/* Keyword arguments some exceptions accept (name=, path=, obj=). */
static int init_keywords(py_obj *o, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    int kind = kind_of(PY_TYPE(o));
    static const char *const imp[] = {"name", "path", NULL};
    static const char *const attr[] = {"name", "obj", NULL};
    static const char *const nam[] = {"name", NULL};
    const char *const *allowed = kind == K_IMPORT ? imp
                                 : kind == K_ATTR ? attr
                                 : kind == K_NAME ? nam
                                                  : NULL;
    for (const char *const *a = allowed; a && *a; a++)
        if (set_attr_str(o, *a, NULL) < 0)
            return -1;
    if (kind == K_IMPORT && set_attr_str(o, "msg", nargs ? args[0] : NULL) < 0)
        return -1;
    ssize_t nk = kwnames ? PY_TUPLE_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nk; i++) {
        py_obj *k = PY_TUPLE_ITEMS(kwnames)[i];
        const char *const *a = allowed;
        while (a && *a && !py_str_eq_cstr(k, *a))
            a++;
        if (!a || !*a) {
            if (!allowed)
                py_err_format(py_exc_TypeError,
                              "%s() takes no keyword arguments",
                              PY_TYPE(o)->name);
            else
                py_err_fmt(py_exc_TypeError,
                           "%R is an invalid keyword argument for %s()", k,
                           PY_TYPE(o)->name);
            return -1;
        }
        if (py_dict_set(E(o)->extra, k, args[nargs + i]) < 0)
            return -1;
    }
    return 0;
}

static int set_args(py_obj *o, py_obj *const *args, size_t nargs)
{
    py_obj *t = py_tuple_from_array(args, (ssize_t)nargs);
    if (!t)
        return -1;
    PY_SETREF(E(o)->args, t);
    return 0;
}

/* The OSError subclass CPython picks for an errno value (OSError when
 * none fits).  BORROWED. */
py_type *py_exc_for_errno(int err)
{
    static const struct {
        int err, ex;
    } map[] = {
        {EAGAIN, EX_BlockingIOError},
        {EALREADY, EX_BlockingIOError},
        {EINPROGRESS, EX_BlockingIOError},
        {EWOULDBLOCK, EX_BlockingIOError},
        {EPIPE, EX_BrokenPipeError},
        {ESHUTDOWN, EX_BrokenPipeError},
        {ECHILD, EX_ChildProcessError},
        {ECONNABORTED, EX_ConnectionAbortedError},
        {ECONNREFUSED, EX_ConnectionRefusedError},
        {ECONNRESET, EX_ConnectionResetError},
        {EEXIST, EX_FileExistsError},
        {ENOENT, EX_FileNotFoundError},
        {EISDIR, EX_IsADirectoryError},
        {ENOTDIR, EX_NotADirectoryError},
        {EINTR, EX_InterruptedError},
        {EACCES, EX_PermissionError},
        {EPERM, EX_PermissionError},
        {ESRCH, EX_ProcessLookupError},
        {ETIMEDOUT, EX_TimeoutError},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].err == err)
            return &exc_types[map[i].ex];
    return py_exc_OSError;
}

/* OSError(errno, strerror, ...) itself makes the subclass for errno. */
static py_type *os_subclass(py_type *t, py_obj *const *args, size_t nargs)
{
    int64_t v;
    if (t != py_exc_OSError || nargs < 2 || nargs > 5 ||
        !PY_TYPE_CHECK(args[0], &py_int_type) ||
        py_int_as_i64(args[0], &v) != 1 || v < INT32_MIN || v > INT32_MAX)
        return t;
    return py_exc_for_errno((int)v);
}

/* Raise the OSError subclass for err with strerror(err) and up to two
 * filenames (BORROWED, may be NULL).  Always returns NULL. */
py_obj *py_err_errno_filenames(int err, py_obj *fn, py_obj *fn2)
{
    py_obj *a[5] = {py_int_from_i64(err), py_str_from_cstr(strerror(err)),
                    fn ? fn : py_None, py_None, fn2};
    size_t n = fn2 ? 5 : fn ? 3 : 2;
    if (a[0] && a[1]) {
        py_obj *e = py_exc_new(py_exc_for_errno(err), a, n);
        if (e) {
            py_err_set_obj(e);
            PY_DECREF(e);
        }
    }
    PY_XDECREF(a[0]);
    PY_XDECREF(a[1]);
    return NULL;
}

static py_obj *exc_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)kwnames;
    t = os_subclass(t, args, nargs);
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    gc_track(o);
    if (set_args(o, args, nargs) < 0 || init_kind(o, args, nargs) < 0) {
        PY_DECREF(o);
        return NULL;
    }
    return o;
}

static int exc_tp_init(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    if (init_keywords(self, args, nargs, kwnames) < 0 ||
        set_args(self, args, nargs) < 0)
        return -1;
    return init_kind(self, args, nargs);
}

py_obj *py_exc_base_new(py_type *t, py_obj *const *args, size_t nargs)
{
    return exc_tp_new(t, args, nargs, NULL);
}

py_obj *py_exc_new(py_type *t, py_obj *const *args, size_t nargs)
{
    if (t->flags & PY_TPFLAGS_HEAPTYPE)
        return py_type_call(PY_OBJ(t), args, nargs, NULL);
    py_obj *o = exc_tp_new(t, args, nargs, NULL);
    if (o &&
        (kind_of(t) == K_IMPORT || kind_of(t) == K_ATTR ||
         kind_of(t) == K_NAME) &&
        init_keywords(o, args, nargs, NULL) < 0)
        PY_CLEAR(o);
    return o;
}

/* ------------------------------------------------------ str / repr */

static py_obj *args_str(py_obj *o)
{
    py_obj *a = E(o)->args;
    if (!a || PY_TUPLE_SIZE(a) == 0)
        return py_str_from_cstr("");
    if (PY_TUPLE_SIZE(a) == 1)
        return py_str(PY_TUPLE_ITEMS(a)[0]);
    return py_str(a);
}

/* BORROWED member attribute `name` of o, or NULL when never set. */
static py_obj *attr(py_obj *o, const char *name)
{
    return E(o)->extra ? py_dict_get_str(E(o)->extra, name) : NULL;
}

static py_obj *syntax_str(py_obj *o)
{
    py_obj *msg = attr(o, "msg"), *fn = attr(o, "filename");
    py_obj *ln = attr(o, "lineno");
    if (!msg)
        msg = py_None;
    bool has_fn = fn && py_is_str(fn), has_ln = ln && py_is_int(ln);
    py_obj *base = NULL;
    if (has_fn) {
        const char *s = PY_STR_DATA(fn), *slash = strrchr(s, '/');
        base = py_str_from_cstr(slash ? slash + 1 : s);
        if (!base)
            return NULL;
    }
    py_obj *r;
    if (has_fn && has_ln)
        r = py_str_format("%S (%U, line %S)", msg, base, ln);
    else if (has_fn)
        r = py_str_format("%S (%U)", msg, base);
    else if (has_ln)
        r = py_str_format("%S (line %S)", msg, ln);
    else
        r = py_str(msg);
    PY_XDECREF(base);
    return r;
}

static py_obj *os_str(py_obj *o)
{
    py_obj *no = attr(o, "errno"), *se = attr(o, "strerror");
    py_obj *fn = attr(o, "filename"), *fn2 = attr(o, "filename2");
    if (!no || no == py_None || !se || se == py_None)
        return args_str(o);
    if (fn && fn != py_None && fn2 && fn2 != py_None)
        return py_str_format("[Errno %S] %S: %R -> %R", no, se, fn, fn2);
    if (fn && fn != py_None)
        return py_str_format("[Errno %S] %S: %R", no, se, fn);
    return py_str_format("[Errno %S] %S", no, se);
}

/* str() of a Unicode error with its five attributes, worded as
 * CPython's: one byte / character, or a range of positions. */
static py_obj *unicode_str(py_obj *o)
{
    py_obj *enc = attr(o, "encoding"), *obj = attr(o, "object");
    py_obj *st = attr(o, "start"), *en = attr(o, "end"),
           *why = attr(o, "reason");
    int64_t start, end;
    if (!obj || !st || !en || !why || py_int_as_i64(st, &start) != 1 ||
        py_int_as_i64(en, &end) != 1) {
        py_err_clear();
        return args_str(o);
    }
    bool dec = py_is_bytes(obj) || py_is_bytearray(obj);
    ssize_t len = dec || py_is_str(obj) ? py_len(obj) : -1;
    if (len < 0) {
        py_err_clear();
        return args_str(o);
    }
    const char *verb = dec ? "decode" : enc ? "encode" : "translate";
    py_obj *head = enc ? py_str_format("'%S' codec can't %s", enc, verb)
                       : py_str_format("can't %s", verb);
    if (!head)
        return NULL;
    py_obj *r;
    if (start < len && end == start + 1 && dec) {
        const char *d;
        ssize_t n;
        py_bytes_like(obj, &d, &n);
        r = py_str_format("%U byte 0x%02x in position %zd: %S", head,
                          (unsigned)(uint8_t)d[start], (ssize_t)start, why);
    } else if (start < len && end == start + 1) {
        const char *p = PY_STR_DATA(obj);
        for (int64_t i = 0; i < start; i++)
            py_utf8_next(&p);
        uint32_t c = py_utf8_next(&p);
        char ch[12];
        snprintf(ch, sizeof ch,
                 c < 0x100     ? "\\x%02x"
                 : c < 0x10000 ? "\\u%04x"
                               : "\\U%08x",
                 c);
        r = py_str_format("%U character '%s' in position %zd: %S", head, ch,
                          (ssize_t)start, why);
    } else {
        r = py_str_format("%U %s in position %zd-%zd: %S", head,
                          dec ? "bytes" : "characters", (ssize_t)start,
                          (ssize_t)(end - 1), why);
    }
    PY_DECREF(head);
    return r;
}

static py_obj *exc_str(py_obj *o)
{
    py_obj *a = E(o)->args;
    switch (kind_of(PY_TYPE(o))) {
    case K_UNICODE:
        return unicode_str(o);
    case K_KEY:
        if (a && PY_TUPLE_SIZE(a) == 1)
            return py_repr(PY_TUPLE_ITEMS(a)[0]);
        break;
    case K_SYNTAX:
        return syntax_str(o);
    case K_OS:
        return os_str(o);
    case K_IMPORT: {
        py_obj *m = attr(o, "msg");
        if (m && m != py_None)
            return py_str(m);
        break;
    }
    default:
        break;
    }
    return args_str(o);
}

static py_obj *exc_repr(py_obj *o)
{
    py_obj *a = E(o)->args;
    const char *name = PY_TYPE(o)->name;
    if (!a || PY_TUPLE_SIZE(a) == 0)
        return py_str_format("%s()", name);
    if (PY_TUPLE_SIZE(a) == 1)
        return py_str_format("%s(%R)", name, PY_TUPLE_ITEMS(a)[0]);
    return py_str_format("%s%R", name, a);
}

/* ------------------------------------------------------ attributes */

static py_obj *or_none(py_obj *o)
{
    return py_newref(o ? o : py_None);
}

static py_obj *get_args(py_obj *o)
{
    return E(o)->args ? py_newref(E(o)->args) : py_tuple_new(0);
}

static int set_args_attr(py_obj *o, py_obj *v)
{
    if (!v) {
        py_err_set(py_exc_TypeError, "args may not be deleted");
        return -1;
    }
    py_obj *t = PY_TYPE_CHECK(v, &py_tuple_type) ? py_newref(v)
                                                 : py_list_from_iterable(v);
    if (t && !PY_TYPE_CHECK(t, &py_tuple_type)) {
        py_obj *tt = py_list_as_tuple(t);
        PY_DECREF(t);
        t = tt;
    }
    if (!t)
        return -1;
    PY_SETREF(E(o)->args, t);
    return 0;
}

static py_obj *get_tb(py_obj *o)
{
    return or_none(E(o)->traceback);
}

static int set_tb(py_obj *o, py_obj *v)
{
    if (!v) {
        py_err_set(py_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != py_None && PY_TYPE(v) != &py_traceback_type) {
        py_err_set(py_exc_TypeError,
                   "__traceback__ must be a traceback or None");
        return -1;
    }
    PY_SETREF(E(o)->traceback, v == py_None ? NULL : py_newref(v));
    return 0;
}

static int check_exc_or_none(py_obj *v, const char *what)
{
    if (!v) {
        py_err_format(py_exc_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (v != py_None && !PY_TYPE_CHECK(v, py_exc_BaseException)) {
        py_err_format(py_exc_TypeError,
                      "exception %s must be None or "
                      "derive from BaseException",
                      strcmp(what, "__cause__") == 0 ? "cause" : "context");
        return -1;
    }
    return 0;
}

static py_obj *get_context(py_obj *o)
{
    return or_none(E(o)->context);
}
static py_obj *get_cause(py_obj *o)
{
    return or_none(E(o)->cause);
}

static int set_context(py_obj *o, py_obj *v)
{
    if (check_exc_or_none(v, "__context__") < 0)
        return -1;
    PY_SETREF(E(o)->context, v == py_None ? NULL : py_newref(v));
    return 0;
}

static int set_cause(py_obj *o, py_obj *v)
{
    if (check_exc_or_none(v, "__cause__") < 0)
        return -1;
    PY_SETREF(E(o)->cause, v == py_None ? NULL : py_newref(v));
    E(o)->suppress_context = true;
    return 0;
}

static py_obj *get_suppress(py_obj *o)
{
    return py_bool_from(E(o)->suppress_context);
}

static int set_suppress(py_obj *o, py_obj *v)
{
    int t = v ? py_is_true(v) : 0;
    if (t < 0)
        return -1;
    E(o)->suppress_context = t;
    return 0;
}

static py_obj *get_dict(py_obj *o)
{
    if (!E(o)->dict && !(E(o)->dict = py_dict_new()))
        return NULL;
    return py_newref(E(o)->dict);
}

static const py_getset_def exc_getset[] = {
    {"args", get_args, set_args_attr, NULL},
    {"__traceback__", get_tb, set_tb, NULL},
    {"__context__", get_context, set_context, NULL},
    {"__cause__", get_cause, set_cause, NULL},
    {"__suppress_context__", get_suppress, set_suppress, NULL},
    {"__dict__", get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_obj *get_value(py_obj *o)
{
    return or_none(E(o)->value);
}

static int set_value(py_obj *o, py_obj *v)
{
    PY_SETREF(E(o)->value, v ? py_newref(v) : NULL);
    return 0;
}

static const py_getset_def stopiter_getset[] = {
    {"value", get_value, set_value, NULL},
    {NULL, NULL, NULL, NULL},
};

static const py_getset_def sysexit_getset[] = {
    {"code", get_value, set_value, NULL},
    {NULL, NULL, NULL, NULL},
};

py_obj *py_exc_member(py_obj *e, const char *name)
{
    return attr(e, name);
}

int py_exc_set_member(py_obj *e, const char *name, py_obj *v)
{
    return set_attr_str(e, name, v);
}

/* The attributes CPython keeps in C members: read from the extra dict
 * (None when unset), set into it, deleted from it. */
static int set_member(py_obj *o, const char *name, py_obj *v)
{
    if (v)
        return set_attr_str(o, name, v);
    if (!E(o)->extra || !py_dict_get_str(E(o)->extra, name))
        return 0;
    py_obj *k = py_str_from_cstr(name);
    int r = k ? py_dict_del(E(o)->extra, k) : -1;
    PY_XDECREF(k);
    return r;
}

#define MEMBER_ACCESSORS(nm)                                                   \
    static py_obj *get_m_##nm(py_obj *o)                                       \
    {                                                                          \
        return or_none(attr(o, #nm));                                          \
    }                                                                          \
    static int set_m_##nm(py_obj *o, py_obj *v)                                \
    {                                                                          \
        return set_member(o, #nm, v);                                          \
    }
MEMBER_ACCESSORS(msg)
MEMBER_ACCESSORS(filename)
MEMBER_ACCESSORS(lineno)
MEMBER_ACCESSORS(offset)
MEMBER_ACCESSORS(text)
MEMBER_ACCESSORS(end_lineno)
MEMBER_ACCESSORS(end_offset)
MEMBER_ACCESSORS(print_file_and_line)
MEMBER_ACCESSORS(name)
MEMBER_ACCESSORS(path)
MEMBER_ACCESSORS(obj)
MEMBER_ACCESSORS(errno)
MEMBER_ACCESSORS(strerror)
MEMBER_ACCESSORS(filename2)
MEMBER_ACCESSORS(encoding)
MEMBER_ACCESSORS(object)
MEMBER_ACCESSORS(start)
MEMBER_ACCESSORS(end)
MEMBER_ACCESSORS(reason)
#undef MEMBER_ACCESSORS

#define M(nm, doc)                                                             \
    {                                                                          \
#nm, get_m_##nm, set_m_##nm, doc                                       \
    }
static const py_getset_def syntax_getset[] = {
    M(msg, "exception msg"),
    M(filename, "exception filename"),
    M(lineno, "exception lineno"),
    M(offset, "exception offset"),
    M(text, "exception text"),
    M(end_lineno, "exception end lineno"),
    M(end_offset, "exception end offset"),
    M(print_file_and_line, "exception print_file_and_line"),
    {NULL, NULL, NULL, NULL},
};

static const py_getset_def import_getset[] = {
    M(msg, "exception message"),
    M(name, "module name"),
    M(path, "module path"),
    {NULL, NULL, NULL, NULL},
};

static const py_getset_def os_getset[] = {
    M(errno, "POSIX exception code"),
    M(strerror, "exception strerror"),
    M(filename, "exception filename"),
    M(filename2, "second exception filename"),
    {"characters_written", get_characters_written, set_characters_written,
     NULL},
    {NULL, NULL, NULL, NULL},
};

static const py_getset_def attr_getset[] = {
    M(name, "attribute name"),
    M(obj, "object"),
    {NULL, NULL, NULL, NULL},
};

static const py_getset_def name_getset[] = {
    M(name, "name"),
    {NULL, NULL, NULL, NULL},
};

static const py_getset_def unicode_getset[] = {
    M(encoding, "exception encoding"), M(object, "exception object"),
    M(start, "exception start"),       M(end, "exception end"),
    M(reason, "exception reason"),     {NULL, NULL, NULL, NULL},
};
#undef M

static py_obj *with_traceback(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    if (py_check_args("with_traceback", nargs, kwnames, 1, 1) < 0 ||
        set_tb(self, args[0]) < 0)
        return NULL;
    return py_newref(self);
}

static py_obj *add_note(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    if (py_check_args("add_note", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError, "note must be a str, not '%s'",
                      py_type_name(args[0]));
        return NULL;
    }
    py_obj *d = get_dict(self); /* __notes__ is an ordinary attribute */
    if (!d)
        return NULL;
    py_obj *notes = py_dict_get_str(d, "__notes__");
    PY_DECREF(d);
    if (!notes) {
        if (!(notes = py_list_new(0)) ||
            py_dict_set_str(E(self)->dict, "__notes__", notes) < 0) {
            PY_XDECREF(notes);
            return NULL;
        }
        PY_DECREF(notes);
    }
    return py_list_append(notes, args[0]) < 0 ? NULL : py_none_new();
}

/* The attributes pyscope keeps in the instance dict of an exception of
 * this kind where CPython has C members, which __reduce__'s state leaves
 * out (an ImportError's name and path stay in when they are set). */
static bool member_attr(int kind, py_obj *key, py_obj *value)
{
    static const char *const os[] = {"errno", "strerror", "filename",
                                     "filename2", NULL};
    static const char *const syntax[] = {
        "msg",  "filename",   "lineno",     "offset",
        "text", "end_lineno", "end_offset", "print_file_and_line",
        NULL};
    static const char *const imp[] = {"msg", NULL};
    static const char *const attrs[] = {"name", "obj", NULL};
    static const char *const uni[] = {"encoding", "object", "start",
                                      "end",      "reason", NULL};
    const char *const *names = kind == K_OS        ? os
                               : kind == K_SYNTAX  ? syntax
                               : kind == K_IMPORT  ? imp
                               : kind == K_ATTR    ? attrs
                               : kind == K_NAME    ? attrs
                               : kind == K_UNICODE ? uni
                                                   : NULL;
    if (!py_is_str(key))
        return false;
    if (kind == K_IMPORT && value == py_None &&
        (py_str_eq_cstr(key, "name") || py_str_eq_cstr(key, "path")))
        return true;
    for (; names && *names; names++)
        if (py_str_eq_cstr(key, *names))
            return true;
    return false;
}

/* __reduce__'s state: into *out a NEW dict of the instance attributes
 * that are not members, or NULL when there are none.  0 or -1. */
static int reduce_state(py_obj *o, py_obj **out)
{
    py_obj *k, *v;
    ssize_t pos = 0;
    int kind = kind_of(PY_TYPE(o));
    *out = NULL;
    for (int pass = 0; pass < 2; pass++) {
        py_obj *d = pass ? E(o)->extra : E(o)->dict;
        pos = 0;
        while (d && py_dict_next(d, &pos, &k, &v)) {
            if (pass && member_attr(kind, k, v))
                continue;
            if ((!*out && !(*out = py_dict_new())) ||
                py_dict_set(*out, k, v) < 0)
                return -1;
        }
    }
    return 0;
}

/* The constructor arguments __reduce__ gives: args, with an OSError's
 * filenames put back as CPython's OSError.__reduce__ does.  NEW tuple. */
static py_obj *reduce_args(py_obj *o)
{
    py_obj *args = E(o)->args, *fn = attr(o, "filename");
    if (kind_of(PY_TYPE(o)) != K_OS || PY_TUPLE_SIZE(args) != 2 || !fn ||
        fn == py_None)
        return py_newref(args);
    py_obj *fn2 = attr(o, "filename2");
    py_obj *const *a = PY_TUPLE_ITEMS(args);
    if (fn2 && fn2 != py_None)
        return py_tuple_pack(5, a[0], a[1], fn, py_None, fn2);
    return py_tuple_pack(3, a[0], a[1], fn);
}

/* __reduce__(): (type(self), args) or (type(self), args, state), how
 * pickle and copy rebuild an exception.  NEW. */
static py_obj *exc_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    py_obj *state = NULL, *cargs, *r = NULL;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0 ||
        reduce_state(self, &state) < 0 || !(cargs = reduce_args(self))) {
        PY_XDECREF(state);
        return NULL;
    }
    r = state ? py_tuple_pack(3, PY_OBJ(PY_TYPE(self)), cargs, state)
              : py_tuple_pack(2, PY_OBJ(PY_TYPE(self)), cargs);
    PY_XDECREF(state);
    PY_DECREF(cargs);
    return r;
}

/* __setstate__(state): setattr(self, name, value) for each item of the
 * dict state (None: nothing).  NEW None. */
static py_obj *exc_setstate(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    if (py_check_args("__setstate__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *state = args[0], *k, *v;
    if (state == py_None)
        return py_none_new();
    if (!PY_TYPE_CHECK(state, &py_dict_type)) {
        py_err_set(py_exc_TypeError, "state is not a dictionary");
        return NULL;
    }
    ssize_t pos = 0;
    while (py_dict_next(state, &pos, &k, &v))
        if (py_setattr(self, k, v) < 0)
            return NULL;
    return py_none_new();
}

static const py_method_def exc_methods[] = {
    {"__reduce__", exc_reduce, 0, NULL},
    {"__setstate__", exc_setstate, 0, NULL},
    {"with_traceback", with_traceback, 0, NULL},
    {"add_note", add_note, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_method_def reduce_methods[] = {
    {"__reduce__", exc_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------ sizes */

size_t py_exc_sizeof(py_obj *o)
{
    /* CPython 3.11's instance sizes (with the GC header) per layout. */
    static const size_t kind_size[] = {
        [K_BASE] = 88, [K_STOPITER] = 96, [K_SYSEXIT] = 96,  [K_SYNTAX] = 152,
        [K_KEY] = 88,  [K_IMPORT] = 112,  [K_ATTR] = 104,    [K_NAME] = 96,
        [K_OS] = 128,  [K_GROUP] = 104,   [K_UNICODE] = 128,
    };
    py_type *t = PY_TYPE(o);
    size_t extra = 0;
    while (t->flags & PY_TPFLAGS_HEAPTYPE) {
        t = t->base;
        extra = 8; /* a class statement adds a __weakref__ slot */
    }
    return kind_size[kind_of(t)] + extra;
}

/* ------------------------------------------------------ init / fini */

/* Each built-in exception class's __doc__, as python3's. */
static const struct {
    const char *name, *doc;
} exc_docs[] = {
    {"ArithmeticError", "Base class for arithmetic errors."},
    {"AssertionError", "Assertion failed."},
    {"AttributeError", "Attribute not found."},
    {"BaseException", "Common base class for all exceptions"},
    {"BaseExceptionGroup", "A combination of multiple unrelated exceptions."},
    {"BlockingIOError", "I/O operation would block."},
    {"BrokenPipeError", "Broken pipe."},
    {"BufferError", "Buffer error."},
    {"BytesWarning",
     "Base class for warnings about bytes and buffer related problems, "
     "mostly\nrelated to conversion from str or comparing to str."},
    {"ChildProcessError", "Child process error."},
    {"ConnectionAbortedError", "Connection aborted."},
    {"ConnectionError", "Connection error."},
    {"ConnectionRefusedError", "Connection refused."},
    {"ConnectionResetError", "Connection reset."},
    {"DeprecationWarning",
     "Base class for warnings about deprecated features."},
    {"EOFError", "Read beyond end of file."},
    {"EncodingWarning", "Base class for warnings about encodings."},
    {"Exception", "Common base class for all non-exit exceptions."},
    {"ExceptionGroup", NULL},
    {"FileExistsError", "File already exists."},
    {"FileNotFoundError", "File not found."},
    {"FloatingPointError", "Floating point operation failed."},
    {"FutureWarning", "Base class for warnings about constructs that will "
                      "change semantically\nin the future."},
    {"GeneratorExit", "Request that a generator exit."},
    {"ImportError", "Import can't find module, or can't find name in module."},
    {"ImportWarning",
     "Base class for warnings about probable mistakes in module imports"},
    {"IndentationError", "Improper indentation."},
    {"IndexError", "Sequence index out of range."},
    {"InterruptedError", "Interrupted by signal."},
    {"IsADirectoryError", "Operation doesn't work on directories."},
    {"KeyError", "Mapping key not found."},
    {"KeyboardInterrupt", "Program interrupted by user."},
    {"LookupError", "Base class for lookup errors."},
    {"MemoryError", "Out of memory."},
    {"ModuleNotFoundError", "Module not found."},
    {"NameError", "Name not found globally."},
    {"NotADirectoryError", "Operation only works on directories."},
    {"NotImplementedError", "Method or function hasn't been implemented yet."},
    {"OSError", "Base class for I/O related errors."},
    {"OverflowError", "Result too large to be represented."},
    {"PendingDeprecationWarning", "Base class for warnings about features "
                                  "which will be deprecated\nin the future."},
    {"PermissionError", "Not enough permissions."},
    {"ProcessLookupError", "Process not found."},
    {"RecursionError", "Recursion limit exceeded."},
    {"ReferenceError", "Weak ref proxy used after referent went away."},
    {"ResourceWarning", "Base class for warnings about resource usage."},
    {"RuntimeError", "Unspecified run-time error."},
    {"RuntimeWarning",
     "Base class for warnings about dubious runtime behavior."},
    {"StopAsyncIteration", "Signal the end from iterator.__anext__()."},
    {"StopIteration", "Signal the end from iterator.__next__()."},
    {"SyntaxError", "Invalid syntax."},
    {"SyntaxWarning", "Base class for warnings about dubious syntax."},
    {"SystemError",
     "Internal error in the Python interpreter.\n\nPlease report this to the "
     "Python maintainer, along with the traceback,\nthe Python version, and "
     "the hardware/OS platform and version."},
    {"SystemExit", "Request to exit from the interpreter."},
    {"TabError", "Improper mixture of spaces and tabs."},
    {"TimeoutError", "Timeout expired."},
    {"TypeError", "Inappropriate argument type."},
    {"UnboundLocalError", "Local name referenced but not bound to a value."},
    {"UnicodeDecodeError", "Unicode decoding error."},
    {"UnicodeEncodeError", "Unicode encoding error."},
    {"UnicodeError", "Unicode related error."},
    {"UnicodeTranslateError", "Unicode translation error."},
    {"UnicodeWarning", "Base class for warnings about Unicode related "
                       "problems, mostly\nrelated to conversion problems."},
    {"UserWarning", "Base class for warnings generated by user code."},
    {"ValueError", "Inappropriate argument value (of correct type)."},
    {"Warning", "Base class for warning categories."},
    {"ZeroDivisionError",
     "Second argument to a division or modulo operation was zero."},
};

static void fill_type(int i)
{
    py_type *t = &exc_types[i];
    memset(t, 0, sizeof *t);
    t->ovar.ob.rc = IMMORTAL_RC;
    t->ovar.ob.type = &py_type_type;
    t->name = exc_info[i].name;
    t->basicsize = sizeof(py_exc);
    t->flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE | PY_TPFLAGS_EXC_SUBCLASS;
    t->dictoffset = offsetof(py_exc, dict);
    t->base =
        exc_info[i].base >= 0 ? &exc_types[exc_info[i].base] : &py_object_type;
    if (i == EX_BaseException) {
        t->getattro = py_generic_getattr;
        t->setattro = py_generic_setattr;
        t->dealloc = exc_dealloc;
        t->repr = exc_repr;
        t->str = exc_str;
        t->tp_new = exc_tp_new;
        t->tp_init = exc_tp_init;
        t->traverse = exc_traverse;
        t->clear = exc_gc_clear;
        t->getset = exc_getset;
        t->methods = exc_methods;
        t->doc = "Common base class for all exceptions";
    }
    /* the methods each class defines itself, as in CPython: every class
     * its __init__, the simple ones (and OSError, Unicode*Error) their
     * __new__, those with attributes of their own __str__ */
    int kind = exc_info[i].kind;
    t->tp_init = exc_tp_init;
    if (kind == K_BASE || i == EX_OSError || kind == K_UNICODE)
        t->tp_new = exc_tp_new;
    bool own = exc_info[i].base < 0 || exc_info[exc_info[i].base].kind != kind;
    if (own && kind != K_BASE && kind != K_STOPITER && kind != K_SYSEXIT &&
        kind != K_GROUP)
        t->str = exc_str;
    if (i == EX_OSError || i == EX_ImportError)
        t->methods = reduce_methods;
    for (size_t k = 0; k < sizeof exc_docs / sizeof exc_docs[0]; k++)
        if (strcmp(exc_docs[k].name, t->name) == 0)
            t->doc = exc_docs[k].doc;
    if (i == EX_StopIteration)
        t->getset = stopiter_getset;
    if (i == EX_SystemExit)
        t->getset = sysexit_getset;
    if (i == EX_SyntaxError)
        t->getset = syntax_getset;
    if (i == EX_ImportError)
        t->getset = import_getset;
    if (i == EX_OSError)
        t->getset = os_getset;
    if (i == EX_AttributeError)
        t->getset = attr_getset;
    if (i == EX_NameError)
        t->getset = name_getset;
    if (i == EX_UnicodeDecodeError || i == EX_UnicodeEncodeError ||
        i == EX_UnicodeTranslateError)
        t->getset = unicode_getset;
    if (i == EX_BaseExceptionGroup)
        py_excgroup_fill(t);
}

int py_exceptions_init(void)
{
    for (int i = 0; i < EX_COUNT; i++)
        fill_type(i);
#define X(v, n, b, k) py_exc_##v = &exc_types[EX_##v];
    EXC_TABLE(X)
#undef X
    for (int i = 0; i < EX_COUNT; i++)
        if (py_type_ready(&exc_types[i]) < 0)
            return -1;
    return py_excgroup_init() < 0 ? -1 : py_errors_init();
}

void py_exceptions_fini(void)
{
    py_excgroup_fini();
    py_errors_fini();
}

int py_exceptions_add_builtins(py_obj *d)
{
    for (int i = 0; i < EX_COUNT; i++)
        if (py_dict_set_str(d, exc_info[i].name, PY_OBJ(&exc_types[i])) < 0)
            return -1;
    if (py_dict_set_str(d, "ExceptionGroup", PY_OBJ(py_exc_ExceptionGroup)) <
            0 ||
        py_dict_set_str(d, "EnvironmentError", PY_OBJ(py_exc_OSError)) < 0 ||
        py_dict_set_str(d, "IOError", PY_OBJ(py_exc_OSError)) < 0)
        return -1;
    return 0;
}
