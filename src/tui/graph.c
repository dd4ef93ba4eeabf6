/*
 * graph.c -- an object and its neighbourhood drawn as boxes and arrows.
 *
 * Layers: the inspected object on the left, the objects it refers to in
 * the next column, theirs in the one after (depth 2 by default, +/-
 * change it), so arrows point right; a reference back to an object
 * already drawn (a cycle) is written inside the box that holds it
 * ("↺ .next → a") instead of an arrow running back.  Values without
 * references of their own (ints, strings, None) are written in the box
 * of their holder (".name = 'first'") as Python Tutor does.  Each box
 * says the names bound to the object, its type, refcount and generation,
 * and is coloured like its heap row (new, changed); during a slow-motion
 * collection it shows gc_refs instead of the generation.  When a column
 * has more objects than fit, the rest is counted ("+3 more").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

#define GRAPH_MAX 40 /* objects placed */
#define BOX_LINES 3  /* inline lines at most inside a box */
#define GAP       6  /* columns between two layers */

static struct {
    bool on;
    int depth; /* layers after the first */
} S = {false, 2};

typedef struct gnode {
    uintptr_t id;
    int layer;
    int parent;                /* index of the node it was reached from */
    char label[OBS_LABEL_MAX]; /* how the parent holds it */
    char inl[BOX_LINES][80];   /* inline values and back references */
    int ninl;
    int y, h; /* placed box: top row and height (0: not shown) */
} gnode;

void graph_reset(void)
{
    S.on = false;
}

bool graph_is_on(void)
{
    return S.on;
}

void graph_toggle(void)
{
    S.on = !S.on;
}

int graph_depth(void)
{
    return S.depth;
}

bool graph_key(int k)
{
    if (k == '+' || k == '=') {
        if (S.depth < 4)
            S.depth++;
        return true;
    }
    if (k == '-') {
        if (S.depth > 1)
            S.depth--;
        return true;
    }
    return false;
}

static int find(const gnode *g, int n, uintptr_t id)
{
    for (int i = 0; i < n; i++)
        if (g[i].id == id)
            return i;
    return -1;
}

static void add_inline(gnode *n, const char *fmt_label, const char *what)
{
    if (n->ninl < BOX_LINES)
        tui_fmt(n->inl[n->ninl++], sizeof n->inl[0], "%s%s", fmt_label, what);
}

/* A short name for a node: its variable names or its type and id. */
static void node_name(tui_app *a, uintptr_t id, char *buf, size_t n)
{
    char names[64];
    snap_var_names(&a->snap, id, names, sizeof names);
    if (names[0]) {
        tui_fmt(buf, n, "%s", names);
        return;
    }
    char hex[40];
    obs_object o;
    fmt_id(id, hex, sizeof hex, false);
    tui_fmt(buf, n, "%s %s", obs_object_get(id, &o) ? o.type : "?", hex);
}

/* Breadth first from the root: the objects that hold references become
 * nodes; the rest are written inline.  Number of nodes. */
static int build(tui_app *a, uintptr_t root, gnode *g)
{
    int n = 1;
    memset(&g[0], 0, sizeof g[0]);
    g[0].id = root;
    g[0].parent = -1;
    for (int i = 0; i < n; i++) {
        obs_edge *e;
        size_t ne;
        if (obs_refers_to(g[i].id, &e, &ne) != 0)
            continue;
        for (size_t k = 0; k < ne; k++) {
            obs_object o;
            if (!obs_object_get(e[k].id, &o) ||
                strcmp(e[k].label, ".__class__") == 0)
                continue;
            char text[OBS_REPR_MAX + 8];
            int j = find(g, n, e[k].id);
            if (o.gen == OBS_NOT_GC || strcmp(o.type, "type") == 0) {
                obs_object_repr(e[k].id, text, sizeof text);
                char lab[OBS_LABEL_MAX + 4];
                tui_fmt(lab, sizeof lab, "%s = ", e[k].label);
                add_inline(&g[i], lab, text);
            } else if (j >= 0 && (j <= i || g[j].parent != i)) {
                char name[64], lab[OBS_LABEL_MAX + 8];
                node_name(a, e[k].id, name, sizeof name);
                tui_fmt(lab, sizeof lab, "%s %s -> ",
                        strcmp(G.h, "-") == 0 ? "^" : "\xe2\x86\xba",
                        e[k].label);
                add_inline(&g[i], lab, name);
            } else if (j > i && g[j].parent == i) {
                /* another reference to the same child: one box, labels
                 * joined ("[0],[1]: list") */
                size_t len = strlen(g[j].label);
                tui_fmt(g[j].label + len, sizeof g[j].label - len, ",%s",
                        e[k].label);
            } else if (j < 0 && g[i].layer < S.depth && n < GRAPH_MAX) {
                memset(&g[n], 0, sizeof g[n]);
                g[n].id = e[k].id;
                g[n].layer = g[i].layer + 1;
                g[n].parent = i;
                tui_fmt(g[n].label, sizeof g[n].label, "%s", e[k].label);
                n++;
            }
        }
        free(e);
    }
    return n;
}

