/*
 * inspect.c -- the object inspector: why an object is alive.
 *
 * An overlay opened on one object (Enter on a heap row, `:refs X` at the
 * prompt, a lesson step's `inspect = "X"`) shows
 *   - the object: type, id, refcount, generation, the names bound to it;
 *   - why it is alive: the shortest chain of references from a variable,
 *     or why there is none (a cycle the collector will free...);
 *   - refers to: each reference it holds, labelled ".next", "[0]",
 *     "['k']"; Enter (or ->) follows the selected one, Esc (or <-) goes
 *     back along the path followed;
 *   - referred to by: one line per counted reference, adding up to the
 *     refcount, and what the runtime holds besides.
 * `g` switches to the graph of its neighbourhood (graph.c).
 *
 * The data comes from obs.h (obsrefs.c) when the object or the snapshot
 * changes, never at each frame: a referrer scan walks the whole heap.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

#define PATH_MAX_DEPTH 64

static struct {
    bool open;
    uintptr_t path[PATH_MAX_DEPTH]; /* ids followed; the last is shown */
    int sel[PATH_MAX_DEPTH];        /* selection at each level */
    size_t depth;
    int scroll;
    uint64_t stamp; /* snapshot the data below was taken from */
    bool gone;      /* the object was freed since it was opened */
    obs_object obj;
    char repr[OBS_REPR_MAX];
    char names[64];
    obs_edge *out;
    size_t nout;
    char (*out_text)[OBS_REPR_MAX + 8]; /* repr of each referent */
    obs_referrers in;
    char why[512];
    int ret_focus; /* focus to give back on closing */
    int sel_line;  /* content line of the selected referent (last frame) */
} I;

bool inspect_is_open(void)
{
    return I.open;
}

uintptr_t inspect_current(void)
{
    return I.open && I.depth ? I.path[I.depth - 1] : 0;
}

static void drop_data(void)
{
    free(I.out);
    free(I.out_text);
    I.out = NULL;
    I.out_text = NULL;
    I.nout = 0;
    obs_referrers_free(&I.in);
}

/* (Re)read everything about the current object from the interpreter. */
static void load(tui_app *a)
{
    drop_data();
    uintptr_t id = I.path[I.depth - 1];
    I.stamp = a->snap.stamp;
    I.gone = !obs_object_get(id, &I.obj);
    I.why[0] = I.repr[0] = I.names[0] = '\0';
    if (I.gone)
        return;
    obs_object_repr(id, I.repr, sizeof I.repr);
    snap_var_names(&a->snap, id, I.names, sizeof I.names);
    if (obs_refers_to(id, &I.out, &I.nout) == 0 && I.nout) {
        I.out_text = tui_xcalloc(I.nout, sizeof *I.out_text);
        for (size_t i = 0; i < I.nout; i++)
            obs_object_repr(I.out[i].id, I.out_text[i], sizeof I.out_text[i]);
    }
    obs_referred_by(id, &I.in);
    obs_path p;
    if (obs_why_alive(id, &p) == 0) {
        obs_path_text(&p, I.why, sizeof I.why);
        obs_path_free(&p);
    }
}

void inspect_open(tui_app *a, uintptr_t id)
{
    drop_data();
    if (!I.open) {
        I.ret_focus = a->focus;
        if (a->focus == FOCUS_PROMPT) { /* the keys come to the overlay */
            a->focus = P_HEAP;
            a->prompt_abort = a->prompt_busy;
        }
    }
    I.open = true;
    I.depth = 1;
    I.path[0] = id;
    I.sel[0] = 0;
    I.scroll = 0;
    graph_reset();
    load(a);
}

void inspect_close(tui_app *a)
{
    drop_data();
    if (I.open)
        a->focus = I.ret_focus;
    I.open = false;
    I.depth = 0;
}

/* ------------------------------------------------------------- drawing */

typedef struct lines {
    WINDOW *w;
    int y, top, bottom, width; /* rows [top, bottom) of the window */
    int first;                 /* content line shown at top */
    int n;                     /* content lines so far */
    bool count;                /* counting pass: draw nothing */
} lines;

