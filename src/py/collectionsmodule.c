/*
 * collectionsmodule.c -- the _collections module, which Lib's
 * collections/__init__.py builds on: deque (with its forward and reverse
 * iterators), defaultdict, _count_elements (Counter's inner loop) and
 * _tuplegetter (the field descriptor of namedtuple classes).
 *
 * The deque keeps CPython 3.11's layout: a doubly linked list of blocks
 * of 64 slots, the first item at leftblock->data[leftindex], the last at
 * rightblock->data[rightindex].  An empty deque has one block and is
 * centred (leftindex 32, rightindex 31); extend() on an empty deque
 * starts at the left edge of the block instead, extendleft() at the right
 * edge, and a bounded deque repeated in place (*=) only adds the copies
 * that can stay.  Following CPython's index
 * arithmetic exactly is what makes sys.getsizeof() agree with python3,
 * since a deque's size is its number of blocks.  A mutation counter
 * (state) lets iterators and searches notice that the deque changed
 * under them ("deque mutated during iteration").
 *
 * defaultdict extends dict's layout with one field (default_factory)
 * placed after dict's own; dict's __getitem__ calls __missing__ for any
 * dict subclass.
 */
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

#define BLOCKLEN 64
#define CENTER   ((BLOCKLEN - 1) / 2)

/* CPython 3.11's sizes, for __sizeof__: the deque object and one block. */
#define CPY_DEQUE_BASICSIZE 216
#define CPY_BLOCK_SIZE      ((BLOCKLEN + 2) * 8)

typedef struct block {
    struct block *left;
    py_obj *data[BLOCKLEN]; /* owned references between the indices */
    struct block *right;
} block;

typedef struct dequeobject {
    PY_HEAD;
    ssize_t len;
    block *leftblock, *rightblock;
    ssize_t leftindex;  /* 0 <= leftindex < BLOCKLEN */
    ssize_t rightindex; /* -1 <= rightindex < BLOCKLEN-1 when empty */
    size_t state;       /* bumped by every mutation */
    ssize_t maxlen;     /* -1: unbounded */
} dequeobject;

#define DQ(o) ((dequeobject *)(o))

py_type py_deque_type, py_defaultdict_type;
static py_type dequeiter_type, dequereviter_type, tuplegetter_type;

/* ============================================================ blocks */

/* A fresh block, or NULL with MemoryError. */
static block *newblock(void)
{
    block *b = py_mem_alloc(sizeof(block));
    if (!b)
        py_err_nomemory();
    return b;
}

/* ======================================================= core deque */

/* Add item (STOLEN) on the right without trimming.  0 or -1 (the item
 * is released on failure). */
static int push_right(dequeobject *d, py_obj *item)
{
    if (d->rightindex == BLOCKLEN - 1) {
        block *b = newblock();
        if (!b) {
            PY_DECREF(item);
            return -1;
        }
        b->left = d->rightblock;
        d->rightblock->right = b;
        d->rightblock = b;
        d->rightindex = -1;
    }
    d->len++;
    d->rightblock->data[++d->rightindex] = item;
    return 0;
}

/* Add item (STOLEN) on the left without trimming.  0 or -1. */
static int push_left(dequeobject *d, py_obj *item)
{
    if (d->leftindex == 0) {
        block *b = newblock();
        if (!b) {
            PY_DECREF(item);
            return -1;
        }
        b->right = d->leftblock;
        d->leftblock->left = b;
        d->leftblock = b;
        d->leftindex = BLOCKLEN;
    }
    d->len++;
    d->leftblock->data[--d->leftindex] = item;
    return 0;
}

/* Remove the rightmost item of a non-empty deque: the reference it held
 * is returned (NEW to the caller).  Frees an emptied block; an emptied
 * deque is re-centred instead, as CPython's pop. */
static py_obj *take_right(dequeobject *d)
{
    py_obj *item = d->rightblock->data[d->rightindex--];
    d->len--;
    d->state++;
    if (d->rightindex < 0) {
        if (d->len) {
            block *prev = d->rightblock->left;
            py_mem_free(d->rightblock);
            d->rightblock = prev;
            d->rightindex = BLOCKLEN - 1;
        } else {
            d->leftindex = CENTER + 1;
            d->rightindex = CENTER;
        }
    }
    return item;
}

/* Remove the leftmost item of a non-empty deque (NEW to the caller). */
static py_obj *take_left(dequeobject *d)
{
    py_obj *item = d->leftblock->data[d->leftindex++];
    d->len--;
    d->state++;
    if (d->leftindex == BLOCKLEN) {
        if (d->len) {
            block *next = d->leftblock->right;
            py_mem_free(d->leftblock);
            d->leftblock = next;
            d->leftindex = 0;
        } else {
            d->leftindex = CENTER + 1;
            d->rightindex = CENTER;
        }
    }
    return item;
}

/* append with maxlen: item BORROWED.  When the deque overflows, the
 * leftmost item is dropped (after the new one is in).  0 or -1. */
static int deque_append_item(dequeobject *d, py_obj *item)
{
    if (push_right(d, py_newref(item)) < 0)
        return -1;
    if (d->maxlen >= 0 && d->len > d->maxlen)
        PY_DECREF(take_left(d));
    else
        d->state++;
    return 0;
}

static int deque_appendleft_item(dequeobject *d, py_obj *item)
{
    if (push_left(d, py_newref(item)) < 0)
        return -1;
    if (d->maxlen >= 0 && d->len > d->maxlen)
        PY_DECREF(take_right(d));
    else
        d->state++;
    return 0;
}

/* BORROWED pointer to the slot of item i (0 <= i < len), walking from
 * the nearer end. */
static py_obj **deque_slot(dequeobject *d, ssize_t i)
{
    block *b;
    if (i < d->len / 2) {
        ssize_t k = i + d->leftindex;
        for (b = d->leftblock; k >= BLOCKLEN; k -= BLOCKLEN)
            b = b->right;
        return &b->data[k];
    }
    ssize_t k = (d->len - 1 - i) + (BLOCKLEN - 1 - d->rightindex);
    for (b = d->rightblock; k >= BLOCKLEN; k -= BLOCKLEN)
        b = b->left;
    return &b->data[BLOCKLEN - 1 - k];
}

/* Drop every item (nothing happens to an empty deque).  As CPython's
 * deque_clear, the deque is first made empty on a fresh centred block,
 * then the detached items are released left to right and their blocks
 * freed, so code run by a release sees an empty deque.  Without memory
 * for the block, the items are popped one by one instead. */
