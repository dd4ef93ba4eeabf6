/*
 * pane_areas.c -- the five memory areas of the course material (code,
 * variables, heap, free, stack) as one proportional bar, each area in its
 * role's colour and letter, with the sizes underneath.
 */
#include <stdio.h>

#include "tui_int.h"

typedef struct area {
    const char *letter, *name;
    tui_role role;
    size_t bytes;
} area;

static void human(size_t n, char *buf, size_t len)
{
    if (n >= 10u << 20)
        snprintf(buf, len, "%zuM", n >> 20);
    else if (n >= 10u << 10)
        snprintf(buf, len, "%zuK", n >> 10);
    else
        snprintf(buf, len, "%zuB", n);
}

static void draw_bar(pane *p, const area *ar, size_t total)
{
    int w = p->w - 2, x = 1, used = 0;
    for (int i = 0; i < 5; i++) {
        int cells =
            total ? (int)((double)ar[i].bytes * w / (double)total + 0.5) : 0;
        if (ar[i].bytes && cells == 0)
            cells = 1;
        if (i == 4 || used + cells > w)
            cells = w - used;
        for (int c = 0; c < cells; c++)
            screen_put(p->win, 1, x + used + c, 1, c == 0 ? ar[i].letter : " ",
                       theme_attr(ar[i].role));
        used += cells;
    }
}

static void draw_legend(pane *p, const area *ar)
{
    int x = 1;
    for (int i = 0; i < 5 && x < p->w - 1; i++) {
        char buf[48], sz[16];
        human(ar[i].bytes, sz, sizeof sz);
        if (p->w >= 64)
            snprintf(buf, sizeof buf, " %s %s  ", ar[i].name, sz);
        else
            snprintf(buf, sizeof buf, " %s  ", sz);
        x += screen_put(p->win, 2, x, 1, ar[i].letter, theme_attr(ar[i].role));
        x += screen_put(p->win, 2, x, p->w - 1 - x, buf, theme_attr(R_NORMAL));
    }
}

static void draw(pane *p, tui_app *a)
{
    const obs_areas *m = &a->snap.areas;
    area ar[5] = {{"C", "Code", R_AREA_CODE, m->code},
                  {"V", "Vars", R_AREA_VARS, m->variables},
                  {"H", "Heap", R_AREA_HEAP, m->heap},
                  {"F", "Free", R_AREA_FREE, m->free},
                  {"S", "Stack", R_AREA_STACK, m->stack}};
    screen_box(p->win, "Memory areas", a->focus == P_AREAS);
    size_t total = m->code + m->variables + m->heap + m->free + m->stack;
    if (!a->snap.valid || p->h < 4)
        return;
    draw_bar(p, ar, total);
    draw_legend(p, ar);
}

static int key(pane *p, tui_app *a, int k)
{
    (void)p;
    (void)a;
    (void)k;
    return EV_IGNORED;
}

void pane_areas_init(pane *p)
{
    p->name = "areas";
    p->draw = draw;
    p->key = key;
}
