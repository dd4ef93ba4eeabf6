/*
 * api.c -- the public interface of py.h: start and stop an interpreter,
 * run source in __main__, evaluate expressions into plain C values.
 *
 * Everything that crosses this boundary is plain C data; no object
 * reference escapes, so hosts (the lesson engine, the TUI) cannot get
 * reference counting wrong.
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "code.h"
#include "gthread.h"
#include "lexer.h"
#include "mem.h"
#include "py.h"
#include "runtime.h"
#include "waitslice.h"

static int exit_status;

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

/* While other threads exist, wait for input without stopping them (the
 * line may already be in stdin's buffer: glibc's FILE tells).  false
 * when Ctrl-C came first: the interrupt flag is up again for input()
 * to raise KeyboardInterrupt. */
static bool stdin_wait(void)
{
#ifdef __GLIBC__
    if (!py_gthread_multi || stdin->_IO_read_ptr < stdin->_IO_read_end)
        return true;
    struct pollfd p = {.fd = fileno(stdin), .events = POLLIN};
    if (py_poll_sliced(&p, 1, -1) >= 0)
        return true;
    bool ki = py_err_matches(PY_OBJ(py_exc_KeyboardInterrupt));
    py_err_clear();
    if (ki)
        py_rt.interrupt = 1;
    return !ki;
#else
    return true;
#endif
}

char *py_stdin_readline(void *ud, const char *prompt)
{
    (void)ud;
    if (prompt && *prompt) {
        fputs(prompt, stdout);
    }
    fflush(stdout);
    if (!stdin_wait())
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[n - 1] = '\0';
    return line;
}

static int set_argv(int argc, char **argv)
{
    py_obj *list = py_list_new(0);
    if (!list)
        return -1;
    for (int i = 0; i < argc; i++) {
        py_obj *s = py_str_from_cstr(argv[i]);
        if (!s || py_list_append(list, s) < 0) {
            PY_XDECREF(s);
            PY_DECREF(list);
            return -1;
        }
        PY_DECREF(s);
    }
    py_rt.argv = list;
    py_obj *sys = py_dict_get_str(py_rt.modules, "sys");
    py_obj *name = py_str_interned("argv");
    int r = sys && name ? py_setattr(sys, name, list) : -1;
    PY_XDECREF(name);
    return r;
}

/* Fill sys.warnoptions and import warnings, which applies them (an
 * import failure is reported on stderr, and the defaults stay).  0 or
 * -1 (MemoryError). */
static int set_warnoptions(const py_options *opt)
{
    py_obj *sys = py_dict_get_str(py_rt.modules, "sys");
    py_obj *wo =
        sys ? py_dict_get_str(py_module_dict(sys), "warnoptions") : NULL;
    if (!wo)
        return -1;
    for (int i = 0; i < opt->nwarnoptions; i++) {
        py_obj *s = py_str_from_cstr(opt->warnoptions[i]);
        int r = s ? py_list_append(wo, s) : -1;
        PY_XDECREF(s);
        if (r < 0)
            return -1;
    }
    py_obj *name = py_str_interned("warnings");
    py_obj *m = name ? py_import(name) : NULL;
    PY_XDECREF(name);
    if (!m) {
        py_obj *exc = py_err_fetch();
        if (exc)
            py_print_exception(exc);
        PY_XDECREF(exc);
    }
    PY_XDECREF(m);
    return 0;
}

#ifndef PYSCOPE_STDLIB_DIR
#define PYSCOPE_STDLIB_DIR "/usr/lib/python3.11"
#endif

const char *pyapi_stdlib_dir(void)
{
    const char *e = getenv("PYSCOPE_STDLIB");
    return e && *e ? e : PYSCOPE_STDLIB_DIR;
}

bool pyapi_stdlib_present(void)
{
    struct stat st;
    char *p = NULL;
    size_t n = strlen(pyapi_stdlib_dir()) + 16;
    if (!(p = malloc(n)))
        return false;
    snprintf(p, n, "%s/os.py", pyapi_stdlib_dir());
    bool ok = stat(p, &st) == 0;
    free(p);
    return ok;
}

/* sys.path: the script's folder ("" for the current one) unless sealed,
 * then the standard library.  0 or -1. */
