/*
 * obs.c -- the observation API of obs.h.
 *
 * Snapshots copy what a front end shows into plain C memory (malloc, not
 * the interpreter's heap) and compute short reprs in C, so that looking
 * at the program never allocates a Python object, runs Python code or
 * moves a GC count: the ids and counts the learner sees are the program's
 * own.
 */
#include "obs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "instvals.h"
#include "mem.h"
#include "objects.h"
#include "runtime.h"
#include "vm.h"

/* ---------------------------------------------------------------- trace */

static obs_trace_fn trace_fn;
static void *trace_ud;

static int trace_adapter(int event, py_frame *f, int line)
{
    (void)f;
    static const obs_event map[] = {OBS_CALL, OBS_LINE, OBS_RETURN,
                                    OBS_EXCEPTION};
    if (!trace_fn || event < 0 || event > 3)
        return 0;
    if (trace_fn(trace_ud, map[event], line, py_rt.depth) == OBS_CONTINUE)
        return 0;
    py_err_set_obj(PY_OBJ(py_exc_KeyboardInterrupt));
    return -1;
}

void obs_set_trace(obs_trace_fn fn, void *ud)
{
    trace_fn = fn;
    trace_ud = ud;
    py_trace_hook = fn ? trace_adapter : NULL;
}

/* Change tracking (below) shares the heap, refcount and gc hooks with
 * the front end's own callbacks: each adapter feeds both. */
static bool track_on;
static void track_mark(uintptr_t id);
static void track_code(py_obj *o);

static obs_heap_fn heap_fn;
static void *heap_ud;

static void heap_adapter(int ev, py_obj *o)
{
    uintptr_t id = py_id(o);
    if (track_on) {
        track_mark(id);
        track_code(o);
    }
    if (heap_fn)
        heap_fn(heap_ud, ev == 0 ? OBS_ALLOC : OBS_FREE, id);
}

static void set_heap_hooks(void);

void obs_set_heap_hook(obs_heap_fn fn, void *ud)
{
    heap_fn = fn;
    heap_ud = ud;
    set_heap_hooks();
}

static obs_rc_fn rc_fn;
static void *rc_ud;

/* Objects whose refcount moved since the last obs_changes_get, by
 * address: a loop touches the same few objects (and None, small ints)
 * again and again, and finding an id costs more than this look-up.  An
 * entry stays right when its object is freed: whatever is allocated at
 * that address has its own allocation event. */
enum { RC_SEEN = 1024 };
static py_obj *rc_seen[RC_SEEN];

static void rc_adapter(py_obj *o, int delta)
{
    py_obj **seen = &rc_seen[((uintptr_t)o >> 4) % RC_SEEN];
    if (track_on && *seen != o) {
        *seen = o;
        track_mark(py_id(o));
    }
    if (rc_fn)
        rc_fn(rc_ud, py_id(o), delta);
}

void obs_set_rc_hook(obs_rc_fn fn, void *ud)
{
    rc_fn = fn;
    rc_ud = ud;
    set_heap_hooks();
}

/* --------------------------------------------------------- short reprs */

typedef struct sbuf {
    char *p;
    size_t n, len;
} sbuf;

static void put(sbuf *b, const char *s, size_t n)
{
    while (n-- && b->len + 1 < b->n)
        b->p[b->len++] = *s++;
    b->p[b->len] = '\0';
}

