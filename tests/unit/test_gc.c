/*
 * test_gc.c -- unit tests of the heap (mem.c) and the cycle collector
 * (gc.c) through their C interfaces.
 */
#include "py/core.h"
#include "py/gc.h"
#include "py/mem.h"
#include "py/py.h"
#include "py/runtime.h"
#include "unit.h"

/* A 2-list cycle made from C: a = [b], b = [a]. */
static void make_cycle(void)
{
    py_obj *a = py_list_new(0), *b = py_list_new(0);
    py_list_append(a, b);
    py_list_append(b, a);
    PY_DECREF(a);
    PY_DECREF(b);
}

UNIT_TEST(collect_finds_a_two_list_cycle)
{
    CHECK(py_init() == 0);
    gc_collect(2);
    make_cycle();
    CHECK_INT_EQ(gc_collect(0), 2);
    CHECK_INT_EQ(gc_collect(2), 0);
    py_fini();
}

UNIT_TEST(lists_are_tracked_ints_are_not)
{
    CHECK(py_init() == 0);
    py_obj *l = py_list_new(0);
    py_obj *i = py_int_from_i64(1000);
    CHECK(gc_is_tracked(l));
    CHECK(!gc_is_tracked(i));
    CHECK_INT_EQ(gc_generation(l), 0);
    gc_collect(0);
    CHECK_INT_EQ(gc_generation(l), 1);
    gc_collect(2);
    CHECK_INT_EQ(gc_generation(l), 2);
    PY_DECREF(l);
    PY_DECREF(i);
    py_fini();
}

UNIT_TEST(counts_follow_allocation_and_collection)
{
    CHECK(py_init() == 0);
    gc_collect(2);
    CHECK_INT_EQ(gc_st.count[0], 0);
    py_obj *l = py_list_new(0);
    CHECK_INT_EQ(gc_st.count[0], 1);
    PY_DECREF(l); /* parked on CPython's list free list: no decrement */
    CHECK_INT_EQ(gc_st.count[0], 1);
    l = py_list_new(0); /* ... and reused without an increment */
    CHECK_INT_EQ(gc_st.count[0], 1);
    PY_DECREF(l);
    py_obj *s = py_set_new(NULL); /* sets have no free list */
    CHECK_INT_EQ(gc_st.count[0], 2);
    PY_DECREF(s);
    CHECK_INT_EQ(gc_st.count[0], 1);
    gc_collect(2); /* a full collection empties the free lists */
    l = py_list_new(0);
    CHECK_INT_EQ(gc_st.count[0], 1);
    PY_DECREF(l);
    gc_collect(0);
    CHECK_INT_EQ(gc_st.count[1], 1);
    gc_collect(1);
    CHECK_INT_EQ(gc_st.count[1], 0);
    CHECK_INT_EQ(gc_st.count[2], 1);
    py_fini();
}

UNIT_TEST(threshold_triggers_automatic_collection)
{
    CHECK(py_init() == 0);
    gc_collect(2);
    long before = gc_st.stats[0].collections;
    py_obj *keep = py_list_new(0);
    for (int i = 0; i < 800; i++) {
        py_obj *l = py_list_new(0);
        py_list_append(keep, l);
        PY_DECREF(l);
    }
    CHECK(gc_st.stats[0].collections == before + 1);
    PY_DECREF(keep);
    py_fini();
}

UNIT_TEST(heap_cap_gives_memory_error_not_a_crash)
{
    CHECK(py_init() == 0);
    py_rt.heap_cap = py_rt.heap_used + 4096;
    py_obj *l = py_list_new(0);
    int failed = 0;
    for (int i = 0; i < 10000 && !failed; i++) {
        py_obj *f = py_float_new(i);
        if (!f || py_list_append(l, f) < 0)
            failed = 1;
        PY_XDECREF(f);
    }
    CHECK(failed);
    CHECK(py_err_matches(PY_OBJ(py_exc_MemoryError)));
    py_err_clear();
    PY_DECREF(l);
    py_fini();
}

UNIT_TEST(ids_are_deterministic_across_interpreters)
{
    uintptr_t first[3] = {0}, second[3] = {0};
    for (int run = 0; run < 2; run++) {
        CHECK(py_init() == 0);
        uintptr_t *ids = run ? second : first;
        py_obj *a = py_list_new(0), *b = py_dict_new(), *c = py_float_new(1.5);
        ids[0] = py_id(a);
        ids[1] = py_id(b);
        ids[2] = py_id(c);
        CHECK(mem_object_by_id(ids[0]) == a);
        PY_DECREF(a);
        PY_DECREF(b);
        PY_DECREF(c);
        py_fini();
    }
    for (int i = 0; i < 3; i++)
        CHECK(first[i] == second[i]);
    CHECK(first[0] >= MEM_VIRTUAL_BASE);
}

static int count_floats(py_obj *o, void *arg)
{
    if (PY_TYPE(o) == &py_float_type)
        ++*(int *)arg;
    return 0;
}

/* A freed float is parked on the free list: the heap walk and the id
 * lookup no longer see it, the next float takes its block (and id) back,
 * and at most 100 are parked, the rest freed. */
UNIT_TEST(float_free_list_is_invisible_and_reused)
{
    CHECK(py_init() == 0);
    int before = 0, after = 0;
    mem_foreach_object(count_floats, &before);
    py_obj *f = py_float_new(2.5);
    uintptr_t id = py_id(f);
    CHECK(mem_object_by_id(id) == f);
    mem_stats st;
    mem_stats_get(&st);
    size_t objects = st.objects;
    PY_DECREF(f);
    mem_stats_get(&st);
    CHECK(st.objects == objects - 1);
    CHECK(mem_object_by_id(id) == NULL);
    mem_foreach_object(count_floats, &after);
    CHECK(after == before);
    py_obj *g = py_float_new(7.0);
    CHECK(py_id(g) == id && PY_FLOAT_VAL(g) == 7.0 && g->rc == 1);
    CHECK(mem_object_by_id(id) == g);
    PY_DECREF(g);
    py_obj *many[300];
    for (int i = 0; i < 300; i++)
        many[i] = py_float_new(i);
    for (int i = 0; i < 300; i++)
        PY_DECREF(many[i]);
    CHECK(mem_float_freelist.n == mem_float_freelist.max);
    /* ints beyond the small-int cache the same way */
    py_obj *i = py_int_from_i64(1000001);
    uintptr_t iid = py_id(i);
    PY_DECREF(i);
    CHECK(mem_object_by_id(iid) == NULL);
    py_obj *j = py_int_from_i64(-77777);
    CHECK(py_id(j) == iid && PY_INT_VAL(j) == -77777 && PY_INT_IS_SMALL(j));
    PY_DECREF(j);
    py_fini();
    CHECK(mem_float_freelist.n == 0 && mem_float_freelist.head == NULL);
    CHECK(mem_int_freelist.n == 0 && mem_int_freelist.head == NULL);
}

UNIT_TEST(trashcan_frees_a_long_chain)
{
    CHECK(py_init() == 0);
    py_obj *head = py_list_new(0);
    for (int i = 0; i < 200000; i++) {
        py_obj *n = py_list_new(0);
        py_list_append(n, head);
        PY_DECREF(head);
        head = n;
    }
    size_t used = py_rt.heap_used;
    PY_DECREF(head);
    CHECK(py_rt.heap_used < used / 2);
    py_fini();
}
