/*
 * obsrefs.c -- why an object is alive: the references it holds, the
 * references that hold it (its refcount explained line by line) and the
 * shortest path to it from a variable (obs.h, "references").
 *
 * Every counted reference is found the way the cycle collector finds
 * them: by each object's traverse function, plus what the running frames
 * hold (fast locals, cells, the value stack and the frame's header) and
 * the interpreter's own slots (sys.modules, the interned table...).  A
 * traverse call says *that* a container holds the object; label_child()
 * then says *where* (".next", "[0]", "['k']", "__code__"), by looking the
 * object up in the container's fields.  What no object or frame accounts
 * for is what the runtime holds from C (caches, the C stack); it is
 * reported as one remainder line.
 *
 * Like the rest of obs, nothing here allocates a Python object, runs
 * Python code or moves a refcount: results are plain malloc'd C memory.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "frame.h"
#include "gc.h"
#include "gthread.h"
#include "instvals.h"
#include "mem.h"
#include "objects.h"
#include "obs.h"
#include "runtime.h"
#include "vm.h"

/* snprintf for labels: cutting a long label short is intended. */
__attribute__((format(printf, 3, 4))) static void fmt(char *buf, size_t n,
                                                      const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    vsnprintf(buf, n, f, ap);
    va_end(ap);
}

/* ------------------------------------------------------------ edge lists */

typedef struct edge_list {
    obs_edge *e;
    size_t n, cap;
    bool failed;
} edge_list;

static void edge_add(edge_list *l, uintptr_t id, const char *label)
{
    if (l->failed)
        return;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        obs_edge *e = realloc(l->e, cap * sizeof *e);
        if (!e) {
            l->failed = true;
            return;
        }
        l->e = e;
        l->cap = cap;
    }
    obs_edge *e = &l->e[l->n++];
    e->id = id;
    fmt(e->label, sizeof e->label, "%s", label);
}

/* ------------------------------------------------------------- labels */

/* A short text of a dict key for a label: 'k' for str, 3 for int, else
 * the type name. */
static void key_text(py_obj *k, char *buf, size_t n)
{
    if (PY_TYPE_CHECK(k, &py_str_type))
        fmt(buf, n, "'%.40s'", PY_STR_DATA(k));
    else
        obs_object_repr(py_id(k), buf, n);
}

/* Label of the k-th (from 0) occurrence of child among the values of
 * dict d: "['key']" (as_attr false) or ".key" (true); the keys
 * themselves count too ("key 'k'").  False when not found. */
static bool dict_label(py_obj *d, py_obj *child, int *k, bool as_attr,
                       char *buf, size_t n)
{
    ssize_t pos = 0;
    py_obj *key, *v;
    char kt[48];
    while (py_dict_next(d, &pos, &key, &v)) {
        if (key == child && !as_attr && (*k)-- == 0) {
            key_text(key, kt, sizeof kt);
            fmt(buf, n, "key %s", kt);
            return true;
        }
        if (v == child && (*k)-- == 0) {
            if (as_attr && PY_TYPE_CHECK(key, &py_str_type))
                fmt(buf, n, ".%.60s", PY_STR_DATA(key));
            else {
                key_text(key, kt, sizeof kt);
                fmt(buf, n, "[%s]", kt);
            }
            return true;
        }
    }
    return false;
}

static bool items_label(py_obj *const *items, ssize_t len, py_obj *child,
                        int *k, char *buf, size_t n)
{
    for (ssize_t i = 0; i < len; i++)
        if (items[i] == child && (*k)-- == 0) {
            fmt(buf, n, "[%zd]", i);
            return true;
        }
    return false;
}

typedef struct field {
    const char *name;
    py_obj *value;
} field;

static bool fields_label(const field *f, size_t nf, py_obj *child, int *k,
                         char *buf, size_t n)
{
    for (size_t i = 0; i < nf; i++)
        if (f[i].value == child && (*k)-- == 0) {
            fmt(buf, n, "%s", f[i].name);
            return true;
        }
    return false;
}

/* Where frame f holds child: "x" (a local), "cell x", "value stack",
 * "function", "globals"...  */
static bool frame_label(py_frame *f, py_obj *child, int *k, char *buf, size_t n)
{
    py_code *co = f->code;
    for (int i = 0; i < f->nlocalsplus; i++) {
        if (f->localsplus[i] != child || (*k)-- != 0)
            continue;
        if (i < co->nlocals) {
            fmt(buf, n, "%s", PY_STR_DATA(PY_TUPLE_ITEMS(co->varnames)[i]));
        } else {
            ssize_t c = i - co->nlocals, nc = PY_TUPLE_SIZE(co->cellvars);
            py_obj *names = c < nc ? co->cellvars : co->freevars;
            fmt(buf, n, "cell %s",
                PY_STR_DATA(PY_TUPLE_ITEMS(names)[c < nc ? c : c - nc]));
        }
        return true;
    }
    for (py_obj **p = f->stack; p < f->sp; p++)
        if (*p == child && (*k)-- == 0) {
            fmt(buf, n, "value stack");
            return true;
        }
    py_obj *g = f->owns_ns ? f->globals : NULL; /* else borrowed */
    py_obj *b = f->owns_ns ? f->builtins : NULL;
    field hdr[] = {{"code", PY_OBJ(f->code)},
                   {"function", f->func},
                   {"globals", g},
                   {"builtins", b},
                   {"locals", f->locals},
                   {"frame object", f->frame_obj}};
    return fields_label(hdr, sizeof hdr / sizeof hdr[0], child, k, buf, n);
}