static void puts_(sbuf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void put_str(sbuf *b, py_obj *o)
{
    puts_(b, "'");
    const char *s = PY_STR_DATA(o);
    for (ssize_t i = 0; i < PY_STR_NBYTES(o) && b->len + 2 < b->n; i++) {
        if (s[i] == '\n')
            puts_(b, "\\n");
        else if (s[i] == '\'')
            puts_(b, "\\'");
        else
            put(b, &s[i], 1);
    }
    puts_(b, "'");
}

static void put_int(sbuf *b, py_obj *o)
{
    char tmp[32];
    if (PY_INT_IS_SMALL(o)) {
        snprintf(tmp, sizeof tmp, "%lld", (long long)PY_INT_VAL(o));
        puts_(b, tmp);
        return;
    }
    mpz_ptr z = ((py_int *)o)->big;
    size_t digits = mpz_sizeinbase(z, 10) + 2;
    char *s = malloc(digits);
    if (!s)
        return puts_(b, "<int>");
    mpz_get_str(s, 10, z);
    puts_(b, s);
    free(s);
}

static bool put_scalar(sbuf *b, py_obj *o)
{
    char tmp[40];
    py_type *t = PY_TYPE(o);
    if (o == py_None)
        puts_(b, "None");
    else if (o == py_True || o == py_False)
        puts_(b, o == py_True ? "True" : "False");
    else if (t == &py_int_type)
        put_int(b, o);
    else if (t == &py_float_type) {
        py_float_repr_buf(PY_FLOAT_VAL(o), tmp, sizeof tmp);
        puts_(b, tmp);
    } else if (t == &py_str_type)
        put_str(b, o);
    else
        return false;
    return true;
}

static void put_other(sbuf *b, py_obj *o)
{
    py_type *t = PY_TYPE(o);
    char tmp[96];
    if (t == &py_function_type) {
        py_obj *q = ((py_function *)o)->qualname;
        snprintf(tmp, sizeof tmp, "<function %s>", q ? PY_STR_DATA(q) : "?");
    } else if (PY_TYPE_CHECK(o, &py_type_type)) {
        snprintf(tmp, sizeof tmp, "<class '%s'>", ((py_type *)o)->name);
    } else {
        snprintf(tmp, sizeof tmp, "<%s object>", t->name);
    }
    puts_(b, tmp);
}

/* While obs_object_contents() runs: the text that stands for a
 * reference to a non-scalar item ("→"), followed by the end of its id. */
static const char *ref_arrow;

/* An item that is not a scalar: its short form, or an arrow to its id. */
static void put_ref(sbuf *b, py_obj *o)
{
    if (!ref_arrow)
        return put_other(b, o);
    char tmp[24];
    snprintf(tmp, sizeof tmp, "%04llx",
             (unsigned long long)(py_id(o) & 0xffff));
    puts_(b, ref_arrow);
    puts_(b, tmp);
}

static void put_items(sbuf *b, py_obj *const *items, ssize_t n,
                      const char *open, const char *close)
{
    puts_(b, open);
    for (ssize_t i = 0; i < n && b->len + 4 < b->n; i++) {
        if (i)
            puts_(b, ", ");
        if (!put_scalar(b, items[i]))
            put_ref(b, items[i]);
    }
    if (n == 1 && strcmp(open, "(") == 0)
        puts_(b, ",");
    puts_(b, close);
}

static void put_dict(sbuf *b, py_obj *d)
{
    ssize_t pos = 0;
    py_obj *k, *v;
    bool first = true;
    puts_(b, "{");
    while (py_dict_next(d, &pos, &k, &v) && b->len + 4 < b->n) {
        if (!first)
            puts_(b, ", ");
        first = false;
        if (!put_scalar(b, k))
            put_ref(b, k);
        puts_(b, ": ");
        if (!put_scalar(b, v))
            put_ref(b, v);
    }
    puts_(b, "}");
}

static void short_repr(py_obj *o, char *buf, size_t n)
{
    sbuf b = {buf, n, 0};
    buf[0] = '\0';
    py_type *t = PY_TYPE(o);
    if (put_scalar(&b, o))
        ;
    else if (t == &py_list_type)
        put_items(&b, PY_LIST_ITEMS(o), PY_LIST_SIZE(o), "[", "]");
    else if (t == &py_tuple_type)
        put_items(&b, PY_TUPLE_ITEMS(o), PY_TUPLE_SIZE(o), "(", ")");
    else if (t == &py_dict_type)
        put_dict(&b, o);
    else
        put_other(&b, o);
    if (b.len + 1 >= n && n > 4)
        memcpy(buf + n - 4, "...", 4);
}

static void put_field(sbuf *b, bool *first, py_obj *k, py_obj *v)
{
    if (!*first)
        puts_(b, ", ");
    *first = false;
    if (PY_TYPE_CHECK(k, &py_str_type))
        puts_(b, PY_STR_DATA(k));
    else
        put_ref(b, k);
    puts_(b, ": ");
    if (!put_scalar(b, v))
        put_ref(b, v);
}

/* An instance's attributes as "{next: →9c80, name: 'a'}": its
 * __slots__ members, then its __dict__. */
static bool put_fields(sbuf *b, py_obj *o)
{
    py_type *t = PY_TYPE(o);
    py_obj **dp = py_obj_dict_slot(o);
    bool dict =
        dp && *dp && (py_ivals_is(*dp) || PY_TYPE_CHECK(*dp, &py_dict_type));
    if ((!dict && !t->nslotoffs) || PY_TYPE_CHECK(o, &py_type_type) ||
        t == &py_module_type)
        return false;
    bool first = true;
    puts_(b, "{");
    for (ssize_t i = 0; i < t->nslotoffs && b->len + 4 < b->n; i++) {
        py_obj *v = *(py_obj **)((char *)o + t->slotoffs[i]);
        py_obj *k = py_member_name_at(t, t->slotoffs[i]);
        if (v && k)
            put_field(b, &first, k, v);
    }
    if (!dict) {
        puts_(b, "}");
        return true;
    }
    ssize_t pos = 0;
    py_obj *k, *v;
    while (py_slot_next(o, *dp, &pos, &k, &v) && b->len + 4 < b->n)
        put_field(b, &first, k, v);
    puts_(b, "}");
    return true;
}

void obs_object_contents(uintptr_t id, const char *arrow, char *buf, size_t n)
{
    py_obj *o = mem_object_by_id(id);
    if (!n)
        return;
    buf[0] = '\0';
    if (!o)
        return;
    ref_arrow = arrow;
    sbuf b = {buf, n, 0};
    if (!put_fields(&b, o))
        short_repr(o, buf, n);
    else if (b.len + 1 >= n && n > 4)
        memcpy(buf + n - 4, "...", 4);
    ref_arrow = NULL;
}

/* Copy a type name into a fixed field, cut to fit (snprintf costs more
 * than the rest of a heap row together). */
static void copy_name(char *dst, size_t n, const char *src)
{
    size_t len = strnlen(src, n - 1);
    memcpy(dst, src, len);
    dst[len] = '\0';
}

static void fill_ref(obs_ref *r, const char *name, py_obj *o)
{
    r->name = strdup(name);
    r->id = py_id(o);
    copy_name(r->type, sizeof r->type, PY_TYPE(o)->name);
    short_repr(o, r->repr, sizeof r->repr);
}

/* -------------------------------------------------------------- frames */

static bool is_dunder(const char *s)
{
    size_t n = strlen(s);
    return n > 4 && s[0] == '_' && s[1] == '_' && s[n - 1] == '_' &&
           s[n - 2] == '_';
}

/* Copy the user-visible names of dict d into a new obs_ref array. */
static obs_ref *dict_refs(py_obj *d, size_t *n)
{
    size_t cap = (size_t)py_dict_size(d) + 1, i = 0;
    obs_ref *refs = calloc(cap, sizeof *refs);
    ssize_t pos = 0;
    py_obj *k, *v;
    while (refs && py_dict_next(d, &pos, &k, &v)) {
        if (!PY_TYPE_CHECK(k, &py_str_type) || is_dunder(PY_STR_DATA(k)))
            continue;
        fill_ref(&refs[i++], PY_STR_DATA(k), v);
    }
    *n = i;
    return refs;
}

static obs_ref *fast_refs(py_frame *f, size_t *n)
{
    py_code *co = f->code;
    obs_ref *refs = calloc((size_t)f->nlocalsplus + 1, sizeof *refs);
    size_t k = 0;
    for (int i = 0; refs && i < co->nlocals; i++)
        if (f->localsplus[i])
            fill_ref(&refs[k++], PY_STR_DATA(PY_TUPLE_ITEMS(co->varnames)[i]),
                     f->localsplus[i]);
    ssize_t ncell = PY_TUPLE_SIZE(co->cellvars);
    for (int i = 0; refs && i < co->ncells; i++) {
        py_obj *names = i < ncell ? co->cellvars : co->freevars;
        py_obj *name = PY_TUPLE_ITEMS(names)[i < ncell ? i : i - ncell];
        py_obj *cell = f->localsplus[co->nlocals + i];
        py_obj *v = cell ? py_cell_get(cell) : NULL;
        if (v)
            fill_ref(&refs[k++], PY_STR_DATA(name), v);
    }
    *n = k;
    return refs;
}

static void fill_frame(obs_frame *of, py_frame *f)
{
    of->func = strdup(PY_STR_DATA(f->code->qualname));
    of->file = strdup(PY_STR_DATA(f->code->filename));
    of->line = py_frame_line(f);
    if (f->code->flags & PY_CO_OPTIMIZED)
        of->locals = fast_refs(f, &of->nlocals);
    else if (f->locals && f->locals != f->globals)
        of->locals = dict_refs(f->locals, &of->nlocals);
    size_t n = f->sp > f->stack ? (size_t)(f->sp - f->stack) : 0;
    of->stack = calloc(n + 1, sizeof *of->stack);
    for (size_t i = 0; of->stack && i < n; i++)
        if (f->stack[i])
            of->stack[of->nstack++] = py_id(f->stack[i]);
}

int obs_frames_get(obs_frames *out)
{
    memset(out, 0, sizeof *out);
    size_t n = 0;
    py_frame *bottom = NULL;
    for (py_frame *f = py_rt.frame; f; f = f->back, n++)
        bottom = f;
    out->frames = calloc(n + 1, sizeof *out->frames);
    if (!out->frames)
        return -1;
    out->n = n;
    size_t i = n;
    for (py_frame *f = py_rt.frame; f; f = f->back)
        fill_frame(&out->frames[--i], f);
    py_obj *g = bottom ? bottom->globals : py_rt.main_globals;
    if (g)
        out->globals = dict_refs(g, &out->nglobals);
    return 0;
}

static void refs_free(obs_ref *r, size_t n)
{
    for (size_t i = 0; r && i < n; i++)
        free(r[i].name);
    free(r);
}

void obs_frames_free(obs_frames *f)
{
    for (size_t i = 0; i < f->n; i++) {
        obs_frame *of = &f->frames[i];
        free(of->func);
        free(of->file);
        refs_free(of->locals, of->nlocals);
        free(of->stack);
    }
    free(f->frames);
    refs_free(f->globals, f->nglobals);
    memset(f, 0, sizeof *f);
}

/* ---------------------------------------------------------------- heap */

static void fill_object(obs_object *oo, py_obj *o)
{
    memset(oo, 0, sizeof *oo);
    oo->id = py_id(o);
    copy_name(oo->type, sizeof oo->type, PY_TYPE(o)->name);
    oo->refcount = o->rc;
    oo->gen = !PY_IS_GC(o)       ? OBS_NOT_GC
              : gc_is_tracked(o) ? gc_generation(o)
                                 : OBS_GEN_UNTRACKED;
    oo->size = py_sizeof(o);
    oo->small_int = PY_TYPE(o) == &py_int_type && PY_INT_IS_SMALL(o) &&
                    PY_INT_VAL(o) >= PY_INT_SMALL_MIN &&
                    PY_INT_VAL(o) <= PY_INT_SMALL_MAX;
    oo->interned = PY_TYPE(o) == &py_str_type && ((py_strobj *)o)->interned;
}

bool obs_object_get(uintptr_t id, obs_object *oo)
{
    py_obj *o = mem_object_by_id(id);
    if (!o)
        return false;
    fill_object(oo, o);
    return true;
}

void obs_object_repr(uintptr_t id, char *buf, size_t n)
{
    py_obj *o = mem_object_by_id(id);
    if (!n)
        return;
    if (!o)
        snprintf(buf, n, "<freed>");
    else
        short_repr(o, buf, n);
}

typedef struct {
    uintptr_t *ids;
    size_t n, cap;
} id_list;

static int collect_id(py_obj *o, void *arg)
{
    id_list *l = arg;
    if (!o)
        return 0;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        uintptr_t *ids = realloc(l->ids, cap * sizeof *ids);
        if (!ids)
            return -1;
        l->ids = ids;
        l->cap = cap;
    }
    l->ids[l->n++] = py_id(o);
    return 0;
}