static int set_path(const py_options *opt)
{
    py_obj *sys = py_dict_get_str(py_rt.modules, "sys");
    py_obj *path = sys ? py_dict_get_str(py_module_dict(sys), "path") : NULL;
    if (!path)
        return -1;
    const char *dirs[2] = {NULL, pyapi_stdlib_dir()};
    if (!(opt && opt->sealed))
        dirs[0] = opt && opt->path0 ? opt->path0 : "";
    for (int i = 0; i < 2; i++) {
        if (!dirs[i])
            continue;
        py_obj *s = py_str_from_cstr(dirs[i]);
        int r = s ? py_list_append(path, s) : -1;
        PY_XDECREF(s);
        if (r < 0)
            return -1;
    }
    return 0;
}

int pyapi_start(const py_options *opt)
{
    if (py_init() < 0)
        return -1;
    if (opt && opt->out) {
        py_rt.out = opt->out;
        py_rt.out_ud = opt->out_ud;
    }
    if (opt && opt->err) {
        py_rt.err = opt->err;
        py_rt.err_ud = opt->err_ud;
    }
    py_rt.readline = opt && opt->readline ? opt->readline : py_stdin_readline;
    py_rt.readline_ud = opt ? opt->readline_ud : NULL;
    if (opt && opt->heap_cap)
        py_rt.heap_cap = opt->heap_cap;
    py_rt.sealed = opt && opt->sealed;
    if (opt && opt->recursion_limit)
        py_rt.recursion_limit = opt->recursion_limit;
    /* Test hook: fail the Nth allocation of the program (every later
     * allocation succeeds again), to prove each failure path raises
     * MemoryError instead of crashing. */
    const char *fail = getenv("PYSCOPE_FAIL_ALLOC");
    if (fail) {
        py_rt.fail_alloc_at = atol(fail);
        py_rt.alloc_count = 0;
    }
    if (set_path(opt) < 0)
        return -1;
    char *empty[] = {""};
    if (set_argv(opt && opt->argc > 0 ? opt->argc : 1,
                 opt && opt->argc > 0 ? opt->argv : empty) < 0)
        return -1;
    return opt && opt->nwarnoptions ? set_warnoptions(opt) : 0;
}

void pyapi_stop(void)
{
    py_fini();
}

void pyapi_interrupt(void)
{
    py_rt.interrupt = 1;
}

void pyapi_set_step_budget(uint64_t steps)
{
    py_rt.step_budget = steps;
    py_rt.steps = 0;
}

int pyapi_exit_status(void)
{
    return exit_status;
}

/* SystemExit: status from its code as CPython's handle_system_exit. */
static pyr_status system_exit(py_obj *exc)
{
    py_obj *code = py_getattr_str(exc, "code");
    py_err_clear();
    if (!code || code == py_None) {
        exit_status = 0;
    } else if (PY_TYPE_CHECK(code, &py_int_type)) {
        int64_t v = 0;
        exit_status = py_int_as_i64(code, &v) == 1 ? (int)(v & 0xff) : 1;
    } else {
        py_obj *s = py_str(code);
        if (s) {
            py_write_err(PY_STR_DATA(s), (size_t)PY_STR_NBYTES(s));
            py_write_err("\n", 1);
            PY_DECREF(s);
        }
        py_err_clear();
        exit_status = 1;
    }
    PY_XDECREF(code);
    return PYR_EXIT;
}

/* Report the pending exception like CPython's top level. */
static pyr_status report_exception(void)
{
    py_obj *exc = py_err_fetch();
    if (!exc)
        return PYR_OK;
    pyr_status st = PYR_EXCEPTION;
    if (PY_TYPE_CHECK(exc, py_exc_SystemExit)) {
        st = system_exit(exc);
    } else {
        bool syntax = PY_TYPE_CHECK(exc, py_exc_SyntaxError);
        bool kbd = PY_TYPE_CHECK(exc, py_exc_KeyboardInterrupt);
        py_sys_report_exception(exc);
        exit_status = kbd ? 130 : 1;
        st = syntax ? PYR_SYNTAX : PYR_EXCEPTION;
    }
    PY_DECREF(exc);
    py_rt.interrupt = 0;
    return st;
}

