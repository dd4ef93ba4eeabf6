/*
 * traceback.c -- traceback objects and printing exceptions the way
 * CPython 3.11's default excepthook does.
 *
 * While an exception unwinds, the VM prepends one traceback entry per
 * frame it leaves (py_traceback_here), so the chain runs from the
 * outermost frame to the one that raised.  py_print_exception writes the
 * chain of causes/contexts, each "Traceback (most recent call last):"
 * block with source lines and 3.11's caret lines (~~~^^^ under the failing
 * expression), repeated-recursion elision, and "Type: message".  Source
 * text comes from a registry filled by the front end (py_source_register);
 * the interpreter never rereads files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "mem.h"
#include "vm.h"

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT            1000 /* sys.tracebacklimit's default */

/* =================================================== traceback objects */

/* Prepend an entry for frame f to exc's traceback.  0 or -1. */
int py_traceback_here(py_obj *exc, py_frame *f)
{
    py_obj *fo = py_frame_object(f);
    if (!fo)
        return -1;
    py_tbobj *tb = (py_tbobj *)py_obj_alloc(&py_traceback_type, 0);
    if (!tb)
        return -1;
    py_exc *e = (py_exc *)exc;
    tb->next = e->traceback; /* the reference moves */
    tb->frame = py_newref(fo);
    tb->lasti = f->lasti;
    tb->lineno = py_frame_line(f);
    e->traceback = PY_OBJ(tb);
    gc_track(PY_OBJ(tb));
    return 0;
}

static void tb_dealloc(py_obj *o)
{
    py_tbobj *tb = (py_tbobj *)o;
    gc_untrack(o);
    PY_CLEAR(tb->next);
    PY_CLEAR(tb->frame);
    py_obj_free(o);
}

static int tb_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_tbobj *tb = (py_tbobj *)o;
    int r = tb->next ? visit(tb->next, arg) : 0;
    return r ? r : (tb->frame ? visit(tb->frame, arg) : 0);
}

static int tb_clear(py_obj *o)
{
    PY_CLEAR(((py_tbobj *)o)->next);
    PY_CLEAR(((py_tbobj *)o)->frame);
    return 0;
}

static py_obj *tb_get_next(py_obj *o)
{
    py_obj *n = ((py_tbobj *)o)->next;
    return py_newref(n ? n : py_None);
}

/* tb_next may be set to None or another traceback (no loops). */
static int tb_set_next(py_obj *o, py_obj *v)
{
    if (!v) {
        py_err_set(py_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == py_None)
        v = NULL;
    else if (PY_TYPE(v) != &py_traceback_type) {
        py_err_format(py_exc_TypeError,
                      "expected traceback object or None, got '%s'",
                      py_type_name(v));
        return -1;
    }
    for (py_obj *c = v; c; c = ((py_tbobj *)c)->next)
        if (c == o) {
            py_err_set(py_exc_ValueError, "traceback loop detected");
            return -1;
        }
    py_xincref(v);
    PY_SETREF(((py_tbobj *)o)->next, v);
    return 0;
}

static py_obj *tb_get_frame(py_obj *o)
{
    return py_newref(((py_tbobj *)o)->frame);
}
static py_obj *tb_get_lineno(py_obj *o)
{
    return py_int_from_i64(((py_tbobj *)o)->lineno);
}

static py_obj *tb_get_lasti(py_obj *o)
{
    return py_int_from_i64(2 * (int64_t)((py_tbobj *)o)->lasti);
}

static const py_getset_def tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_traceback_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "traceback",
    .basicsize = sizeof(py_tbobj),
    .flags = PY_TPFLAGS_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getset = tb_getset,
};

/* ===================================================== source registry */

/* Registered source texts (plain malloc: they outlive interpreters). */
typedef struct source {
    struct source *next;
    char *filename;
    char *text;
    size_t len;
} source;

static source *sources;

static source *find_source(const char *filename)
{
    for (source *s = sources; s; s = s->next)
        if (strcmp(s->filename, filename) == 0)
            return s;
    return NULL;
}

/* Bytes of registered source text (the "code" memory area). */
size_t py_source_bytes(void)
{
    size_t n = 0;
    for (source *s = sources; s; s = s->next)
        n += s->len;
    return n;
}