uintptr_t *obs_object_referents(uintptr_t id, size_t *n)
{
    py_obj *o = mem_object_by_id(id);
    id_list l = {NULL, 0, 0};
    if (o && PY_TYPE(o)->traverse)
        PY_TYPE(o)->traverse(o, collect_id, &l);
    *n = l.n;
    return l.ids;
}

typedef struct {
    obs_heap *h;
    size_t cap;
} heap_fill;

static int add_object(py_obj *o, void *arg)
{
    heap_fill *hf = arg;
    if (hf->h->n == hf->cap) {
        size_t cap = hf->cap ? hf->cap * 2 : 1024;
        obs_object *objs = realloc(hf->h->objs, cap * sizeof *objs);
        if (!objs)
            return -1;
        hf->h->objs = objs;
        hf->cap = cap;
    }
    fill_object(&hf->h->objs[hf->h->n++], o);
    return 0;
}

int obs_heap_get(obs_heap *out)
{
    memset(out, 0, sizeof *out);
    heap_fill hf = {out, 0};
    return mem_foreach_object(add_object, &hf) < 0 ? -1 : 0;
}

void obs_heap_free(obs_heap *h)
{
    free(h->objs);
    memset(h, 0, sizeof *h);
}

/* -------------------------------------------------------------- id sets */

