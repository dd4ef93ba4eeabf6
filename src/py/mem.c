/*
 * mem.c -- the interpreter's heap (see mem.h) and object allocation.
 *
 * Small requests (<= 512 bytes) are rounded up to a multiple of 16 and
 * served from pools: a pool is a 16 KiB aligned slice of a 256 KiB arena
 * holding blocks of one size class, with a free list threaded through the
 * freed blocks (as CPython's obmalloc).  Larger requests get a region of
 * their own.  Each pool keeps two bitmaps so the heap can be walked object
 * by object: which blocks hold an object (not a raw buffer) and which of
 * those start with a gc_head.
 *
 * Also here: py_obj_alloc / py_obj_free / py_dealloc, the heap cap and the
 * allocation-failure test hook, and the trashcan that bounds C recursion
 * when a long chain of containers is freed.
 */
#include "mem.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "gc.h"
#include "runtime.h"

#define LARGE_CLASS  0xffff
#define BLOCKS_MAX   (MEM_POOL_SIZE / MEM_ALIGN)
#define BITMAP_WORDS (BLOCKS_MAX / 64)

typedef struct block {
    struct block *next;
} block;

typedef struct pool {
    uint32_t arena;           /* index in arenas[] (small) */
    uint16_t size_class;      /* 0..MEM_NCLASSES-1, or LARGE_CLASS */
    uint16_t nused;           /* live blocks */
    block *freelist;          /* freed blocks */
    char *untouched;          /* first never-used block */
    struct pool *next, *prev; /* usable pools of this class (partially used) */
    uint64_t is_obj[BITMAP_WORDS]; /* block holds an object */
    uint64_t has_gc[BITMAP_WORDS]; /* ... that starts with a gc_head */
} pool;

#define POOL_HDR (((sizeof(pool) + MEM_ALIGN - 1) / MEM_ALIGN) * MEM_ALIGN)

typedef struct large {
    uint32_t arena;      /* unused (mirrors pool) */
    uint16_t size_class; /* LARGE_CLASS */
    uint16_t flags;      /* 1 = object, 2 = has gc_head */
    size_t size;         /* payload bytes */
    uintptr_t vaddr;     /* virtual address of the payload */
    struct large *next, *prev;
} large;

#define LARGE_HDR (((sizeof(large) + 63) / 64) * 64)

void (*mem_obj_hook)(int ev, py_obj *o);
void (*py_rc_hook)(py_obj *o, int delta);

static struct {
    char **arenas; /* base of each arena */
    char **sorted; /* the same bases in address order */
    size_t narenas, cap;
    char *arena_next;           /* next unused pool in the newest arena */
    size_t arena_left;          /* pools left in the newest arena */
    pool *usable[MEM_NCLASSES]; /* pools with free blocks, per class */
    pool *empty;                /* pools with no live block */
    large *larges;              /* every large block */
    uintptr_t large_next;       /* next virtual address for a large block */
    size_t large_bytes;
} heap;

/* ceil(2^32 / (c + 1)) for each size class: the block index is then a
 * multiply and a shift instead of a division (exact for the < 1024
 * sixteen-byte units of a pool). */
static uint64_t class_recip[MEM_NCLASSES];

static void init_recips(void)
{
    for (unsigned c = 0; c < MEM_NCLASSES; c++)
        class_recip[c] = ((1ULL << 32) + c) / (c + 1);
}

/* ---------------------------------------------------------------- pools */

static int new_arena(void)
{
    if (heap.narenas == heap.cap) {
        size_t cap = heap.cap ? heap.cap * 2 : 16;
        char **a = realloc(heap.arenas, cap * sizeof *a);
        if (!a)
            return -1;
        heap.arenas = a;
        char **s = realloc(heap.sorted, cap * sizeof *s);
        if (!s)
            return -1;
        heap.sorted = s;
        heap.cap = cap;
    }
    char *base = aligned_alloc(MEM_POOL_SIZE, MEM_ARENA_SIZE);
    if (!base)
        return -1;
    if (!class_recip[0])
        init_recips();
    size_t i = heap.narenas;
    while (i > 0 && heap.sorted[i - 1] > base) {
        heap.sorted[i] = heap.sorted[i - 1];
        i--;
    }
    heap.sorted[i] = base;
    heap.arenas[heap.narenas++] = base;
    heap.arena_next = base;
    heap.arena_left = MEM_ARENA_SIZE / MEM_POOL_SIZE;
    return 0;
}

