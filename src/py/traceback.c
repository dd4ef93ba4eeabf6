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
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "builtins.h"
#include "gc.h"
#include "lexer.h"
#include "mem.h"
#include "objects.h"
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
    tb->lasti = py_frame_lasti(f);
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
    n = lx_translate_newlines(copy, src, n); /* lines as the lexer saw them */
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

/* The text of a file not registered (a module loaded from the compile
 * cache), read when a traceback first needs it, as CPython's linecache.
 * BORROWED or NULL. */
static source *load_source(const char *filename)
{
    struct stat st;
    if (filename[0] != '/' || stat(filename, &st) != 0 ||
        !S_ISREG(st.st_mode) || st.st_size > (64 << 20))
        return NULL;
    FILE *f = fopen(filename, "rb");
    char *text = f ? malloc((size_t)st.st_size + 1) : NULL;
    size_t n = text ? fread(text, 1, (size_t)st.st_size, f) : 0;
    if (f)
        fclose(f);
    if (text)
        py_source_register(filename, text, n);
    free(text);
    return find_source(filename);
}

/* BORROWED text of line `line` (1-based), without its newline. */
const char *py_source_line(const char *filename, int line, size_t *len)
{
    source *s = filename ? find_source(filename) : NULL;
    if (!s && filename)
        s = load_source(filename);
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

/* One "Traceback (most recent call last):" block (header names the
 * first line). */
static void put_traceback(outbuf *b, py_obj *tbo, const char *header)
{
    long depth = 0;
    for (py_obj *t = tbo; t; t = ((py_tbobj *)t)->next)
        depth++;
    while (depth > TB_LIMIT) {
        tbo = ((py_tbobj *)tbo)->next;
        depth--;
    }
    puts_(b, header);
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

/* The text and caret lines of a SyntaxError, as 3.11's print_error_text:
 * offset and end_offset are 1-based character offsets in text; the caret
 * count is taken before the leading whitespace is stripped. */
static void put_syntax_text(outbuf *b, const char *text, long offset,
                            long end_offset)
{
    long reps = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    const char *t = text;
    long off = offset - 1;
    while (*t == ' ' || *t == '\t' || *t == '\f')
        t++, off--;
    long len = (long)strlen(t);
    if (len > 0 && t[len - 1] == '\n')
        len--;
    if (off > len)
        off = len;
    for (const char *nl; (nl = strchr(t, '\n')) != NULL && nl - t < off;) {
        long inl = (long)(nl - t) + 1; /* skip embedded lines */
        t += inl, len -= inl, off -= inl;
    }
    puts_(b, "    ");
    puts_(b, t);
    if (t[len] != '\n')
        puts_(b, "\n");
    if (off < 0)
        return;
    puts_(b, "    ");
    for (long i = 0; i < off; i++)
        puts_(b, " ");
    for (long i = 0; i < reps; i++)
        puts_(b, "^");
    puts_(b, "\n");
}

/* SyntaxError's '  File "x.py", line 3' header and text lines
 * (print_exception / parse_syntax_error): only an exact SyntaxError
 * shows its end offset; subclasses get a single caret. */
static void put_syntax_error(outbuf *b, py_obj *exc)
{
    bool none;
    long lineno = attr_long(exc, "lineno", LONG_MIN);
    if (lineno == LONG_MIN) /* no int lineno: just the message, as 3.11 */
        return;
    char *fn = attr_cstr(exc, "filename", &none);
    putf(b, "  File \"%s\", line %ld\n", fn ? fn : "<string>", lineno);
    free(fn);
    char *text = attr_cstr(exc, "text", &none);
    if (!text)
        return;
    long offset = attr_long(exc, "offset", -1);
    long end_lineno = lineno, end_offset = -1;
    if (PY_TYPE(exc) == py_exc_SyntaxError) {
        end_lineno = attr_long(exc, "end_lineno", lineno);
        end_offset = attr_long(exc, "end_offset", -1);
    }
    long line_size = (long)strlen(text);
    if (end_lineno > lineno)
        end_offset = line_size;
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    put_syntax_text(b, text, offset, end_offset);
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

/* ------------------------------------------------- "Did you mean" */

/* 3.11's suggestions for an uncaught AttributeError / NameError: the
 * candidate nearest to the missing name by an edit distance where a case
 * flip costs 1 and any other edit 2, within a third of the characters
 * involved; ties go to the first candidate in order. */
enum { SUGGEST_MAX_ITEMS = 750, SUGGEST_MAX_LEN = 40, MOVE_COST = 2 };

static size_t subst_cost(char a, char b)
{
    if (a == b)
        return 0;
    if ((a & 31) != (b & 31))
        return MOVE_COST;
    if (a >= 'A' && a <= 'Z')
        a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z')
        b += 'a' - 'A';
    return a == b ? 1 : MOVE_COST;
}

/* Edit distance of a and b, or some value > max once it must exceed max. */
static size_t edit_cost(const char *a, size_t na, const char *b, size_t nb,
                        size_t max)
{
    while (na && nb && a[0] == b[0])
        a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN)
        return max + 1;
    if (nb < na) { /* a is the shorter one */
        const char *t = a;
        size_t tn = na;
        a = b, na = nb, b = t, nb = tn;
    }
    if ((nb - na) * MOVE_COST > max)
        return max + 1;
    size_t row[SUGGEST_MAX_LEN]; /* row[i]: cost of b[:j] -> a[:i+1] */
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * MOVE_COST, lowest = (size_t)-1;
        result = diag;
        for (size_t i = 0; i < na; i++) {
            size_t sub = diag + subst_cost(b[j], a[i]);
            diag = row[i];
            size_t del = (result < diag ? result : diag) + MOVE_COST;
            result = del < sub ? del : sub;
            row[i] = result;
            if (result < lowest)
                lowest = result;
        }
        if (lowest > max)
            return max + 1;
    }
    return result;
}

static py_obj *xnewref(py_obj *o) /* NEW (or NULL) */
{
    return o ? py_newref(o) : NULL;
}

/* Best candidate among the str items of list for name: BORROWED or NULL. */
static py_obj *best_match(py_obj *list, py_obj *name)
{
    ssize_t n = PY_LIST_SIZE(list);
    if (n >= SUGGEST_MAX_ITEMS)
        return NULL;
    size_t nn = (size_t)PY_STR_NBYTES(name), best_cost = (size_t)-1;
    py_obj *best = NULL;
    for (ssize_t i = 0; i < n; i++) {
        py_obj *it = PY_LIST_ITEMS(list)[i];
        if (!PY_TYPE_CHECK(it, &py_str_type) || py_str_eq(it, name))
            continue;
        size_t ni = (size_t)PY_STR_NBYTES(it);
        size_t max = (nn + ni + 3) * MOVE_COST / 6;
        if (best && best_cost - 1 < max)
            max = best_cost - 1;
        size_t c = edit_cost(PY_STR_DATA(name), nn, PY_STR_DATA(it), ni, max);
        if (c <= max && (!best || c < best_cost))
            best = it, best_cost = c;
    }
    return best;
}

/* NEW str: the best match for name among the keys of dict d, or NULL. */
static py_obj *match_keys(py_obj *d, py_obj *name)
{
    if (!d || !PY_TYPE_CHECK(d, &py_dict_type))
        return NULL;
    py_obj *keys = py_dict_keys_list(d);
    if (!keys)
        return NULL;
    py_obj *m = xnewref(best_match(keys, name));
    py_decref(keys);
    return m;
}

/* NEW str: dir(obj)'s best match for name, or NULL. */
static py_obj *match_dir(py_obj *obj, py_obj *name)
{
    py_obj *dir = py_dict_get_str(py_rt.builtins, "dir");
    py_obj *l = dir ? py_call(dir, &obj, 1, NULL) : NULL;
    py_obj *m = NULL;
    if (l && PY_TYPE_CHECK(l, &py_list_type))
        m = xnewref(best_match(l, name));
    py_xdecref(l);
    return m;
}

/* NEW str: the frame's locals, then its globals, then builtins. */
static py_obj *match_scopes(py_tbobj *tb, py_obj *name)
{
    while (tb->next && PY_TYPE(tb->next) == &py_traceback_type)
        tb = (py_tbobj *)tb->next;
    py_frameobj *fo = (py_frameobj *)tb->frame;
    py_code *co = tb_code(tb);
    py_obj *vars = py_list_from_iterable(co->varnames), *m = NULL;
    if (vars)
        m = xnewref(best_match(vars, name));
    py_xdecref(vars);
    if (!m)
        m = match_keys(fo->f ? fo->f->globals : fo->globals, name);
    if (!m)
        m = match_keys(fo->f ? fo->f->builtins : py_rt.builtins, name);
    return m;
}

/* NEW suggestion for an exact AttributeError (its name and obj) or
 * NameError (its name, in the innermost frame), or NULL; never leaves an
 * exception pending. */
static py_obj *suggestion(py_obj *exc)
{
    py_type *t = PY_TYPE(exc);
    if (t != py_exc_AttributeError && t != py_exc_NameError)
        return NULL;
    py_obj *name = py_getattr_str(exc, "name"), *m = NULL;
    if (name && PY_TYPE(name) == &py_str_type) {
        if (t == py_exc_AttributeError) {
            py_obj *obj = py_getattr_str(exc, "obj");
            if (obj)
                m = match_dir(obj, name);
            py_xdecref(obj);
        } else {
            py_obj *tb = ((py_exc *)exc)->traceback;
            if (tb && PY_TYPE(tb) == &py_traceback_type)
                m = match_scopes((py_tbobj *)tb, name);
        }
    }
    py_xdecref(name);
    py_err_clear();
    return m;
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
    py_decref(s);
    py_obj *hint = suggestion(exc);
    if (hint)
        putf(b, ". Did you mean: '%s'?", PY_STR_DATA(hint));
    py_xdecref(hint);
    puts_(b, "\n");
}

/* ===================================================== groups, notes */

#define MAX_SEEN        256 /* exceptions remembered against cycles */
#define MAX_GROUP_WIDTH 15  /* sub-exceptions shown per group */
#define MAX_GROUP_DEPTH 10  /* nesting of groups shown */

/* State of one report, as CPython's exception_print_context: inside
 * exception groups every line is indented two columns per level and
 * starts with "| "; need_close asks for the closing frame line. */
typedef struct exc_ctx {
    int depth; /* exception group nesting, 0 outside any group */
    bool need_close;
    py_obj *seen[MAX_SEEN];
    int nseen;
} exc_ctx;

static void put_indent(outbuf *b, const exc_ctx *c)
{
    for (int i = 0; i < 2 * c->depth; i++)
        put(b, " ", 1);
}

/* The indentation and margin every line inside a group starts with. */
static void put_margin(outbuf *b, const exc_ctx *c)
{
    put_indent(b, c);
    if (c->depth)
        puts_(b, "| ");
}

/* Copy the lines of t to b, each after the margin (the first after
 * first_margin in its place). */
static void put_lines_margined(outbuf *b, const outbuf *t, const exc_ctx *c,
                               const char *first_margin)
{
    for (size_t i = 0; i < t->n;) {
        const char *nl = memchr(t->p + i, '\n', t->n - i);
        size_t end = nl ? (size_t)(nl - t->p) + 1 : t->n;
        put_indent(b, c);
        puts_(b, i == 0 ? first_margin : c->depth ? "| " : "");
        put(b, t->p + i, end - i);
        i = end;
    }
}

/* One note: each of its lines after the margin, then a newline. */
static void put_note(outbuf *b, const exc_ctx *c, py_obj *note)
{
    py_obj *s = py_str(note);
    if (!s) {
        py_err_clear();
        put_margin(b, c);
        puts_(b, "<note str() failed>\n");
        return;
    }
    const char *p = PY_STR_DATA(s), *end = p + PY_STR_NBYTES(s);
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl + 1 : end;
        put_margin(b, c);
        put(b, p, (size_t)(stop - p));
        p = stop;
    }
    puts_(b, "\n"); /* even after a last line ending in one, as 3.11 */
    py_decref(s);
}