/* A set of heap ids: one bit per 16-byte slot of the arenas' id range
 * (the ids of small blocks are dense there) and an open-addressing table
 * for the few ids of large blocks.  Listed in address order.  Ids of
 * static objects are not kept: they are not part of the heap listing. */
typedef struct idbits {
    uint64_t *bits;
    size_t nwords, lo, hi; /* words [lo, hi) may be non-zero */
    uintptr_t *big;        /* large ids; 0 marks an empty slot */
    size_t nbig, capbig;
    bool failed; /* out of memory: the set is incomplete */
} idbits;

static bool bits_grow(idbits *s, size_t w)
{
    size_t n = s->nwords ? s->nwords : 256;
    while (n <= w)
        n *= 2;
    uint64_t *b = realloc(s->bits, n * sizeof *b);
    if (!b)
        return false;
    memset(b + s->nwords, 0, (n - s->nwords) * sizeof *b);
    s->bits = b;
    s->nwords = n;
    return true;
}

static size_t big_slot(const idbits *s, uintptr_t id)
{
    size_t i = (size_t)(((uint64_t)id * 0x9E3779B97F4A7C15ull) >> 20);
    while (s->big[i & (s->capbig - 1)] && s->big[i & (s->capbig - 1)] != id)
        i++;
    return i & (s->capbig - 1);
}

