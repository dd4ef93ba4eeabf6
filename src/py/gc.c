/*
 * gc.c -- the generational cycle collector, after CPython 3.11's
 * Modules/gcmodule.c: three generations with thresholds (700, 10, 10);
 * a collection of generation g merges the younger generations into g,
 * copies refcounts into gc_refs (update_refs), subtracts references
 * internal to the set (subtract_refs), moves what is not reachable from
 * outside aside (move_unreachable), clears the weak references to the
 * unreachable objects (handle_weakrefs), runs finalizers once (PEP 442), drops
 * the objects a finalizer resurrected, and clears the rest (delete).
 *
 * An observer (obs.h) may watch each phase through gc_phase_hook.
 */
#include "gc.h"

#include <stdlib.h>

#include "core.h"
#include "objects.h"
#include "runtime.h"

enum {
    GC_FINALIZED = 1 << 0,   /* __del__ already ran (PEP 442) */
    GC_COLLECTING = 1 << 1,  /* in the set being collected */
    GC_UNREACHABLE = 1 << 2, /* tentatively unreachable */
};

gc_state gc_st;
gc_phase_fn gc_phase_hook;
void *gc_phase_ud;
bool gc_phase_start_only;

/* ---------------------------------------------------------------- lists */

static void list_init(gc_head *l)
{
    l->next = l->prev = l;
}

static bool list_empty(gc_head *l)
{
    return l->next == l;
}

static void list_append(gc_head *g, gc_head *l)
{
    g->prev = l->prev;
    g->next = l;
    l->prev->next = g;
    l->prev = g;
}

static void list_remove(gc_head *g)
{
    g->prev->next = g->next;
    g->next->prev = g->prev;
    g->next = g->prev = NULL;
}

static void list_move(gc_head *g, gc_head *to)
{
    g->prev->next = g->next;
    g->next->prev = g->prev;
    list_append(g, to);
}

/* Append every element of from to to; from becomes empty. */
static void list_merge(gc_head *from, gc_head *to)
{
    if (list_empty(from))
        return;
    gc_head *tail = to->prev;
    tail->next = from->next;
    from->next->prev = tail;
    to->prev = from->prev;
    to->prev->next = to;
    list_init(from);
}

static ssize_t list_size(gc_head *l)
{
    ssize_t n = 0;
    for (gc_head *g = l->next; g != l; g = g->next)
        n++;
    return n;
}

static void set_gen(gc_head *l, int gen)
{
    for (gc_head *g = l->next; g != l; g = g->next)
        g->gen = (uint16_t)gen;
}

/* ------------------------------------------------------------- tracking */

void gc_track(py_obj *o)
{
    gc_head *g = GC_HEAD(o);
    if (g->prev)
        return;
    g->gen = 0;
    list_append(g, &gc_st.gens[0]);
}

void gc_untrack(py_obj *o)
{
    gc_head *g = GC_HEAD(o);
    if (g->prev)
        list_remove(g);
}

bool gc_is_tracked(py_obj *o)
{
    return PY_IS_GC(o) && GC_HEAD(o)->prev != NULL;
}

int gc_generation(py_obj *o)
{
    return gc_is_tracked(o) ? (int)GC_HEAD(o)->gen : -1;
}

/* CPython's _PyObject_GC_MAY_BE_TRACKED: could o be part of a cycle? */
static bool may_be_tracked(py_obj *o)
{
    if (!PY_IS_GC(o))
        return false;
    if (PY_TYPE_CHECK_EXACT(o, &py_tuple_type))
        return gc_is_tracked(o);
    return true;
}

void gc_maybe_track_for(py_obj *container, py_obj *item)
{
    if (!gc_is_tracked(container) && may_be_tracked(item))
        gc_track(container);
}

/* ----------------------------------------------------------- the phases */

static void update_refs(gc_head *l)
{
    for (gc_head *g = l->next; g != l; g = g->next) {
        g->gc_refs = (int32_t)GC_OBJ(g)->rc;
        g->flags = (g->flags & GC_FINALIZED) | GC_COLLECTING;
    }
}

static int visit_decref(py_obj *o, void *arg)
{
    (void)arg;
    if (o && PY_IS_GC(o) && (GC_HEAD(o)->flags & GC_COLLECTING))
        GC_HEAD(o)->gc_refs--;
    return 0;
}