static void deque_clear_all(dequeobject *d)
{
    if (d->len == 0)
        return;
    block *fresh = py_mem_alloc(sizeof(block));
    if (!fresh) {
        while (d->len)
            PY_DECREF(take_left(d));
        return;
    }
    block *b = d->leftblock;
    ssize_t idx = d->leftindex, n = d->len;
    fresh->left = fresh->right = NULL;
    d->leftblock = d->rightblock = fresh;
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
    d->len = 0;
    d->state++;
    while (n-- > 0) {
        py_obj *item = b->data[idx];
        if (++idx == BLOCKLEN && n > 0) {
            block *next = b->right;
            py_mem_free(b);
            b = next;
            idx = 0;
        }
        PY_DECREF(item);
    }
    py_mem_free(b);
}

/* Rotate n steps to the right (negative: left), n already reduced to
 * |n| <= len/2 by the caller.  Moves references without touching
 * refcounts.  0 or -1 (MemoryError for a block). */
static int rotate_steps(dequeobject *d, ssize_t n)
{
    for (; n > 0; n--) {
        if (push_left(d, take_right(d)) < 0)
            return -1;
    }
    for (; n < 0; n++) {
        if (push_right(d, take_left(d)) < 0)
            return -1;
    }
    return 0;
}

/* rotate(n) as CPython reduces it: nothing for len <= 1, otherwise n
 * modulo len, taking the shorter way round. */
static int deque_rotate_n(dequeobject *d, ssize_t n)
{
    ssize_t len = d->len, half = len >> 1;
    if (len <= 1)
        return 0;
    if (n > half || n < -half) {
        n %= len;
        if (n > half)
            n -= len;
        else if (n < -half)
            n += len;
    }
    size_t state = d->state;
    int r = rotate_steps(d, n);
    d->state = state + 1;
    return r;
}

/* Pull every item of iterator it (BORROWED) and drop it. */
static int consume(py_obj *it)
{
    py_obj *item;
    while ((item = py_iter_next(it)))
        PY_DECREF(item);
    return py_err_occurred() ? -1 : 0;
}

/* extend / extendleft: add the items of iterable (BORROWED) at one end.
 * An empty deque first moves its indices to the edge the items grow
 * from (CPython's space-saving heuristic).  0 or -1. */
static int deque_extend_side(dequeobject *d, py_obj *iterable, bool left)
{
    if (iterable == PY_OBJ(d)) {
        py_obj *l = py_list_from_iterable(iterable);
        if (!l)
            return -1;
        int r = deque_extend_side(d, l, left);
        PY_DECREF(l);
        return r;
    }
    py_obj *it = py_iter(iterable), *item;
    if (!it)
        return -1;
    int r = 0;
    if (d->maxlen == 0) {
        r = consume(it);
        PY_DECREF(it);
        return r;
    }
    if (d->len == 0) {
        d->leftindex = left ? BLOCKLEN - 1 : 1;
        d->rightindex = left ? BLOCKLEN - 2 : 0;
    }
    while (r == 0 && (item = py_iter_next(it))) {
        r = left ? deque_appendleft_item(d, item) : deque_append_item(d, item);
        PY_DECREF(item);
    }
    PY_DECREF(it);
    return r < 0 || py_err_occurred() ? -1 : 0;
}

/* ================================================== construction */

/* deque.__new__: an empty, unbounded, tracked deque of type t. */
static py_obj *deque_new(py_type *t, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    block *b = newblock();
    if (!b)
        return NULL;
    dequeobject *d = (dequeobject *)py_obj_alloc(t, 0);
    if (!d) {
        py_mem_free(b);
        return NULL;
    }
    d->leftblock = d->rightblock = b;
    d->leftindex = CENTER + 1;
    d->rightindex = CENTER;
    d->maxlen = -1;
    gc_track(PY_OBJ(d));
    return PY_OBJ(d);
}

/* maxlen argument: None (-1) or a non-negative int.  0 or -1. */
static int parse_maxlen(py_obj *o, ssize_t *out)
{
    *out = -1;
    if (!o || o == py_None)
        return 0;
    if (!py_is_int(o)) {
        py_err_set(py_exc_TypeError, "an integer is required");
        return -1;
    }
    int64_t v;
    if (py_int_as_i64(o, &v) == 0) {
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (v < 0) {
        py_err_set(py_exc_ValueError, "maxlen must be non-negative");
        return -1;
    }
    *out = (ssize_t)v;
    return 0;
}

/* deque.__init__(iterable=(), maxlen=None) */
static int deque_init(py_obj *self, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    static const char *const names[] = {"iterable", "maxlen"};
    py_obj *a[2];
    ssize_t maxlen;
    if (py_bi_parse("deque", args, nargs, kwnames, names, 0, 2, a) < 0 ||
        parse_maxlen(a[1], &maxlen) < 0)
        return -1;
    dequeobject *d = DQ(self);
    d->maxlen = maxlen;
    if (d->len)
        deque_clear_all(d);
    return a[0] ? deque_extend_side(d, a[0], false) : 0;
}

/* A new empty deque of d's exact type with d's maxlen.  NEW. */
static py_obj *deque_empty_like(dequeobject *d)
{
    py_obj *r = deque_new(&py_deque_type, NULL, 0, NULL);
    if (r)
        DQ(r)->maxlen = d->maxlen;
    return r;
}

/* copy(): CPython's deque_copy.  A subclass is copied by calling its
 * class with (self) or (self, maxlen).  NEW. */
static py_obj *deque_copy_obj(py_obj *self)
{
    dequeobject *d = DQ(self);
    if (PY_TYPE(self) != &py_deque_type) {
        py_obj *args[2] = {self, NULL};
        size_t n = 1;
        if (d->maxlen >= 0 && !(args[n++] = py_int_from_i64(d->maxlen)))
            return NULL;
        py_obj *r = py_call(PY_OBJ(PY_TYPE(self)), args, n, NULL);
        if (n == 2)
            PY_DECREF(args[1]);
        return r;
    }
    py_obj *r = deque_empty_like(d);
    if (!r)
        return NULL;
    int rc = d->len == 1
                 ? deque_append_item(DQ(r), d->leftblock->data[d->leftindex])
                 : deque_extend_side(DQ(r), self, false);
    if (rc < 0)
        PY_CLEAR(r);
    return r;
}

/* ====================================================== gc & dealloc */

static int deque_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    dequeobject *d = DQ(o);
    block *b = d->leftblock;
    ssize_t idx = d->leftindex;
    for (ssize_t n = 0; n < d->len; n++) {
        if (visit(b->data[idx], arg))
            return 1;
        if (++idx == BLOCKLEN) {
            b = b->right;
            idx = 0;
        }
    }
    return 0;
}

static int deque_gc_clear(py_obj *o)
{
    deque_clear_all(DQ(o));
    return 0;
}

static void deque_dealloc(py_obj *o)
{
    gc_untrack(o);
    deque_clear_all(DQ(o));
    py_mem_free(DQ(o)->leftblock);
    py_obj_free(o);
}

/* ========================================================== methods */

#define METHOD(name)                                                           \
    static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs,       \
                        py_obj *kwnames)

