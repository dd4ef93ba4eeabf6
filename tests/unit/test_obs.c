/*
 * test_obs.c -- unit tests of the observation API (obs.h): trace events,
 * frame and heap snapshots, GC phase events, memory areas.
 */
#include <stdlib.h>
#include <string.h>

#include "py/obs.h"
#include "py/py.h"
#include "unit.h"

static void sink(void *ud, const char *s, size_t n)
{
    (void)ud;
    (void)s;
    (void)n;
}

static py_options quiet = {.out = sink, .err = sink};

typedef struct {
    int lines, calls, returns;
    int saw_arrow; /* a local 'b' pointing at the same id as 'a' */
    int max_depth;
} trace_log;

static int on_trace(void *ud, obs_event ev, int line, int depth)
{
    trace_log *log = ud;
    (void)line;
    log->lines += ev == OBS_LINE;
    log->calls += ev == OBS_CALL;
    log->returns += ev == OBS_RETURN;
    if (depth > log->max_depth)
        log->max_depth = depth;
    obs_frames fr;
    if (ev == OBS_LINE && obs_frames_get(&fr) == 0) {
        uintptr_t ida = 0, idb = 0;
        for (size_t i = 0; i < fr.nglobals; i++) {
            if (strcmp(fr.globals[i].name, "a") == 0)
                ida = fr.globals[i].id;
            if (strcmp(fr.globals[i].name, "b") == 0)
                idb = fr.globals[i].id;
        }
        if (ida && ida == idb)
            log->saw_arrow = 1;
        obs_frames_free(&fr);
    }
    return OBS_CONTINUE;
}

UNIT_TEST(trace_reports_lines_calls_and_frames)
{
    CHECK(pyapi_start(&quiet) == 0);
    trace_log log = {0};
    obs_set_trace(on_trace, &log);
    const char *src = "a = [1, 2, 3]\nb = a\ndef f(x):\n    return x\nf(b)\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    obs_set_trace(NULL, NULL);
    CHECK(log.lines >= 5);
    CHECK(log.calls >= 1);
    CHECK(log.returns >= 1);
    CHECK(log.saw_arrow);
    CHECK(log.max_depth >= 2);
    pyapi_stop();
}

static int stop_at_fifth(void *ud, obs_event ev, int line, int depth)
{
    (void)line;
    (void)depth;
    int *n = ud;
    return ev == OBS_LINE && ++*n >= 5 ? OBS_STOP : OBS_CONTINUE;
}

UNIT_TEST(trace_stop_interrupts_an_endless_loop)
{
    CHECK(pyapi_start(&quiet) == 0);
    int n = 0;
    obs_set_trace(stop_at_fifth, &n);
    const char *src = "while True:\n    pass\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_EXCEPTION);
    CHECK_INT_EQ(pyapi_exit_status(), 130);
    obs_set_trace(NULL, NULL);
    pyapi_stop();
}

UNIT_TEST(heap_snapshot_shows_refcount_and_generation)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src = "a = [1, 2, 3]\nb = a\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    py_value v;
    CHECK(pyapi_eval("id(a)", &v, NULL) == 0);
    uintptr_t id = (uintptr_t)v.i;
    pyapi_value_free(&v);
    obs_object o;
    CHECK(obs_object_get(id, &o));
    CHECK_STR_EQ(o.type, "list");
    CHECK_INT_EQ(o.refcount, 2);
    CHECK_INT_EQ(o.gen, 0);
    char repr[48];
    obs_object_repr(id, repr, sizeof repr);
    CHECK_STR_EQ(repr, "[1, 2, 3]");
    obs_heap h;
    CHECK(obs_heap_get(&h) == 0);
    int found = 0;
    for (size_t i = 0; i < h.n; i++)
        found += h.objs[i].id == id;
    CHECK_INT_EQ(found, 1);
    obs_heap_free(&h);
    pyapi_stop();
}

typedef struct {
    int phases[8];
    size_t unreachable;
} gc_log;