/* CPython keeps the AST of the source it runs until the run ends (its
 * arena holds a reference to every literal), so while a program runs each
 * of its constants has one more reference than the code objects give it:
 * `x = 1000` then sys.getrefcount(x) shows 4 in a script and in the same
 * REPL statement, 2 in a later one.  hold_consts takes that reference on
 * each distinct constant of co and its nested code objects (recursing
 * into constant tuples), in a plain C array so that holding them moves no
 * GC count; release_consts drops them. */
typedef struct held_consts {
    py_obj **objs;
    size_t n, cap;
} held_consts;

static bool held_has(const held_consts *h, py_obj *o)
{
    for (size_t i = h->n; i-- > 0;)
        if (h->objs[i] == o)
            return true;
    return false;
}

static void hold_const(held_consts *h, py_obj *o)
{
    if (PY_TYPE(o) == &py_code_type) {
        py_obj *cs = ((py_code *)o)->consts;
        for (ssize_t i = 0; cs && i < PY_TUPLE_SIZE(cs); i++)
            hold_const(h, PY_TUPLE_ITEMS(cs)[i]);
        return;
    }
    if (held_has(h, o))
        return;
    if (h->n == h->cap) {
        size_t cap = h->cap ? 2 * h->cap : 64;
        py_obj **p = realloc(h->objs, cap * sizeof *p);
        if (!p)
            return; /* only a count differs: not worth failing the run */
        h->objs = p;
        h->cap = cap;
    }
    h->objs[h->n++] = py_newref(o);
    if (PY_TYPE(o) == &py_tuple_type)
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(o); i++)
            hold_const(h, PY_TUPLE_ITEMS(o)[i]);
}

static void release_consts(held_consts *h)
{
    for (size_t i = 0; i < h->n; i++)
        PY_DECREF(h->objs[i]);
    free(h->objs);
}

static pyr_status run(const char *src, size_t len, const char *filename,
                      py_compile_mode mode)
{
    exit_status = 0;
    /* The REPL shows no source lines, nor does code run as "<string>"
     * (python3 -c): that is also the name of exec()'s code, whose lines
     * must not be taken from another text. */
    if (mode != PY_MODE_SINGLE && strcmp(filename, "<string>") != 0)
        py_source_register(filename, src, len);
    py_code *co = py_compile(src, len, filename, mode);
    if (!co)
        return report_exception();
    held_consts held = {NULL, 0, 0};
    hold_const(&held, PY_OBJ(co));
    py_obj *r = py_eval_code(co, py_rt.main_globals, py_rt.main_globals);
    PY_DECREF(co);
    release_consts(&held);
    if (!r)
        return report_exception();
    PY_DECREF(r);
    return PYR_OK;
}

pyr_status pyapi_exec(const char *src, size_t len, const char *filename)
{
    if (filename[0] != '<') {
        py_obj *f = py_str_from_cstr(filename);
        if (!f || py_dict_set_str(py_rt.main_globals, "__file__", f) < 0) {
            PY_XDECREF(f);
            return report_exception();
        }
        PY_DECREF(f);
    }
    return run(src, len, filename, PY_MODE_EXEC);
}

pyr_status pyapi_exec_single(const char *src, size_t len)
{
    return run(src, len, "<stdin>", PY_MODE_SINGLE);
}

pyr_status pyapi_dis(const char *src, size_t len, const char *filename)
{
    exit_status = 0;
    py_source_register(filename, src, len);
    py_code *co = py_compile(src, len, filename, PY_MODE_EXEC);
    if (!co)
        return report_exception();
    py_obj *text = py_dis(co);
    PY_DECREF(co);
    if (!text)
        return report_exception();
    py_write_out(PY_STR_DATA(text), (size_t)PY_STR_NBYTES(text));
    PY_DECREF(text);
    return PYR_OK;
}

/* Incomplete input: the compiler fails at the very end of the text with
 * an unterminated block, bracket or triple-quoted string. */
bool pyapi_is_incomplete(const char *src, size_t len)
{
    py_rt.quiet_compile = true; /* the real compile warns */
    py_code *co = py_compile(src, len, "<stdin>", PY_MODE_SINGLE);
    py_rt.quiet_compile = false;
    if (co) {
        PY_DECREF(co);
        return false;
    }
    py_obj *exc = py_err_fetch();
    bool inc = false;
    py_obj *msg = exc ? py_getattr_str(exc, "msg") : NULL;
    if (msg && PY_TYPE_CHECK(msg, &py_str_type)) {
        const char *m = PY_STR_DATA(msg);
        inc = strstr(m, "was never closed") ||
              strstr(m, "unterminated triple-quoted") ||
              strstr(m, "expected an indented block") ||
              strstr(m, "unexpected EOF");
    }
    py_err_clear();
    PY_XDECREF(msg);
    PY_XDECREF(exc);
    return inc;
}