static void subtract_refs(gc_head *l)
{
    for (gc_head *g = l->next; g != l; g = g->next) {
        py_obj *o = GC_OBJ(g);
        if (o->type->traverse)
            o->type->traverse(o, visit_decref, NULL);
    }
}

/* A referent of a reachable object is reachable too: rescue it from the
 * tentatively unreachable list, or mark it so the scan keeps it. */
static int visit_reachable(py_obj *o, void *young)
{
    if (!o || !PY_IS_GC(o))
        return 0;
    gc_head *g = GC_HEAD(o);
    if (!(g->flags & GC_COLLECTING))
        return 0;
    if (g->flags & GC_UNREACHABLE) {
        g->flags &= ~(uint16_t)GC_UNREACHABLE;
        list_move(g, young);
        g->gc_refs = 1;
    } else if (g->gc_refs == 0) {
        g->gc_refs = 1;
    }
    return 0;
}

/* Split young: objects with gc_refs > 0 (referenced from outside) and
 * everything reachable from them stay; the rest move to unreachable.
 * Survivors leave the collecting state. */
static void move_unreachable(gc_head *young, gc_head *unreachable)
{
    gc_head *g = young->next;
    while (g != young) {
        gc_head *next;
        if (g->gc_refs > 0) {
            py_obj *o = GC_OBJ(g);
            g->flags &= ~(uint16_t)GC_COLLECTING;
            if (o->type->traverse)
                o->type->traverse(o, visit_reachable, young);
            next = g->next;
        } else {
            next = g->next;
            list_move(g, unreachable);
            g->flags |= GC_UNREACHABLE;
        }
        g = next;
    }
}

static void deduce_unreachable(gc_head *young, gc_head *unreachable)
{
    update_refs(young);
    subtract_refs(young);
    move_unreachable(young, unreachable);
}

static bool tuple_untrackable(py_obj *o)
{
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(o); i++) {
        py_obj *it = PY_TUPLE_ITEMS(o)[i];
        if (it && may_be_tracked(it))
            return false;
    }
    return true;
}

static bool dict_untrackable(py_obj *o)
{
    ssize_t pos = 0;
    py_obj *k, *v;
    while (py_dict_next(o, &pos, &k, &v))
        if (may_be_tracked(k) || may_be_tracked(v))
            return false;
    return true;
}

/* One pass over the survivors: untrack tuples (and, in a full
 * collection, dicts) whose items cannot be part of a cycle, as CPython's
 * untrack_tuples / untrack_dicts.  Returns how many stay tracked. */
static ssize_t untrack_and_count(gc_head *l, bool full)
{
    ssize_t n = 0;
    gc_head *g = l->next;
    while (g != l) {
        gc_head *next = g->next;
        py_obj *o = GC_OBJ(g);
        py_type *t = PY_TYPE(o);
        if ((t == &py_tuple_type && tuple_untrackable(o)) ||
            (full && t == &py_dict_type && dict_untrackable(o)))
            list_remove(g);
        else
            n++;
        g = next;
    }
    return n;
}

static void report(gc_phase ph, int gen, gc_head *l)
{
    if (!gc_phase_hook || (gc_phase_start_only && ph != GC_PHASE_START))
        return;
    size_t n = (size_t)list_size(l), i = 0;
    py_obj **objs = malloc((n ? n : 1) * sizeof *objs);
    ssize_t *refs = malloc((n ? n : 1) * sizeof *refs);
    if (objs && refs) {
        for (gc_head *g = l->next; g != l; g = g->next, i++) {
            objs[i] = GC_OBJ(g);
            refs[i] = g->gc_refs;
        }
        gc_phase_hook(ph, gen, objs, refs, n, gc_phase_ud);
    }
    free(objs);
    free(refs);
}

/* Clear the weak references to o (unreachable): each goes dead; one
 * with a callback that is itself reachable moves to wrcb (with a new
 * reference) so its callback can run once every such reference is
 * cleared.  References inside the unreachable set never call back. */
