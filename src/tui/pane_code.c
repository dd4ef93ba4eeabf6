/*
 * pane_code.c -- the program being run: line numbers, syntax colours,
 * the current line marked and kept in view.
 *
 * Colouring comes from the interpreter's own lexer (pyapi_tokens in
 * py.h), so the pane colours exactly what will be compiled: a string is
 * a string where the interpreter says so, and what it rejects (an
 * unterminated string being typed) shows in the error colour.  Each byte
 * of the source gets a role; this is recomputed only when the program
 * text changes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

/* Names shown in the builtin colour (the lexer sees only names). */
static const char *const builtins[] = {
    "print",  "len",    "range", "list", "dict", "set",       "tuple",
    "str",    "int",    "float", "bool", "id",   "type",      "isinstance",
    "sorted", "sum",    "min",   "max",  "abs",  "enumerate", "zip",
    "map",    "filter", "input", "repr", "iter", "next",      "object",
    "super",  "self",   "open",  "hash", NULL};

static bool is_builtin(const char *s, size_t n)
{
    for (const char *const *b = builtins; *b; b++)
        if (strlen(*b) == n && memcmp(*b, s, n) == 0)
            return true;
    return false;
}

static tui_role token_role(const pyapi_token *t, const char *src)
{
    switch (t->kind) {
    case PYTOK_KEYWORD:
        return R_KEYWORD;
    case PYTOK_NUMBER:
        return R_NUMBER;
    case PYTOK_STRING:
        return R_STRING;
    case PYTOK_COMMENT:
        return R_COMMENT;
    case PYTOK_ERROR:
        return R_ERROR;
    case PYTOK_NAME:
        return is_builtin(src + t->off, t->len) ? R_BUILTIN : R_NORMAL;
    default:
        return R_NORMAL;
    }
}

/* Fill roles[i] for every byte of the source from the lexer's tokens
 * (plain colours if memory runs out). */
static void highlight(const char *s, size_t n, uint8_t *roles)
{
    pyapi_token *t;
    size_t nt;
    memset(roles, R_NORMAL, n);
    if (pyapi_tokens(s, n, &t, &nt) < 0)
        return;
    for (size_t i = 0; i < nt; i++)
        memset(roles + t[i].off, token_role(&t[i], s), t[i].len);
    free(t);
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

/* The editor's cursor: the cell at column col of screen row y, shown
 * reversed (a space past the end of the line). */
static void draw_cursor(pane *p, int y, int x0, const char *s, size_t len,
                        int col)
{
    size_t i = 0;
    for (int c = 0; c < col && i < len; c++) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    size_t j = i;
    if (j < len) {
        j++;
        while (j < len && ((unsigned char)s[j] & 0xC0) == 0x80)
            j++;
    }
    int x = x0 + col;
    if (x < p->w - 1)
        screen_putn(p->win, y, x, 1, j > i ? s + i : " ", j > i ? j - i : 1,
                    A_REVERSE | theme_attr(R_NORMAL));
}

static void draw_code(pane *p, tui_app *a)
{
    bool editing = codeedit_active(a);
    const char *code = editing ? a->exercise : a->code ? a->code : "";
    size_t n = strlen(code);
    ensure_roles(code, n);
    int rows = p->h - 2, cur = current_line(a), line = 1, nlines = 1;
    int ecol = 0;
    if (editing) {
        codeedit_position(a, &cur, &ecol);
        if (cur <= p->scroll)
            p->scroll = cur - 1;
        if (cur > p->scroll + rows)
            p->scroll = cur - rows;
    }
    for (size_t i = 0; i < n; i++)
        nlines += code[i] == '\n' && i + 1 < n;
    if (cur > 0 && !editing &&
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
            if (editing && here)
                draw_cursor(p, y, 1 + used, s, len, ecol);
        }
        line++;
        s = e ? e + 1 : s + len;
    }
}

static void draw(pane *p, tui_app *a)
{
    char title[96];
    if (codeedit_active(a))
        snprintf(title, sizeof title,
                 "Code: editing %s F5 checks %s Ctrl-Z undo %s Esc leaves",
                 G.dot, G.dot, G.dot);
    else
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