static bool big_add(idbits *s, uintptr_t id)
{
    if ((s->nbig + 1) * 2 > s->capbig) {
        idbits t = {.capbig = s->capbig ? s->capbig * 2 : 64};
        t.big = calloc(t.capbig, sizeof *t.big);
        if (!t.big)
            return s->failed = true, false;
        for (size_t i = 0; i < s->capbig; i++)
            if (s->big[i])
                t.big[big_slot(&t, s->big[i])] = s->big[i];
        free(s->big);
        s->big = t.big;
        s->capbig = t.capbig;
    }
    size_t i = big_slot(s, id);
    if (s->big[i])
        return false;
    s->big[i] = id;
    s->nbig++;
    return true;
}

/* Add id; true when it was not in the set yet. */
static bool idbits_add(idbits *s, uintptr_t id)
{
    if (id < MEM_VIRTUAL_BASE)
        return false;
    if (id >= MEM_LARGE_BASE)
        return big_add(s, id);
    size_t bit = (size_t)((id - MEM_VIRTUAL_BASE) >> 4), w = bit / 64;
    uint64_t m = 1ull << (bit % 64);
    if (w >= s->nwords && !bits_grow(s, w))
        return s->failed = true, false;
    if (s->bits[w] & m)
        return false;
    s->bits[w] |= m;
    if (s->lo == s->hi)
        s->lo = w, s->hi = w + 1;
    else if (w < s->lo)
        s->lo = w;
    else if (w >= s->hi)
        s->hi = w + 1;
    return true;
}