static void clear_weakrefs_to(py_obj *o, gc_head *wrcb)
{
    py_obj **list = py_weaklist_ptr(o);
    if (!list)
        return;
    while (*list) {
        py_obj *w = *list;
        py_weakref_detach(w);
        if (!py_weakref_callback(w) || !PY_IS_GC(w) || !gc_is_tracked(w) ||
            (GC_HEAD(w)->flags & GC_COLLECTING))
            continue;
        PY_INCREF(w);
        list_move(GC_HEAD(w), wrcb);
    }
}

/* CPython's handle_weakrefs: before any finalizer runs, every weak
 * reference to an unreachable object is cleared (and every weak reference
 * that is itself unreachable), then the callbacks of the reachable ones
 * run.  A reference still alive after its callback moves to old.  Returns
 * how many of those references the callbacks freed. */
static ssize_t handle_weakrefs(gc_head *unreachable, gc_head *old, int old_gen)
{
    gc_head wrcb;
    list_init(&wrcb);
    for (gc_head *g = unreachable->next; g != unreachable; g = g->next) {
        py_obj *o = GC_OBJ(g);
        if (py_weakref_check(o))
            py_weakref_detach(o);
        clear_weakrefs_to(o, &wrcb);
    }
    ssize_t freed = 0;
    while (!list_empty(&wrcb)) {
        gc_head *g = wrcb.next;
        py_obj *w = GC_OBJ(g);
        py_weakref_run_callback(w);
        PY_DECREF(w);
        if (wrcb.next == g) {
            g->gen = (uint16_t)old_gen;
            list_move(g, old);
        } else {
            freed++;
        }
    }
    return freed;
}

/* Run __del__ once on each unreachable object that has one. */
static void finalize_garbage(gc_head *unreachable)
{
    gc_head seen;
    list_init(&seen);
    while (!list_empty(unreachable)) {
        gc_head *g = unreachable->next;
        py_obj *o = GC_OBJ(g);
        list_move(g, &seen);
        if (!(g->flags & GC_FINALIZED) && o->type->finalize) {
            g->flags |= GC_FINALIZED;
            PY_INCREF(o);
            o->type->finalize(o);
            PY_DECREF(o);
        }
    }
    list_merge(&seen, unreachable);
}

/* Objects a finalizer made reachable again go to old; the rest remain. */
static void handle_resurrected(gc_head *unreachable, gc_head *still,
                               gc_head *old, int old_gen)
{
    deduce_unreachable(unreachable, still);
    for (gc_head *g = unreachable->next; g != unreachable; g = g->next) {
        g->flags &= ~(uint16_t)(GC_COLLECTING | GC_UNREACHABLE);
        g->gen = (uint16_t)old_gen;
    }
    list_merge(unreachable, old);
}

/* Break the cycles: clear each object (dropping its references); what
 * survives its clear moves to old. */
static void delete_garbage(gc_head *collectable, gc_head *old, int old_gen)
{
    while (!list_empty(collectable)) {
        gc_head *g = collectable->next;
        py_obj *o = GC_OBJ(g);
        if (o->type->clear) {
            PY_INCREF(o);
            o->type->clear(o);
            if (py_rt.cur_exc)
                py_err_clear();
            PY_DECREF(o);
        }
        if (collectable->next == g) {
            g->flags &= ~(uint16_t)(GC_COLLECTING | GC_UNREACHABLE);
            g->gen = (uint16_t)old_gen;
            list_move(g, old);
        }
    }
}

/* ----------------------------------------------------------- collection */

static void clear_freelists(void);

static void bump_counts(int gen)
{
    if (gen + 1 < GC_NGENS)
        gc_st.count[gen + 1]++;
    for (int i = 0; i <= gen; i++)
        gc_st.count[i] = 0;
}

static void merge_younger(int gen)
{
    for (int i = 0; i < gen; i++) {
        set_gen(&gc_st.gens[i], gen);
        list_merge(&gc_st.gens[i], &gc_st.gens[gen]);
    }
}

static void promote(gc_head *young, gc_head *old, int gen, ssize_t n)
{
    if (young == old)
        return;
    if (gen == 1)
        gc_st.long_lived_pending += n;
    set_gen(young, gen + 1);
    list_merge(young, old);
}