/* A pool with no live blocks, initialised for size class c, or NULL. */
static pool *take_pool(unsigned c)
{
    pool *p = heap.empty;
    if (p) {
        heap.empty = p->next;
    } else {
        if (heap.arena_left == 0 && new_arena() < 0)
            return NULL;
        p = (pool *)heap.arena_next;
        p->arena = (uint32_t)(heap.narenas - 1);
        heap.arena_next += MEM_POOL_SIZE;
        heap.arena_left--;
    }
    uint32_t arena = p->arena;
    memset(p, 0, POOL_HDR);
    p->arena = arena;
    p->size_class = (uint16_t)c;
    p->untouched = (char *)p + POOL_HDR;
    return p;
}

static void usable_push(unsigned c, pool *p)
{
    p->prev = NULL;
    p->next = heap.usable[c];
    if (p->next)
        p->next->prev = p;
    heap.usable[c] = p;
}

static void usable_unlink(unsigned c, pool *p)
{
    if (p->prev)
        p->prev->next = p->next;
    else
        heap.usable[c] = p->next;
    if (p->next)
        p->next->prev = p->prev;
}

static size_t class_size(unsigned c)
{
    return (c + 1) * MEM_ALIGN;
}

static bool pool_full(pool *p)
{
    size_t sz = class_size(p->size_class);
    return !p->freelist && p->untouched + sz > (char *)p + MEM_POOL_SIZE;
}

static void *small_alloc(unsigned c)
{
    pool *p = heap.usable[c];
    if (!p) {
        p = take_pool(c);
        if (!p)
            return NULL;
        usable_push(c, p);
    }
    void *b;
    if (p->freelist) {
        b = p->freelist;
        p->freelist = p->freelist->next;
    } else {
        b = p->untouched;
        p->untouched += class_size(c);
    }
    p->nused++;
    if (pool_full(p))
        usable_unlink(c, p);
    return b;
}

static size_t block_index(pool *p, const void *b)
{
    uint64_t units =
        (uint64_t)((const char *)b - ((char *)p + POOL_HDR)) / MEM_ALIGN;
    return (size_t)((units * class_recip[p->size_class]) >> 32);
}

static void bit_clear(uint64_t *map, size_t i)
{
    map[i / 64] &= ~(1ULL << (i % 64));
}

static void small_free(pool *p, void *b)
{
    unsigned c = p->size_class;
    bool was_full = pool_full(p);
    size_t i = block_index(p, b);
    bit_clear(p->is_obj, i);
    bit_clear(p->has_gc, i);
    ((block *)b)->next = p->freelist;
    p->freelist = b;
    if (was_full)
        usable_push(c, p);
    if (--p->nused == 0) {
        usable_unlink(c, p);
        p->next = heap.empty;
        heap.empty = p;
    }
}

/* ---------------------------------------------------------------- large */

static void *large_alloc(size_t n)
{
    /* Aligned to a pool so that pool_of() finds the header, but only as
     * long as needed: rounding the size up to a pool too cost up to 16 KiB
     * per 1 KiB list.  (aligned_alloc wants a multiple of the alignment
     * in C11 but glibc, which pyscope is built against, takes any size.) */
    size_t total = LARGE_HDR + n;
    large *l = memalign(MEM_POOL_SIZE, total);
    if (!l)
        return NULL;
    memset(l, 0, LARGE_HDR);
    l->size_class = LARGE_CLASS;
    l->size = n;
    if (!heap.large_next)
        heap.large_next = MEM_LARGE_BASE;
    l->vaddr = heap.large_next + LARGE_HDR;
    heap.large_next += (LARGE_HDR + n + 4095) & ~(uintptr_t)4095;
    l->next = heap.larges;
    if (l->next)
        l->next->prev = l;
    heap.larges = l;
    heap.large_bytes += n;
    return (char *)l + LARGE_HDR;
}

static void large_free(large *l)
{
    if (l->prev)
        l->prev->next = l->next;
    else
        heap.larges = l->next;
    if (l->next)
        l->next->prev = l->prev;
    heap.large_bytes -= l->size;
    free(l);
}