/* One line of content, wrapped at spaces to the width (continuation
 * lines indented two more columns). */
static void put_line(lines *l, int indent, const char *s, attr_t at)
{
    size_t len = strlen(s);
    do {
        int room = l->width - indent;
        size_t n = len;
        if (room > 8 && (int)n > room) { /* bytes: UTF-8 cuts short */
            n = (size_t)room;
            while (n > (size_t)room / 2 && s[n] != ' ')
                n--;
        }
        int y = l->top + l->n - l->first;
        if (!l->count && y >= l->top && y < l->bottom)
            screen_putn(l->w, y, 1 + indent, room, s, n, at);
        l->n++;
        s += n;
        len -= n;
        while (len && *s == ' ')
            s++, len--;
        if (indent < 6)
            indent += 2;
    } while (len);
}

static void draw_header(lines *l)
{
    char id[40], gen[24], buf[256];
    fmt_id(I.obj.id, id, sizeof id, true);
    if (I.obj.gen >= 0)
        tui_fmt(gen, sizeof gen, "gen%d", I.obj.gen);
    else
        tui_fmt(gen, sizeof gen, "%s",
                I.obj.gen == OBS_GEN_UNTRACKED ? "untracked" : "not gc");
    tui_fmt(buf, sizeof buf, "%s %s  refcount %zd  %s  %s%s%s", I.obj.type, id,
            I.obj.refcount, gen, I.names[0] ? "named " : "", I.names,
            I.names[0] ? "" : "");
    put_line(l, 1, buf, theme_attr(R_TITLE) | A_BOLD);
    put_line(l, 1, I.repr, theme_attr(R_CODE));
    tui_fmt(buf, sizeof buf, "alive because: %s", I.why);
    put_line(l, 1, buf, theme_attr(R_HINT));
}

static void draw_out(lines *l, int sel)
{
    char buf[256];
    tui_fmt(buf, sizeof buf, "refers to (%zu):%s", I.nout,
            I.nout ? "" : " nothing");
    put_line(l, 1, buf, theme_attr(R_EMPH) | A_BOLD);
    for (size_t i = 0; i < I.nout; i++) {
        bool s = (int)i == sel;
        if (s)
            I.sel_line = l->n;
        tui_fmt(buf, sizeof buf, "%s %-14s %s %s", s ? G.mark : " ",
                I.out[i].label, G.arrow, I.out_text[i]);
        if (s && !l->count) {
            int y = l->top + l->n - l->first;
            if (y >= l->top && y < l->bottom)
                screen_fill(l->w, y, 1, l->width, theme_attr(R_SELECT));
        }
        put_line(l, 1, buf, theme_attr(s ? R_SELECT : R_NORMAL));
    }
}

static void draw_in(lines *l)
{
    char buf[256];
    tui_fmt(buf, sizeof buf, "referred to by: %zd reference%s = refcount",
            I.in.refcount, I.in.refcount == 1 ? "" : "s");
    put_line(l, 1, buf, theme_attr(R_EMPH) | A_BOLD);
    for (size_t i = 0; i < I.in.n; i++)
        put_line(l, 3, I.in.lines[i].label, theme_attr(R_NORMAL));
    if (I.in.runtime > 0) {
        tui_fmt(buf, sizeof buf,
                "%zd held by the runtime (caches, interned strings, the C "
                "stack)",
                I.in.runtime);
        put_line(l, 3, buf, theme_attr(R_COMMENT));
    } else if (I.in.runtime < 0) {
        tui_fmt(buf, sizeof buf,
                "these lines count %zd more than the refcount: a pyscope "
                "bug, please report it",
                -I.in.runtime);
        put_line(l, 3, buf, theme_attr(R_ERROR));
    }
}

/* The lists, drawn from content line l->first on (or only counted). */
static void draw_lists(lines *l)
{
    draw_header(l);
    draw_out(l, I.sel[I.depth - 1]);
    draw_in(l);
}