/* --------------------------------------------------------------- values */

static int to_value(py_obj *o, py_value *v, int depth);

static int fill_items(py_obj *const *items, size_t n, py_value *v, int depth)
{
    v->n = n;
    v->items = calloc(n ? n : 1, sizeof *v->items);
    if (!v->items)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (to_value(items[i], &v->items[i], depth + 1) < 0)
            return -1;
    return 0;
}

static int fill_dict(py_obj *d, py_value *v, int depth)
{
    size_t n = (size_t)py_dict_size(d), i = 0;
    v->n = n;
    v->items = calloc(2 * n + 1, sizeof *v->items);
    if (!v->items)
        return -1;
    ssize_t pos = 0;
    py_obj *k, *val;
    while (i < n && py_dict_next(d, &pos, &k, &val)) {
        if (to_value(k, &v->items[2 * i], depth + 1) < 0 ||
            to_value(val, &v->items[2 * i + 1], depth + 1) < 0)
            return -1;
        i++;
    }
    return 0;
}

static int fill_set(py_obj *s, py_value *v, int depth)
{
    py_obj *list = py_list_from_iterable(s);
    if (!list)
        return -1;
    int r =
        fill_items(PY_LIST_ITEMS(list), (size_t)PY_LIST_SIZE(list), v, depth);
    PY_DECREF(list);
    return r;
}

static int fill_repr(py_obj *o, py_value *v)
{
    py_obj *r = py_repr(o);
    if (!r)
        return -1;
    v->s = xstrdup(PY_STR_DATA(r));
    PY_DECREF(r);
    return v->s ? 0 : -1;
}

static int fill_int(py_obj *o, py_value *v)
{
    int64_t i;
    if (py_int_as_i64(o, &i) == 1) {
        v->kind = PYV_INT;
        v->i = i;
        return 0;
    }
    v->kind = PYV_BIGINT;
    return fill_repr(o, v);
}

static int to_value(py_obj *o, py_value *v, int depth)
{
    memset(v, 0, sizeof *v);
    v->type = xstrdup(py_type_name(o));
    if (depth > 50)
        return (v->kind = PYV_OTHER, fill_repr(o, v));
    py_type *t = PY_TYPE(o);
    if (o == py_None)
        return (v->kind = PYV_NONE, 0);
    if (t == &py_bool_type)
        return (v->kind = PYV_BOOL, v->b = (o == py_True), 0);
    if (PY_TYPE_CHECK(o, &py_int_type))
        return fill_int(o, v);
    if (PY_TYPE_CHECK(o, &py_float_type))
        return (v->kind = PYV_FLOAT, v->f = PY_FLOAT_VAL(o), 0);
    if (PY_TYPE_CHECK(o, &py_str_type))
        return (v->kind = PYV_STR, v->s = xstrdup(PY_STR_DATA(o)),
                v->s ? 0 : -1);
    if (PY_TYPE_CHECK(o, &py_list_type))
        return (
            v->kind = PYV_LIST,
            fill_items(PY_LIST_ITEMS(o), (size_t)PY_LIST_SIZE(o), v, depth));
    if (PY_TYPE_CHECK(o, &py_tuple_type))
        return (
            v->kind = PYV_TUPLE,
            fill_items(PY_TUPLE_ITEMS(o), (size_t)PY_TUPLE_SIZE(o), v, depth));
    if (PY_TYPE_CHECK(o, &py_dict_type))
        return (v->kind = PYV_DICT, fill_dict(o, v, depth));
    if (PY_TYPE_CHECK(o, &py_set_type) || PY_TYPE_CHECK(o, &py_frozenset_type))
        return (v->kind = PYV_SET, fill_set(o, v, depth));
    return (v->kind = PYV_OTHER, fill_repr(o, v));
}

