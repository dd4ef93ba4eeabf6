/*
 * pane_stack.c -- the stack and the variable area: every frame (function
 * and line, the innermost marked) with its local names, each pointing
 * with an arrow to the heap id it references ("a → 0x…12a0 list"); the
 * module's globals under the outermost frame or alone when nothing runs.
 * With inline values on (key v), small values are shown in place
 * ("n = 5"), still followed by their id.
 * When the pane has the focus, Up/Down select a name and Enter opens the
 * inspector on the object it refers to.
 */
#include <stdio.h>
#include <string.h>

#include "tui_int.h"

typedef struct cursor {
    pane *p;
    int row;    /* content row about to be drawn */
    bool count; /* counting pass: draw nothing */
} cursor;

static bool visible(cursor *c, int *y)
{
    *y = 1 + c->row - c->p->scroll;
    return !c->count && c->row >= c->p->scroll && *y < c->p->h - 1;
}

/* The object of each content row (0 for frame headers), as last drawn,
 * so that Enter finds the selected name's object. */
static uintptr_t *row_ids;
static size_t nrow_ids, caprow_ids;

static void note_row(int row, uintptr_t id)
{
    if ((size_t)row >= caprow_ids) {
        size_t cap = caprow_ids ? caprow_ids * 2 : 64;
        while (cap <= (size_t)row)
            cap *= 2;
        row_ids = tui_xrealloc(row_ids, cap * sizeof *row_ids);
        memset(row_ids + caprow_ids, 0, (cap - caprow_ids) * sizeof *row_ids);
        caprow_ids = cap;
    }
    row_ids[row] = id;
    if ((size_t)row >= nrow_ids)
        nrow_ids = (size_t)row + 1;
}

static bool is_small(const obs_ref *r)
{
    static const char *const small[] = {"int", "float", "bool", "NoneType",
                                        "str"};
    for (size_t i = 0; i < sizeof small / sizeof small[0]; i++)
        if (strcmp(r->type, small[i]) == 0)
            return strlen(r->repr) <= 16;
    return false;
}

static void draw_ref(cursor *c, tui_app *a, const obs_ref *r)
{
    int y, x = 3, w = c->p->w - 2;
    note_row(c->row, r->id);
    if (visible(c, &y)) {
        char id[40], buf[96];
        if (a->focus == P_STACK && c->row == c->p->cursor)
            screen_fill(c->p->win, y, 1, w, theme_attr(R_SELECT));
        fmt_id(r->id, id, sizeof id, w > 60);
        x += screen_put(c->p->win, y, x, w - x, r->name, theme_attr(R_EMPH));
        if (a->inline_values && is_small(r)) {
            snprintf(buf, sizeof buf, " = %s", r->repr);
            x += screen_put(c->p->win, y, x, w - x, buf, theme_attr(R_NORMAL));
        }
        x += screen_put(c->p->win, y, x, w - x, " ", 0);
        x += screen_put(c->p->win, y, x, w - x, G.arrow, theme_attr(R_ARROW));
        x += screen_put(c->p->win, y, x, w - x, " ", 0);
        x += screen_put(c->p->win, y, x, w - x, id, theme_attr(R_ID));
        snprintf(buf, sizeof buf, " %s", r->type);
        screen_put(c->p->win, y, x, w - x, buf, theme_attr(R_HINT));
    }
    c->row++;
}

static void draw_header(cursor *c, const char *text, bool innermost)
{
    int y;
    note_row(c->row, 0);
    if (visible(&(*c), &y)) {
        int x = 1;
        if (innermost)
            x += screen_put(c->p->win, y, x, 2, G.mark, theme_attr(R_CURLINE));
        screen_put(c->p->win, y, innermost ? 3 : 1, c->p->w - 4, text,
                   theme_attr(R_TITLE));
        (void)x;
    }
    c->row++;
}

static void draw_refs(cursor *c, tui_app *a, const obs_ref *refs, size_t n)
{
    for (size_t i = 0; i < n; i++)
        draw_ref(c, a, &refs[i]);
}

static void draw_frames(cursor *c, tui_app *a)
{
    const obs_frames *f = &a->snap.frames;
    for (size_t i = 0; i < f->n; i++) {
        const obs_frame *fr = &f->frames[i];
        char head[128];
        snprintf(head, sizeof head, "%s  line %d", fr->func, fr->line);
        draw_header(c, head, i + 1 == f->n);
        bool module = strcmp(fr->func, "<module>") == 0;
        if (module && f->globals)
            draw_refs(c, a, f->globals, f->nglobals);
        else
            draw_refs(c, a, fr->locals, fr->nlocals);
    }
}

static void draw_all(cursor *c, tui_app *a)
{
    if (a->snap.frames.n)
        draw_frames(c, a);
    else {
        draw_header(c, "globals", false);
        draw_refs(c, a, a->snap.frames.globals, a->snap.frames.nglobals);
    }
}

/* Unless the learner scrolls it, the pane shows its end: the innermost
 * frame and the names bound last. */
static void draw(pane *p, tui_app *a)
{
    cursor c = {p, 0, true};
    screen_box(p->win,
               a->inline_values ? "Stack / variables (values)"
                                : "Stack / variables",
               a->focus == P_STACK);
    if (!a->snap.valid) {
        screen_put(p->win, 1, 1, p->w - 2, "(no program)", theme_attr(R_HINT));
        return;
    }
    draw_all(&c, a);
    if (a->focus != P_STACK)
        p->scroll = c.row - (p->h - 2);
    else {
        if (p->cursor >= c.row)
            p->cursor = c.row - 1;
        if (p->cursor < 0)
            p->cursor = 0;
        if (p->cursor < p->scroll)
            p->scroll = p->cursor;
        if (p->cursor >= p->scroll + p->h - 2)
            p->scroll = p->cursor - (p->h - 3);
    }
    pane_clamp(p, c.row);
    c = (cursor){p, 0, false};
    draw_all(&c, a);
}

static int key(pane *p, tui_app *a, int k)
{
    if (k == 'v') {
        a->inline_values = !a->inline_values;
        return EV_HANDLED | EV_REDRAW;
    }
    int page = p->h > 3 ? p->h - 3 : 1;
    switch (k) {
    case KEY_UP:
        p->cursor--;
        return EV_HANDLED | EV_REDRAW;
    case KEY_DOWN:
        p->cursor++;
        return EV_HANDLED | EV_REDRAW;
    case KEY_PPAGE:
        p->cursor -= page;
        return EV_HANDLED | EV_REDRAW;
    case KEY_NPAGE:
        p->cursor += page;
        return EV_HANDLED | EV_REDRAW;
    case '\r':
    case '\n':
    case KEY_ENTER:
        if (p->cursor >= 0 && (size_t)p->cursor < nrow_ids &&
            row_ids[p->cursor])
            inspect_open(a, row_ids[p->cursor]);
        return EV_HANDLED | EV_REDRAW;
    default:
        return pane_scroll_key(p, k);
    }
}

void pane_stack_init(pane *p)
{
    p->name = "stack";
    p->draw = draw;
    p->key = key;
}
