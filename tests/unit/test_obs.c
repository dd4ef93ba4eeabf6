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