/* Argument check for a one-argument deque method ("deque.append"). */
static int one_arg(const char *fname, size_t nargs, py_obj *kwnames)
{
    return py_bi_exact(fname, nargs, kwnames, 1);
}

METHOD(dq_append)
{
    if (one_arg("deque.append", nargs, kwnames) < 0 ||
        deque_append_item(DQ(self), args[0]) < 0)
        return NULL;
    return py_none_new();
}

METHOD(dq_appendleft)
{
    if (one_arg("deque.appendleft", nargs, kwnames) < 0 ||
        deque_appendleft_item(DQ(self), args[0]) < 0)
        return NULL;
    return py_none_new();
}

/* pop() / popleft(): NEW item or IndexError on an empty deque. */
static py_obj *pop_side(py_obj *self, const char *fname, size_t nargs,
                        py_obj *kwnames, bool left)
{
    if (py_bi_exact(fname, nargs, kwnames, 0) < 0)
        return NULL;
    if (DQ(self)->len == 0) {
        py_err_set(py_exc_IndexError, "pop from an empty deque");
        return NULL;
    }
    return left ? take_left(DQ(self)) : take_right(DQ(self));
}

METHOD(dq_pop)
{
    (void)args;
    return pop_side(self, "deque.pop", nargs, kwnames, false);
}

METHOD(dq_popleft)
{
    (void)args;
    return pop_side(self, "deque.popleft", nargs, kwnames, true);
}

METHOD(dq_extend)
{
    if (one_arg("deque.extend", nargs, kwnames) < 0 ||
        deque_extend_side(DQ(self), args[0], false) < 0)
        return NULL;
    return py_none_new();
}

METHOD(dq_extendleft)
{
    if (one_arg("deque.extendleft", nargs, kwnames) < 0 ||
        deque_extend_side(DQ(self), args[0], true) < 0)
        return NULL;
    return py_none_new();
}

/* CPython's keyword refusal of a positional-only method ("deque.rotate()
 * takes no keyword arguments").  0 or -1. */
