/*
 * gc.h -- the generational cycle collector (CPython 3.11's algorithm).
 *
 * Objects of PY_TPFLAGS_GC types are allocated with a gc_head in front of
 * them (py_obj_alloc does this).  A tracked object is on exactly one
 * generation list; an untracked one is on none (prev == NULL).
 *
 * Invariants:
 *  - gen0.count goes up on each allocation of a GC object and down (if
 *    > 0) on each deallocation of one, except for lists, dicts and small
 *    tuples taken from / parked on CPython's free lists (gc_alloc_fl);
 *  - outside a collection gc_refs is meaningless; during one it holds the
 *    refcount minus references from inside the collected set.
 */
#ifndef PY_GC_H
#define PY_GC_H

#include "object.h"

typedef struct gc_head {
    struct gc_head *next,
        *prev;       /* generation list links; prev NULL = untracked */
    int32_t gc_refs; /* scratch during a collection */
    uint16_t gen;    /* generation index 0..2 while tracked */
    uint16_t flags;  /* GC_FINALIZED, GC_COLLECTING ... */
} gc_head;

#define GC_HEAD(o) (((gc_head *)(o)) - 1)
#define GC_OBJ(g)  ((py_obj *)((gc_head *)(g) + 1))
/* Does o have a gc_head?  Instances of GC types do, except the static
 * type objects (types are GC objects only when made by a class
 * statement). */
static inline bool py_has_gc_head(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (!(t->flags & PY_TPFLAGS_GC))
        return false;
    if (t == &py_type_type || (t->flags & PY_TPFLAGS_TYPE_SUBCLASS))
        return (((py_type *)o)->flags & PY_TPFLAGS_HEAPTYPE) != 0;
    return true;
}
#define PY_IS_GC(o) py_has_gc_head(PY_OBJ(o))

/* Start / stop tracking o (a GC object).  Track once its fields are
 * valid; untrack before tearing it down (py_obj_free does it too). */
void gc_track(py_obj *o);
void gc_untrack(py_obj *o);
bool gc_is_tracked(py_obj *o);

/* Dicts start untracked: a store calls this with the key/value to track
 * the dict when they may be part of a cycle. */
void gc_maybe_track_for(py_obj *container, py_obj *item);

/* Bookkeeping called by py_obj_alloc / py_obj_free for GC objects: the
 * generation-0 count, and an automatic collection when it passes the
 * threshold.  o is the object being freed (BORROWED). */
void gc_on_alloc(void);
void gc_on_free(py_obj *o);

/* CPython 3.11 keeps freed lists, dicts and small tuples on free lists
 * (80 lists, 80 dicts, 2000 tuples of each size 1..20) and reuses them
 * without touching the generation-0 count; a full collection empties the
 * lists.  pyscope keeps only the bookkeeping, so gc.get_count() moves as
 * CPython's: gc_alloc_fl allocates an exact list/dict/tuple the way
 * PyList_New / PyDict_New / PyTuple_New do (NEW reference, not tracked
 * yet), and gc_on_free parks a freed one on its list when there is room.
 * Type calls (list(), dict()) allocate with py_obj_alloc, as CPython's
 * tp_alloc does. */
py_obj *gc_alloc_fl(py_type *t, ssize_t nitems);

/* Generations and their thresholds (CPython 3.11: 700, 10, 10). */
#define GC_NGENS 3

typedef struct gc_gen_stats {
    long collections;   /* collections of this generation */
    long collected;     /* unreachable objects freed */
    long uncollectable; /* unreachable objects kept (gc.garbage) */
} gc_gen_stats;

typedef struct gc_state {
    gc_head gens[GC_NGENS]; /* list heads (circular, sentinel) */
    int threshold[GC_NGENS];
    int count[GC_NGENS]; /* gen0: allocations - deallocations;
                            genN: collections of genN-1 */
    gc_gen_stats stats[GC_NGENS];
    long long_lived_total;   /* objects in gen 2 after last full gc */
    long long_lived_pending; /* objects promoted to gen 2 since */
    bool enabled;
    bool collecting;
    int last_gen; /* generation of the last collection, -1 */
    long last_collected, last_uncollectable;
    py_obj *garbage;   /* gc.garbage list */
    py_obj *callbacks; /* gc.callbacks list */
} gc_state;

extern gc_state gc_st;

/* Phases of a collection, reported to an observer (obs.h) in order.
 * During every phase the objects of the collected set hold gc_refs. */
typedef enum {
    GC_PHASE_START,       /* young generations merged into the collected one */
    GC_PHASE_UPDATE_REFS, /* gc_refs = refcount */
    GC_PHASE_SUBTRACT_REFS, /* internal references subtracted */
    GC_PHASE_REACHABLE,     /* reachable set found (rescued objects) */
    GC_PHASE_UNREACHABLE,   /* the unreachable set */
    GC_PHASE_FINALIZE,      /* __del__ run on unreachable objects */
    GC_PHASE_DELETE,        /* cycles cleared and freed */
    GC_PHASE_DONE,
} gc_phase;

/* Observer of collections: called once per phase with the objects of the
 * set concerned (BORROWED, valid only during the call). */
typedef void (*gc_phase_fn)(gc_phase ph, int gen, py_obj **objs,
                            const ssize_t *gc_refs, size_t n, void *ud);
extern gc_phase_fn gc_phase_hook;
extern void *gc_phase_ud;
/* Whether the hook wants only GC_PHASE_START (the others cost a walk of
 * a list each, the older generation's included). */
extern bool gc_phase_start_only;

/* Collect generation gen (0..2) and the younger ones.  Returns the number
 * of unreachable objects found, or -1 with an exception (e.g. a callback
 * failed). */
ssize_t gc_collect(int gen);
/* Number of objects in generation gen. */
ssize_t gc_gen_size(int gen);
/* Generation of a tracked object (0..2), or -1 if untracked. */
int gc_generation(py_obj *o);

/* PEP 442: call o's finalizer (__del__) once, from its dealloc.  Returns
 * -1 if the finalizer resurrected the object (dealloc must stop). */
int gc_finalize_from_dealloc(py_obj *o);

int gc_init(void);
void gc_fini(void);

#endif