static void idbits_clear(idbits *s)
{
    if (s->hi > s->lo)
        memset(s->bits + s->lo, 0, (s->hi - s->lo) * sizeof *s->bits);
    s->lo = s->hi = 0;
    if (s->big)
        memset(s->big, 0, s->capbig * sizeof *s->big);
    s->nbig = 0;
    s->failed = false;
}

static void idbits_free(idbits *s)
{
    free(s->bits);
    free(s->big);
    memset(s, 0, sizeof *s);
}

static int by_id(const void *x, const void *y)
{
    uintptr_t a = *(const uintptr_t *)x, b = *(const uintptr_t *)y;
    return a < b ? -1 : a > b;
}

/* The ids of the set in address order (malloc'd, *n set), NULL when
 * memory ran out. */
static uintptr_t *idbits_list(const idbits *s, size_t *n)
{
    size_t k = s->nbig;
    for (size_t w = s->lo; w < s->hi; w++)
        k += (size_t)__builtin_popcountll(s->bits[w]);
    uintptr_t *ids = malloc((k ? k : 1) * sizeof *ids);
    if (!ids)
        return NULL;
    k = 0;
    for (size_t w = s->lo; w < s->hi; w++)
        for (uint64_t b = s->bits[w]; b; b &= b - 1) {
            size_t bit = w * 64 + (size_t)__builtin_ctzll(b);
            ids[k++] = MEM_VIRTUAL_BASE + ((uintptr_t)bit << 4);
        }
    size_t small = k;
    for (size_t i = 0; i < s->capbig; i++)
        if (s->big[i])
            ids[k++] = s->big[i];
    qsort(ids + small, k - small, sizeof *ids, by_id);
    *n = k;
    return ids;
}

/* ------------------------------------------------------------ changes */

static idbits dirty;   /* ids touched since the last obs_changes_get */
static bool dirty_all; /* tracking (re)started: compare everything */
static bool code_dirty, code_valid; /* the code area, cached */
static size_t code_bytes;

static void track_mark(uintptr_t id)
{
    idbits_add(&dirty, id);
}

static void track_restart(void)
{
    idbits_clear(&dirty);
    memset(rc_seen, 0, sizeof rc_seen);
}

static void track_code(py_obj *o)
{
    if (PY_TYPE(o) == &py_code_type)
        code_dirty = true;
}

bool obs_tracking_changes(void)
{
    return track_on;
}

void obs_track_changes(bool on)
{
    track_on = on;
    if (on)
        track_restart();
    else
        idbits_free(&dirty);
    dirty_all = true;
    code_valid = false;
    set_heap_hooks();
}

static void mark_obj(py_obj *o)
{
    if (o)
        track_mark(py_id(o));
}

/* Objects that change size with no event of their own: namespaces the
 * VM stores into directly, value stacks (LIST_APPEND in comprehensions),
 * instance dicts (STORE_ATTR increfs the instance only). */