static void on_gc(void *ud, obs_gc_phase ph, int gen, const obs_gc_obj *objs,
                  size_t n)
{
    gc_log *log = ud;
    (void)gen;
    (void)objs;
    log->phases[ph]++;
    if (ph == OBS_GC_UNREACHABLE)
        log->unreachable = n;
}

UNIT_TEST(gc_hook_reports_every_phase)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src = "import gc\ngc.collect()\na = []\nb = [a]\na.append(b)\n"
                      "del a, b\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    gc_log log = {{0}, 0};
    obs_set_gc_hook(on_gc, &log);
    CHECK_INT_EQ(obs_gc_collect(2), 2);
    obs_set_gc_hook(NULL, NULL);
    for (int i = 0; i < 8; i++)
        CHECK_INT_EQ(log.phases[i], 1);
    CHECK_INT_EQ(log.unreachable, 2);
    obs_gc g;
    obs_gc_get(&g);
    CHECK_INT_EQ(g.threshold[0], 700);
    CHECK_INT_EQ(g.last_collected, 2);
    CHECK_INT_EQ(g.last_gen, 2);
    pyapi_stop();
}

UNIT_TEST(memory_areas_are_filled)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src = "x = [i for i in range(100)]\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    obs_areas a;
    obs_areas_get(&a);
    CHECK(a.code > 0);
    CHECK(a.variables > 0);
    CHECK(a.heap > 0);
    CHECK(a.free > 0);
    pyapi_stop();
}

typedef struct {
    uintptr_t id;
    int up, down;
} rc_log;

static void on_rc(void *ud, uintptr_t id, int delta)
{
    rc_log *log = ud;
    if (id != log->id)
        return;
    if (delta > 0)
        log->up++;
    else
        log->down++;
}

UNIT_TEST(rc_hook_sees_a_new_reference)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src = "a = [1]\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    py_value v;
    CHECK(pyapi_eval("id(a)", &v, NULL) == 0);
    rc_log log = {(uintptr_t)v.i, 0, 0};
    pyapi_value_free(&v);
    obs_set_rc_hook(on_rc, &log);
    const char *bind = "b = a\ndel b\n";
    CHECK(pyapi_exec(bind, strlen(bind), "t.py") == PYR_OK);
    obs_set_rc_hook(NULL, NULL);
    CHECK(log.up >= 1);
    CHECK(log.down >= 1);
    CHECK_INT_EQ(log.up, log.down);
    pyapi_stop();
}

typedef struct {
    int exceptions;
    size_t fn_locals, fn_stack;
    int saw_x; /* a local x of f, value 41 */
} frame_log;

static int on_frames(void *ud, obs_event ev, int line, int depth)
{
    frame_log *log = ud;
    (void)line;
    log->exceptions += ev == OBS_EXCEPTION;
    obs_frames fr;
    if (ev != OBS_LINE || depth < 2 || obs_frames_get(&fr) != 0)
        return OBS_CONTINUE;
    obs_frame *f = &fr.frames[fr.n - 1];
    if (strcmp(f->func, "f") == 0) {
        log->fn_locals = f->nlocals;
        for (size_t i = 0; i < f->nlocals; i++)
            if (strcmp(f->locals[i].name, "x") == 0 &&
                strcmp(f->locals[i].type, "int") == 0 &&
                strcmp(f->locals[i].repr, "41") == 0)
                log->saw_x = 1;
        if (f->nstack > log->fn_stack)
            log->fn_stack = f->nstack;
    }
    obs_frames_free(&fr);
    return OBS_CONTINUE;
}

UNIT_TEST(trace_reports_exceptions_and_function_frames)
{
    CHECK(pyapi_start(&quiet) == 0);
    frame_log log = {0, 0, 0, 0};
    obs_set_trace(on_frames, &log);
    const char *src = "def f(x):\n    y = x + 1\n    try:\n"
                      "        1 / 0\n    except ZeroDivisionError:\n"
                      "        pass\n    return y\nf(41)\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    obs_set_trace(NULL, NULL);
    CHECK(log.exceptions >= 1);
    CHECK(log.fn_locals >= 2); /* x and y */
    CHECK(log.saw_x);
    pyapi_stop();
}