static int no_kw(const char *fname, py_obj *kwnames)
{
    if (!kwnames || PY_TUPLE_SIZE(kwnames) == 0)
        return 0;
    py_err_format(py_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

/* An index-sized argument as PyLong_AsSsize_t(PyNumber_Index(o)): the
 * value, or -1 with TypeError / OverflowError "Python int too large to
 * convert to C ssize_t" (check py_err_occurred). */
static ssize_t as_ssize(py_obj *o)
{
    py_obj *i = py_bi_index(o);
    int64_t v = -1;
    if (i && py_int_as_i64(i, &v) == 0) {
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C ssize_t");
        v = -1;
    }
    PY_XDECREF(i);
    return (ssize_t)v;
}

METHOD(dq_rotate)
{
    ssize_t n = 1;
    if (no_kw("deque.rotate", kwnames) < 0)
        return NULL;
    if (nargs > 1) {
        py_err_format(py_exc_TypeError,
                      "deque.rotate expected at most 1 argument, got %zu",
                      nargs);
        return NULL;
    }
    if (nargs && (n = as_ssize(args[0])) == -1 && py_err_occurred())
        return NULL;
    if (deque_rotate_n(DQ(self), n) < 0)
        return NULL;
    return py_none_new();
}

METHOD(dq_clear)
{
    (void)args;
    if (py_bi_exact("deque.clear", nargs, kwnames, 0) < 0)
        return NULL;
    deque_clear_all(DQ(self));
    return py_none_new();
}

METHOD(dq_copy)
{
    (void)args;
    if (py_bi_exact("deque.copy", nargs, kwnames, 0) < 0)
        return NULL;
    return deque_copy_obj(self);
}

METHOD(dq_dunder_copy)
{
    (void)args;
    if (py_bi_exact("deque.__copy__", nargs, kwnames, 0) < 0)
        return NULL;
    return deque_copy_obj(self);
}

/* The block and slot of item i (0 <= i < len), walking from the left. */
static block *locate(dequeobject *d, ssize_t i, ssize_t *slot)
{
    block *b = d->leftblock;
    ssize_t k = i + d->leftindex;
    for (; k >= BLOCKLEN; k -= BLOCKLEN)
        b = b->right;
    *slot = k;
    return b;
}

/* Compare v with the items in [lo, hi) left to right, stopping at the
 * first equal one unless count is set.  A deque changed by a comparison
 * raises exc "deque mutated during iteration" (RuntimeError, but
 * IndexError for remove(), as CPython).  Returns the index found (with
 * count: the number of equal items), -1 when absent, -2 on error. */
static ssize_t scan_items(dequeobject *d, py_obj *v, ssize_t lo, ssize_t hi,
                          py_type *exc, bool count)
{
    size_t state = d->state;
    ssize_t n = 0, idx;
    hi = hi < d->len ? hi : d->len;
    block *b = lo < hi ? locate(d, lo, &idx) : NULL;
    for (ssize_t i = lo; i < hi; i++) {
        py_obj *item = py_newref(b->data[idx]);
        int eq = py_richcompare_bool(item, v, PY_EQ);
        PY_DECREF(item);
        if (eq < 0)
            return -2;
        if (d->state != state) {
            py_err_set(exc, "deque mutated during iteration");
            return -2;
        }
        if (eq && !count)
            return i;
        n += eq;
        if (++idx == BLOCKLEN) {
            b = b->right;
            idx = 0;
        }
    }
    return count ? n : -1;
}

METHOD(dq_count)
{
    if (one_arg("deque.count", nargs, kwnames) < 0)
        return NULL;
    dequeobject *d = DQ(self);
    ssize_t n = scan_items(d, args[0], 0, d->len, py_exc_RuntimeError, true);
    return n < 0 ? NULL : py_int_from_i64(n);
}

METHOD(dq_index)
{
    ssize_t lo, hi;
    dequeobject *d = DQ(self);
    if (no_kw("deque.index", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 3) {
        py_err_format(
            py_exc_TypeError, "index() takes at %s %d argument%s (%zu given)",
            nargs ? "most" : "least", nargs ? 3 : 1, nargs ? "s" : "", nargs);
        return NULL;
    }
    if (py_seq_bounds(args, nargs, d->len, &lo, &hi) < 0)
        return NULL;
    ssize_t i = scan_items(d, args[0], lo, hi, py_exc_RuntimeError, false);
    if (i >= 0)
        return py_int_from_i64(i);
    if (i == -1)
        py_err_fmt(py_exc_ValueError, "%R is not in deque", args[0]);
    return NULL;
}

METHOD(dq_insert)
{
    dequeobject *d = DQ(self);
    if (no_kw("deque.insert", kwnames) < 0 ||
        py_bi_exact("insert", nargs, NULL, 2) < 0)
        return NULL;
    ssize_t i = as_ssize(args[0]), n = d->len;
    if (i == -1 && py_err_occurred())
        return NULL;
    if (d->maxlen == n) {
        py_err_set(py_exc_IndexError, "deque already at its maximum size");
        return NULL;
    }
    int r;
    if (i >= n)
        r = deque_append_item(d, args[1]);
    else if (i <= -n || i == 0)
        r = deque_appendleft_item(d, args[1]);
    else {
        r = deque_rotate_n(d, -i);
        if (r == 0)
            r = i < 0 ? deque_append_item(d, args[1])
                      : deque_appendleft_item(d, args[1]);
        if (r == 0)
            r = deque_rotate_n(d, i);
    }
    return r < 0 ? NULL : py_none_new();
}

/* Delete item i (valid index): rotate it to the left end, pop it,
 * rotate back.  0 or -1. */
static int delete_at(dequeobject *d, ssize_t i)
{
    if (deque_rotate_n(d, -i) < 0)
        return -1;
    py_obj *item = take_left(d);
    int r = deque_rotate_n(d, i);
    PY_DECREF(item);
    return r;
}

METHOD(dq_remove)
{
    if (one_arg("deque.remove", nargs, kwnames) < 0)
        return NULL;
    dequeobject *d = DQ(self);
    ssize_t i = scan_items(d, args[0], 0, d->len, py_exc_IndexError, false);
    if (i == -1)
        py_err_fmt(py_exc_ValueError, "%R is not in deque", args[0]);
    if (i < 0 || delete_at(d, i) < 0)
        return NULL;
    return py_none_new();
}

METHOD(dq_reverse)
{
    (void)args;
    if (py_bi_exact("deque.reverse", nargs, kwnames, 0) < 0)
        return NULL;
    dequeobject *d = DQ(self);
    for (ssize_t i = 0, j = d->len - 1; i < j; i++, j--) {
        py_obj **a = deque_slot(d, i), **b = deque_slot(d, j), *t = *a;
        *a = *b;
        *b = t;
    }
    d->state++;
    return py_none_new();
}

/* CPython's deque.__sizeof__: the object plus its blocks. */
static size_t deque_sizeof(dequeobject *d)
{
    size_t blocks = (size_t)(d->leftindex + d->len + BLOCKLEN - 1) / BLOCKLEN;
    return CPY_DEQUE_BASICSIZE + blocks * CPY_BLOCK_SIZE;
}

/* sys.getsizeof of a deque: the GC header and, for instances of
 * classes with a __dict__, the managed-dict pointers CPython 3.11 places
 * before the object. */
size_t py_deque_sizeof(py_obj *o)
{
    size_t pre = py_obj_dict_ptr(o) ? 32 : 16;
    return deque_sizeof(DQ(o)) + pre;
}

METHOD(dq_sizeof)
{
    (void)args;
    if (py_bi_exact("deque.__sizeof__", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64((int64_t)deque_sizeof(DQ(self)));
}

/* The instance __dict__ for pickling: NEW dict, or None when there is
 * none or it is empty. */
static py_obj *instance_state(py_obj *self)
{
    py_obj **dp = py_obj_dict_ptr(self);
    if (dp && *dp && py_dict_size(*dp) > 0)
        return py_newref(*dp);
    return py_none_new();
}

/* __reduce__: (type, () or ((), maxlen), state, iter(self)). */
METHOD(dq_reduce)
{
    (void)args;
    if (py_bi_exact("deque.__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    dequeobject *d = DQ(self);
    py_obj *cargs = NULL, *state = instance_state(self), *it = py_iter(self);
    py_obj *r = NULL;
    if (d->maxlen < 0) {
        cargs = py_tuple_new(0);
    } else {
        py_obj *ml = py_int_from_i64(d->maxlen), *e = py_tuple_new(0);
        cargs = ml && e ? py_tuple_pack(2, e, ml) : NULL;
        PY_XDECREF(ml);
        PY_XDECREF(e);
    }
    if (cargs && state && it)
        r = py_tuple_pack(4, PY_OBJ(PY_TYPE(self)), cargs, state, it);
    PY_XDECREF(cargs);
    PY_XDECREF(state);
    PY_XDECREF(it);
    return r;
}

static py_obj *dq_class_getitem(py_obj *cls, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    /* No types.GenericAlias in pyscope yet: deque[int] is deque. */
    if (one_arg("deque.__class_getitem__", nargs, kwnames) < 0)
        return NULL;
    (void)args;
    return py_newref(cls);
}

METHOD(dq_reversed); /* with the iterators below */

static const py_method_def deque_methods[] = {
    {"append", dq_append, 0, "Add an element to the right side of the deque."},
    {"appendleft", dq_appendleft, 0,
     "Add an element to the left side of the deque."},
    {"clear", dq_clear, 0, "Remove all elements from the deque."},
    {"__copy__", dq_dunder_copy, 0, "Return a shallow copy of a deque."},
    {"copy", dq_copy, 0, "Return a shallow copy of a deque."},
    {"count", dq_count, 0,
     "D.count(value) -- return number of occurrences "
     "of value"},
    {"extend", dq_extend, 0,
     "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", dq_extendleft, 0,
     "Extend the left side of the deque with elements from the iterable"},
    {"index", dq_index, 0,
     "D.index(value, [start, [stop]]) -- return first index of value."},
    {"insert", dq_insert, 0,
     "D.insert(index, object) -- insert object "
     "before index"},
    {"pop", dq_pop, 0, "Remove and return the rightmost element."},
    {"popleft", dq_popleft, 0, "Remove and return the leftmost element."},
    {"__reduce__", dq_reduce, 0, "Return state information for pickling."},
    {"remove", dq_remove, 0,
     "D.remove(value) -- remove first occurrence of "
     "value."},
    {"__reversed__", dq_reversed, 0,
     "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", dq_reverse, 0, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", dq_rotate, 0,
     "Rotate the deque n steps to the right (default n=1).  If n is "
     "negative, rotates left."},
    {"__sizeof__", dq_sizeof, 0,
     "D.__sizeof__() -- size of D in memory, in "
     "bytes"},
    {"__class_getitem__", dq_class_getitem, PY_METH_CLASS, "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static py_obj *dq_get_maxlen(py_obj *self)
{
    ssize_t m = DQ(self)->maxlen;
    return m < 0 ? py_none_new() : py_int_from_i64(m);
}

static const py_getset_def deque_getset[] = {
    {"maxlen", dq_get_maxlen, NULL,
     "maximum size of a deque or None if "
     "unbounded"},
    {NULL, NULL, NULL, NULL},
};

/* ========================================================= protocols */

static ssize_t deque_len(py_obj *o)
{
    return DQ(o)->len;
}

static py_obj *deque_getitem(py_obj *o, py_obj *key)
{
    if (!py_is_int(key) && !PY_TYPE(key)->nb_index) {
        py_err_format(py_exc_TypeError,
                      "sequence index must be integer, not '%s'",
                      py_type_name(key));
        return NULL;
    }
    ssize_t i = py_seq_index(key, DQ(o)->len, "deque");
    return i < 0 ? NULL : py_newref(*deque_slot(DQ(o), i));
}

/* d[i] = v, or del d[i] when v is NULL. */
static int deque_setitem(py_obj *o, py_obj *key, py_obj *v)
{
    if (!py_is_int(key) && !PY_TYPE(key)->nb_index) {
        py_err_format(py_exc_TypeError,
                      "sequence index must be integer, not '%s'",
                      py_type_name(key));
        return -1;
    }
    ssize_t i = py_seq_index(key, DQ(o)->len, "deque");
    if (i < 0)
        return -1;
    if (!v)
        return delete_at(DQ(o), i);
    py_obj **slot = deque_slot(DQ(o), i);
    PY_SETREF(*slot, py_newref(v));
    return 0;
}

static int deque_contains(py_obj *o, py_obj *v)
{
    ssize_t i = scan_items(DQ(o), v, 0, DQ(o)->len, py_exc_RuntimeError, false);
    return i == -2 ? -1 : i >= 0;
}

static py_obj *deque_repr(py_obj *o)
{
    int rc = py_repr_enter(o);
    if (rc != 0)
        return rc > 0 ? py_str_from_cstr("[...]") : NULL;
    py_obj *l = py_list_from_iterable(o), *r = NULL;
    py_obj *n = l ? py_getattr_str(PY_OBJ(PY_TYPE(o)), "__name__") : NULL;
    if (n && DQ(o)->maxlen >= 0)
        r = py_str_format("%U(%R, maxlen=%zd)", n, l, DQ(o)->maxlen);
    else if (n)
        r = py_str_format("%U(%R)", n, l);
    PY_XDECREF(l);
    PY_XDECREF(n);
    py_repr_leave(o);
    return r;
}

/* Comparison result once one deque ran out (x / y: items left). */
static py_obj *cmp_at_end(bool x, bool y, int op)
{
    switch (op) {
    case PY_LT:
        return py_bool_from(y);
    case PY_LE:
        return py_bool_from(!x);
    case PY_EQ:
        return py_bool_from(x == y);
    case PY_NE:
        return py_bool_from(x != y);
    case PY_GT:
        return py_bool_from(x);
    default:
        return py_bool_from(!y);
    }
}

/* Lexicographic comparison through both deques' iterators. */
static py_obj *compare_items(py_obj *v, py_obj *w, int op)
{
    py_obj *i1 = py_iter(v), *i2 = i1 ? py_iter(w) : NULL, *r = NULL;
    py_obj *x = NULL, *y = NULL;
    while (i2) {
        x = py_iter_next(i1);
        y = x ? py_iter_next(i2) : NULL;
        if (!x || !y)
            break;
        int eq = py_richcompare_bool(x, y, PY_EQ);
        if (eq != 1) {
            r = eq == 0 ? py_richcompare(x, y, op) : NULL;
            goto done;
        }
        PY_CLEAR(x);
        PY_CLEAR(y);
    }
    if (i2 && !py_err_occurred())
        r = cmp_at_end(x != NULL, y != NULL, op);
done:
    PY_XDECREF(x);
    PY_XDECREF(y);
    PY_XDECREF(i1);
    PY_XDECREF(i2);
    return r;
}

static py_obj *deque_richcompare(py_obj *v, py_obj *w, int op)
{
    if (!PY_TYPE_CHECK(v, &py_deque_type) || !PY_TYPE_CHECK(w, &py_deque_type))
        return py_newref(py_NotImplemented);
    if (op == PY_EQ || op == PY_NE) {
        if (v == w)
            return py_bool_from(op == PY_EQ);
        if (DQ(v)->len != DQ(w)->len)
            return py_bool_from(op == PY_NE);
    }
    return compare_items(v, w, op);
}

/* Should an operator give the other operand o its turn?  CPython tries
 * a class's reflected method before the deque's sequence slots, but
 * built-in types have none for a deque. */
static bool may_reflect(py_obj *o, const char *method)
{
    if (!(PY_TYPE(o)->flags & PY_TPFLAGS_HEAPTYPE))
        return false;
    return py_type_lookup(PY_TYPE(o), py_dunder(method)) != NULL;
}

static py_obj *deque_concat(py_obj *a, py_obj *b)
{
    if (!PY_TYPE_CHECK(a, &py_deque_type))
        return py_newref(py_NotImplemented);
    if (!PY_TYPE_CHECK(b, &py_deque_type)) {
        if (may_reflect(b, "__radd__"))
            return py_newref(py_NotImplemented);
        py_err_format(py_exc_TypeError,
                      "can only concatenate deque (not \"%s\") to deque",
                      py_type_name(b));
        return NULL;
    }
    py_obj *r = deque_copy_obj(a);
    if (r && deque_extend_side(DQ(r), b, false) < 0)
        PY_CLEAR(r);
    return r;
}

static py_obj *deque_inplace_concat(py_obj *a, py_obj *b)
{
    if (deque_extend_side(DQ(a), b, false) < 0)
        return NULL;
    return py_newref(a);
}

/* d *= n in place: NEW reference to d. */
static py_obj *repeat_inplace(py_obj *self, ssize_t n)
{
    dequeobject *d = DQ(self);
    if (n <= 0) {
        deque_clear_all(d);
        return py_newref(self);
    }
    if (d->len == 0 || n == 1)
        return py_newref(self);
    if (d->len == 1) {
        py_obj *item = d->leftblock->data[d->leftindex];
        if (d->maxlen >= 0 && n > d->maxlen)
            n = d->maxlen;
        for (ssize_t i = 1; i < n; i++)
            if (deque_append_item(d, item) < 0)
                return NULL;
        return py_newref(self);
    }
    if (d->len > SSIZE_MAX / n)
        return py_err_nomemory();
    py_obj *seq = py_list_from_iterable(self);
    if (!seq)
        return NULL;
    if (d->maxlen >= 0 && n * d->len > d->maxlen) /* as CPython: only the */
        n = (d->maxlen + d->len - 1) / d->len;    /* copies that can stay */
    for (ssize_t i = 1; i < n; i++)
        if (deque_extend_side(d, seq, false) < 0) {
            PY_DECREF(seq);
            return NULL;
        }
    PY_DECREF(seq);
    return py_newref(self);
}

/* The int operand of a deque repetition, or NULL when it is not one. */
static py_obj *repeat_operand(py_obj *a, py_obj *b, py_obj **seq)
{
    *seq = PY_TYPE_CHECK(a, &py_deque_type) ? a : b;
    py_obj *n = *seq == a ? b : a;
    return py_is_int(n) || PY_TYPE(n)->nb_index ? n : NULL;
}

static py_obj *deque_repeat(py_obj *a, py_obj *b)
{
    py_obj *seq, *n = repeat_operand(a, b, &seq), *other = seq == a ? b : a;
    if (!n && seq == a && may_reflect(other, "__rmul__"))
        return py_newref(py_NotImplemented);
    if (!n) {
        py_err_format(py_exc_TypeError,
                      "can't multiply sequence by non-int of type '%s'",
                      py_type_name(other));
        return NULL;
    }
    ssize_t k = py_index_as_ssize(n);
    if (k == -1 && py_err_occurred())
        return NULL;
    py_obj *c = deque_copy_obj(seq), *r = c ? repeat_inplace(c, k) : NULL;
    PY_XDECREF(c);
    return r;
}

static py_obj *deque_inplace_repeat(py_obj *a, py_obj *b)
{
    py_obj *seq, *n = repeat_operand(a, b, &seq);
    if (!n || seq != a)
        return py_newref(py_NotImplemented);
    ssize_t k = py_index_as_ssize(n);
    if (k == -1 && py_err_occurred())
        return NULL;
    return repeat_inplace(a, k);
}

static int deque_bool(py_obj *o)
{
    return DQ(o)->len != 0;
}

/* ======================================================== iterators */

typedef struct dequeiter {
    PY_HEAD;
    py_obj *deque; /* owned */
    block *b;      /* block of the next item */
    ssize_t index; /* its slot */
    size_t state;  /* the deque's state when the iteration started */
    ssize_t counter;
} dequeiter;

#define DI(o) ((dequeiter *)(o))

/* A NEW iterator of type t over deque d (BORROWED). */
static py_obj *dequeiter_make(py_type *t, py_obj *d)
{
    dequeiter *it = (dequeiter *)py_obj_alloc(t, 0);
    if (!it)
        return NULL;
    bool rev = t == &dequereviter_type;
    it->deque = py_newref(d);
    it->b = rev ? DQ(d)->rightblock : DQ(d)->leftblock;
    it->index = rev ? DQ(d)->rightindex : DQ(d)->leftindex;
    it->state = DQ(d)->state;
    it->counter = DQ(d)->len;
    gc_track(PY_OBJ(it));
    return PY_OBJ(it);
}

static py_obj *deque_iter(py_obj *o)
{
    return dequeiter_make(&dequeiter_type, o);
}

METHOD(dq_reversed)
{
    (void)args;
    if (py_bi_exact("deque.__reversed__", nargs, kwnames, 0) < 0)
        return NULL;
    return dequeiter_make(&dequereviter_type, self);
}

/* Mutation check shared by both directions: -1 with RuntimeError. */
static int iter_check(dequeiter *it)
{
    if (DQ(it->deque)->state == it->state)
        return 0;
    it->counter = 0;
    py_err_set(py_exc_RuntimeError, "deque mutated during iteration");
    return -1;
}

static py_obj *dequeiter_next(py_obj *o)
{
    dequeiter *it = DI(o);
    if (iter_check(it) < 0 || it->counter == 0)
        return NULL;
    py_obj *item = it->b->data[it->index++];
    if (--it->counter && it->index == BLOCKLEN) {
        it->b = it->b->right;
        it->index = 0;
    }
    return py_newref(item);
}

static py_obj *dequereviter_next(py_obj *o)
{
    dequeiter *it = DI(o);
    if (iter_check(it) < 0 || it->counter == 0)
        return NULL;
    py_obj *item = it->b->data[it->index--];
    if (--it->counter && it->index < 0) {
        it->b = it->b->left;
        it->index = BLOCKLEN - 1;
    }
    return py_newref(item);
}

/* _deque_iterator(deque, index=0): an iterator advanced index items
 * (what unpickling builds).  NEW. */
static py_obj *dequeiter_new(py_type *t, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    const char *fname =
        t == &dequereviter_type ? "_deque_reverse_iterator" : "_deque_iterator";
    if (py_bi_expect(fname, nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (!PY_TYPE_CHECK(args[0], &py_deque_type)) {
        py_err_format(py_exc_TypeError,
                      "argument 1 must be collections.deque, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    ssize_t n = nargs > 1 ? py_index_as_ssize(args[1]) : 0;
    if (n == -1 && py_err_occurred())
        return NULL;
    py_obj *it = dequeiter_make(t, args[0]);
    for (ssize_t i = 0; it && i < n && DI(it)->counter; i++) {
        py_obj *item = t->iternext(it);
        if (!item)
            PY_CLEAR(it);
        else
            PY_DECREF(item);
    }
    return it;
}

static py_obj *dequeiter_len(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return py_int_from_i64(DI(self)->counter);
}

static py_obj *dequeiter_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    dequeiter *it = DI(self);
    py_obj *n = py_int_from_i64(DQ(it->deque)->len - it->counter);
    py_obj *a = n ? py_tuple_pack(2, it->deque, n) : NULL;
    py_obj *r = a ? py_tuple_pack(2, PY_OBJ(PY_TYPE(self)), a) : NULL;
    PY_XDECREF(n);
    PY_XDECREF(a);
    return r;
}

static const py_method_def dequeiter_methods[] = {
    {"__length_hint__", dequeiter_len, 0,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", dequeiter_reduce, 0,
     "Return state information for "
     "pickling."},
    {NULL, NULL, 0, NULL},
};

static int dequeiter_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return visit(DI(o)->deque, arg);
}

static int dequeiter_clear(py_obj *o)
{
    /* The deque is kept (iteration reads it); a cleared iterator is only
     * reachable from its garbage cycle. */
    (void)o;
    return 0;
}

static void dequeiter_dealloc(py_obj *o)
{
    gc_untrack(o);
    PY_CLEAR(DI(o)->deque);
    py_obj_free(o);
}

/* ====================================================== defaultdict */

/* default_factory lives right after dict's own fields. */
#define DD_FACTORY(o) (*(py_obj **)((char *)(o) + py_dict_type.basicsize))

/* defaultdict.__new__: a tracked, empty instance (factory None).  */
static py_obj *dd_new(py_type *t, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    py_obj *d = py_dict_type.tp_new(t, args, nargs, kwnames);
    if (d && !gc_is_tracked(d))
        gc_track(d);
    return d;
}

/* defaultdict(default_factory=None, /, [...]): the first argument is the
 * factory, the rest go to dict.__init__. */
static int dd_init(py_obj *self, py_obj *const *args, size_t nargs,
                   py_obj *kwnames)
{
    py_obj *f = nargs ? args[0] : py_None;
    if (f != py_None && !py_callable(f)) {
        py_err_set(py_exc_TypeError, "first argument must be callable or None");
        return -1;
    }
    PY_SETREF(DD_FACTORY(self), py_newref(f));
    return py_dict_type.tp_init(self, args + (nargs ? 1 : 0),
                                nargs ? nargs - 1 : 0, kwnames);
}

static py_obj *dd_missing(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    if (one_arg("defaultdict.__missing__", nargs, kwnames) < 0)
        return NULL;
    py_obj *f = DD_FACTORY(self);
    if (!f || f == py_None) {
        py_obj *exc = py_exc_new(py_exc_KeyError, args, 1);
        if (exc) {
            py_err_set_obj(exc);
            PY_DECREF(exc);
        }
        return NULL;
    }
    py_obj *v = py_call(f, NULL, 0, NULL);
    if (v && py_setitem(self, args[0], v) < 0)
        PY_CLEAR(v);
    return v;
}

/* type(self)(factory, arg): what copy() and | build.  NEW. */
static py_obj *dd_new_like(py_obj *self, py_obj *arg)
{
    py_obj *f = DD_FACTORY(self) ? DD_FACTORY(self) : py_None;
    py_obj *args[2] = {f, arg};
    return py_call(PY_OBJ(PY_TYPE(self)), args, 2, NULL);
}

static py_obj *dd_copy(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("defaultdict.copy", nargs, kwnames, 0) < 0)
        return NULL;
    return dd_new_like(self, self);
}

static py_obj *dd_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args;
    if (py_bi_exact("defaultdict.__reduce__", nargs, kwnames, 0) < 0)
        return NULL;
    py_obj *f = DD_FACTORY(self);
    py_obj *fargs = f && f != py_None ? py_tuple_pack(1, f) : py_tuple_new(0);
    py_obj *items = fargs ? py_call_method(self, "items", NULL, 0) : NULL;
    py_obj *it = items ? py_iter(items) : NULL, *r = NULL;
    if (it)
        r = py_tuple_pack(5, PY_OBJ(PY_TYPE(self)), fargs, py_None, py_None,
                          it);
    PY_XDECREF(fargs);
    PY_XDECREF(items);
    PY_XDECREF(it);
    return r;
}

static const py_method_def dd_methods[] = {
    {"__missing__", dd_missing, 0,
     "__missing__(key) # Called by __getitem__ for missing key; "
     "pseudo-code:\n  if self.default_factory is None: raise "
     "KeyError((key,))\n  self[key] = value = self.default_factory()\n  "
     "return value\n"},
    {"copy", dd_copy, 0, "D.copy() -> a shallow copy of D."},
    {"__copy__", dd_copy, 0, "D.copy() -> a shallow copy of D."},
    {"__reduce__", dd_reduce, 0, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static py_obj *dd_get_factory(py_obj *self)
{
    py_obj *f = DD_FACTORY(self);
    return py_newref(f ? f : py_None);
}

static int dd_set_factory(py_obj *self, py_obj *v)
{
    PY_SETREF(DD_FACTORY(self), py_newref(v ? v : py_None));
    return 0;
}

static const py_getset_def dd_getset[] = {
    {"default_factory", dd_get_factory, dd_set_factory,
     "Factory for default value called by __missing__()."},
    {NULL, NULL, NULL, NULL},
};

/* repr: "defaultdict(<class 'list'>, {...})"; a factory whose repr is
 * already being printed (it leads back here) prints as "...". */
static py_obj *dd_repr(py_obj *self)
{
    py_obj *base = py_dict_type.repr(self), *fr = NULL, *r = NULL;
    if (!base)
        return NULL;
    py_obj *f = DD_FACTORY(self) ? DD_FACTORY(self) : py_None;
    int rc = py_repr_enter(f);
    if (rc > 0)
        fr = py_str_from_cstr("...");
    else if (rc == 0) {
        fr = py_repr(f);
        py_repr_leave(f);
    }
    py_obj *n = fr ? py_getattr_str(PY_OBJ(PY_TYPE(self)), "__name__") : NULL;
    if (n)
        r = py_str_format("%U(%U, %U)", n, fr, base);
    PY_XDECREF(n);
    PY_XDECREF(fr);
    PY_DECREF(base);
    return r;
}

static py_obj *dd_or(py_obj *left, py_obj *right)
{
    bool self_left = PY_TYPE_CHECK(left, &py_defaultdict_type);
    py_obj *self = self_left ? left : right, *other = self_left ? right : left;
    if (!PY_TYPE_CHECK(other, &py_dict_type))
        return py_newref(py_NotImplemented);
    py_obj *r = dd_new_like(self, left);
    if (r && py_dict_update(r, right) < 0)
        PY_CLEAR(r);
    return r;
}

static int dd_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    py_obj *f = DD_FACTORY(o);
    if (f && visit(f, arg))
        return 1;
    return py_dict_type.traverse(o, visit, arg);
}

static int dd_clear(py_obj *o)
{
    PY_CLEAR(DD_FACTORY(o));
    return py_dict_type.clear(o);
}

static void dd_dealloc(py_obj *o)
{
    gc_untrack(o); /* dict's dealloc untracks again: harmless */
    PY_CLEAR(DD_FACTORY(o));
    py_dict_type.dealloc(o);
}

/* ==================================================== _count_elements */

/* _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1
 * for every x, as Counter.update's inner loop. */
static py_obj *count_elements(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("_count_elements", nargs, kwnames, 2, 2) < 0)
        return NULL;
    py_obj *it = py_iter(args[1]), *get = NULL, *item = NULL;
    py_obj *zero = py_int_from_i64(0), *one = py_int_from_i64(1);
    if (!it || !(get = py_getattr_str(args[0], "get")))
        goto done;
    while ((item = py_iter_next(it))) {
        py_obj *ga[2] = {item, zero};
        py_obj *old = py_call(get, ga, 2, NULL);
        py_obj *nv = old ? py_binop(old, one, PY_NB_ADD) : NULL;
        int r = nv ? py_setitem(args[0], item, nv) : -1;
        PY_XDECREF(old);
        PY_XDECREF(nv);
        PY_DECREF(item);
        if (r < 0)
            break;
    }
done:
    PY_XDECREF(it);
    PY_XDECREF(get);
    PY_DECREF(zero);
    PY_DECREF(one);
    return py_err_occurred() ? NULL : py_none_new();
}

/* ======================================================= _tuplegetter */

typedef struct tuplegetter {
    PY_HEAD;
    ssize_t index;
    py_obj *doc; /* owned */
} tuplegetter;

#define TG(o) ((tuplegetter *)(o))

/* _tuplegetter(index, doc) */
static py_obj *tg_new(py_type *t, py_obj *const *args, size_t nargs,
                      py_obj *kwnames)
{
    if (py_bi_expect("_tuplegetter", nargs, kwnames, 2, 2) < 0)
        return NULL;
    ssize_t i = py_index_as_ssize(args[0]);
    if (i == -1 && py_err_occurred())
        return NULL;
    tuplegetter *g = (tuplegetter *)py_obj_alloc(t, 0);
    if (!g)
        return NULL;
    g->index = i;
    g->doc = py_newref(args[1]);
    gc_track(PY_OBJ(g));
    return PY_OBJ(g);
}

static py_obj *tg_get(py_obj *self, py_obj *obj, py_obj *type)
{
    (void)type;
    if (!obj || obj == py_None)
        return py_newref(self);
    if (!PY_TYPE_CHECK(obj, &py_tuple_type)) {
        py_err_format(py_exc_TypeError,
                      "descriptor for index '%zd' for tuple subclasses "
                      "doesn't apply to '%s' object",
                      TG(self)->index, py_type_name(obj));
        return NULL;
    }
    ssize_t i = TG(self)->index;
    if (i < 0 || i >= PY_TUPLE_SIZE(obj)) {
        py_err_set(py_exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return py_newref(PY_TUPLE_ITEMS(obj)[i]);
}

static int tg_set(py_obj *self, py_obj *obj, py_obj *value)
{
    (void)self, (void)obj;
    py_err_set(py_exc_AttributeError,
               value ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static py_obj *tg_repr(py_obj *self)
{
    return py_str_format("%s(%zd, %R)", "_tuplegetter", TG(self)->index,
                         TG(self)->doc);
}

static py_obj *tg_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    py_obj *i = py_int_from_i64(TG(self)->index);
    py_obj *a = i ? py_tuple_pack(2, i, TG(self)->doc) : NULL;
    py_obj *r = a ? py_tuple_pack(2, PY_OBJ(PY_TYPE(self)), a) : NULL;
    PY_XDECREF(i);
    PY_XDECREF(a);
    return r;
}

static py_obj *tg_get_doc(py_obj *self)
{
    return py_newref(TG(self)->doc ? TG(self)->doc : py_None);
}

static int tg_set_doc(py_obj *self, py_obj *v)
{
    PY_SETREF(TG(self)->doc, py_newref(v ? v : py_None));
    return 0;
}

static const py_method_def tg_methods[] = {
    {"__reduce__", tg_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def tg_getset[] = {
    {"__doc__", tg_get_doc, tg_set_doc, NULL},
    {NULL, NULL, NULL, NULL},
};

static int tg_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return TG(o)->doc ? visit(TG(o)->doc, arg) : 0;
}

static int tg_clear(py_obj *o)
{
    PY_CLEAR(TG(o)->doc);
    return 0;
}

static void tg_dealloc(py_obj *o)
{
    gc_untrack(o);
    tg_clear(o);
    py_obj_free(o);
}

/* ============================================================ types */

#define TYPE_HEAD                                                              \
    {                                                                          \
        .ob = {.rc = 1, .type = &py_type_type }                                \
    }

py_type py_deque_type = {
    .ovar = TYPE_HEAD,
    .name = "collections.deque",
    .basicsize = sizeof(dequeobject),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like "
           "sequence optimized for data accesses near its endpoints.",
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .hash = py_hash_unhashable,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .nb = {[PY_NB_ADD] = deque_concat, [PY_NB_MUL] = deque_repeat},
    .nb_inplace = {[PY_NB_ADD] = deque_inplace_concat,
                   [PY_NB_MUL] = deque_inplace_repeat},
    .nb_bool = deque_bool,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .tp_new = deque_new,
    .tp_init = deque_init,
    .traverse = deque_traverse,
    .clear = deque_gc_clear,
    .methods = deque_methods,
    .getset = deque_getset,
};

#define DEQUEITER_TYPE(NAME, NEXT)                                             \
    {                                                                          \
        .ovar = TYPE_HEAD, .name = NAME, .basicsize = sizeof(dequeiter),       \
        .flags = PY_TPFLAGS_GC, .dealloc = dequeiter_dealloc,                  \
        .iter = py_self_iter, .iternext = NEXT, .tp_new = dequeiter_new,       \
        .traverse = dequeiter_traverse, .clear = dequeiter_clear,              \
        .methods = dequeiter_methods,                                          \
    }

static py_type dequeiter_type =
    DEQUEITER_TYPE("_collections._deque_iterator", dequeiter_next);
static py_type dequereviter_type =
    DEQUEITER_TYPE("_collections._deque_reverse_iterator", dequereviter_next);

py_type py_defaultdict_type = {
    .ovar = TYPE_HEAD,
    .name = "collections.defaultdict",
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE | PY_TPFLAGS_DICT_SUBCLASS,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default "
           "factory\n\nThe default factory is called without arguments to "
           "produce\na new value when a key is not present, in __getitem__ "
           "only.\nA defaultdict compares equal to a dict with the same "
           "items.\nAll remaining arguments are treated the same as if they "
           "were\npassed to the dict constructor, including keyword "
           "arguments.\n",
    .dealloc = dd_dealloc,
    .repr = dd_repr,
    .nb = {[PY_NB_OR] = dd_or},
    .tp_new = dd_new,
    .tp_init = dd_init,
    .traverse = dd_traverse,
    .clear = dd_clear,
    .methods = dd_methods,
    .getset = dd_getset,
};

static py_type tuplegetter_type = {
    .ovar = TYPE_HEAD,
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(tuplegetter),
    .flags = PY_TPFLAGS_GC,
    .dealloc = tg_dealloc,
    .repr = tg_repr,
    .descr_get = tg_get,
    .descr_set = tg_set,
    .tp_new = tg_new,
    .traverse = tg_traverse,
    .clear = tg_clear,
    .methods = tg_methods,
    .getset = tg_getset,
};

static const py_method_def module_functions[] = {
    {"_count_elements", count_elements, 0,
     "Count elements in the iterable, updating the mapping"},
    {NULL, NULL, 0, NULL},
};

/* Ready the module's types for this runtime.  0 or -1. */
static int ready_types(void)
{
    py_defaultdict_type.base = &py_dict_type;
    py_defaultdict_type.basicsize = py_dict_type.basicsize + sizeof(py_obj *);
    py_type *types[] = {&py_deque_type, &dequeiter_type, &dequereviter_type,
                        &py_defaultdict_type, &tuplegetter_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (py_type_ready(types[i]) < 0)
            return -1;
    return 0;
}

/* The _collections module.  NEW module. */
py_obj *py_init_collections(void)
{
    if (ready_types() < 0)
        return NULL;
    py_obj *m = py_module_new("_collections");
    if (!m)
        return NULL;
    if (py_bi_add_functions(m, module_functions) < 0 ||
        py_bi_add_object(m, "deque", PY_OBJ(&py_deque_type)) < 0 ||
        py_bi_add_object(m, "defaultdict", PY_OBJ(&py_defaultdict_type)) < 0 ||
        py_bi_add_object(m, "_deque_iterator", PY_OBJ(&dequeiter_type)) < 0 ||
        py_bi_add_object(m, "_deque_reverse_iterator",
                         PY_OBJ(&dequereviter_type)) < 0 ||
        py_bi_add_object(m, "_tuplegetter", PY_OBJ(&tuplegetter_type)) < 0)
        PY_CLEAR(m);
    return m;
}
