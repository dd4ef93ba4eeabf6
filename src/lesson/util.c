/*
 * util.c -- small helpers shared by the lesson engine.
 *
 * An allocator that exits with a message when memory runs out (lesson
 * and UI code may do that; the interpreter may not), a growable string
 * buffer, file reading, the dedent applied to every multi-line field of a
 * lesson, edit distance for "did you mean" suggestions, and the
 * diagnostic list.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson_int.h"

/* ---------------------------------------------------------- allocator */

static void oom(void)
{
    fputs("pyscope: out of memory\n", stderr);
    exit(70);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        oom();
    return p;
}

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *xstrdup(const char *s)
{
    return s ? xstrndup(s, strlen(s)) : NULL;
}

char *xvasprintf(const char *fmt, va_list ap)
{
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return xstrdup("");
    if ((size_t)n < sizeof small)
        return xstrdup(small);
    char *s = xmalloc((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvasprintf(fmt, ap);
    va_end(ap);
    return s;
}

/* ------------------------------------------------------------- buffer */

void sbuf_add(sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->s = xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

void sbuf_adds(sbuf *b, const char *s)
{
    sbuf_add(b, s, strlen(s));
}

void sbuf_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvasprintf(fmt, ap);
    va_end(ap);
    sbuf_adds(b, s);
    free(s);
}

char *sbuf_take(sbuf *b)
{
    char *s = b->s ? b->s : xstrdup("");
    b->s = NULL;
    b->n = b->cap = 0;
    return s;
}

/* --------------------------------------------------------------- files */

char *lesson_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    sbuf b = {0};
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sbuf_add(&b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(b.s);
        errno = EIO;
        return NULL;
    }
    if (len)
        *len = b.n;
    return sbuf_take(&b);
}

/* --------------------------------------------------------------- dedent */

/* Width of the indentation of the line at p (tabs count as one). */
static size_t indent_of(const char *p, bool *blank)
{
    size_t i = 0;
    while (p[i] == ' ' || p[i] == '\t')
        i++;
    *blank = p[i] == '\n' || p[i] == '\0' || p[i] == '\r';
    return i;
}

static size_t common_indent(const char *s)
{
    size_t best = (size_t)-1;
    for (const char *p = s; *p;) {
        bool blank;
        size_t w = indent_of(p, &blank);
        if (!blank && w < best)
            best = w;
        const char *nl = strchr(p, '\n');
        if (!nl)
            break;
        p = nl + 1;
    }
    return best == (size_t)-1 ? 0 : best;
}

char *lesson_dedent(const char *s)
{
    while (*s) { /* drop leading blank lines */
        bool blank;
        size_t w = indent_of(s, &blank);
        const char *nl = strchr(s, '\n');
        if (!blank || !nl)
            break;
        (void)w;
        s = nl + 1;
    }
    size_t cut = common_indent(s);
    sbuf b = {0};
    for (const char *p = s; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        size_t skip = len < cut ? len : cut;
        sbuf_add(&b, p + skip, len - skip);
        if (!nl)
            break;
        sbuf_add(&b, "\n", 1);
        p = nl + 1;
    }
    while (b.n > 0 && isspace((unsigned char)b.s[b.n - 1]))
        b.s[--b.n] = '\0';
    return sbuf_take(&b);
}

/* ------------------------------------------------------- suggestions */

char *lesson_squash_space(const char *s)
{
    sbuf b = {0};
    sbuf_add(&b, "", 0);
    for (; *s; s++) {
        if (!isspace((unsigned char)*s))
            sbuf_add(&b, s, 1);
        else if (b.n && !isspace((unsigned char)s[1]) && s[1])
            sbuf_add(&b, " ", 1);
    }
    return sbuf_take(&b);
}

int lesson_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    int *row = xmalloc((lb + 1) * sizeof *row);
    for (size_t j = 0; j <= lb; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j];
            int cost = tolower((unsigned char)a[i - 1]) !=
                       tolower((unsigned char)b[j - 1]);
            int best = diag + cost;
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    int d = row[lb];
    free(row);
    return d;
}

const char *lesson_nearest(const char *name, const char *const *cands)
{
    const char *best = NULL;
    int bestd = 1 << 30;
    for (; *cands; cands++) {
        int d = lesson_edit_distance(name, *cands);
        if (d < bestd) {
            bestd = d;
            best = *cands;
        }
    }
    int allowed = (int)strlen(name) / 3 + 1;
    if (allowed > 3)
        allowed = 3;
    return bestd <= allowed ? best : NULL;
}

/* -------------------------------------------------------- diagnostics */

void lesson_diag_add(lesson_diag *d, const char *fmt, ...)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        d->msg = xrealloc(d->msg, d->cap * sizeof *d->msg);
    }
    va_list ap;
    va_start(ap, fmt);
    d->msg[d->n++] = xvasprintf(fmt, ap);
    va_end(ap);
}

void lesson_diag_free(lesson_diag *d)
{
    for (size_t i = 0; i < d->n; i++)
        free(d->msg[i]);
    free(d->msg);
    d->msg = NULL;
    d->n = d->cap = 0;
}