static void draw_box(tui_app *a, WINDOW *w, const gnode *nd, int x, int bw)
{
    obs_object o;
    if (!obs_object_get(nd->id, &o))
        return;
    char name[64], title[160], line[160];
    node_name(a, nd->id, name, sizeof name);
    if (nd->label[0])
        tui_fmt(title, sizeof title, "%s: %s", nd->label, name);
    else
        tui_fmt(title, sizeof title, "%s", name);
    size_t pos = snap_row_pos(&a->snap, nd->id, 0);
    int mark = pos < a->snap.nrows && a->snap.rows[pos].o.id == nd->id
                   ? a->snap.rows[pos].mark
                   : MARK_NONE;
    attr_t at = theme_attr(mark == MARK_NEW       ? R_NEW
                           : mark == MARK_CHANGED ? R_CHANGED
                                                  : R_NORMAL);
    WINDOW *box = derwin(w, nd->h, bw, nd->y, x);
    if (!box)
        return;
    screen_box(box, title, false);
    bool found = false;
    ssize_t refs =
        a->snap.gc_phase >= 0 ? snap_gc_refs(&a->snap, nd->id, &found) : 0;
    char gen[32];
    if (found)
        tui_fmt(gen, sizeof gen, "gc_refs %zd", refs);
    else if (o.gen >= 0)
        tui_fmt(gen, sizeof gen, "gen%d", o.gen);
    else
        tui_fmt(gen, sizeof gen, "untracked");
    tui_fmt(line, sizeof line, "%s rc %zd %s", o.type, o.refcount, gen);
    screen_put(box, 1, 1, bw - 2, line, at | A_BOLD);
    for (int i = 0; i < nd->ninl && 2 + i < nd->h - 1; i++)
        screen_put(box, 2 + i, 1, bw - 2, nd->inl[i], at);
    delwin(box);
}

/* Box-drawing joints for the arrows, or '+' without UTF-8. */
static const char *joint(const char *utf8)
{
    return strcmp(G.h, "-") == 0 ? "+" : utf8;
}

/* The arrows from parent p (right edge at px) to its shown children
 * (left edges at cx): a bus in the gap, from the parent's middle row to
 * each child's, with a joint where they meet and an arrow head. */
static void draw_arrows(WINDOW *w, const gnode *g, int n, int pi, int px,
                        int cx)
{
    attr_t at = theme_attr(R_ARROW);
    int py = g[pi].y + 1, mid = px + 2, lo = py, hi = py, kids = 0;
    for (int i = 0; i < n; i++)
        if (g[i].parent == pi && g[i].h) {
            int cy = g[i].y + 1;
            lo = cy < lo ? cy : lo;
            hi = cy > hi ? cy : hi;
            kids++;
        }
    if (!kids)
        return;
    for (int x = px; x < mid; x++)
        screen_put(w, py, x, 1, G.h, at);
    for (int y = lo; y <= hi; y++)
        screen_put(w, y, mid, 1, G.v, at);
    for (int i = 0; i < n; i++) {
        if (g[i].parent != pi || !g[i].h)
            continue;
        int cy = g[i].y + 1;
        for (int x = mid + 1; x < cx - 1; x++)
            screen_put(w, cy, x, 1, G.h, at);
        screen_put(w, cy, cx - 1, 1, G.mark, at);
        const char *j = cy == py   ? (lo == hi   ? G.h
                                      : lo == py ? joint("┬")
                                      : hi == py ? joint("┴")
                                                 : joint("┼"))
                        : cy == lo ? joint("┌")
                        : cy == hi ? joint("└")
                                   : joint("├");
        screen_put(w, cy, mid, 1, j, at);
    }
    if (py != lo && py != hi)
        screen_put(w, py, mid, 1, joint("┤"), at);
    if (py == lo && hi > py) {
        bool child_here = false;
        for (int i = 0; i < n; i++)
            child_here |= g[i].parent == pi && g[i].h && g[i].y + 1 == py;
        if (!child_here)
            screen_put(w, py, mid, 1, joint("┐"), at);
    }
    if (py == hi && lo < py) {
        bool child_here = false;
        for (int i = 0; i < n; i++)
            child_here |= g[i].parent == pi && g[i].h && g[i].y + 1 == py;
        if (!child_here)
            screen_put(w, py, mid, 1, joint("┘"), at);
    }
}

void graph_draw(tui_app *a, WINDOW *w, uintptr_t root, int top, int height,
                int width)
{
    gnode *g = tui_xcalloc(GRAPH_MAX, sizeof *g);
    int n = build(a, root, g);
    int layers = 0;
    for (int i = 0; i < n; i++)
        if (g[i].layer + 1 > layers)
            layers = g[i].layer + 1;
    int bw = (width - 2 - GAP * (layers - 1)) / (layers ? layers : 1);
    if (bw > 34)
        bw = 34;
    if (bw < 14) {
        screen_put(w, top + 1, 2, width - 2,
                   "Too narrow for the graph: g shows the lists.",
                   theme_attr(R_HINT));
        free(g);
        return;
    }
    int bottom = top + height - 1; /* last row for boxes */
    for (int L = 0; L < layers; L++) {
        int y = top, hidden = 0;
        for (int i = 0; i < n; i++) {
            if (g[i].layer != L)
                continue;
            int h = 3 + g[i].ninl;
            if (L > 0 && g[g[i].parent].h == 0)
                h = 0; /* its parent is not shown */
            if (h && y + h <= bottom) {
                g[i].y = y;
                g[i].h = h;
                y += h;
            } else
                hidden++;
        }
        if (hidden) {
            char more[32];
            tui_fmt(more, sizeof more, "+%d more", hidden);
            screen_put(w, bottom, 1 + L * (bw + GAP), bw, more,
                       theme_attr(R_COMMENT));
        }
    }
    for (int i = 0; i < n; i++) {
        if (!g[i].h)
            continue;
        int x = 1 + g[i].layer * (bw + GAP);
        draw_box(a, w, &g[i], x, bw);
        draw_arrows(w, g, n, i, x + bw, x + bw + GAP);
    }
    free(g);
}