/* Header of the pool (or large region) holding block p. */
static pool *pool_of(const void *p)
{
    return (pool *)((uintptr_t)p & ~(uintptr_t)(MEM_POOL_SIZE - 1));
}

/* A large block's payload may start beyond the first POOL_SIZE bytes of
 * its region only if LARGE_HDR >= POOL_SIZE, which it is not. */
size_t mem_block_size(const void *p)
{
    pool *pl = pool_of(p);
    if (pl->size_class == LARGE_CLASS)
        return ((large *)pl)->size;
    return class_size(pl->size_class);
}

/* ------------------------------------------------------------ raw API */

static bool may_allocate(size_t n)
{
    if (py_rt.fail_alloc_at && ++py_rt.alloc_count == py_rt.fail_alloc_at)
        return false;
    return py_rt.heap_cap == 0 || py_rt.heap_used + n <= py_rt.heap_cap;
}

void *py_mem_alloc(size_t n)
{
    if (n == 0)
        n = 1;
    size_t rounded = (n + MEM_ALIGN - 1) & ~(size_t)(MEM_ALIGN - 1);
    if (!may_allocate(rounded))
        return NULL;
    void *b = rounded <= MEM_SMALL_MAX
                  ? small_alloc((unsigned)(rounded / MEM_ALIGN - 1))
                  : large_alloc(rounded);
    if (b)
        py_rt.heap_used += rounded;
    return b;
}

void py_mem_free(void *p)
{
    if (!p)
        return;
    pool *pl = pool_of(p);
    if (pl->size_class == LARGE_CLASS) {
        py_rt.heap_used -= ((large *)pl)->size;
        large_free((large *)pl);
        return;
    }
    py_rt.heap_used -= class_size(pl->size_class);
    small_free(pl, p);
}

void *py_mem_realloc(void *p, size_t n)
{
    if (!p)
        return py_mem_alloc(n);
    size_t old = mem_block_size(p);
    if (n <= old && (old <= MEM_SMALL_MAX || n > old / 2))
        return p;
    void *q = py_mem_alloc(n);
    if (!q)
        return NULL;
    memcpy(q, p, old < n ? old : n);
    py_mem_free(p);
    return q;
}

/* ------------------------------------------------------------ objects */

static void mark_object(void *b, bool gc)
{
    pool *pl = pool_of(b);
    mem_nobjects++;
    if (pl->size_class == LARGE_CLASS) {
        ((large *)pl)->flags = (uint16_t)(1 | (gc ? 2 : 0));
        return;
    }
    size_t i = block_index(pl, b);
    pl->is_obj[i / 64] |= 1ULL << (i % 64);
    if (gc)
        pl->has_gc[i / 64] |= 1ULL << (i % 64);
}

py_obj *py_obj_alloc(py_type *t, ssize_t nitems)
{
    bool gc = (t->flags & PY_TPFLAGS_GC) != 0;
    size_t size = PY_VAR_SIZE(t, nitems > 0 ? nitems : 0);
    size_t total = size + (gc ? sizeof(gc_head) : 0);
    char *b = py_mem_alloc(total);
    if (!b)
        return py_err_nomemory();
    memset(b, 0, total);
    mark_object(b, gc);
    py_obj *o = (py_obj *)(gc ? b + sizeof(gc_head) : b);
    o->rc = 1;
    o->type = t;
    if (t->flags & PY_TPFLAGS_HEAPTYPE)
        PY_INCREF(t);
    if (t->itemsize)
        PY_SIZE(o) = nitems;
    if (__builtin_expect(mem_obj_hook != NULL, 0))
        mem_obj_hook(0, o);
    if (gc)
        gc_on_alloc();
    return o;
}

void py_obj_free(py_obj *o)
{
    py_type *t = o->type;
    void *b = o;
    if (__builtin_expect(mem_obj_hook != NULL, 0))
        mem_obj_hook(1, o);
    if (t->flags & PY_TPFLAGS_GC) {
        gc_untrack(o);
        gc_on_free(o);
        b = GC_HEAD(o);
    }
    mem_nobjects--;
    py_mem_free(b);
    if (t->flags & PY_TPFLAGS_HEAPTYPE)
        PY_DECREF(t);
}

/* ------------------------------------------------------ free lists */

size_t mem_nobjects;
mem_freelist mem_float_freelist = {NULL, 0, 100};
mem_freelist mem_int_freelist = {NULL, 0, 100};
mem_freelist mem_slice_freelist = {NULL, 0, 1};