/* Is o a sequence as CPython's PySequence_Check says: it has
 * __getitem__ and is not a dict. */
static bool is_sequence(py_obj *o)
{
    return !PY_TYPE_CHECK(o, &py_dict_type) &&
           (PY_TYPE(o)->getitem ||
            py_type_lookup(PY_TYPE(o), py_str_interned("__getitem__")));
}

/* The exception's __notes__, each item of the sequence (a str too, as
 * 3.11 does) on its own lines; anything else is shown by its repr, with
 * no newline after it (CPython 3.11 writes none). */
static void put_notes(outbuf *b, const exc_ctx *c, py_obj *exc)
{
    py_obj *notes = NULL;
    if (py_lookup_attr(exc, py_str_interned("__notes__"), &notes) <= 0) {
        py_err_clear();
        return;
    }
    if (is_sequence(notes)) {
        py_obj *l = py_list_from_iterable(notes);
        for (ssize_t i = 0; l && i < PY_LIST_SIZE(l); i++)
            put_note(b, c, PY_LIST_ITEMS(l)[i]);
        py_xdecref(l);
    } else {
        py_obj *r = py_repr(notes);
        put_margin(b, c);
        puts_(b, r ? PY_STR_DATA(r) : "<__notes__ repr() failed>");
        py_xdecref(r);
    }
    py_decref(notes);
    py_err_clear();
}

