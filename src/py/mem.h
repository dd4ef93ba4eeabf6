/*
 * mem.h -- the interpreter's heap: arenas of pools of fixed-size blocks
 * (pymalloc-like size classes) for small requests, separately mapped
 * regions for large ones.
 *
 * Addresses seen by Python (id(), reprs) are *virtual*: an arena's blocks
 * are numbered from a fixed base in the order arenas were created, so the
 * same program produces the same ids on every run and every machine.
 *
 * Invariants:
 *  - every pool is POOL_SIZE-aligned and starts with its header, so the
 *    header of any small block is found by masking its address;
 *  - large blocks live in their own POOL_SIZE-aligned region whose header
 *    says so (size_class == MEM_LARGE);
 *  - heap_used in py_rt counts the bytes of every live block.
 */
#ifndef PY_MEM_H
#define PY_MEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

#define MEM_ALIGN        16
#define MEM_SMALL_MAX    4096                        /* largest small request */
#define MEM_NCLASSES     (MEM_SMALL_MAX / MEM_ALIGN) /* size classes */
#define MEM_POOL_SIZE    (16 * 1024)
#define MEM_ARENA_SIZE   (256 * 1024)
#define MEM_VIRTUAL_BASE 0x7f3a5c000000ULL /* first arena's id base */
#define MEM_LARGE_BASE   0x7f3b00000000ULL /* large blocks' id base */
#define MEM_STATIC_BASE  0x55d6ed000000ULL /* static objects' id base */

/* Arena statistics (the "heap" and "free" areas of the course). */
typedef struct mem_stats {
    size_t arenas;      /* arenas created */
    size_t arena_bytes; /* bytes held in arenas */
    size_t large_bytes; /* bytes in large blocks */
    size_t used_bytes;  /* bytes in live blocks (small + large) */
    size_t free_bytes;  /* free block bytes inside arenas */
    size_t objects;     /* live objects (not raw buffers) */
} mem_stats;

void mem_stats_get(mem_stats *st);

/* Deterministic id of an object (its virtual address). */
uintptr_t py_id(py_obj *o);
/* The live object whose id is `id`, or NULL. BORROWED. */
py_obj *mem_object_by_id(uintptr_t id);
/* Visit every live object (in address order).  Stop when fn returns
 * non-zero and return that value. */
int mem_foreach_object(int (*fn)(py_obj *o, void *arg), void *arg);
/* Bytes the allocator gave this object (incl. gc_head). */
size_t mem_block_size(const void *p);

/* Object allocation (ev 0) / deallocation (ev 1) observer, or NULL. */
extern void (*mem_obj_hook)(int ev, py_obj *o);

/* Live objects (mem_stats_get's count). */
extern size_t mem_nobjects;

/* A free list of one fixed-size, non-GC type's objects, as CPython keeps
 * for floats (100 of them): a freed object is parked there, dead to the
 * heap walk and to ids but with its block still in use, and the next
 * allocation of the type takes it back.  A parked object keeps its
 * block's object bit (so neither end computes a block index); its type
 * is NULL, which the heap walk and the id lookup take as "no object
 * here", and the link overlays its refcount.  Emptied by mem_fini. */
typedef struct mem_freelist {
    void *head;
    int n, max;
} mem_freelist;
extern mem_freelist mem_float_freelist;
/* ints that fit a word (no GMP part): CPython has no such list, but its
 * allocator hands a freed int's block to the next int the same way. */
extern mem_freelist mem_int_freelist;
/* CPython 3.11's one-slice cache (GC objects work too: the parked one is
 * untracked, its gc_head unused).  Taking it or parking it does not
 * count as an allocation or a deallocation for the GC's generation 0. */
extern mem_freelist mem_slice_freelist;

/* An instance of t (rc 1) from fl, else from py_obj_alloc.  Its fields
 * past the header are NOT zeroed: the caller sets every one.  NEW, or
 * NULL with MemoryError. */
static inline py_obj *mem_fl_alloc(mem_freelist *fl, py_type *t)
{
    void *b = fl->head;
    if (!b)
        return py_obj_alloc(t, 0);
    fl->head = *(void **)b;
    fl->n--;
    mem_nobjects++;
    py_obj *o = (py_obj *)b;
    o->rc = 1;
    o->type = t;
    if (__builtin_expect(mem_obj_hook != NULL, 0))
        mem_obj_hook(0, o);
    return o;
}

/* Free o (rc 0, of fl's type) onto fl, or py_obj_free it when fl is
 * full. */
static inline void mem_fl_free(mem_freelist *fl, py_obj *o)
{
    if (fl->n >= fl->max) {
        py_obj_free(o);
        return;
    }
    if (__builtin_expect(mem_obj_hook != NULL, 0))
        mem_obj_hook(1, o);
    mem_nobjects--;
    o->type = NULL;
    *(void **)o = fl->head;
    fl->head = o;
    fl->n++;
}

/* Is p inside a heap block (arena or large region)? */
bool mem_owns(const void *p);

/* Release every arena (py_fini). */
void mem_fini(void);

#endif
