/*
 * pane_gc.c -- the three GC generations: each count against its
 * threshold as a bar, the objects in the generation and the collections
 * so far; then the last collection (generation, collected, uncollectable)
 * and whether the collector is enabled.
 */
#include <stdio.h>
#include <string.h>

#include "tui_int.h"

/* "gen0 ████░░░░ 212/700  312 obj  3 coll" */
static void draw_gen(pane *p, const obs_gc *g, int gen, int y)
{
    char head[16], tail[80];
    int w = p->w - 2;
    snprintf(head, sizeof head, "gen%d ", gen);
    snprintf(tail, sizeof tail, " %d/%d %ld obj %ld coll", g->count[gen],
             g->threshold[gen], g->gen_size[gen], g->collections[gen]);
    int x = 1 + screen_put(p->win, y, 1, w, head,
                           theme_attr((tui_role)(R_GEN0 + gen)));
    int barw = w - (x - 1) - (int)strlen(tail);
    if (barw > 20)
        barw = 20;
    if (barw < 4)
        barw = 4;
    int th = g->threshold[gen] > 0 ? g->threshold[gen] : 1;
    int fill = (int)((long)g->count[gen] * barw / th);
    if (fill > barw)
        fill = barw;
    for (int i = 0; i < barw; i++)
        x += screen_put(
            p->win, y, x, 1, i < fill ? G.bar : G.barempty,
            theme_attr(i < fill ? (tui_role)(R_GEN0 + gen) : R_HINT));
    screen_put(p->win, y, x, p->w - 1 - x, tail, theme_attr(R_NORMAL));
}

static void draw(pane *p, tui_app *a)
{
    const obs_gc *g = &a->snap.gc;
    char line[128];
    screen_box(p->win, "GC generations", a->focus == P_GC);
    if (!a->snap.valid)
        return;
    for (int gen = 0; gen < 3 && gen + 1 < p->h - 1; gen++)
        draw_gen(p, g, gen, 1 + gen);
    if (g->last_gen < 0)
        snprintf(line, sizeof line, "last: none yet %s %s", G.dot,
                 g->enabled ? "enabled" : "DISABLED");
    else
        snprintf(line, sizeof line,
                 "last: gen%d collected %ld uncollectable %ld %s %s",
                 g->last_gen, g->last_collected, g->last_uncollectable, G.dot,
                 g->enabled ? "enabled" : "DISABLED");
    if (p->h > 5)
        screen_put(p->win, 4, 1, p->w - 2, line,
                   theme_attr(g->enabled ? R_NORMAL : R_ERROR));
}

static int key(pane *p, tui_app *a, int k)
{
    (void)a;
    return pane_scroll_key(p, k);
}

void pane_gc_init(pane *p)
{
    p->name = "gc";
    p->draw = draw;
    p->key = key;
}