void inspect_draw(tui_app *a)
{
    if (!I.open)
        return;
    if (I.stamp != a->snap.stamp)
        load(a);
    int h = LINES - 2, w = COLS - 4;
    if (w > 110)
        w = 110;
    WINDOW *win = newwin(h, w, 1, (COLS - w) / 2);
    if (!win)
        return;
    werase(win);
    char title[128], id[40];
    fmt_id(I.path[I.depth - 1], id, sizeof id, false);
    bool graph = graph_is_on();
    if (graph)
        tui_fmt(title, sizeof title, "Graph %s %s %s depth %d", G.dot, id,
                G.dot, graph_depth());
    else
        tui_fmt(title, sizeof title, "Inspector %s %s%s", G.dot, id,
                I.depth > 1 ? " (Esc: back)" : "");
    screen_box(win, title, true);
    if (I.gone) {
        screen_put(win, 2, 2, w - 4,
                   "This object has been freed. Esc goes back.",
                   theme_attr(R_FREED));
    } else if (graph) {
        graph_draw(a, win, I.path[I.depth - 1], 1, h - 2, w - 2);
    } else {
        lines l = {win, 0, 1, h - 2, w - 3, 0, 0, true};
        draw_lists(&l); /* where the selected line falls */
        int rows = h - 3;
        if (I.scroll > l.n - rows)
            I.scroll = l.n - rows;
        if (I.nout && I.sel_line < I.scroll)
            I.scroll = I.sel_line - 1;
        if (I.nout && I.sel_line >= I.scroll + rows)
            I.scroll = I.sel_line - rows + 1;
        if (I.scroll < 0)
            I.scroll = 0;
        l = (lines){win, 0, 1, h - 2, w - 3, I.scroll, 0, false};
        draw_lists(&l);
    }
    screen_put(win, h - 2, 2, w - 4,
               graph ? "g lists  +/- depth  Esc/<- back  q close"
                     : "Up/Down select  Enter/-> follow  Esc/<- back  g graph"
                       "  PgDn more  q close",
               theme_attr(R_STATUS));
    wnoutrefresh(win);
    delwin(win);
}

/* ---------------------------------------------------------------- keys */

static void follow(tui_app *a)
{
    int sel = I.sel[I.depth - 1];
    if (I.gone || sel < 0 || (size_t)sel >= I.nout || I.depth == PATH_MAX_DEPTH)
        return;
    I.path[I.depth] = I.out[sel].id;
    I.sel[I.depth] = 0;
    I.depth++;
    I.scroll = 0;
    load(a);
}

static void back(tui_app *a)
{
    if (I.depth <= 1) {
        inspect_close(a);
        return;
    }
    I.depth--;
    I.scroll = 0;
    load(a);
}

int inspect_key(tui_app *a, int k)
{
    if (!I.open)
        return EV_IGNORED;
    int *sel = &I.sel[I.depth - 1];
    if (graph_is_on() && graph_key(k))
        return EV_HANDLED | EV_REDRAW;
    switch (k) {
    case KEY_UP:
        if (*sel > 0)
            (*sel)--;
        break;
    case KEY_DOWN:
        if ((size_t)*sel + 1 < I.nout)
            (*sel)++;
        break;
    case KEY_NPAGE:
        I.scroll += LINES / 2;
        break;
    case KEY_PPAGE:
        I.scroll = I.scroll > LINES / 2 ? I.scroll - LINES / 2 : 0;
        break;
    case '\r':
    case '\n':
    case KEY_ENTER:
    case KEY_RIGHT:
        follow(a);
        break;
    case KEY_ESC:
    case KEY_LEFT:
    case KEY_BACKSPACE:
    case 127:
        back(a);
        break;
    case 'g':
        graph_toggle();
        break;
    case 'q':
        inspect_close(a);
        break;
    default:
        return EV_HANDLED; /* the overlay keeps the keyboard */
    }
    return EV_HANDLED | EV_REDRAW;
}