void pyapi_value_free(py_value *v)
{
    if (!v)
        return;
    size_t n = v->kind == PYV_DICT ? 2 * v->n : v->n;
    for (size_t i = 0; v->items && i < n; i++)
        pyapi_value_free(&v->items[i]);
    free(v->items);
    free(v->s);
    free(v->type);
    memset(v, 0, sizeof *v);
}

/* "Type: message" of the pending exception (malloc'd); clears it. */
static char *error_message(void)
{
    py_obj *exc = py_err_fetch();
    if (!exc)
        return xstrdup("unknown error");
    py_obj *s = py_str(exc);
    py_err_clear();
    char *msg;
    const char *tn = py_type_name(exc);
    if (s && PY_STR_NBYTES(s) > 0) {
        size_t n = strlen(tn) + (size_t)PY_STR_NBYTES(s) + 3;
        msg = malloc(n);
        if (msg)
            snprintf(msg, n, "%s: %s", tn, PY_STR_DATA(s));
    } else {
        msg = xstrdup(tn);
    }
    PY_XDECREF(s);
    PY_DECREF(exc);
    return msg;
}

/* NEW value of expr in __main__, or NULL with an exception. */
static py_obj *eval(const char *expr)
{
    py_code *co = py_compile(expr, strlen(expr), "<string>", PY_MODE_EVAL);
    if (!co)
        return NULL;
    py_obj *r = py_eval_code(co, py_rt.main_globals, py_rt.main_globals);
    PY_DECREF(co);
    return r;
}

int pyapi_eval(const char *expr, py_value *out, char **err)
{
    memset(out, 0, sizeof *out);
    py_obj *r = eval(expr);
    if (r && to_value(r, out, 0) < 0) {
        PY_DECREF(r);
        pyapi_value_free(out);
        r = NULL;
    }
    if (!r) {
        if (err)
            *err = error_message();
        else
            py_err_clear();
        return -1;
    }
    PY_DECREF(r);
    return 0;
}

char *pyapi_eval_repr(const char *expr, char **err)
{
    py_obj *r = eval(expr);
    py_obj *s = r ? py_repr(r) : NULL;
    PY_XDECREF(r);
    if (!s) {
        if (err)
            *err = error_message();
        else
            py_err_clear();
        return NULL;
    }
    char *c = xstrdup(PY_STR_DATA(s));
    PY_DECREF(s);
    return c;
}

/* An object named by the learner: an id ("0x10a3f0" or decimal) of a
 * live object, or an expression evaluated in __main__ whose value must
 * still be alive afterwards (a name, an attribute, an item). */