/* One exception: its traceback block, its last line and its notes. */
static void put_one(outbuf *b, py_obj *exc, exc_ctx *c)
{
    py_exc *e = (py_exc *)exc;
    bool group = PY_TYPE_CHECK(exc, py_exc_BaseExceptionGroup);
    if (e->traceback && PY_TYPE(e->traceback) == &py_traceback_type) {
        outbuf t = {0};
        put_traceback(&t, e->traceback,
                      group ? "Exception Group Traceback (most recent call "
                              "last):\n"
                            : "Traceback (most recent call last):\n");
        put_lines_margined(b, &t, c,
                           group && c->depth == 1 ? "+ "
                           : c->depth             ? "| "
                                                  : "");
        free(t.p);
    }
    outbuf t = {0};
    bool syntax = PY_TYPE_CHECK(exc, py_exc_SyntaxError);
    if (syntax)
        put_syntax_error(&t, exc);
    put_lines_margined(b, &t, c, c->depth ? "| " : "");
    free(t.p);
    put_margin(b, c);
    put_exc_line(b, exc, syntax);
    put_notes(b, c, exc);
}

static void put_chain(outbuf *b, py_obj *exc, exc_ctx *c);

/* Sub-exception i of n (the group shows at most MAX_GROUP_WIDTH and says
 * how many more there are), inside its frame lines. */
