/*
 * markup.c -- the light markup of lesson texts.
 *
 * Texts may use *emphasis*, **strong** and `inline code`; lists are just
 * lines starting with "- ", "* " or "1. " and need no markup of their
 * own.  A marker that is not closed on the same line is plain text, so
 * "2 * 3" needs no escaping.  Front ends either walk the spans
 * (lesson_markup_next) to style them or take the plain text.
 */
#include <string.h>

#include "lesson_int.h"

/* The end of the closing marker `m` for a span opened at s (content
 * starting at c), on the same line and not empty; NULL if none. */
static const char *closing(const char *c, const char *m)
{
    size_t ml = strlen(m);
    for (const char *e = c; *e && *e != '\n'; e++)
        if (strncmp(e, m, ml) == 0)
            return e > c ? e : NULL;
    return NULL;
}

/* A span starting exactly at s: its kind, content, and where it ends. */
static bool span_at(const char *s, lesson_span_kind *kind, const char **start,
                    size_t *len, const char **next)
{
    const char *e = NULL;
    size_t open = 1;
    if (*s == '`') {
        e = closing(s + 1, "`"), *kind = LESSON_SPAN_CODE;
    } else if (s[0] == '*' && s[1] == '*') {
        e = closing(s + 2, "**"), *kind = LESSON_SPAN_STRONG, open = 2;
    } else if (s[0] == '*' && s[1] && s[1] != ' ' && s[1] != '\n') {
        e = closing(s + 1, "*"), *kind = LESSON_SPAN_EMPH;
    }
    if (!e || (*kind != LESSON_SPAN_CODE && e[-1] == ' '))
        return false;
    *start = s + open;
    *len = (size_t)(e - *start);
    *next = e + open;
    return true;
}

bool lesson_markup_next(const char **p, lesson_span_kind *kind,
                        const char **start, size_t *len)
{
    const char *s = *p;
    if (!s || !*s)
        return false;
    if (span_at(s, kind, start, len, p))
        return true;
    size_t i = 1;
    lesson_span_kind k;
    const char *a, *n;
    size_t l;
    while (s[i] &&
           !((s[i] == '`' || s[i] == '*') && span_at(s + i, &k, &a, &l, &n)))
        i++;
    *kind = LESSON_SPAN_PLAIN;
    *start = s;
    *len = i;
    *p = s + i;
    return true;
}

char *lesson_markup_plain(const char *text)
{
    sbuf b = {0};
    lesson_span_kind kind;
    const char *start;
    size_t len;
    while (lesson_markup_next(&text, &kind, &start, &len)) {
        if (kind == LESSON_SPAN_CODE)
            sbuf_add(&b, "`", 1);
        sbuf_add(&b, start, len);
        if (kind == LESSON_SPAN_CODE)
            sbuf_add(&b, "`", 1);
    }
    return sbuf_take(&b);
}