static void mark_silent(const uintptr_t *ids, size_t n)
{
    mark_obj(py_rt.modules);
    mark_obj(py_rt.interned);
    mark_obj(py_rt.builtins);
    mark_obj(py_rt.main_globals);
    for (py_frame *f = py_rt.frame; f; f = f->back) {
        mark_obj(f->globals);
        mark_obj(f->locals);
        for (py_obj **p = f->stack; p < f->sp; p++)
            mark_obj(*p);
    }
    for (size_t i = 0; i < n; i++) {
        py_obj *o = mem_object_by_id(ids[i]), **d;
        if (o && (d = py_obj_dict_slot(o)) != NULL && !py_ivals_is(*d))
            mark_obj(*d);
    }
}

int obs_changes_get(obs_changes *out)
{
    memset(out, 0, sizeof *out);
    out->all = !track_on || dirty_all || dirty.failed;
    dirty_all = false;
    if (!out->all) {
        size_t n;
        uintptr_t *first = idbits_list(&dirty, &n);
        if (first)
            mark_silent(first, n);
        free(first);
        out->ids = first && !dirty.failed ? idbits_list(&dirty, &out->n) : NULL;
        out->all = !out->ids;
    }
    if (track_on)
        track_restart();
    if (out->all) {
        free(out->ids);
        out->ids = NULL;
        out->n = 0;
    }
    return 0;
}

void obs_changes_free(obs_changes *c)
{
    free(c->ids);
    memset(c, 0, sizeof *c);
}

/* ---------------------------------------------------------- reachable */

typedef struct reach_walk {
    idbits seen;
    py_obj **q;
    size_t nq, capq, limit;
    int r;          /* 1: over the limit, -1: out of memory */
    bool data_only; /* do not look inside classes, functions, modules */
} reach_walk;

/* Objects whose insides belong to the program's code rather than its
 * data: a class (its dict, mro, descriptors), a function (its globals,
 * defaults' owner), a module, a code object, a bound method. */
static bool is_code_like(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    return t == &py_type_type || (t->flags & PY_TPFLAGS_TYPE_SUBCLASS) ||
           t == &py_function_type || t == &py_module_type ||
           t == &py_code_type || t == &py_method_type ||
           t == &py_cfunction_type;
}

static int reach_visit(py_obj *o, void *arg)
{
    reach_walk *w = arg;
    if (!o || !idbits_add(&w->seen, py_id(o)))
        return w->seen.failed ? (w->r = -1) : 0;
    if (w->nq == w->limit)
        return w->r = 1;
    if (w->nq == w->capq) {
        size_t cap = w->capq ? w->capq * 2 : 256;
        py_obj **q = realloc(w->q, cap * sizeof *q);
        if (!q)
            return w->r = -1;
        w->q = q;
        w->capq = cap;
    }
    w->q[w->nq++] = o;
    return 0;
}

static int reachable(const uintptr_t *roots, size_t nroots, size_t limit,
                     bool data_only, uintptr_t **ids, size_t *n)
{
    reach_walk w = {.limit = limit, .data_only = data_only};
    *ids = NULL;
    *n = 0;
    for (size_t i = 0; i < nroots && !w.r; i++) {
        py_obj *o = mem_object_by_id(roots[i]);
        if (o)
            reach_visit(o, &w);
    }
    for (size_t head = 0; head < w.nq && !w.r; head++) {
        py_obj *o = w.q[head];
        if (PY_IS_GC(o) && PY_TYPE(o)->traverse &&
            !(data_only && is_code_like(o)))
            PY_TYPE(o)->traverse(o, reach_visit, &w);
    }
    if (!w.r && !(*ids = idbits_list(&w.seen, n)))
        w.r = -1;
    free(w.q);
    idbits_free(&w.seen);
    return w.r;
}

int obs_reachable(const uintptr_t *roots, size_t nroots, size_t limit,
                  uintptr_t **ids, size_t *n)
{
    return reachable(roots, nroots, limit, false, ids, n);
}

