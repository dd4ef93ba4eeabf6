/*
 * pane_output.c -- what the program printed: stdout plain, stderr
 * (tracebacks, errors) in the error role, long lines wrapped, following
 * the end unless the learner scrolled up.
 *
 * The buffer keeps whole lines; text arrives in pieces from the
 * interpreter's write sinks (out_write) and is split at '\n'.  It is
 * bounded whatever the program prints: the last OUT_MAX_LINES lines, at
 * most about OUT_MAX_BYTES in all, and the first OUT_LINE_MAX bytes of a
 * line, followed on screen by a row that says how much more was cut.
 * Appending is amortised O(1), so print(c, end="") a million times
 * costs what it costs under `run`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

enum {
    OUT_MAX_LINES = 5000,
    OUT_LINE_MAX = 64 << 10,
    OUT_MAX_BYTES = 4 << 20,
};

/* ------------------------------------------------------------- buffer */

/* Drop the oldest fifth of the lines, and more while the rest holds
 * over three quarters of OUT_MAX_BYTES; the newest line stays. */
static void drop_oldest(out_buf *o)
{
    size_t drop = 0, freed = 0;
    while (drop + 1 < o->n &&
           (drop < o->n / 5 || o->bytes - freed > OUT_MAX_BYTES / 4 * 3))
        freed += o->lines[drop++].len;
    for (size_t i = 0; i < drop; i++)
        free(o->lines[i].text);
    memmove(o->lines, o->lines + drop, (o->n - drop) * sizeof *o->lines);
    o->n -= drop;
    o->bytes -= freed;
}

static void new_line(out_buf *o, bool err)
{
    if (o->n >= OUT_MAX_LINES || o->bytes > OUT_MAX_BYTES)
        drop_oldest(o);
    if (o->n == o->cap) {
        o->cap = o->cap ? o->cap * 2 : 64;
        o->lines = tui_xrealloc(o->lines, o->cap * sizeof *o->lines);
    }
    out_line *l = &o->lines[o->n++];
    memset(l, 0, sizeof *l);
    l->text = tui_xstrdup("");
    l->err = err;
    o->open_line = true;
}

/* Add n bytes to the line: kept up to OUT_LINE_MAX, counted beyond. */
static void append(out_buf *o, out_line *l, const char *s, size_t n)
{
    size_t keep = l->len < OUT_LINE_MAX ? OUT_LINE_MAX - l->len : 0;
    if (keep > n)
        keep = n;
    l->dropped += n - keep;
    if (keep == 0)
        return;
    if (l->len + keep + 1 > l->cap) {
        l->cap = (l->len + keep + 1) * 2;
        if (l->cap > OUT_LINE_MAX + 1)
            l->cap = OUT_LINE_MAX + 1;
        l->text = tui_xrealloc(l->text, l->cap);
    }
    memcpy(l->text + l->len, s, keep);
    l->len += keep;
    l->text[l->len] = '\0';
    o->bytes += keep;
    if (o->bytes > OUT_MAX_BYTES && o->n > 1)
        drop_oldest(o);
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
        append(o, &o->lines[o->n - 1], s, k);
        o->lines[o->n - 1].err |= err;
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
    o->bytes = 0;
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

/* Rows a line's kept text takes when wrapped to width columns (bytes
 * approximate columns; wide characters are clipped by screen_putn). */
static int text_rows(const out_line *l, int width)
{
    size_t n = l->len;
    return n == 0 ? 1 : (int)((n + (size_t)width - 1) / (size_t)width);
}

/* Its rows on screen: the text, and a row for what was cut. */
static int rows_of(const out_line *l, int width)
{
    return text_rows(l, width) + (l->dropped > 0);
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
        total += rows_of(&o->lines[i], width);
    if (o->follow)
        p->scroll = total - rows;
    pane_clamp(p, total);
    int row = 0;
    for (size_t i = 0; i < o->n && row < p->scroll + rows; i++) {
        const out_line *l = &o->lines[i];
        int k = text_rows(l, width);
        if (row + rows_of(l, width) <= p->scroll) {
            row += rows_of(l, width); /* above the view */
            continue;
        }
        for (int r = 0; r < k; r++, row++)
            if (row >= p->scroll && row < p->scroll + rows)
                screen_putn(p->win, 1 + row - p->scroll, 1, width,
                            l->text + (size_t)r * width,
                            strnlen(l->text + (size_t)r * width, (size_t)width),
                            line_attr(l));
        if (l->dropped && row >= p->scroll && row < p->scroll + rows) {
            char cut[96];
            snprintf(cut, sizeof cut, "[... %zu more bytes of this line]",
                     l->dropped);
            screen_put(p->win, 1 + row - p->scroll, 1, width, cut,
                       theme_attr(R_HINT));
        }
        row += l->dropped > 0;
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