static uintptr_t eval_id(const char *expr)
{
    py_value v;
    if (pyapi_eval(expr, &v, NULL) != 0)
        return 0;
    uintptr_t id = (uintptr_t)v.i;
    pyapi_value_free(&v);
    return id;
}

UNIT_TEST(objects_by_id_show_generation_size_and_referents)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src = "import gc, sys\ngc.collect()\nx = 100000\n"
                      "d = {}\nl = [x, d]\ns = 'text' + str(x)\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    uintptr_t lid = eval_id("id(l)"), xid = eval_id("id(x)");
    uintptr_t did = eval_id("id(d)"), sid = eval_id("id(s)");
    CHECK(lid % 16 == 0 && xid % 16 == 0); /* CPython-like alignment */
    obs_object o;
    CHECK(obs_object_get(lid, &o));
    CHECK_INT_EQ(o.gen, 0);
    py_value v;
    CHECK(pyapi_eval("sys.getsizeof(l)", &v, NULL) == 0);
    CHECK_INT_EQ((long)o.size, (long)v.i);
    pyapi_value_free(&v);
    CHECK(obs_object_get(did, &o));
    CHECK_INT_EQ(o.gen, OBS_GEN_UNTRACKED); /* {} is not tracked */
    CHECK(obs_object_get(xid, &o));
    CHECK_INT_EQ(o.gen, OBS_NOT_GC);
    CHECK(!o.small_int);
    CHECK(obs_object_get(sid, &o));
    CHECK_STR_EQ(o.type, "str");
    CHECK(!obs_object_get(lid + 8, &o)); /* no object starts there */
    size_t n = 0;
    uintptr_t *refs = obs_object_referents(lid, &n);
    CHECK_INT_EQ((long)n, 2);
    if (refs && n == 2) { /* list_traverse: last item first */
        CHECK(refs[0] == did);
        CHECK(refs[1] == xid);
    }
    free(refs);
    pyapi_stop();
}

typedef struct {
    int allocs, frees;
} heap_log;

static void on_heap(void *ud, obs_heap_event ev, uintptr_t id)
{
    heap_log *log = ud;
    (void)id;
    if (ev == OBS_ALLOC)
        log->allocs++;
    else
        log->frees++;
}

UNIT_TEST(heap_events_only_while_enabled)
{
    CHECK(pyapi_start(&quiet) == 0);
    heap_log log = {0, 0};
    obs_set_heap_hook(on_heap, &log);
    const char *src = "t = [[i] for i in range(10)]\ndel t\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    obs_set_heap_hook(NULL, NULL);
    CHECK(log.allocs >= 11);
    CHECK(log.frees >= 11);
    heap_log before = log;
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    CHECK_INT_EQ(log.allocs, before.allocs);
    CHECK_INT_EQ(log.frees, before.frees);
    pyapi_stop();
}

typedef struct {
    uintptr_t a, b;
    int cycle_zero_after_subtract; /* both have gc_refs 0 */
    int cycle_unreachable;         /* both listed as unreachable */
} cycle_log;

static void on_cycle(void *ud, obs_gc_phase ph, int gen, const obs_gc_obj *objs,
                     size_t n)
{
    cycle_log *log = ud;
    (void)gen;
    int zero = 0, seen = 0;
    for (size_t i = 0; i < n; i++)
        if (objs[i].id == log->a || objs[i].id == log->b) {
            seen++;
            zero += objs[i].gc_refs == 0;
        }
    if (ph == OBS_GC_SUBTRACT_REFS && zero == 2)
        log->cycle_zero_after_subtract = 1;
    if (ph == OBS_GC_UNREACHABLE && seen == 2)
        log->cycle_unreachable = 1;
}