static bool function_label(py_obj *p, py_obj *child, int *k, char *buf,
                           size_t n)
{
    py_function *fn = (py_function *)p;
    field f[] = {{".__code__", PY_OBJ(fn->code)},
                 {".__globals__", fn->globals},
                 {".__builtins__", fn->builtins},
                 {".__defaults__", fn->defaults},
                 {".__kwdefaults__", fn->kwdefaults},
                 {".__closure__", fn->closure},
                 {".__name__", fn->name},
                 {".__qualname__", fn->qualname},
                 {".__doc__", fn->doc},
                 {".__dict__", fn->dict},
                 {".__module__", fn->module}};
    return fields_label(f, sizeof f / sizeof f[0], child, k, buf, n);
}

static bool code_label(py_obj *p, py_obj *child, int *k, char *buf, size_t n)
{
    py_code *co = (py_code *)p;
    field f[] = {
        {".co_consts", co->consts},     {".co_names", co->names},
        {".co_varnames", co->varnames}, {".co_cellvars", co->cellvars},
        {".co_freevars", co->freevars}, {".co_filename", co->filename},
        {".co_name", co->name},         {".co_qualname", co->qualname}};
    return fields_label(f, sizeof f / sizeof f[0], child, k, buf, n);
}

static bool type_label(py_obj *p, py_obj *child, int *k, char *buf, size_t n)
{
    py_type *t = (py_type *)p;
    field f[] = {{".__dict__", t->dict},
                 {".__mro__", t->mro},
                 {".__bases__", t->bases},
                 {".__base__", PY_OBJ(t->base)},
                 {".__qualname__", t->qualname},
                 {".__subclasses__", t->subclasses},
                 {".__class__", PY_OBJ(PY_TYPE(p))}};
    return fields_label(f, sizeof f / sizeof f[0], child, k, buf, n);
}

/* Label of the k-th reference from p to child among the kinds of
 * containers the course shows; "" (false) for the rest. */
static bool typed_label(py_obj *p, py_obj *child, int *k, char *buf, size_t n)
{
    py_type *t = PY_TYPE(p);
    if (PY_TYPE_CHECK(p, &py_list_type))
        return items_label(PY_LIST_ITEMS(p), PY_LIST_SIZE(p), child, k, buf, n);
    if (PY_TYPE_CHECK(p, &py_tuple_type))
        return items_label(PY_TUPLE_ITEMS(p), PY_TUPLE_SIZE(p), child, k, buf,
                           n);
    if (PY_TYPE_CHECK(p, &py_dict_type))
        return dict_label(p, child, k, false, buf, n);
    if (t == &py_set_type || t == &py_frozenset_type) {
        fmt(buf, n, "element");
        return true;
    }
    if (t == &py_cell_type) {
        fmt(buf, n, ".cell_contents");
        return true;
    }
    if (t == &py_method_type) {
        py_methodobj *m = (py_methodobj *)p;
        field f[] = {{".__func__", m->func}, {".__self__", m->self}};
        return fields_label(f, 2, child, k, buf, n);
    }
    if (t == &py_function_type)
        return function_label(p, child, k, buf, n);
    if (t == &py_code_type)
        return code_label(p, child, k, buf, n);
    if (PY_TYPE_CHECK(p, &py_type_type) && type_label(p, child, k, buf, n))
        return true;
    py_frame *f = py_gen_suspended_frame(p);
    return f && frame_label(f, child, k, buf, n);
}

/* ".name" for the *k-th time child is among p's inline values. */
static bool values_label(py_obj *p, py_obj *vals, py_obj *child, int *k,
                         char *buf, size_t n)
{
    ssize_t pos = 0;
    py_obj *name, *v;
    while (py_ivals_next(p, vals, &pos, &name, &v))
        if (v == child && (*k)-- == 0) {
            fmt(buf, n, ".%s", PY_STR_DATA(name));
            return true;
        }
    return false;
}

/* Where p holds child, for the k-th (from 0) time child appears in p's
 * traverse, into buf: ".next", "[0]", "['k']", "__dict__", "__class__",
 * "__code__"... or "" when p's layout is not known here. */
static void label_child(py_obj *p, py_obj *child, int k, char *buf, size_t n)
{
    buf[0] = '\0';
    py_obj **dp = py_obj_dict_slot(p);
    if (dp && *dp && py_ivals_is(*dp)) {
        if (values_label(p, *dp, child, &k, buf, n))
            return;
    } else if (dp && *dp) {
        if (*dp == child && k-- == 0) {
            fmt(buf, n, ".__dict__");
            return;
        }
        if (dict_label(*dp, child, &k, true, buf, n))
            return;
    }
    py_type *t = PY_TYPE(p);
    for (ssize_t i = 0; i < t->nslotoffs; i++) /* __slots__ members */
        if (*(py_obj **)((char *)p + t->slotoffs[i]) == child && k-- == 0) {
            py_obj *name = py_member_name_at(t, t->slotoffs[i]);
            fmt(buf, n, ".%s", name ? PY_STR_DATA(name) : "?");
            return;
        }
    if (typed_label(p, child, &k, buf, n))
        return;
    if (PY_OBJ(PY_TYPE(p)) == child && k == 0)
        fmt(buf, n, ".__class__");
}

/* --------------------------------------------------------- refers to */

/* Visit every reference o holds: its traverse, and for a code object
 * (not a GC container, so without one) its constants and name tables. */
static int visit_all(py_obj *o, py_visitproc visit, void *arg)
{
    if (PY_TYPE(o) == &py_code_type) {
        py_code *co = (py_code *)o;
        py_obj *f[] = {co->consts,   co->names,    co->varnames, co->cellvars,
                       co->freevars, co->filename, co->name,     co->qualname};
        for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
            if (f[i] && visit(f[i], arg))
                return 1;
        return 0;
    }
    return PY_TYPE(o)->traverse ? PY_TYPE(o)->traverse(o, visit, arg) : 0;
}