int obs_reachable_data(const uintptr_t *roots, size_t nroots, size_t limit,
                       uintptr_t **ids, size_t *n)
{
    return reachable(roots, nroots, limit, true, ids, n);
}

/* ------------------------------------------------------------------ gc */

void obs_gc_get(obs_gc *out)
{
    memset(out, 0, sizeof *out);
    for (int i = 0; i < 3; i++) {
        out->count[i] = gc_st.count[i];
        out->threshold[i] = gc_st.threshold[i];
        out->gen_size[i] = (long)gc_gen_size(i);
        out->collections[i] = gc_st.stats[i].collections;
        out->collected[i] = gc_st.stats[i].collected;
        out->uncollectable[i] = gc_st.stats[i].uncollectable;
    }
    out->enabled = gc_st.enabled;
    out->last_gen = gc_st.last_gen;
    out->last_collected = gc_st.last_collected;
    out->last_uncollectable = gc_st.last_uncollectable;
}

static obs_gc_fn gc_fn;
static void *gc_ud;

/* A collection moves the objects it examines to another generation (or
 * untracks them) without touching their refcounts: change tracking marks
 * all of them at its start. */
static void gc_adapter(gc_phase ph, int gen, py_obj **objs, const ssize_t *refs,
                       size_t n, void *ud)
{
    (void)ud;
    if (track_on && ph == GC_PHASE_START)
        for (size_t i = 0; i < n; i++)
            track_mark(py_id(objs[i]));
    if (!gc_fn)
        return;
    obs_gc_obj *o = malloc((n ? n : 1) * sizeof *o);
    if (!o)
        return;
    for (size_t i = 0; i < n; i++) {
        o[i].id = py_id(objs[i]);
        o[i].gc_refs = refs[i];
    }
    gc_fn(gc_ud, (obs_gc_phase)ph, gen, o, n);
    free(o);
}

void obs_set_gc_hook(obs_gc_fn fn, void *ud)
{
    gc_fn = fn;
    gc_ud = ud;
    set_heap_hooks();
}

static void set_heap_hooks(void)
{
    mem_obj_hook = heap_fn || track_on ? heap_adapter : NULL;
    py_rc_hook = rc_fn || track_on ? rc_adapter : NULL;
    gc_phase_hook = gc_fn || track_on ? gc_adapter : NULL;
    gc_phase_start_only = !gc_fn; /* change tracking looks at START only */
}

long obs_gc_collect(int gen)
{
    if (gen < 0 || gen > 2)
        gen = 2;
    return (long)gc_collect(gen);
}

/* --------------------------------------------------------------- areas */

static int add_code(py_obj *o, void *arg)
{
    size_t *code = arg;
    if (PY_TYPE(o) == &py_code_type) {
        py_code *co = (py_code *)o;
        *code += (size_t)co->ncode * (sizeof(uint32_t) + sizeof(py_srcpos));
    }
    return 0;
}

void obs_areas_get(obs_areas *out)
{
    mem_stats st;
    mem_stats_get(&st);
    memset(out, 0, sizeof *out);
    if (!track_on || !code_valid || code_dirty) {
        code_bytes = 0;
        mem_foreach_object(add_code, &code_bytes);
        code_valid = track_on;
        code_dirty = false;
    }
    out->code = py_source_bytes() + code_bytes;
    if (py_rt.main_globals)
        out->variables = py_sizeof(py_rt.main_globals);
    for (py_frame *f = py_rt.frame; f; f = f->back) {
        out->stack += py_frame_size(f->code);
        out->variables += (size_t)f->nlocalsplus * sizeof(py_obj *);
    }
    size_t used = st.used_bytes;
    out->heap = used > out->code ? used - out->code : 0;
    out->free = st.free_bytes;
}

const char *obs_frame_file(void)
{
    return py_rt.frame ? PY_STR_DATA(py_rt.frame->code->filename) : NULL;
}