static ssize_t collect_main(int gen)
{
    gc_head unreachable, still;
    list_init(&unreachable);
    list_init(&still);
    bump_counts(gen);
    merge_younger(gen);
    gc_head *young = &gc_st.gens[gen];
    int old_gen = gen + 1 < GC_NGENS ? gen + 1 : gen;
    gc_head *old = &gc_st.gens[old_gen];
    report(GC_PHASE_START, gen, young);
    update_refs(young);
    report(GC_PHASE_UPDATE_REFS, gen, young);
    subtract_refs(young);
    report(GC_PHASE_SUBTRACT_REFS, gen, young);
    move_unreachable(young, &unreachable);
    report(GC_PHASE_REACHABLE, gen, young);
    report(GC_PHASE_UNREACHABLE, gen, &unreachable);
    ssize_t survivors = untrack_and_count(young, gen == GC_NGENS - 1);
    if (gen == GC_NGENS - 1) {
        gc_st.long_lived_pending = 0;
        gc_st.long_lived_total = survivors;
    }
    promote(young, old, gen, survivors);
    ssize_t m = handle_weakrefs(&unreachable, old, old_gen);
    finalize_garbage(&unreachable);
    report(GC_PHASE_FINALIZE, gen, &unreachable);
    handle_resurrected(&unreachable, &still, old, old_gen);
    /* CPython 3.11 counts what is still unreachable after the
     * finalizers ran: resurrected objects are not "collected". */
    m += list_size(&still);
    report(GC_PHASE_DELETE, gen, &still);
    delete_garbage(&still, old, old_gen);
    if (gen == GC_NGENS - 1)
        clear_freelists();
    gc_st.stats[gen].collections++;
    gc_st.stats[gen].collected += m;
    gc_st.last_gen = gen;
    gc_st.last_collected = m;
    gc_st.last_uncollectable = 0;
    report(GC_PHASE_DONE, gen, old);
    return m;
}

/* Call each gc.callbacks entry with (phase, info); errors are reported
 * as unraisable and do not stop the collection. */
static void run_callbacks(const char *phase, int gen, ssize_t collected)
{
    if (!gc_st.callbacks || PY_LIST_SIZE(gc_st.callbacks) == 0)
        return;
    py_obj *info = py_dict_new();
    py_obj *ph = py_str_from_cstr(phase);
    py_obj *g = py_int_from_i64(gen), *c = py_int_from_i64(collected);
    py_obj *u = py_int_from_i64(0);
    if (info && ph && g && c && u &&
        py_dict_set_str(info, "generation", g) == 0 &&
        py_dict_set_str(info, "collected", c) == 0 &&
        py_dict_set_str(info, "uncollectable", u) == 0) {
        py_obj *cbs = py_list_as_tuple(gc_st.callbacks);
        for (ssize_t i = 0; cbs && i < PY_TUPLE_SIZE(cbs); i++) {
            py_obj *args[2] = {ph, info};
            py_obj *cb = PY_TUPLE_ITEMS(cbs)[i];
            py_obj *r = py_call(cb, args, 2, NULL);
            if (r)
                PY_DECREF(r);
            else
                py_err_write_unraisable(cb); /* as CPython's, on stderr */
        }
        PY_XDECREF(cbs);
    }
    PY_XDECREF(info);
    PY_XDECREF(ph);
    PY_XDECREF(g);
    PY_XDECREF(c);
    PY_XDECREF(u);
}

ssize_t gc_collect(int gen)
{
    if (gc_st.collecting)
        return 0;
    py_obj *pending = py_err_fetch();
    gc_st.collecting = true;
    run_callbacks("start", gen, 0);
    ssize_t m = collect_main(gen);
    run_callbacks("stop", gen, m);
    gc_st.collecting = false;
    py_err_restore(pending);
    return m;
}

/* CPython's gc_collect_generations: the oldest generation over its
 * threshold, skipping a full collection while few objects await it. */
static void collect_generations(void)
{
    for (int i = GC_NGENS - 1; i >= 0; i--) {
        if (gc_st.count[i] <= gc_st.threshold[i])
            continue;
        if (i == GC_NGENS - 1 &&
            gc_st.long_lived_pending < gc_st.long_lived_total / 4)
            continue;
        gc_collect(i);
        break;
    }
}