UNIT_TEST(gc_phases_carry_objects_gc_refs_and_totals)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src = "import gc\ngc.collect()\nkeep = [1]\na = []\n"
                      "b = [a]\na.append(b)\nia, ib = id(a), id(b)\n"
                      "del a, b\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    cycle_log log = {eval_id("ia"), eval_id("ib"), 0, 0};
    obs_gc g;
    obs_gc_get(&g);
    CHECK(g.gen_size[0] >= 3); /* keep and the cycle */
    obs_set_gc_hook(on_cycle, &log);
    CHECK_INT_EQ(obs_gc_collect(0), 2);
    obs_set_gc_hook(NULL, NULL);
    CHECK(log.cycle_zero_after_subtract);
    CHECK(log.cycle_unreachable);
    obs_gc_get(&g);
    CHECK_INT_EQ(g.count[0], 0);
    CHECK_INT_EQ(g.count[1], 1);
    CHECK(g.gen_size[1] >= 1); /* keep survived into generation 1 */
    CHECK_INT_EQ(g.collections[0] >= 1, 1);
    pyapi_stop();
}

static bool has_id(const obs_changes *c, uintptr_t id)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->ids[i] == id)
            return true;
    return false;
}

static bool in_order(const uintptr_t *ids, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (ids[i] <= ids[i - 1])
            return false;
    return true;
}

UNIT_TEST(changes_name_what_moved_since_the_last_call)
{
    CHECK(pyapi_start(&quiet) == 0);
    obs_changes c;
    obs_track_changes(true);
    CHECK(obs_changes_get(&c) == 0);
    CHECK(c.all); /* first call: compare everything */
    obs_changes_free(&c);
    const char *src = "a = [1]\nb = []\nia, ib = id(a), id(b)\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    uintptr_t ida = eval_id("ia"), idb = eval_id("ib");
    obs_changes_get(&c);
    CHECK(!c.all);
    CHECK(has_id(&c, ida) && has_id(&c, idb));
    CHECK(in_order(c.ids, c.n));
    obs_changes_free(&c);
    src = "c = 'x' * 3\n"; /* a and b untouched */
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    obs_changes_get(&c);
    CHECK(!c.all && c.n > 0);
    CHECK(!has_id(&c, ida) && !has_id(&c, idb));
    obs_changes_free(&c);
    src = "a.append(2)\ndel b\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    obs_changes_get(&c);
    CHECK(has_id(&c, ida) && has_id(&c, idb));
    obs_object o;
    CHECK(!obs_object_get(idb, &o)); /* freed */
    obs_changes_free(&c);
    obs_track_changes(false);
    obs_changes_get(&c);
    CHECK(c.all && c.n == 0); /* not tracking */
    obs_changes_free(&c);
    pyapi_stop();
}

UNIT_TEST(reachable_follows_referents_from_the_roots)
{
    CHECK(pyapi_start(&quiet) == 0);
    const char *src = "r = [[1000], (2000,)]\nlost = []\nlost.append(lost)\n"
                      "ir, i0, il = id(r), id(r[0]), id(lost)\ndel lost\n";
    CHECK(pyapi_exec(src, strlen(src), "t.py") == PYR_OK);
    uintptr_t ir = eval_id("ir"), i0 = eval_id("i0"), il = eval_id("il");
    uintptr_t *ids = NULL;
    size_t n = 0;
    CHECK(obs_reachable(&ir, 1, 1000, &ids, &n) == 0);
    obs_changes c = {ids, n, false};
    CHECK(has_id(&c, ir) && has_id(&c, i0) && !has_id(&c, il));
    CHECK(n >= 5); /* r, [1000], 1000, (2000,), 2000 */
    CHECK(in_order(ids, n));
    free(ids);
    CHECK(obs_reachable(&ir, 1, 2, &ids, &n) == 1); /* over the limit */
    CHECK(ids == NULL && n == 0);
    pyapi_stop();
}
