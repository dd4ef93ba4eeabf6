/*
 * bench.c -- in-process frame-time figures for bench/tui_bench.c (a
 * frame with 10,000 heap objects and 50 frames in <= 5 ms, a keypress
 * to its update in <= 16 ms; the end-to-end figures of the real binary
 * are measured by bench/tui_bench.c itself).  Runs a program that builds the
 * objects and recurses to the wanted depth, and at the innermost line, from
 * inside the trace callback like a real pause, times: taking the snapshot,
 * drawing the whole screen, and handling a key plus redrawing.  The
 * screen is an off-screen curses terminal writing to /dev/null, so the
 * cost of producing the terminal output is included.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui.h"
#include "tui_int.h"

typedef struct bench {
    tui_app *a;
    int frames, reps;
    bool done;
} bench;

/* Redraws of one step (what every key that changes the view costs). */
static double time_draws(tui_app *a, int reps)
{
    app_draw(a);
    double t0 = screen_now_ms();
    for (int i = 0; i < reps; i++)
        app_draw(a);
    return (screen_now_ms() - t0) / reps;
}

/* A step: new snapshot, marks, filter index, frame. */
static double time_steps(tui_app *a, int reps)
{
    double t0 = screen_now_ms();
    for (int i = 0; i < reps; i++) {
        snap_take(&a->snap);
        app_draw(a);
    }
    return (screen_now_ms() - t0) / reps;
}

static double time_keys(tui_app *a, int reps)
{
    a->focus = P_HEAP;
    double t0 = screen_now_ms();
    for (int i = 0; i < reps; i++) {
        app_key(a, i % 2 ? KEY_UP : KEY_NPAGE);
        app_draw(a);
    }
    return (screen_now_ms() - t0) / reps;
}

/* The inspector on one object of the heap (objs[0], named by the
 * program): opening it (referrer scan, why-alive search) plus a frame,
 * then a frame of its graph. */
static void time_inspector(tui_app *a, int reps, double *open_ms,
                           double *graph_ms)
{
    uintptr_t id = 0;
    for (size_t i = 0; i < a->snap.frames.nglobals; i++)
        if (strcmp(a->snap.frames.globals[i].name, "objs") == 0)
            id = a->snap.frames.globals[i].id;
    double t0 = screen_now_ms();
    for (int i = 0; i < reps; i++) {
        inspect_open(a, id);
        app_draw(a);
    }
    *open_ms = (screen_now_ms() - t0) / reps;
    inspect_key(a, KEY_ENTER); /* objs[0] */
    graph_toggle();
    t0 = screen_now_ms();
    for (int i = 0; i < reps; i++)
        app_draw(a);
    *graph_ms = (screen_now_ms() - t0) / reps;
    inspect_close(a);
}

static void measure(bench *b)
{
    tui_app *a = b->a;
    double t0 = screen_now_ms();
    for (int i = 0; i < b->reps; i++)
        snap_take(&a->snap);
    double snap_ms = (screen_now_ms() - t0) / b->reps;
    a->filter = HEAP_REACHABLE; /* the default */
    double reach_ms = time_steps(a, b->reps);
    bool reach_done = a->filter == HEAP_REACHABLE;
    a->filter = HEAP_ALL;
    double all_ms = time_steps(a, b->reps);
    a->filter = HEAP_CONTAINERS;
    double cont_ms = time_steps(a, b->reps);
    a->filter = HEAP_REACHABLE;
    double draw_ms = time_draws(a, b->reps);
    double key_ms = time_keys(a, b->reps);
    double insp_ms, graph_ms;
    time_inspector(a, b->reps, &insp_ms, &graph_ms);
    printf("heap objects %zu, frames %zu, screen %dx%d\n", a->snap.nlive,
           a->snap.frames.n, COLS, LINES);
    printf("snapshot alone (obs_* + marks)           %8.3f ms\n", snap_ms);
    printf("frame after a step (snapshot + all panes):\n");
    printf("  heap filter reachable (the default)    %8.3f ms%s\n", reach_ms,
           reach_done ? "" : " (over budget: fell back to all)");
    printf("  heap filter all                        %8.3f ms\n", all_ms);
    printf("  heap filter containers                 %8.3f ms\n", cont_ms);
    printf("redraw of the same step (all panes)      %8.3f ms\n", draw_ms);
    printf("key + redraw (heap scroll)               %8.3f ms\n", key_ms);
    printf("inspector opened (referrers, why alive)  %8.3f ms\n", insp_ms);
    printf("graph view frame                         %8.3f ms\n", graph_ms);
    b->done = true;
}

static int bench_trace(void *ud, obs_event ev, int line, int depth)
{
    bench *b = ud;
    (void)line;
    if (ev == OBS_LINE && depth >= b->frames && !b->done)
        measure(b);
    return OBS_CONTINUE;
}

static char *program(int objects, int frames)
{
    char *src = tui_xmalloc(512);
    snprintf(src, 512,
             "objs = [[i] for i in range(%d)]\n"
             "def f(n):\n"
             "    if n == 0:\n"
             "        return len(objs)\n"
             "    return f(n - 1)\n"
             "f(%d)\n",
             objects / 2, frames - 1);
    return src;
}

static int open_screen(int cols, int rows)
{
    FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
    if (!out || !in || !newterm("xterm-256color", out, in))
        return -1;
    resizeterm(rows, cols);
    start_color();
    use_default_colors();
    theme_load("default");
    G = (screen_glyphs){"─", "│", "┌", "┐", "└", "┘", "→",
                        "█", "░", "▶", "…", "✓", "◐", "·"};
    return 0;
}

int tui_bench(int objects, int frames, int reps, int cols, int rows)
{
    static tui_app app;
    bench b = {&app, frames, reps, false};
    app_init(&app, MODE_STEP);
    if (open_screen(cols, rows) < 0)
        return 1;
    app.code = program(objects, frames);
    app_layout(&app);
    if (stepper_start_py(&app) < 0)
        return 1;
    obs_set_trace(bench_trace, &b);
    pyapi_exec(app.code, strlen(app.code), "<bench>");
    obs_set_trace(NULL, NULL);
    endwin();
    stepper_stop_py(&app);
    stepper_free(&app.st);
    snap_free(&app.snap);
    free(app.code);
    return b.done ? 0 : 1;
}