/* Register (or replace) the text of a file for traceback lines. */
void py_source_register(const char *filename, const char *src, size_t n)
{
    source *s = find_source(filename);
    char *copy = malloc(n + 1);
    if (!copy)
        return;
    memcpy(copy, src, n);
    copy[n] = '\0';
    if (!s) {
        s = calloc(1, sizeof *s);
        if (!s || !(s->filename = strdup(filename))) {
            free(s);
            free(copy);
            return;
        }
        s->next = sources;
        sources = s;
    } else {
        free(s->text);
    }
    s->text = copy;
    s->len = n;
}

/* BORROWED text of line `line` (1-based), without its newline. */
const char *py_source_line(const char *filename, int line, size_t *len)
{
    source *s = filename ? find_source(filename) : NULL;
    if (!s || line < 1)
        return NULL;
    const char *p = s->text, *end = s->text + s->len;
    for (int i = 1; i < line; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= end && line > 1)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    if (n && p[n - 1] == '\r')
        n--;
    *len = n;
    return p;
}

/* ============================================================ printing */

/* A growable output buffer: the whole report is written at once. */
typedef struct outbuf {
    char *p;
    size_t n, cap;
    bool failed;
} outbuf;

static void put(outbuf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 512;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *q = realloc(b->p, cap);
        if (!q) {
            b->failed = true;
            return;
        }
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

static void puts_(outbuf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void putf(outbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void putf(outbuf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        put(b, tmp, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big)
        return;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    put(b, big, (size_t)n);
    free(big);
}

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\f';
}

/* Number of code points in the first nbytes of s (UTF-8). */
static ssize_t char_offset(const char *s, size_t len, ssize_t nbytes)
{
    if (nbytes < 0)
        return -1;
    ssize_t n = 0;
    for (ssize_t i = 0; i < nbytes && (size_t)i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    if ((size_t)nbytes > len)
        n += nbytes - (ssize_t)len;
    return n;
}

/* The caret line under a source line (3.11's print_error_location_carets):
 * offsets are in characters of the full line; `trunc` leading characters
 * were stripped when printing it. */
static void put_carets(outbuf *b, ssize_t trunc, ssize_t start, ssize_t end,
                       ssize_t left_end, ssize_t right_start, bool special)
{
    puts_(b, "    ");
    for (ssize_t off = trunc + 1; off <= end; off++) {
        if (off <= start)
            puts_(b, " ");
        else if (special && left_end < off && off <= right_start)
            puts_(b, "^");
        else
            puts_(b, special ? "~" : "^");
    }
    puts_(b, "\n");
}

/* Print the source line of a traceback entry and, where 3.11 does, the
 * caret line under the failing instruction's span. */
static void put_source(outbuf *b, py_code *co, int lasti, int lineno)
{
    size_t len;
    const char *line = py_source_line(PY_STR_DATA(co->filename), lineno, &len);
    if (!line)
        return;
    size_t lo = 0, hi = len;
    while (lo < hi && (is_ws(line[lo]) || line[lo] == '\v'))
        lo++;
    while (hi > lo && (is_ws(line[hi - 1]) || line[hi - 1] == '\v'))
        hi--;
    if (lo == hi)
        return;
    puts_(b, "    ");
    put(b, line + lo, hi - lo);
    puts_(b, "\n");
    if (lasti < 0 || lasti >= co->ncode || !co->positions)
        return;
    const __typeof__(*co->positions) *p = &co->positions[lasti];
    if (p->line != lineno || p->line < 0 || p->end_line < 0 || p->col < 0 ||
        p->end_col < 0)
        return;
    ssize_t trunc = char_offset(line, len, (ssize_t)lo);
    ssize_t start = char_offset(line, len, p->col);
    ssize_t end, left_end = -1, right_start = -1;
    if (p->end_line == p->line) {
        end = char_offset(line, len, p->end_col);
        if (p->anchor_col >= 0 && p->anchor_end_col >= 0) {
            left_end = char_offset(line, len, p->anchor_col);
            right_start = char_offset(line, len, p->anchor_end_col);
        }
    } else {
        end = char_offset(line, len, (ssize_t)hi);
    }
    bool special = left_end != -1 || right_start != -1;
    ssize_t stripped = char_offset(line, len, (ssize_t)hi) - trunc;
    if (end - start == stripped && !special)
        return;
    if (end <= start)
        return;
    put_carets(b, trunc, start, end, left_end, right_start, special);
}

static void put_repeated(outbuf *b, long cnt)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    putf(b, "  [Previous line repeated %ld more time%s]\n", cnt,
         cnt > 1 ? "s" : "");
}

/* Code object a traceback entry's frame ran: BORROWED. */
static py_code *tb_code(py_tbobj *tb)
{
    py_frameobj *fo = (py_frameobj *)tb->frame;
    return fo->f ? fo->f->code : (py_code *)fo->code;
}

/* One "Traceback (most recent call last):" block. */
static void put_traceback(outbuf *b, py_obj *tbo)
{
    long depth = 0;
    for (py_obj *t = tbo; t; t = ((py_tbobj *)t)->next)
        depth++;
    while (depth > TB_LIMIT) {
        tbo = ((py_tbobj *)tbo)->next;
        depth--;
    }
    puts_(b, "Traceback (most recent call last):\n");
    py_obj *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (py_tbobj *tb = (py_tbobj *)tbo; tb; tb = (py_tbobj *)tb->next) {
        py_code *co = tb_code(tb);
        if (!last_file || !py_str_eq(co->filename, last_file) ||
            last_line == -1 || tb->lineno != last_line ||
            !py_str_eq(co->name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF)
                put_repeated(b, cnt);
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            cnt = 0;
        }
        if (++cnt > TB_RECURSIVE_CUTOFF)
            continue;
        putf(b, "  File \"%s\", line %d, in %s\n", PY_STR_DATA(co->filename),
             tb->lineno, PY_STR_DATA(co->name));
        put_source(b, co, tb->lasti, tb->lineno);
    }
    if (cnt > TB_RECURSIVE_CUTOFF)
        put_repeated(b, cnt);
}

/* str() of an attribute of o, as a malloc'd C string or NULL. */
static char *attr_cstr(py_obj *o, const char *name, bool *is_none)
{
    py_obj *v = py_getattr_str(o, name);
    *is_none = false;
    if (!v) {
        py_err_clear();
        return NULL;
    }
    if (v == py_None) {
        *is_none = true;
        py_decref(v);
        return NULL;
    }
    py_obj *s = py_str(v);
    py_decref(v);
    if (!s) {
        py_err_clear();
        return NULL;
    }
    char *r = strdup(PY_STR_DATA(s));
    py_decref(s);
    return r;
}

static long attr_long(py_obj *o, const char *name, long dflt)
{
    py_obj *v = py_getattr_str(o, name);
    int64_t x;
    if (!v) {
        py_err_clear();
        return dflt;
    }
    int r = py_int_as_i64(v, &x);
    py_decref(v);
    if (r != 1) {
        py_err_clear();
        return dflt;
    }
    return (long)x;
}

/* The text and caret lines of a SyntaxError (print_error_text). */
static void put_syntax_text(outbuf *b, const char *text, long lineno,
                            long offset, long end_lineno, long end_offset)
{
    const char *t = text;
    long off = offset - 1, end = end_offset - 1;
    while (is_ws(*t)) {
        t++;
        off--;
        end--;
    }
    size_t len = strlen(t);
    while (len && (t[len - 1] == '\n' || t[len - 1] == '\r'))
        len--;
    puts_(b, "    ");
    put(b, t, len);
    puts_(b, "\n");
    if (offset < 1 || off < 0)
        return;
    long coff = (long)char_offset(t, len, off);
    if (coff > (long)len)
        coff = (long)len;
    long width = 1;
    if (end_lineno == lineno && end > off)
        width = (long)char_offset(t, len, end) - (long)char_offset(t, len, off);
    if (width < 1)
        width = 1;
    puts_(b, "    ");
    for (long i = 0; i < coff; i++)
        puts_(b, " ");
    for (long i = 0; i < width; i++)
        puts_(b, "^");
    puts_(b, "\n");
}

/* SyntaxError's '  File "x.py", line 3' header and text lines. */
static void put_syntax_error(outbuf *b, py_obj *exc)
{
    bool none;
    char *fn = attr_cstr(exc, "filename", &none);
    long lineno = attr_long(exc, "lineno", -1);
    putf(b, "  File \"%s\", line %ld\n", fn ? fn : "<string>", lineno);
    free(fn);
    char *text = attr_cstr(exc, "text", &none);
    if (text)
        put_syntax_text(b, text, lineno, attr_long(exc, "offset", -1),
                        attr_long(exc, "end_lineno", -1),
                        attr_long(exc, "end_offset", -1));
    free(text);
}

/* "module.Qualname" (just the qualname for builtins and __main__). */
static void put_type_name(outbuf *b, py_type *t)
{
    py_obj *mod = py_getattr_str(PY_OBJ(t), "__module__");
    if (!mod)
        py_err_clear();
    if (!mod || !PY_TYPE_CHECK(mod, &py_str_type))
        puts_(b, "<unknown>.");
    else if (!py_str_eq_cstr(mod, "builtins") &&
             !py_str_eq_cstr(mod, "__main__"))
        putf(b, "%s.", PY_STR_DATA(mod));
    py_xdecref(mod);
    py_obj *qn = py_getattr_str(PY_OBJ(t), "__qualname__");
    if (qn && PY_TYPE_CHECK(qn, &py_str_type))
        puts_(b, PY_STR_DATA(qn));
    else
        puts_(b, t->name);
    if (!qn)
        py_err_clear();
    py_xdecref(qn);
}

/* The last line: "Type: message" or just "Type". */
static void put_exc_line(outbuf *b, py_obj *exc, bool syntax)
{
    put_type_name(b, PY_TYPE(exc));
    py_obj *s = NULL;
    if (syntax) {
        s = py_getattr_str(exc, "msg");
        if (s && !PY_TYPE_CHECK(s, &py_str_type))
            PY_SETREF(s, py_str(s));
    }
    if (!s)
        s = py_str(exc);
    if (!s) {
        py_err_clear();
        puts_(b, ": <exception str() failed>\n");
        return;
    }
    if (PY_STR_NBYTES(s) > 0) {
        puts_(b, ": ");
        put(b, PY_STR_DATA(s), (size_t)PY_STR_NBYTES(s));
    }
    puts_(b, "\n");
    py_decref(s);
}

/* One exception: its traceback block and its last line. */
static void put_one(outbuf *b, py_obj *exc)
{
    py_exc *e = (py_exc *)exc;
    if (e->traceback && PY_TYPE(e->traceback) == &py_traceback_type)
        put_traceback(b, e->traceback);
    bool syntax = PY_TYPE_CHECK(exc, py_exc_SyntaxError);
    if (syntax)
        put_syntax_error(b, exc);
    put_exc_line(b, exc, syntax);
}

#define MAX_CHAIN 64

/* The exception preceded by its cause or context, oldest first, each
 * printed once (CPython's print_exception_recursive). */
static void put_chain(outbuf *b, py_obj *exc, py_obj **seen, int *nseen)
{
    seen[(*nseen)++] = exc;
    py_exc *e = (py_exc *)exc;
    py_obj *next = NULL;
    const char *msg = NULL;
    if (e->cause && PY_TYPE_CHECK(e->cause, py_exc_BaseException)) {
        next = e->cause;
        msg = "\nThe above exception was the direct cause of the following "
              "exception:\n\n";
    } else if (e->context && !e->suppress_context &&
               PY_TYPE_CHECK(e->context, py_exc_BaseException)) {
        next = e->context;
        msg = "\nDuring handling of the above exception, another exception "
              "occurred:\n\n";
    }
    for (int i = 0; next && i < *nseen; i++)
        if (seen[i] == next)
            next = NULL;
    if (next && *nseen < MAX_CHAIN) {
        put_chain(b, next, seen, nseen);
        puts_(b, msg);
    }
    put_one(b, exc);
}

/* Print exc (BORROWED) as CPython's default excepthook. */
void py_print_exception(py_obj *exc)
{
    if (!exc)
        return;
    py_obj *saved = py_err_fetch();
    outbuf b = {0};
    if (!PY_TYPE_CHECK(exc, py_exc_BaseException)) {
        puts_(&b, "TypeError: print_exception(): Exception expected for "
                  "value, ");
        puts_(&b, py_type_name(exc));
        puts_(&b, " found\n");
    } else {
        py_obj *seen[MAX_CHAIN + 1];
        int nseen = 0;
        put_chain(&b, exc, seen, &nseen);
    }
    if (b.p)
        py_write_err(b.p, b.n);
    free(b.p);
    py_err_clear();
    py_err_restore(saved);
}
