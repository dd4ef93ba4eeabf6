/*
 * pane_code.c -- the program being run: line numbers, syntax colours,
 * the current line marked and kept in view.
 *
 * Colouring: py.h has no token interface (the TUI may include py.h and
 * obs.h only), so a small scanner here classifies each byte of the
 * source as keyword, builtin, string (with triple quotes across lines and
 * f/r/b prefixes), number, comment or plain.  It is recomputed only when
 * the program text changes.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

static const char *const keywords[] = {
    "False",  "None",     "True",  "and",    "as",       "assert",
    "async",  "await",    "break", "class",  "continue", "def",
    "del",    "elif",     "else",  "except", "finally",  "for",
    "from",   "global",   "if",    "import", "in",       "is",
    "lambda", "nonlocal", "not",   "or",     "pass",     "raise",
    "return", "try",      "while", "with",   "yield",    NULL};

static const char *const builtins[] = {
    "print",  "len",    "range", "list", "dict", "set",       "tuple",
    "str",    "int",    "float", "bool", "id",   "type",      "isinstance",
    "sorted", "sum",    "min",   "max",  "abs",  "enumerate", "zip",
    "map",    "filter", "input", "repr", "iter", "next",      "object",
    "super",  "self",   "open",  "hash", NULL};

static bool in_list(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, s, n) == 0)
            return true;
    return false;
}

/* ------------------------------------------------------------ scanner */

static size_t scan_string(const char *s, size_t i, size_t n)
{
    char q = s[i];
    bool triple = i + 2 < n && s[i + 1] == q && s[i + 2] == q;
    i += triple ? 3 : 1;
    while (i < n) {
        if (s[i] == '\\' && i + 1 < n) {
            i += 2;
            continue;
        }
        if (!triple && s[i] == '\n')
            return i;
        if (s[i] == q &&
            (!triple || (i + 2 < n && s[i + 1] == q && s[i + 2] == q)))
            return i + (triple ? 3 : 1);
        i++;
    }
    return n;
}

static size_t scan_word(const char *s, size_t i, size_t n, uint8_t *roles)
{
    size_t j = i;
    while (j < n && (isalnum((unsigned char)s[j]) || s[j] == '_' ||
                     (unsigned char)s[j] >= 0x80))
        j++;
    if (j < n && (s[j] == '\'' || s[j] == '"') && j - i <= 2) { /* f"", rb'' */
        size_t e = scan_string(s, j, n);
        memset(roles + i, R_STRING, e - i);
        return e;
    }
    tui_role r = in_list(keywords, s + i, j - i)   ? R_KEYWORD
                 : in_list(builtins, s + i, j - i) ? R_BUILTIN
                                                   : R_NORMAL;
    memset(roles + i, r, j - i);
    return j;
}

static size_t scan_number(const char *s, size_t i, size_t n, uint8_t *roles)
{
    size_t j = i;
    while (j < n &&
           (isalnum((unsigned char)s[j]) || s[j] == '.' || s[j] == '_'))
        j++;
    memset(roles + i, R_NUMBER, j - i);
    return j;
}

/* Fill roles[i] for every byte of the source. */
static void highlight(const char *s, size_t n, uint8_t *roles)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t e;
        if (c == '#') {
            for (e = i; e < n && s[e] != '\n'; e++)
                roles[e] = R_COMMENT;
        } else if (c == '\'' || c == '"') {
            e = scan_string(s, i, n);
            memset(roles + i, R_STRING, e - i);
        } else if (isdigit(c)) {
            e = scan_number(s, i, n, roles);
        } else if (isalpha(c) || c == '_' || c >= 0x80) {
            e = scan_word(s, i, n, roles);
        } else {
            roles[i] = R_NORMAL;
            e = i + 1;
        }
        i = e;
    }
}

/* ------------------------------------------------------------ drawing */

static uint8_t *roles;
static char *roles_for; /* copy of the text the roles were computed for */

static void ensure_roles(const char *code, size_t n)
{
    if (roles && strcmp(roles_for, code) == 0)
        return;
    free(roles);
    free(roles_for);
    roles = tui_xmalloc(n + 1);
    highlight(code, n, roles);
    roles_for = tui_xstrdup(code);
}

/* Draw one source line with its colours from the role array. */
static void draw_line(WINDOW *w, int y, int x, int width, const char *s,
                      size_t n, const uint8_t *r, attr_t base)
{
    size_t i = 0;
    while (i < n && width > 0) {
        size_t j = i;
        while (j < n && r[j] == r[i])
            j++;
        attr_t a = base ? base : theme_attr((tui_role)r[i]);
        int used = screen_putn(w, y, x, width, s + i, j - i, a);
        x += used;
        width -= used;
        i = j;
    }
}

static int current_line(tui_app *a)
{
    return a->st.paused || a->st.running ? a->st.line : 0;
}

static void draw_code(pane *p, tui_app *a)
{
    const char *code = a->code ? a->code : "";
    size_t n = strlen(code);
    ensure_roles(code, n);
    int rows = p->h - 2, cur = current_line(a), line = 1, nlines = 1;
    for (size_t i = 0; i < n; i++)
        nlines += code[i] == '\n' && i + 1 < n;
    if (cur > 0 &&
        a->focus != P_CODE) /* depends on the line only: replays match */
        p->scroll = cur <= rows * 2 / 3 ? 0 : cur - rows / 2;
    pane_clamp(p, n ? nlines : 0);
    const char *s = code;
    while (*s && line <= p->scroll + rows) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        if (line > p->scroll) {
            int y = line - p->scroll;
            char num[16];
            bool here = line == cur;
            attr_t base = here ? theme_attr(R_CURLINE) : 0;
            if (here)
                screen_fill(p->win, y, 1, p->w - 2, base);
            snprintf(num, sizeof num, "%s%3d ", here ? G.mark : " ", line);
            int used = screen_put(p->win, y, 1, p->w - 2, num,
                                  here ? base : theme_attr(R_HINT));
            draw_line(p->win, y, 1 + used, p->w - 2 - used, s, len,
                      roles + (s - code), base);
        }
        line++;
        s = e ? e + 1 : s + len;
    }
}

static void draw(pane *p, tui_app *a)
{
    char title[96];
    snprintf(title, sizeof title, "Code%s%s", a->code_name ? " " : "",
             a->code_name ? a->code_name : "");
    screen_box(p->win, title, a->focus == P_CODE);
    draw_code(p, a);
}

static int key(pane *p, tui_app *a, int k)
{
    (void)a;
    return pane_scroll_key(p, k);
}

void pane_code_init(pane *p)
{
    p->name = "code";
    p->draw = draw;
    p->key = key;
}