static void put_group_item(outbuf *b, py_obj *excs, ssize_t i, ssize_t n,
                           exc_ctx *c)
{
    bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
    if (last)
        c->need_close = true; /* a nested group may draw it instead */
    put_indent(b, c);
    puts_(b, i == 0 ? "+-" : "  ");
    if (truncated)
        puts_(b, "+---------------- ... ----------------\n");
    else
        putf(b, "+---------------- %zd ----------------\n", i + 1);
    c->depth++;
    if (!truncated) {
        put_chain(b, PY_TUPLE_ITEMS(excs)[i], c);
    } else {
        ssize_t more = PY_TUPLE_SIZE(excs) - MAX_GROUP_WIDTH;
        put_margin(b, c);
        putf(b, "and %zd more exception%s\n", more, more > 1 ? "s" : "");
    }
    if (last && c->need_close) {
        put_indent(b, c);
        puts_(b, "+------------------------------------\n");
        c->need_close = false;
    }
    c->depth--;
}

/* An exception group: itself, then each sub-exception in a frame. */
static void put_group(outbuf *b, py_obj *exc, exc_ctx *c)
{
    if (c->depth > MAX_GROUP_DEPTH) {
        put_margin(b, c);
        putf(b, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (c->depth == 0)
        c->depth = 1;
    put_one(b, exc, c);
    py_obj *excs = ((py_exc *)exc)->value;
    ssize_t n =
        excs && PY_TYPE_CHECK(excs, &py_tuple_type) ? PY_TUPLE_SIZE(excs) : 0;
    if (n > MAX_GROUP_WIDTH)
        n = MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (ssize_t i = 0; i < n && !py_c_stack_low(); i++)
        put_group_item(b, excs, i, n, c);
    if (c->depth == 1)
        c->depth = 0;
}

static bool seen_before(const exc_ctx *c, py_obj *exc)
{
    for (int i = 0; i < c->nseen; i++)
        if (c->seen[i] == exc)
            return true;
    return false;
}

/* The exception preceded by its cause or context, oldest first, each
 * printed once (CPython's print_exception_recursive). */
static void put_chain(outbuf *b, py_obj *exc, exc_ctx *c)
{
    if (c->nseen < MAX_SEEN)
        c->seen[c->nseen++] = exc;
    py_exc *e = (py_exc *)exc;
    py_obj *next = NULL;
    const char *msg = NULL;
    if (e->cause && PY_TYPE_CHECK(e->cause, py_exc_BaseException)) {
        next = e->cause;
        msg = "The above exception was the direct cause of the following "
              "exception:\n";
    } else if (e->context && !e->suppress_context &&
               PY_TYPE_CHECK(e->context, py_exc_BaseException)) {
        next = e->context;
        msg = "During handling of the above exception, another exception "
              "occurred:\n";
    }
    if (next && !seen_before(c, next) && !py_c_stack_low()) {
        bool need_close = c->need_close;
        put_chain(b, next, c);
        c->need_close = need_close;
        put_margin(b, c);
        puts_(b, "\n");
        put_margin(b, c);
        puts_(b, msg);
        put_margin(b, c);
        puts_(b, "\n");
    }
    if (PY_TYPE_CHECK(exc, py_exc_BaseExceptionGroup))
        put_group(b, exc, c);
    else
        put_one(b, exc, c);
}

/* Print exc (BORROWED) as CPython's default excepthook, to file
 * (BORROWED: sys.stderr or any object with write(); NULL for the err
 * sink).  A failing write is dropped. */
void py_print_exception_to(py_obj *exc, py_obj *file)
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
        exc_ctx c = {0};
        put_chain(&b, exc, &c);
    }
    if (b.p && !file)
        py_write_err(b.p, b.n);
    else if (b.p)
        (void)py_file_write_text(file, b.p, b.n);
    free(b.p);
    py_err_clear();
    py_err_restore(saved);
}

void py_print_exception(py_obj *exc)
{
    py_print_exception_to(exc, NULL);
}