/* The trashcan: deallocating a container decrefs its items, which may
 * deallocate them in turn.  Beyond TRASH_DEPTH nested deallocations,
 * GC objects are parked on a list (linked through their gc_head) and
 * freed by the outermost level, so a million-long linked list cannot
 * overflow the C stack. */
#define TRASH_DEPTH 50
static int trash_depth;
static gc_head *trash_list;

void py_dealloc(py_obj *o)
{
    py_type *t = o->type;
    if (t == &py_float_type) { /* the commonest, straight to its list */
        mem_fl_free(&mem_float_freelist, o);
        return;
    }
    if (!(t->flags & PY_TPFLAGS_GC)) { /* never parked: no bookkeeping */
        t->dealloc(o);
        return;
    }
    if (trash_depth >= TRASH_DEPTH && PY_IS_GC(o)) {
        gc_untrack(o);
        gc_head *g = GC_HEAD(o);
        g->next = trash_list;
        trash_list = g;
        return;
    }
    trash_depth++;
    o->type->dealloc(o);
    trash_depth--;
    while (trash_depth == 0 && trash_list) {
        gc_head *g = trash_list;
        trash_list = g->next;
        g->next = NULL;
        trash_depth++;
        py_obj *p = GC_OBJ(g);
        p->type->dealloc(p);
        trash_depth--;
    }
}

/* ---------------------------------------------------------------- ids */

static uintptr_t small_vaddr(const void *p)
{
    pool *pl = pool_of(p);
    char *base = heap.arenas[pl->arena];
    return MEM_VIRTUAL_BASE + (uintptr_t)pl->arena * MEM_ARENA_SIZE +
           (uintptr_t)((const char *)p - base);
}

/* Static objects (types, None, True, the small-int cache...) live in the
 * program image, which the loader places at a random address.  Their
 * offset from an anchor in the same image is fixed for a given binary, so
 * ids computed from it are the same on every run. */
static const char id_anchor;

static uintptr_t static_vaddr(const void *p)
{
    intptr_t off = (intptr_t)((uintptr_t)p - (uintptr_t)&id_anchor);
    return (uintptr_t)((intptr_t)MEM_STATIC_BASE + 0x800000 + off);
}

/* CPython's PyGC_Head is 16 bytes, ours is a little larger: ids of GC
 * objects are computed as if the header were CPython's, so that every id
 * is a multiple of 16 as CPython's are. */
#define GC_ID_SHIFT (sizeof(gc_head) - 16)

uintptr_t py_id(py_obj *o)
{
    if ((uintptr_t)o < 4096)
        return (uintptr_t)o;
    pool *pl = pool_of(o);
    if (!mem_owns(o))
        return static_vaddr(o);
    uintptr_t shift = PY_IS_GC(o) ? GC_ID_SHIFT : 0;
    if (pl->size_class == LARGE_CLASS) {
        large *l = (large *)pl;
        return l->vaddr + (uintptr_t)((char *)o - ((char *)l + LARGE_HDR)) -
               shift;
    }
    return small_vaddr(o) - shift;
}

/* Does p point into a block of the heap?  Arenas are found by binary
 * search on their sorted bases; large blocks by walking their list. */
