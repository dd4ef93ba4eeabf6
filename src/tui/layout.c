/*
 * layout.c -- where the panes go.  Two columns above one prompt row:
 * the left column holds what the learner reads (lesson, code, output),
 * the right one what memory looks like (stack, heap, gc, areas).  The GC
 * and areas panes keep fixed heights; the rest share what is left, so
 * 80x24 still shows every pane with a few rows each.
 */
#include "tui_int.h"

typedef struct rect {
    int y, x, h, w;
} rect;

static void place(pane *p, rect r)
{
    if (p->win)
        delwin(p->win);
    p->win = NULL;
    p->visible = r.h >= 3 && r.w >= 10;
    p->y = r.y, p->x = r.x, p->h = r.h, p->w = r.w;
    if (p->visible)
        p->win = newwin(r.h, r.w, r.y, r.x);
}

/* Stack panes top to bottom in a column; share[i] is a percentage of the
 * column (0 = takes the rest), fixed[i] a height in rows when > 0. */
static void column(tui_app *a, const int *ids, const int *share,
                   const int *fixed, int n, rect col)
{
    int rest = col.h, y = col.y;
    for (int i = 0; i < n; i++)
        rest -= fixed[i];
    int avail = rest;
    for (int i = 0; i < n; i++) {
        int h = fixed[i] ? fixed[i] : share[i] ? avail * share[i] / 100 : rest;
        if (!fixed[i])
            rest -= h;
        place(&a->panes[ids[i]], (rect){y, col.x, h, col.w});
        y += h;
    }
}

static void right_column(tui_app *a, rect col)
{
    static const int ids[] = {P_STACK, P_HEAP, P_GC, P_AREAS};
    static const int share[] = {40, 0, 0, 0};
    int gc_h = col.h >= 30 ? 7 : 6;
    const int fixed[] = {0, 0, gc_h, 4};
    column(a, ids, share, fixed, 4, col);
}

static void left_column(tui_app *a, rect col)
{
    static const int learn_ids[] = {P_LESSON, P_CODE, P_OUTPUT};
    static const int learn_share[] = {45, 30, 0};
    static const int step_ids[] = {P_CODE, P_OUTPUT};
    static const int step_share[] = {62, 0};
    static const int repl_ids[] = {P_CODE, P_OUTPUT};
    static const int repl_share[] = {25, 0};
    static const int nofix[3] = {0, 0, 0};
    if (a->mode == MODE_LEARN)
        column(a, learn_ids, learn_share, nofix, 3, col);
    else if (a->mode == MODE_STEP)
        column(a, step_ids, step_share, nofix, 2, col);
    else
        column(a, repl_ids, repl_share, nofix, 2, col);
}

/* Recompute every pane's window for the current size and mode. */
void app_layout(tui_app *a)
{
    for (int i = 0; i < P_NPANES; i++)
        place(&a->panes[i], (rect){0, 0, 0, 0});
    if (screen_too_small() || a->mode == MODE_MENU)
        return;
    int h = LINES - 1, lw = COLS >= 120 ? COLS * 45 / 100 : COLS / 2;
    left_column(a, (rect){0, 0, h, lw});
    right_column(a, (rect){0, lw, h, COLS - lw});
    if (a->focus < P_NPANES && !a->panes[a->focus].visible)
        a->focus = FOCUS_PROMPT;
}