typedef struct out_walk {
    py_obj *parent;
    edge_list *l;
    py_obj **seen; /* children seen so far (for occurrence counts) */
    size_t nseen, cap;
} out_walk;

static int out_visit(py_obj *child, void *arg)
{
    out_walk *w = arg;
    int k = 0;
    for (size_t i = 0; i < w->nseen; i++)
        k += w->seen[i] == child;
    if (w->nseen == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 16;
        py_obj **s = realloc(w->seen, cap * sizeof *s);
        if (!s) {
            w->l->failed = true;
            return 1;
        }
        w->seen = s;
        w->cap = cap;
    }
    w->seen[w->nseen++] = child;
    char label[OBS_LABEL_MAX];
    label_child(w->parent, child, k, label, sizeof label);
    edge_add(w->l, py_id(child), label[0] ? label : "(inside)");
    return 0;
}

/* A dict's references: each key and each value (its traverse skips str
 * keys). */
static void dict_edges(py_obj *d, edge_list *l)
{
    ssize_t pos = 0;
    py_obj *k, *v;
    char kt[48], label[OBS_LABEL_MAX];
    while (py_dict_next(d, &pos, &k, &v)) {
        key_text(k, kt, sizeof kt);
        fmt(label, sizeof label, "key %s", kt);
        edge_add(l, py_id(k), label);
        fmt(label, sizeof label, "[%s]", kt);
        edge_add(l, py_id(v), label);
    }
}

/* What an instance of a list or tuple subclass holds besides its items:
 * its attributes (inline values) or __dict__, and its class. */
static void subclass_edges(py_obj *o, edge_list *l)
{
    py_obj **dp = py_obj_dict_slot(o);
    if (dp && *dp && !py_ivals_is(*dp))
        edge_add(l, py_id(*dp), ".__dict__");
    else if (dp && *dp) {
        ssize_t pos = 0;
        py_obj *k, *v;
        char label[OBS_LABEL_MAX];
        while (py_ivals_next(o, *dp, &pos, &k, &v)) {
            if (PY_TYPE_CHECK(k, &py_str_type))
                fmt(label, sizeof label, ".%s", PY_STR_DATA(k));
            else
                fmt(label, sizeof label, "(attribute)");
            edge_add(l, py_id(v), label);
        }
    }
    edge_add(l, py_id(PY_OBJ(PY_TYPE(o))), ".__class__");
}

int obs_refers_to(uintptr_t id, obs_edge **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    py_obj *o = mem_object_by_id(id);
    if (!o)
        return -1;
    edge_list l = {0};
    out_walk w = {.parent = o, .l = &l};
    if (PY_TYPE_CHECK(o, &py_dict_type))
        dict_edges(o, &l);
    else if (PY_TYPE_CHECK(o, &py_list_type) ||
             PY_TYPE_CHECK(o, &py_tuple_type)) {
        /* in index order (their traverse goes backwards), then the rest
         * (a subclass instance's attributes and class) */
        bool list = PY_TYPE_CHECK(o, &py_list_type);
        py_obj *const *items = list ? PY_LIST_ITEMS(o) : PY_TUPLE_ITEMS(o);
        ssize_t n = list ? PY_LIST_SIZE(o) : PY_TUPLE_SIZE(o);
        char label[32];
        for (ssize_t i = 0; i < n; i++) {
            fmt(label, sizeof label, "[%zd]", i);
            edge_add(&l, py_id(items[i]), label);
        }
        if (PY_TYPE(o) != &py_list_type && PY_TYPE(o) != &py_tuple_type)
            subclass_edges(o, &l);
    } else
        visit_all(o, out_visit, &w);
    free(w.seen);
    if (l.failed) {
        free(l.e);
        return -1;
    }
    *out = l.e;
    *n = l.n;
    return 0;
}

/* --------------------------------------------------------- why alive */

/* Breadth-first search state: every object reached, its parent (NULL for
 * a root) and, for roots, the text naming the root.  An open-addressing
 * table maps an object to its index in the queue. */
typedef struct bfs {
    py_obj **q;
    py_obj **parent;
    int *root; /* index into roots[] or -1 */
    size_t nq, capq;
    size_t *slot; /* table of queue index + 1; 0 = empty */
    size_t capt;
    char (*roots)[OBS_LABEL_MAX];
    size_t nroots, caproots;
    bool failed;
} bfs;

