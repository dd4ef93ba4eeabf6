/*
 * tui_bench.c -- frame-time benchmark of the screen (not a timed test).
 *
 *   tui_bench [OBJECTS [FRAMES [REPS [COLS ROWS]]]]   (10000 50 200 200 60)
 *
 * Builds OBJECTS heap objects and FRAMES Python frames, then times the
 * snapshot, a full frame and a key plus redraw (src/tui/bench.c).  End-
 * to-end figures of the real binary (start to first frame, key to screen
 * update) come from bench/tui_timing.script run by tests/tui/vtrun.
 */
#include <stdlib.h>

#include "tui.h"

int main(int argc, char **argv)
{
    int objects = argc > 1 ? atoi(argv[1]) : 10000;
    int frames = argc > 2 ? atoi(argv[2]) : 50;
    int reps = argc > 3 ? atoi(argv[3]) : 200;
    int cols = argc > 5 ? atoi(argv[4]) : 200,
        rows = argc > 5 ? atoi(argv[5]) : 60;
    return tui_bench(objects, frames, reps, cols, rows);
}