int pyapi_object_id(const char *what, uintptr_t *id, char **err)
{
    *id = 0;
    while (*what == ' ')
        what++;
    char *end;
    errno = 0;
    unsigned long long n = strtoull(what, &end, 0);
    if (what[0] >= '0' && what[0] <= '9' && !errno && end != what &&
        end[strspn(end, " ")] == '\0') {
        if (!mem_object_by_id((uintptr_t)n)) {
            if (err)
                *err = xstrdup("no live object has that id");
            return -1;
        }
        *id = (uintptr_t)n;
        return 0;
    }
    py_obj *r = eval(what);
    if (!r) {
        if (err)
            *err = error_message();
        else
            py_err_clear();
        return -1;
    }
    *id = py_id(r);
    bool alive = PY_RC(r) > 1;
    PY_DECREF(r);
    if (!alive) {
        if (err)
            *err = xstrdup("that expression makes a new object, which is "
                           "freed at once: name an existing one");
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ tokens

   pyapi_tokens() runs the lexer over the source in segments: a segment
   starts at a line start and ends at the end of the text or at a
   tokenizer error, after which a fresh lexer resumes on the next line
   (or once on the same line when the error came before any of its
   tokens: an indentation error, which a fresh lexer does not see).  The
   lexer skips comments, so they are recovered from the gaps between
   tokens, where only blanks, newlines, continuations and comments can
   be. */

typedef struct toklist {
    const char *src;
    size_t len;
    pyapi_token *v;
    size_t n, cap;
    size_t pos;    /* end of the last token pushed */
    size_t seg;    /* offset of the current segment */
    size_t at, ls; /* tok_where's cursor: an offset, its line's start */
    int line;      /* and its line */
} toklist;

/* Line (1-based) and column of byte offset off.  Offsets asked for only
 * grow (tokens are pushed in order), so the cursor only moves forward. */
static void tok_where(toklist *tl, size_t off, int *line, int *col)
{
    for (; tl->at < off; tl->at++)
        if (tl->src[tl->at] == '\n')
            tl->line++, tl->ls = tl->at + 1;
    *line = tl->line;
    *col = (int)(off - tl->ls);
}

static int tok_push(toklist *tl, pyapi_token_kind kind, size_t off, size_t len)
{
    if (len == 0)
        return 0;
    if (tl->n == tl->cap) {
        size_t cap = tl->cap ? tl->cap * 2 : 64;
        pyapi_token *v = realloc(tl->v, cap * sizeof *v);
        if (!v)
            return -1;
        tl->v = v, tl->cap = cap;
    }
    pyapi_token *t = &tl->v[tl->n++];
    t->kind = kind, t->off = off, t->len = len;
    tok_where(tl, off, &t->line, &t->col);
    tok_where(tl, off + len, &t->end_line, &t->end_col);
    tl->pos = off + len;
    return 0;
}

/* Comments in the gap [tl->pos, end). */
static int tok_gap(toklist *tl, size_t end)
{
    for (size_t i = tl->pos; i < end; i++)
        if (tl->src[i] == '#') {
            size_t e = i;
            while (e < end && tl->src[e] != '\n')
                e++;
            if (tok_push(tl, PYTOK_COMMENT, i, e - i) < 0)
                return -1;
            i = e;
        }
    tl->pos = end > tl->pos ? end : tl->pos;
    return 0;
}

static pyapi_token_kind tok_kind(lx_type t)
{
    if (t >= TK_FIRST_KEYWORD && t < TK_COUNT)
        return PYTOK_KEYWORD;
    switch (t) {
    case TK_NAME:
        return PYTOK_NAME;
    case TK_NUMBER:
        return PYTOK_NUMBER;
    case TK_STRING:
        return PYTOK_STRING;
    case TK_ERROR:
    case TK_BADCHAR:
        return PYTOK_ERROR;
    default:
        return PYTOK_OPERATOR;
    }
}

static size_t line_end(const toklist *tl, size_t off)
{
    while (off < tl->len && tl->src[off] != '\n')
        off++;
    return off;
}

/* Does a triple-quoted string (with its prefix) start at off? */
static bool triple_quote_at(const toklist *tl, size_t off)
{
    size_t i = off;
    while (i < tl->len && i - off < 2 && tl->src[i] &&
           strchr("rRbBuUfF", tl->src[i]))
        i++;
    return i + 2 < tl->len && (tl->src[i] == '"' || tl->src[i] == '\'') &&
           tl->src[i + 1] == tl->src[i] && tl->src[i + 2] == tl->src[i];
}

/* A tokenizer error at (line, col) of the segment: push what is left of
 * that line as an error (or the rest of the text as a string) and return
 * where the next segment starts: tl->len to stop, (size_t)-1 when
 * memory ran out. */
static size_t tok_error(toklist *tl, const lexer *lx)
{
    size_t at = tl->seg;
    for (int l = 1; l < lx->err.line && at < tl->len; at++)
        if (tl->src[at] == '\n')
            l++;
    size_t ls = at, le = line_end(tl, ls);
    at = ls + (size_t)(lx->err.col > 0 ? lx->err.col : 0);
    at = at > le ? le : at;
    if (lx->err.eof_in_brackets) /* every token is pushed already */
        return tok_gap(tl, tl->len) < 0 ? (size_t)-1 : tl->len;
    if (at < tl->pos) /* defensive: an error behind the last token */
        return le < tl->len ? le + 1 : tl->len;
    if (tl->pos <= ls && ls > tl->seg) /* perhaps its indentation: retry */
        return tok_gap(tl, ls) < 0 ? (size_t)-1 : ls;
    if (tok_gap(tl, at) < 0)
        return (size_t)-1;
    if (triple_quote_at(tl, at))
        return tok_push(tl, PYTOK_STRING, at, tl->len - at) < 0 ? (size_t)-1
                                                                : tl->len;
    if (tok_push(tl, PYTOK_ERROR, at, le - at) < 0)
        return (size_t)-1;
    return le < tl->len ? le + 1 : tl->len;
}

/* Lex from tl->seg to the end or to an error; the next segment's start,
 * tl->len at the end, (size_t)-1 when memory ran out. */
static size_t tok_segment(toklist *tl)
{
    lexer lx;
    lx_token t;
    lx_init(&lx, tl->src + tl->seg, tl->len - tl->seg);
    for (;;) {
        lx_type ty = lx_next(&lx, &t);
        if (ty == TK_ENDMARKER)
            return tok_gap(tl, tl->len) < 0 ? (size_t)-1 : tl->len;
        if (ty == TK_ERROR)
            return tok_error(tl, &lx);
        if (ty == TK_NEWLINE || ty == TK_INDENT || ty == TK_DEDENT)
            continue;
        size_t off = (size_t)(t.s - tl->src);
        if (tok_gap(tl, off) < 0 || tok_push(tl, tok_kind(ty), off, t.n) < 0)
            return (size_t)-1;
    }
}

/* Offset of the first byte at or after from that is not valid UTF-8,
 * or len.  The lexer expects checked text (lx_check_utf8): it would not
 * get past a bad byte inside a name. */
static size_t bad_utf8_at(const char *src, size_t from, size_t len)
{
    const char *p = src + from, *end = src + len;
    while (p < end) {
        const char *q = p;
        if (lx_utf8_decode(&q, end) < 0)
            return (size_t)(p - src);
        p = q;
    }
    return len;
}

/* One segment ending before the line with the bad byte at bad; that
 * line is an error.  The next segment's start, (size_t)-1 on no memory. */
static size_t tok_clean_part(toklist *tl, size_t bad)
{
    size_t ls = bad, len = tl->len;
    while (ls > tl->seg && tl->src[ls - 1] != '\n')
        ls--;
    if (ls > tl->seg) {
        tl->len = ls;
        size_t next = tok_segment(tl);
        tl->len = len;
        if (next != ls)
            return next;
    }
    size_t le = line_end(tl, bad);
    if (tok_gap(tl, ls) < 0 ||
        tok_push(tl, PYTOK_ERROR, tl->pos, le - tl->pos) < 0)
        return (size_t)-1;
    return le < len ? le + 1 : len;
}

static int tokens(const char *src, size_t len, pyapi_token **out, size_t *n)
{
    toklist tl = {.src = src, .len = len, .line = 1};
    size_t bad = bad_utf8_at(src, 0, len);
    while (tl.seg < len) {
        if (bad < tl.seg)
            bad = bad_utf8_at(src, tl.seg, len);
        size_t next = bad < len ? tok_clean_part(&tl, bad) : tok_segment(&tl);
        if (next == (size_t)-1) {
            free(tl.v);
            *out = NULL, *n = 0;
            return -1;
        }
        tl.seg = next;
        tl.pos = tl.pos > next ? tl.pos : next;
    }
    *out = tl.v, *n = tl.n;
    return 0;
}

/* A same-length copy of src with each lone \r made \n (malloc'd); NULL
 * when src has no lone \r, or with *fail set when memory runs out.
 * py_compile() reads a lone \r as a line end (universal newlines); the
 * lexer and the scans above know \n and \r\n only, and tokens must keep
 * src's offsets, so they run over this copy (fuzz_compile found tokens
 * and line numbers running across lone CRs). */
static char *lone_cr_to_lf(const char *src, size_t len, bool *fail)
{
    *fail = false;
    bool lone = false;
    for (size_t i = 0; i < len && !lone; i++)
        lone = src[i] == '\r' && (i + 1 == len || src[i + 1] != '\n');
    if (!lone)
        return NULL;
    char *c = malloc(len);
    if (!c) {
        *fail = true;
        return NULL;
    }
    for (size_t i = 0; i < len; i++)
        c[i] = src[i] == '\r' && (i + 1 == len || src[i + 1] != '\n') ? '\n'
                                                                      : src[i];
    return c;
}

int pyapi_tokens(const char *src, size_t len, pyapi_token **out, size_t *n)
{
    bool fail;
    char *copy = lone_cr_to_lf(src, len, &fail);
    if (fail) {
        *out = NULL, *n = 0;
        return -1;
    }
    int r = tokens(copy ? copy : src, len, out, n);
    free(copy);
    return r;
}
