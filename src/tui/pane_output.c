/*
 * pane_output.c -- what the program printed: stdout plain, stderr
 * (tracebacks, errors) in the error role, long lines wrapped, following
 * the end unless the learner scrolled up.
 *
 * The buffer keeps whole lines; text arrives in pieces from the
 * interpreter's write sinks (out_write) and is split at '\n'.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

enum { OUT_MAX_LINES = 5000 };

/* ------------------------------------------------------------- buffer */

static void drop_oldest(out_buf *o)
{
    size_t drop = o->n / 5;
    for (size_t i = 0; i < drop; i++)
        free(o->lines[i].text);
    memmove(o->lines, o->lines + drop, (o->n - drop) * sizeof *o->lines);
    o->n -= drop;
}

static void new_line(out_buf *o, bool err)
{
    if (o->n >= OUT_MAX_LINES)
        drop_oldest(o);
    if (o->n == o->cap) {
        o->cap = o->cap ? o->cap * 2 : 64;
        o->lines = tui_xrealloc(o->lines, o->cap * sizeof *o->lines);
    }
    o->lines[o->n].text = tui_xstrdup("");
    o->lines[o->n++].err = err;
    o->open_line = true;
}

static void append(out_line *l, const char *s, size_t n)
{
    size_t old = strlen(l->text);
    l->text = tui_xrealloc(l->text, old + n + 1);
    memcpy(l->text + old, s, n);
    l->text[old + n] = '\0';
}

/* Append text from a sink; err marks stderr.  A line that mixes both
 * takes the error role when any of it was an error. */
void out_write(out_buf *o, const char *s, size_t n, bool err)
{
    while (n > 0) {
        if (!o->open_line)
            new_line(o, err);
        const char *nl = memchr(s, '\n', n);
        size_t k = nl ? (size_t)(nl - s) : n;
        out_line *l = &o->lines[o->n - 1];
        append(l, s, k);
        l->err |= err;
        if (nl) {
            o->open_line = false;
            k++;
        }
        s += k;
        n -= k;
    }
}

void out_clear(out_buf *o)
{
    for (size_t i = 0; i < o->n; i++)
        free(o->lines[i].text);
    o->n = 0;
    o->open_line = false;
    o->follow = true;
}

void out_free(out_buf *o)
{
    out_clear(o);
    free(o->lines);
    o->lines = NULL;
    o->cap = 0;
}

char *out_text(const out_buf *o)
{
    size_t len = 1;
    for (size_t i = 0; i < o->n; i++)
        len += strlen(o->lines[i].text) + 1;
    char *t = tui_xmalloc(len), *p = t;
    for (size_t i = 0; i < o->n; i++)
        p += sprintf(p, "%s%s", o->lines[i].text,
                     i + 1 < o->n || !o->open_line ? "\n" : "");
    *p = '\0';
    return t;
}

/* ------------------------------------------------------------- drawing */

/* Rows a line takes when wrapped to width columns (bytes approximate
 * columns; wide characters are clipped by screen_putn). */
static int rows_of(const char *s, int width)
{
    size_t n = strlen(s);
    return n == 0 ? 1 : (int)((n + (size_t)width - 1) / (size_t)width);
}

static attr_t line_attr(const out_line *l)
{
    if (!l->err)
        return theme_attr(R_NORMAL);
    bool head =
        strncmp(l->text, "Traceback", 9) == 0 || strncmp(l->text, "  ", 2) == 0;
    return theme_attr(head ? R_HINT : R_ERROR);
}

static void draw(pane *p, tui_app *a)
{
    out_buf *o = &a->out;
    int width = p->w - 2, rows = p->h - 2, total = 0;
    screen_box(p->win, "Output", a->focus == P_OUTPUT);
    for (size_t i = 0; i < o->n; i++)
        total += rows_of(o->lines[i].text, width);
    if (o->follow)
        p->scroll = total - rows;
    pane_clamp(p, total);
    int row = 0;
    for (size_t i = 0; i < o->n && row < p->scroll + rows; i++) {
        const char *s = o->lines[i].text;
        int k = rows_of(s, width);
        for (int r = 0; r < k; r++, row++)
            if (row >= p->scroll && row < p->scroll + rows)
                screen_putn(p->win, 1 + row - p->scroll, 1, width,
                            s + (size_t)r * width,
                            strnlen(s + (size_t)r * width, (size_t)width),
                            line_attr(&o->lines[i]));
    }
}

static int key(pane *p, tui_app *a, int k)
{
    int ev = pane_scroll_key(p, k);
    if (ev)
        a->out.follow = p->scroll >= p->content - (p->h - 2);
    return ev;
}

void pane_output_init(pane *p)
{
    p->name = "output";
    p->draw = draw;
    p->key = key;
}