bool mem_owns(const void *p)
{
    const char *c = p;
    size_t lo = 0, hi = heap.narenas;
    while (lo < hi) { /* last arena starting at or below c */
        size_t mid = (lo + hi) / 2;
        if (heap.sorted[mid] <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && c < heap.sorted[lo - 1] + MEM_ARENA_SIZE)
        return true;
    for (large *l = heap.larges; l; l = l->next)
        if ((const char *)p >= (char *)l &&
            (const char *)p < (char *)l + LARGE_HDR + l->size)
            return true;
    return false;
}

static py_obj *block_object(void *b, bool gc)
{
    return (py_obj *)(gc ? (char *)b + sizeof(gc_head) : (char *)b);
}

static int visit_pool(pool *pl, int (*fn)(py_obj *, void *), void *arg)
{
    size_t sz = class_size(pl->size_class);
    size_t n = (size_t)(pl->untouched - ((char *)pl + POOL_HDR)) / sz;
    for (size_t i = 0; i < n; i++) {
        if (!(pl->is_obj[i / 64] & (1ULL << (i % 64))))
            continue;
        bool gc = (pl->has_gc[i / 64] >> (i % 64)) & 1;
        py_obj *o = block_object((char *)pl + POOL_HDR + i * sz, gc);
        int r = o->type ? fn(o, arg) : 0; /* NULL: on a free list */
        if (r)
            return r;
    }
    return 0;
}

int mem_foreach_object(int (*fn)(py_obj *o, void *arg), void *arg)
{
    for (size_t a = 0; a < heap.narenas; a++) {
        char *end = a == heap.narenas - 1 ? heap.arena_next
                                          : heap.arenas[a] + MEM_ARENA_SIZE;
        for (char *p = heap.arenas[a]; p < end; p += MEM_POOL_SIZE) {
            pool *pl = (pool *)p;
            int r = pl->nused ? visit_pool(pl, fn, arg) : 0;
            if (r)
                return r;
        }
    }
    for (large *l = heap.larges; l; l = l->next) {
        if (!(l->flags & 1))
            continue;
        int r = fn(block_object((char *)l + LARGE_HDR, l->flags & 2), arg);
        if (r)
            return r;
    }
    return 0;
}

static bool bit_set(const uint64_t *map, size_t i)
{
    return (map[i / 64] >> (i % 64)) & 1;
}

/* The object of a small block whose virtual address is id, or NULL: the
 * arena and offset follow from the id, the pool header from the address,
 * and the bitmaps say whether an object starts there. */
static py_obj *small_by_id(uintptr_t id)
{
    uintptr_t rel = id - MEM_VIRTUAL_BASE;
    size_t a = rel / MEM_ARENA_SIZE;
    if (a >= heap.narenas)
        return NULL;
    char *p = heap.arenas[a] + rel % MEM_ARENA_SIZE;
    if (a == heap.narenas - 1 && p >= heap.arena_next)
        return NULL;
    pool *pl = pool_of(p);
    char *data = (char *)pl + POOL_HDR;
    if (pl->nused == 0 || p < data || p >= pl->untouched)
        return NULL;
    size_t sz = class_size(pl->size_class), i = (size_t)(p - data) / sz;
    char *b = data + i * sz;
    if (!bit_set(pl->is_obj, i))
        return NULL;
    if (!bit_set(pl->has_gc, i)) /* type NULL: on a free list */
        return p == b && ((py_obj *)p)->type ? (py_obj *)p : NULL;
    py_obj *o = (py_obj *)(b + sizeof(gc_head));
    return p == b + sizeof(gc_head) - GC_ID_SHIFT && o->type ? o : NULL;
}

static py_obj *large_by_id(uintptr_t id)
{
    for (large *l = heap.larges; l; l = l->next) {
        if (!(l->flags & 1))
            continue;
        py_obj *o = block_object((char *)l + LARGE_HDR, l->flags & 2);
        if (py_id(o) == id)
            return o;
    }
    return NULL;
}

py_obj *mem_object_by_id(uintptr_t id)
{
    if (id >= MEM_VIRTUAL_BASE && id < MEM_LARGE_BASE)
        return small_by_id(id);
    if (id >= MEM_LARGE_BASE)
        return large_by_id(id);
    return NULL;
}

void mem_stats_get(mem_stats *st)
{
    memset(st, 0, sizeof *st);
    st->arenas = heap.narenas;
    st->arena_bytes = heap.narenas * MEM_ARENA_SIZE;
    st->large_bytes = heap.large_bytes;
    st->used_bytes = py_rt.heap_used;
    st->free_bytes = st->arena_bytes - (py_rt.heap_used - heap.large_bytes);
    st->objects = mem_nobjects;
}

void mem_fini(void)
{
    while (heap.larges)
        large_free(heap.larges);
    for (size_t i = 0; i < heap.narenas; i++)
        free(heap.arenas[i]);
    free(heap.arenas);
    free(heap.sorted);
    memset(&heap, 0, sizeof heap);
    mem_nobjects = 0;
    mem_float_freelist.head = NULL; /* its blocks were in the arenas */
    mem_float_freelist.n = 0;
    mem_int_freelist.head = NULL;
    mem_int_freelist.n = 0;
    mem_slice_freelist.head = NULL;
    mem_slice_freelist.n = 0;
    trash_list = NULL;
    trash_depth = 0;
}