/* ----------------------------------------------- free lists (gc.h) */

enum { FL_LISTS = 80, FL_DICTS = 80, FL_TUPLES = 2000, FL_TUPLE_SIZES = 20 };
static int fl_lists, fl_dicts, fl_tuples[FL_TUPLE_SIZES];
static bool uncounted; /* the allocation under way reuses a free slot */

/* The free list an exact list/dict/tuple of n items goes to, or NULL;
 * *max is its capacity. */
static int *freelist_for(py_type *t, ssize_t n, int *max)
{
    if (t == &py_list_type)
        return *max = FL_LISTS, &fl_lists;
    if (t == &py_dict_type)
        return *max = FL_DICTS, &fl_dicts;
    if (t == &py_tuple_type && n >= 1 && n <= FL_TUPLE_SIZES)
        return *max = FL_TUPLES, &fl_tuples[n - 1];
    return NULL;
}

py_obj *gc_alloc_fl(py_type *t, ssize_t nitems)
{
    int max, *fl = freelist_for(t, nitems, &max);
    /* 3.11 pushes tuples of 20 items but pops only up to 19. */
    if (fl && *fl > 0 && !(t == &py_tuple_type && nitems == FL_TUPLE_SIZES)) {
        (*fl)--;
        uncounted = true;
    }
    py_obj *o = py_obj_alloc(t, nitems);
    uncounted = false;
    return o;
}

/* A full collection frees the lists' objects (PyObject_GC_Del: count0
 * down if > 0). */
static void clear_freelists(void)
{
    long n = fl_lists + fl_dicts;
    for (int i = 0; i < FL_TUPLE_SIZES; i++)
        n += fl_tuples[i], fl_tuples[i] = 0;
    fl_lists = fl_dicts = 0;
    gc_st.count[0] = gc_st.count[0] > n ? gc_st.count[0] - (int)n : 0;
}

void gc_on_alloc(void)
{
    if (uncounted)
        return;
    gc_st.count[0]++;
    if (gc_st.count[0] > gc_st.threshold[0] && gc_st.threshold[0] &&
        gc_st.enabled && !gc_st.collecting && !py_rt.cur_exc)
        collect_generations();
}

void gc_on_free(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    int max,
        *fl = freelist_for(t, t == &py_tuple_type ? PY_TUPLE_SIZE(o) : 0, &max);
    if (fl && *fl < max) {
        (*fl)++;
        return;
    }
    if (gc_st.count[0] > 0)
        gc_st.count[0]--;
}

ssize_t gc_gen_size(int gen)
{
    return list_size(&gc_st.gens[gen]);
}

int gc_finalize_from_dealloc(py_obj *o)
{
    if (!o->type->finalize)
        return 0;
    if (PY_IS_GC(o)) {
        if (GC_HEAD(o)->flags & GC_FINALIZED)
            return 0;
        GC_HEAD(o)->flags |= GC_FINALIZED;
    }
    o->rc = 1; /* temporarily resurrect while __del__ runs */
    o->type->finalize(o);
    if (--o->rc != 0)
        return -1; /* resurrected: the object lives on */
    return 0;
}

int gc_init(void)
{
    for (int i = 0; i < GC_NGENS; i++) {
        list_init(&gc_st.gens[i]);
        gc_st.count[i] = 0;
        gc_st.stats[i] = (gc_gen_stats){0, 0, 0};
    }
    gc_st.threshold[0] = 700;
    gc_st.threshold[1] = 10;
    gc_st.threshold[2] = 10;
    gc_st.enabled = true;
    gc_st.collecting = false;
    gc_st.last_gen = -1;
    gc_st.long_lived_total = gc_st.long_lived_pending = 0;
    fl_lists = fl_dicts = 0; /* a fresh interpreter: empty free lists */
    for (int i = 0; i < FL_TUPLE_SIZES; i++)
        fl_tuples[i] = 0;
    uncounted = false;
    gc_st.garbage = py_list_new(0);
    gc_st.callbacks = py_list_new(0);
    return gc_st.garbage && gc_st.callbacks ? 0 : -1;
}

void gc_fini(void)
{
    PY_CLEAR(gc_st.garbage);
    PY_CLEAR(gc_st.callbacks);
}