static size_t bfs_hash(py_obj *o, size_t cap)
{
    return (size_t)(((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ull) & (cap - 1);
}

static bool bfs_grow_table(bfs *b)
{
    size_t cap = b->capt ? b->capt * 2 : 1024;
    size_t *t = calloc(cap, sizeof *t);
    if (!t)
        return false;
    for (size_t i = 0; i < b->nq; i++) {
        size_t h = bfs_hash(b->q[i], cap);
        while (t[h])
            h = (h + 1) & (cap - 1);
        t[h] = i + 1;
    }
    free(b->slot);
    b->slot = t;
    b->capt = cap;
    return true;
}

/* Index of o in the queue, or -1. */
static long bfs_find(const bfs *b, py_obj *o)
{
    if (!b->capt)
        return -1;
    for (size_t h = bfs_hash(o, b->capt); b->slot[h];
         h = (h + 1) & (b->capt - 1))
        if (b->q[b->slot[h] - 1] == o)
            return (long)(b->slot[h] - 1);
    return -1;
}

static bool bfs_grow_queue(bfs *b)
{
    size_t cap = b->capq ? b->capq * 2 : 1024;
    py_obj **q = realloc(b->q, cap * sizeof *q);
    if (q)
        b->q = q;
    py_obj **p = realloc(b->parent, cap * sizeof *p);
    if (p)
        b->parent = p;
    int *r = realloc(b->root, cap * sizeof *r);
    if (r)
        b->root = r;
    if (!q || !p || !r)
        return false;
    b->capq = cap;
    return true;
}

/* Add o reached from parent (or as root number root); false if it was
 * there already or memory ran out (b->failed). */
static bool bfs_add(bfs *b, py_obj *o, py_obj *parent, int root)
{
    if (b->failed || bfs_find(b, o) >= 0)
        return false;
    if ((b->nq + 1) * 2 > b->capt && !bfs_grow_table(b))
        return !(b->failed = true);
    if (b->nq == b->capq && !bfs_grow_queue(b))
        return !(b->failed = true);
    b->q[b->nq] = o;
    b->parent[b->nq] = parent;
    b->root[b->nq] = root;
    size_t h = bfs_hash(o, b->capt);
    while (b->slot[h])
        h = (h + 1) & (b->capt - 1);
    b->slot[h] = ++b->nq;
    return true;
}

static void bfs_root(bfs *b, py_obj *o, const char *text)
{
    if (b->failed || bfs_find(b, o) >= 0)
        return;
    if (b->nroots == b->caproots) {
        size_t cap = b->caproots ? b->caproots * 2 : 64;
        char(*r)[OBS_LABEL_MAX] = realloc(b->roots, cap * sizeof *r);
        if (!r) {
            b->failed = true;
            return;
        }
        b->roots = r;
        b->caproots = cap;
    }
    fmt(b->roots[b->nroots], OBS_LABEL_MAX, "%s", text);
    if (bfs_add(b, o, NULL, (int)b->nroots))
        b->nroots++;
}

static void bfs_free(bfs *b)
{
    free(b->q);
    free(b->parent);
    free(b->root);
    free(b->slot);
    free(b->roots);
}

typedef struct bfs_visit_arg {
    bfs *b;
    py_obj *parent;
} bfs_visit_arg;

static int bfs_visit(py_obj *child, void *arg)
{
    bfs_visit_arg *a = arg;
    bfs_add(a->b, child, a->parent, -1);
    return a->b->failed;
}

/* Walk every running frame: the running thread's, innermost first, then
 * those of the suspended threads (gthread.c), whose frames hold
 * references as any running frame.  *th counts the threads passed. */
static py_frame *frames_from(py_frame *f, size_t *th)
{
    while (!f) {
        bool more;
        f = py_gthread_suspended_frame((*th)++, &more);
        if (!more)
            return NULL;
    }
    return f;
}

/* The roots, nearest first: the running frames' variables (innermost
 * first, the running thread's then the other threads'), the globals of
 * __main__, then every module in sys.modules. */
static void add_roots(bfs *b)
{
    char text[OBS_LABEL_MAX];
    size_t th = 0;
    for (py_frame *f = frames_from(py_rt.frame, &th); f;
         f = frames_from(f->back, &th)) {
        py_code *co = f->code;
        const char *fn = PY_STR_DATA(co->qualname);
        for (int i = 0; i < co->nlocals && i < f->nlocalsplus; i++)
            if (f->localsplus[i]) {
                fmt(text, sizeof text, "%s|local in %s",
                    PY_STR_DATA(PY_TUPLE_ITEMS(co->varnames)[i]), fn);
                bfs_root(b, f->localsplus[i], text);
            }
        for (int i = co->nlocals; i < f->nlocalsplus; i++)
            if (f->localsplus[i]) {
                int k = 0;
                char where[OBS_LABEL_MAX];
                frame_label(f, f->localsplus[i], &k, where, sizeof where);
                fmt(text, sizeof text, "%s|in running frame %s", where, fn);
                bfs_root(b, f->localsplus[i], text);
            }
        fmt(text, sizeof text, "(code of %s)|running", fn);
        bfs_root(b, PY_OBJ(co), text);
        for (py_obj **p = f->stack; p < f->sp; p++)
            if (*p) {
                fmt(text, sizeof text, "value stack|of running frame %s", fn);
                bfs_root(b, *p, text);
            }
    }
    ssize_t pos = 0;
    py_obj *k, *v;
    while (py_rt.main_globals && py_dict_next(py_rt.main_globals, &pos, &k, &v))
        if (PY_TYPE_CHECK(k, &py_str_type)) {
            fmt(text, sizeof text, "%s|global in __main__", PY_STR_DATA(k));
            bfs_root(b, v, text);
        }
    pos = 0;
    while (py_rt.modules && py_dict_next(py_rt.modules, &pos, &k, &v))
        if (PY_TYPE_CHECK(k, &py_str_type)) {
            fmt(text, sizeof text, "sys.modules['%s']|a loaded module",
                PY_STR_DATA(k));
            bfs_root(b, v, text);
        }
}

/* Search from the roots until target is reached; its queue index or -1. */
static long bfs_search(bfs *b, py_obj *target)
{
    add_roots(b);
    for (size_t head = 0; head < b->nq && !b->failed; head++) {
        if (b->q[head] == target)
            return (long)head;
        py_obj *o = b->q[head];
        bfs_visit_arg a = {b, o};
        visit_all(o, bfs_visit, &a);
    }
    return -1;
}

/* Whether target can reach itself through references (it is on a cycle). */
static bool on_cycle(py_obj *target, bool *failed)
{
    bfs b = {0};
    bfs_visit_arg a = {&b, target};
    bool found = false;
    visit_all(target, bfs_visit, &a);
    for (size_t head = 0; head < b.nq && !b.failed && !found; head++) {
        py_obj *o = b.q[head];
        found = o == target;
        bfs_visit_arg a2 = {&b, o};
        if (!found)
            visit_all(o, bfs_visit, &a2);
    }
    *failed = b.failed;
    bfs_free(&b);
    return found;
}

/* ------------------------------------------------------------- naming */

/* BORROWED value of the str key `key` in dict d, found without making
 * a str object; NULL if absent. */
static py_obj *str_item(py_obj *d, const char *key)
{
    ssize_t pos = 0;
    py_obj *k, *v;
    while (py_dict_next(d, &pos, &k, &v))
        if (PY_TYPE_CHECK(k, &py_str_type) && strcmp(PY_STR_DATA(k), key) == 0)
            return v;
    return NULL;
}

/* The module whose namespace d is, or NULL. */
static py_obj *module_of_dict(py_obj *d)
{
    ssize_t pos = 0;
    py_obj *k, *m;
    while (py_rt.modules && py_dict_next(py_rt.modules, &pos, &k, &m)) {
        if (PY_TYPE_CHECK(m, &py_module_type) && py_module_dict(m) == d)
            return m;
    }
    return NULL;
}

/* Does a label continue an expression (".next", "[0]")? */
static bool attaches(const char *label)
{
    return label[0] == '.' || label[0] == '[';
}

#define NAME_DEPTH 6 /* longest expression used as a holder's name */

/* A name for object o as an expression from a root, using the search
 * b made from the roots: "b", "xs[0]", "f.__defaults__"; when the chain
 * is long or leaves expression syntax, or o is not reached, "Type
 * 0x1f40" (or the function's / class's qualified name). */
static void holder_name(bfs *b, py_obj *o, char *buf, size_t n)
{
    long chain[NAME_DEPTH];
    int depth = 0;
    for (long j = bfs_find(b, o); j >= 0 && depth < NAME_DEPTH;) {
        chain[depth++] = j;
        py_obj *par = b->parent[j];
        j = par ? bfs_find(b, par) : -2;
        if (j == -2) {
            size_t len = 0;
            const char *root = b->roots[b->root[chain[depth - 1]]];
            const char *bar = strchr(root, '|');
            int w = snprintf(buf, n, "%.*s", (int)(bar ? bar - root : 0), root);
            len = w > 0 ? (size_t)w : 0;
            for (int i = depth - 2; i >= 0 && len < n; i--) {
                char l[OBS_LABEL_MAX];
                label_child(b->parent[chain[i]], b->q[chain[i]], 0, l,
                            sizeof l);
                if (!attaches(l))
                    goto plain;
                w = snprintf(buf + len, n - len, "%s", l);
                len += w > 0 ? (size_t)w : 0;
            }
            if (bar &&
                (root[0] == '(' || !memchr(root, ' ', (size_t)(bar - root))))
                return;
            goto plain;
        }
    }
plain:
    if (PY_TYPE_CHECK(o, &py_function_type) ||
        PY_TYPE_CHECK(o, &py_type_type)) {
        py_obj *q = PY_TYPE_CHECK(o, &py_function_type)
                        ? ((py_function *)o)->qualname
                        : ((py_type *)o)->qualname;
        if (q) {
            fmt(buf, n, "%s %s", PY_TYPE(o)->name, PY_STR_DATA(q));
            return;
        }
    }
    if (PY_TYPE(o) == &py_code_type) {
        fmt(buf, n, "code of %s", PY_STR_DATA(((py_code *)o)->qualname));
        return;
    }
    fmt(buf, n, "(%.30s 0x%llx)", PY_TYPE(o)->name,
        (unsigned long long)py_id(o));
}

/* A referrer line's text: how holder p refers to the object: "xs[0]",
 * "b.next", "a (global in __main__)" for a module's namespace, "x
 * (local in suspended generator g)", "key 'k' of d". */
static void referrer_text(bfs *b, py_obj *p, const char *where, char *buf,
                          size_t n)
{
    char name[OBS_LABEL_MAX];
    size_t len = strlen(where);
    if (PY_TYPE(p) == &py_dict_type && where[0] == '[' && where[1] == '\'') {
        py_obj *m = module_of_dict(p);
        py_obj *mn = m ? str_item(py_module_dict(m), "__name__") : NULL;
        if (mn && PY_TYPE_CHECK(mn, &py_str_type)) {
            fmt(buf, n, "%.*s (global in %s)", (int)(len - 4), where + 2,
                PY_STR_DATA(mn));
            return;
        }
    }
    py_frame *f = py_gen_suspended_frame(p);
    if (f && where[0] && !attaches(where)) {
        fmt(buf, n, "%s (local in suspended %s %s)", where, PY_TYPE(p)->name,
            PY_STR_DATA(f->code->qualname));
        return;
    }
    holder_name(b, p, name, sizeof name);
    if (attaches(where))
        fmt(buf, n, "%s%s", name, where);
    else
        fmt(buf, n, "%s of %s", where[0] ? where : "inside", name);
}

/* ---------------------------------------------------------- referrers */

typedef struct in_scan {
    py_obj *target;
    edge_list *l;
    int hits;
    bfs *b; /* the search from the roots, for naming holders */
} in_scan;

static int count_hit(py_obj *child, void *arg)
{
    in_scan *s = arg;
    s->hits += child == s->target;
    return 0;
}

/* The references dict p holds to the target: its keys count too (a
 * dict's traverse skips str keys, which cannot form cycles). */
static void scan_dict(in_scan *s, py_obj *p)
{
    ssize_t pos = 0;
    py_obj *k, *v;
    char kt[48], where[OBS_LABEL_MAX], text[OBS_LABEL_MAX];
    while (py_dict_next(p, &pos, &k, &v)) {
        if (k == s->target) {
            key_text(k, kt, sizeof kt);
            fmt(where, sizeof where, "key %s", kt);
            referrer_text(s->b, p, where, text, sizeof text);
            edge_add(s->l, py_id(p), text);
        }
        if (v == s->target) {
            key_text(k, kt, sizeof kt);
            fmt(where, sizeof where, "[%s]", kt);
            referrer_text(s->b, p, where, text, sizeof text);
            edge_add(s->l, py_id(p), text);
        }
    }
}

/* A class's shared keys hold each attribute name its instances were
 * given once (a type's traverse does not visit them). */
static void scan_skeys(in_scan *s, py_obj *p)
{
    py_skeys *k = ((py_type *)p)->skeys;
    char kt[48], text[OBS_LABEL_MAX];
    for (int i = 0; k && i < k->n; i++)
        if (k->names[i] == s->target) {
            key_text(k->names[i], kt, sizeof kt);
            fmt(text, sizeof text,
                "attribute name %s shared by the instances of %s", kt,
                ((py_type *)p)->name);
            edge_add(s->l, py_id(p), text);
        }
}

/* One line per reference heap object p holds to the target. */
static int scan_object(py_obj *p, void *arg)
{
    in_scan *s = arg;
    if (PY_TYPE_CHECK(p, &py_type_type))
        scan_skeys(s, p);
    if (PY_TYPE_CHECK(p, &py_dict_type)) {
        scan_dict(s, p);
        return s->l->failed ? -1 : 0;
    }
    s->hits = 0;
    visit_all(p, count_hit, s);
    for (int k = 0; k < s->hits; k++) {
        char where[OBS_LABEL_MAX], text[OBS_LABEL_MAX];
        label_child(p, s->target, k, where, sizeof where);
        referrer_text(s->b, p, where, text, sizeof text);
        edge_add(s->l, py_id(p), text);
    }
    return s->l->failed ? -1 : 0;
}

/* References the running frames hold (a suspended generator's frame is
 * visited by its generator's traverse instead). */
static void scan_frames(py_obj *target, edge_list *l)
{
    size_t th = 0;
    for (py_frame *f = frames_from(py_rt.frame, &th); f;
         f = frames_from(f->back, &th)) {
        const char *fn = PY_STR_DATA(f->code->qualname);
        for (int k = 0;; k++) {
            char where[OBS_LABEL_MAX], text[OBS_LABEL_MAX];
            int kk = k;
            if (!frame_label(f, target, &kk, where, sizeof where))
                break;
            bool var = strcmp(where, "value stack") != 0 &&
                       strchr(where, ' ') == NULL && f->code->nlocals > 0 &&
                       strcmp(where, "code") && strcmp(where, "function") &&
                       strcmp(where, "globals") && strcmp(where, "builtins") &&
                       strcmp(where, "locals");
            if (var)
                fmt(text, sizeof text, "%s (local in %s)", where, fn);
            else
                fmt(text, sizeof text, "%s of running frame %s", where, fn);
            edge_add(l, 0, text);
        }
    }
}

/* The interpreter's own slots (py_rt). */
static void scan_runtime(py_obj *target, edge_list *l)
{
    field f[] = {{"the interpreter's builtins namespace", py_rt.builtins},
                 {"the interpreter's builtins module", py_rt.builtins_mod},
                 {"the interpreter's sys.modules", py_rt.modules},
                 {"the interpreter's interned-string table", py_rt.interned},
                 {"the interpreter's __main__ namespace", py_rt.main_globals},
                 {"the exception being raised", py_rt.cur_exc},
                 {"the exception being handled", py_rt.handled_exc},
                 {"sys.argv", py_rt.argv}};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        if (f[i].value == target)
            edge_add(l, 0, f[i].name);
}

int obs_referred_by(uintptr_t id, obs_referrers *out)
{
    memset(out, 0, sizeof *out);
    py_obj *o = mem_object_by_id(id);
    if (!o)
        return -1;
    edge_list l = {0};
    bfs b = {0};
    bfs_search(&b, NULL);
    in_scan s = {o, &l, 0, &b};
    scan_frames(o, &l);
    scan_runtime(o, &l);
    mem_foreach_object(scan_object, &s);
    l.failed |= b.failed;
    bfs_free(&b);
    if (l.failed) {
        free(l.e);
        return -1;
    }
    out->lines = l.e;
    out->n = l.n;
    out->refcount = PY_RC(o);
    out->runtime = PY_RC(o) - (ssize_t)l.n;
    return 0;
}

void obs_referrers_free(obs_referrers *r)
{
    free(r->lines);
    memset(r, 0, sizeof *r);
}

/* Fill p's steps along the parent links from queue index i to its root. */
static int path_from(bfs *b, long i, obs_path *p)
{
    size_t n = 0;
    for (long j = i; j >= 0; n++) {
        py_obj *par = b->parent[j];
        j = par ? bfs_find(b, par) : -1;
    }
    p->steps = calloc(n, sizeof *p->steps);
    if (!p->steps)
        return -1;
    p->n = n;
    for (long j = i, at = (long)n - 1; j >= 0; at--) {
        obs_edge *e = &p->steps[at];
        py_obj *par = b->parent[j];
        e->id = py_id(b->q[j]);
        if (par)
            label_child(par, b->q[j], 0, e->label, sizeof e->label);
        else
            fmt(e->label, sizeof e->label, "%s", b->roots[b->root[j]]);
        if (!e->label[0])
            fmt(e->label, sizeof e->label, "(inside)");
        j = par ? bfs_find(b, par) : -1;
    }
    return 0;
}

int obs_why_alive(uintptr_t id, obs_path *out)
{
    memset(out, 0, sizeof *out);
    py_obj *o = mem_object_by_id(id);
    if (!o)
        return -1;
    out->gen = PY_IS_GC(o) ? gc_generation(o) : OBS_NOT_GC;
    bfs b = {0};
    long i = bfs_search(&b, o);
    int r = b.failed ? -1 : 0;
    if (!r && i >= 0) {
        out->kind = OBS_ALIVE_ROOTED;
        r = path_from(&b, i, out);
    }
    bfs_free(&b);
    if (r || i >= 0)
        return r;
    bool failed = false;
    if (on_cycle(o, &failed))
        out->kind = OBS_ALIVE_CYCLE;
    else {
        obs_referrers rs;
        if (obs_referred_by(id, &rs) != 0)
            return -1;
        size_t held = 0;
        for (size_t k = 0; k < rs.n; k++)
            held += rs.lines[k].id != 0;
        obs_referrers_free(&rs);
        out->kind = held ? OBS_ALIVE_GARBAGE : OBS_ALIVE_RUNTIME;
    }
    return failed ? -1 : 0;
}

void obs_path_free(obs_path *p)
{
    free(p->steps);
    memset(p, 0, sizeof *p);
}

/* The path as one line: "xs[0].next (xs: global in __main__)". */
void obs_path_text(const obs_path *p, char *buf, size_t n)
{
    buf[0] = '\0';
    if (p->kind == OBS_ALIVE_CYCLE || p->kind == OBS_ALIVE_GARBAGE) {
        const char *what =
            p->kind == OBS_ALIVE_CYCLE
                ? "reachable only from itself (a reference cycle)"
                : "reachable only from unreachable objects";
        if (p->gen >= 0)
            fmt(buf, n,
                "%s: the cycle collector will free it at the next "
                "gen-%d collection",
                what, p->gen);
        else
            fmt(buf, n, "%s", what);
        return;
    }
    if (p->kind == OBS_ALIVE_RUNTIME || !p->n) {
        fmt(buf, n,
            "held only by the runtime (caches, interned "
            "strings, the C stack), not by any variable");
        return;
    }
    const char *root = p->steps[0].label, *bar = strchr(root, '|');
    size_t len = 0;
    int w = snprintf(buf, n, "%.*s",
                     bar ? (int)(bar - root) : (int)strlen(root), root);
    len = w > 0 ? (size_t)w : 0;
    for (size_t i = 1; i < p->n && len < n; i++) {
        const char *l = p->steps[i].label;
        bool attach = l[0] == '[' || l[0] == '.';
        w = snprintf(buf + len, n - len, "%s%s", attach ? "" : " → ", l);
        len += w > 0 ? (size_t)w : 0;
    }
    if (bar && len < n)
        fmt(buf + len, n - len, "  (%.*s: %s)", (int)(bar - root), root,
            bar + 1);
}

/* ------------------------------------------------------- text reports */

typedef struct text {
    char *s;
    size_t len, cap;
    bool failed;
} text;

__attribute__((format(printf, 2, 3))) static void tprintf(text *t,
                                                          const char *f, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, f);
    int n = vsnprintf(line, sizeof line, f, ap);
    va_end(ap);
    if (n < 0 || t->failed)
        return;
    size_t len = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
    if (t->len + len + 1 > t->cap) {
        size_t cap = (t->cap + len + 1) * 2;
        char *s = realloc(t->s, cap);
        if (!s) {
            t->failed = true;
            return;
        }
        t->s = s;
        t->cap = cap;
    }
    memcpy(t->s + t->len, line, len + 1);
    t->len += len;
}

/* "a = <Node object>" or "<Node object>": the object's name from a root
 * (when it has a short one) and what it is. */
static void node_text(bfs *b, py_obj *o, char *buf, size_t n)
{
    char name[OBS_LABEL_MAX], repr[OBS_REPR_MAX];
    holder_name(b, o, name, sizeof name);
    if (name[0] == '(' || strchr(name, ' ')) {
        obs_object_repr(py_id(o), repr, sizeof repr);
        fmt(buf, n, "%s", repr);
    } else
        fmt(buf, n, "%s (%s)", name, PY_TYPE(o)->name);
}

static void head_line(text *t, bfs *b, py_obj *o)
{
    int gen = PY_IS_GC(o) ? gc_generation(o) : OBS_NOT_GC;
    char g[16];
    if (gen >= 0)
        fmt(g, sizeof g, "gen%d", gen);
    else
        fmt(g, sizeof g, "%s", gen == OBS_GEN_UNTRACKED ? "untracked" : "-");
    char repr[OBS_REPR_MAX];
    obs_object_repr(py_id(o), repr, sizeof repr);
    char name[OBS_LABEL_MAX];
    holder_name(b, o, name, sizeof name);
    bool named = name[0] != '(' && !strchr(name, ' ');
    tprintf(t, "%s%s%s 0x%llx  refcount %zd  %s\n  value: %s\n",
            named ? name : "", named ? ": " : "", PY_TYPE(o)->name,
            (unsigned long long)py_id(o), PY_RC(o), g, repr);
}

static void refs_report(text *t, bfs *b, py_obj *o)
{
    head_line(t, b, o);
    obs_edge *e;
    size_t n;
    if (obs_refers_to(py_id(o), &e, &n) == 0) {
        tprintf(t, "refers to:%s\n", n ? "" : " nothing");
        for (size_t i = 0; i < n; i++) {
            char node[2 * OBS_LABEL_MAX];
            node_text(b, mem_object_by_id(e[i].id), node, sizeof node);
            tprintf(t, "  %s -> %s\n", e[i].label, node);
        }
        free(e);
    }
    obs_referrers r;
    if (obs_referred_by(py_id(o), &r) != 0)
        return;
    tprintf(t, "referred to by (%zd reference%s = refcount):\n", r.refcount,
            r.refcount == 1 ? "" : "s");
    for (size_t i = 0; i < r.n; i++)
        tprintf(t, "  %s\n", r.lines[i].label);
    if (r.runtime > 0)
        tprintf(t,
                "  %zd held by the runtime (caches, interned strings, "
                "the C stack)\n",
                r.runtime);
    else if (r.runtime < 0)
        tprintf(t,
                "  (the lines above count %zd more than the refcount: "
                "please report this)\n",
                -r.runtime);
    obs_referrers_free(&r);
}

static void why_report(text *t, bfs *b, py_obj *o)
{
    obs_path p;
    char line[1024];
    head_line(t, b, o);
    if (obs_why_alive(py_id(o), &p) != 0)
        return;
    obs_path_text(&p, line, sizeof line);
    tprintf(t, "alive because: %s\n", line);
    obs_path_free(&p);
}

#define GRAPH_NODES 20

/* The neighbourhood of o, breadth first to depth 2 (at most GRAPH_NODES
 * objects), one line per reference: "a = <Node object> .next -> b = <Node
 * object>". */
static void graph_report(text *t, bfs *b, py_obj *o)
{
    py_obj *nodes[GRAPH_NODES];
    int depth[GRAPH_NODES];
    size_t nn = 1;
    nodes[0] = o;
    depth[0] = 0;
    for (size_t i = 0; i < nn; i++) {
        obs_edge *e;
        size_t n;
        char from[2 * OBS_LABEL_MAX];
        if (obs_refers_to(py_id(nodes[i]), &e, &n) != 0)
            continue;
        node_text(b, nodes[i], from, sizeof from);
        for (size_t k = 0; k < n; k++) {
            py_obj *c = mem_object_by_id(e[k].id);
            if (!c || PY_TYPE_CHECK(c, &py_type_type) || !PY_IS_GC(c))
                continue; /* classes and atoms: shown in the labels */
            size_t j = 0;
            while (j < nn && nodes[j] != c)
                j++;
            if (j == nn && nn < GRAPH_NODES && depth[i] < 2) {
                nodes[nn] = c;
                depth[nn++] = depth[i] + 1;
            }
            char to[2 * OBS_LABEL_MAX];
            node_text(b, c, to, sizeof to);
            tprintf(t, "%s %s -> %s\n", from, e[k].label, to);
        }
        free(e);
    }
    if (nn == GRAPH_NODES)
        tprintf(t, "(only the first %d objects are shown)\n", GRAPH_NODES);
}

char *obs_explain(uintptr_t id, obs_report what)
{
    py_obj *o = mem_object_by_id(id);
    if (!o)
        return NULL;
    text t = {0};
    bfs b = {0};
    bfs_search(&b, NULL);
    if (what == OBS_REPORT_REFS)
        refs_report(&t, &b, o);
    else if (what == OBS_REPORT_WHY)
        why_report(&t, &b, o);
    else
        graph_report(&t, &b, o);
    bfs_free(&b);
    if (t.failed || b.failed) {
        free(t.s);
        return NULL;
    }
    return t.s ? t.s : strdup("");
}

/* ------------------------------------------------ garbage, user objects */

typedef struct gc_sim {
    bfs set;       /* the generation's objects (queue index = position) */
    ssize_t *refs; /* per object: refcount minus references from the set */
    bool *reached;
    size_t *stack;
    size_t nstack;
} gc_sim;

static int sim_subtract(py_obj *child, void *arg)
{
    gc_sim *g = arg;
    long k = bfs_find(&g->set, child);
    if (k >= 0)
        g->refs[k]--;
    return 0;
}

static int sim_reach(py_obj *child, void *arg)
{
    gc_sim *g = arg;
    long k = bfs_find(&g->set, child);
    if (k >= 0 && !g->reached[k]) {
        g->reached[k] = true;
        g->stack[g->nstack++] = (size_t)k;
    }
    return 0;
}

/* What the cycle collector would find unreachable among ids (a
 * generation's objects), without collecting: its own update_refs /
 * subtract_refs / move_unreachable, on copies of the counts. */
int obs_unreachable(const uintptr_t *ids, size_t n, bool *garbage)
{
    gc_sim g = {0};
    for (size_t i = 0; i < n; i++) {
        py_obj *o = mem_object_by_id(ids[i]);
        if (o)
            bfs_add(&g.set, o, NULL, -1);
    }
    size_t m = g.set.nq;
    g.refs = calloc(m ? m : 1, sizeof *g.refs);
    g.reached = calloc(m ? m : 1, sizeof *g.reached);
    g.stack = calloc(m ? m : 1, sizeof *g.stack);
    int r = g.set.failed || !g.refs || !g.reached || !g.stack ? -1 : 0;
    for (size_t i = 0; r == 0 && i < m; i++)
        g.refs[i] = PY_RC(g.set.q[i]);
    for (size_t i = 0; r == 0 && i < m; i++)
        visit_all(g.set.q[i], sim_subtract, &g);
    for (size_t i = 0; r == 0 && i < m; i++)
        if (g.refs[i] > 0 && !g.reached[i]) {
            g.reached[i] = true;
            g.stack[g.nstack++] = i;
        }
    while (r == 0 && g.nstack)
        visit_all(g.set.q[g.stack[--g.nstack]], sim_reach, &g);
    for (size_t i = 0; i < n; i++) {
        py_obj *o = mem_object_by_id(ids[i]);
        long k = o && r == 0 ? bfs_find(&g.set, o) : -1;
        garbage[i] = k >= 0 && !g.reached[k];
    }
    bfs_free(&g.set);
    free(g.refs);
    free(g.reached);
    free(g.stack);
    return r;
}

bool obs_is_user_instance(uintptr_t id)
{
    py_obj *o = mem_object_by_id(id);
    if (!o || !(PY_TYPE(o)->flags & PY_TPFLAGS_HEAPTYPE) ||
        PY_TYPE_CHECK(o, &py_type_type) || !PY_TYPE(o)->dict)
        return false;
    py_obj *m = str_item(PY_TYPE(o)->dict, "__module__");
    return m && PY_TYPE_CHECK(m, &py_str_type) &&
           strcmp(PY_STR_DATA(m), "__main__") == 0;
}
