/*
 * codeedit.c -- the Code pane as an editor of the exercise's code.
 *
 * When an exercise is on screen and the Code pane has the focus, keys
 * edit the learner's code in place instead of line by line at the
 * prompt: arrows, Home/End, PgUp/PgDn move; Enter splits the line,
 * keeping its indentation and adding a level after a ':'; Backspace
 * joins lines; Tab / Shift-Tab indent or dedent the line by 4; Ctrl-Z
 * undoes, Ctrl-Y redoes; text pasted in a terminal's bracketed paste is
 * inserted as it is (no auto-indentation); F5 (or Ctrl-R) checks the
 * code; Esc gives the focus back.  The pane draws the cursor and the
 * current line.
 */
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

#define UNDO_MAX        200
#define KEY_PASTE_START (KEY_MAX + 1)
#define KEY_PASTE_END   (KEY_MAX + 2)

typedef struct snapshot {
    char *text;
    size_t cur;
} snapshot;

static struct {
    size_t cur; /* byte offset of the cursor in a->exercise */
    snapshot undo[UNDO_MAX], redo[UNDO_MAX];
    int nundo, nredo;
    bool pasting;
    const lesson_step *step; /* the exercise the state belongs to */
} E;

bool codeedit_active(tui_app *a)
{
    if (a->mode != MODE_LEARN || a->focus != P_CODE || !a->lesson ||
        !a->exercise || a->st.running || a->st.paused)
        return false;
    const lesson_step *s = lesson_step_at(a->lesson, a->step);
    if (!s || lesson_step_kind(s) != LESSON_EXERCISE)
        return false;
    if (E.step != s) { /* another exercise: start at its end, no history */
        codeedit_reset();
        E.step = s;
        E.cur = strlen(a->exercise);
    }
    size_t n = strlen(a->exercise);
    if (E.cur > n)
        E.cur = n;
    return true;
}

static void drop(snapshot *st, int *n)
{
    for (int i = 0; i < *n; i++)
        free(st[i].text);
    *n = 0;
}

void codeedit_reset(void)
{
    drop(E.undo, &E.nundo);
    drop(E.redo, &E.nredo);
    E.cur = 0;
    E.pasting = false;
    E.step = NULL;
}

size_t codeedit_cursor(void)
{
    return E.cur;
}

void codeedit_init_keys(void)
{
    define_key("\033[200~", KEY_PASTE_START);
    define_key("\033[201~", KEY_PASTE_END);
}

/* ------------------------------------------------------------- editing */

static void push(snapshot *st, int *n, const char *text, size_t cur)
{
    if (*n == UNDO_MAX) {
        free(st[0].text);
        memmove(st, st + 1, (UNDO_MAX - 1) * sizeof *st);
        (*n)--;
    }
    st[*n].text = tui_xstrdup(text);
    st[(*n)++].cur = cur;
}

/* Before a change: remember the text for Ctrl-Z; a change forgets redo. */
static void before_change(tui_app *a)
{
    push(E.undo, &E.nundo, a->exercise, E.cur);
    drop(E.redo, &E.nredo);
}

static void changed(tui_app *a)
{
    a->exercise_dirty = true;
    free(a->code);
    a->code = tui_xstrdup(a->exercise);
}

static void insert(tui_app *a, const char *s, size_t k)
{
    size_t n = strlen(a->exercise);
    a->exercise = tui_xrealloc(a->exercise, n + k + 1);
    memmove(a->exercise + E.cur + k, a->exercise + E.cur, n - E.cur + 1);
    memcpy(a->exercise + E.cur, s, k);
    E.cur += k;
}

static void erase_text(tui_app *a, size_t from, size_t to)
{
    size_t n = strlen(a->exercise);
    memmove(a->exercise + from, a->exercise + to, n - to + 1);
    if (E.cur >= to)
        E.cur -= to - from;
    else if (E.cur > from)
        E.cur = from;
}

static size_t line_start(const char *s, size_t i)
{
    while (i > 0 && s[i - 1] != '\n')
        i--;
    return i;
}

static size_t line_end(const char *s, size_t i)
{
    while (s[i] && s[i] != '\n')
        i++;
    return i;
}

/* Enter: a new line indented as this one, one level more after ':'. */
static void newline(tui_app *a)
{
    const char *s = a->exercise;
    size_t ls = line_start(s, E.cur), ind = 0;
    while (s[ls + ind] == ' ')
        ind++;
    size_t last = E.cur;
    while (last > ls && s[last - 1] == ' ')
        last--;
    bool colon = last > ls && s[last - 1] == ':';
    if (E.pasting) {
        insert(a, "\n", 1);
        return;
    }
    size_t k = ind + (colon ? 4 : 0);
    char *buf = tui_xmalloc(k + 2);
    buf[0] = '\n';
    memset(buf + 1, ' ', k);
    insert(a, buf, k + 1);
    free(buf);
}

static void backspace(tui_app *a)
{
    if (E.cur == 0)
        return;
    size_t from = E.cur - 1;
    while (from > 0 && ((unsigned char)a->exercise[from] & 0xC0) == 0x80)
        from--;
    erase_text(a, from, E.cur);
}

static void delete_forward(tui_app *a)
{
    const char *s = a->exercise;
    if (!s[E.cur])
        return;
    size_t to = E.cur + 1;
    while (((unsigned char)s[to] & 0xC0) == 0x80)
        to++;
    erase_text(a, E.cur, to);
}

/* Tab / Shift-Tab: the line indented or dedented by 4 spaces. */
static void indent(tui_app *a, bool more)
{
    size_t ls = line_start(a->exercise, E.cur);
    if (more) {
        size_t keep = E.cur;
        E.cur = ls;
        insert(a, "    ", 4);
        E.cur = keep + 4;
        return;
    }
    size_t k = 0;
    while (k < 4 && a->exercise[ls + k] == ' ')
        k++;
    erase_text(a, ls, ls + k);
}

/* ------------------------------------------------------------ movement */

static size_t col_of(const char *s, size_t i)
{
    size_t ls = line_start(s, i), c = 0;
    for (size_t k = ls; k < i; k++)
        c += ((unsigned char)s[k] & 0xC0) != 0x80;
    return c;
}

/* The offset on the line starting at ls nearest to column col. */
static size_t at_col(const char *s, size_t ls, size_t col)
{
    size_t i = ls, c = 0;
    while (s[i] && s[i] != '\n' && c < col) {
        i++;
        while (((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        c++;
    }
    return i;
}

static void vertical(tui_app *a, int lines)
{
    const char *s = a->exercise;
    size_t col = col_of(s, E.cur), ls = line_start(s, E.cur);
    for (; lines < 0 && ls > 0; lines++)
        ls = line_start(s, ls - 1);
    for (; lines > 0; lines--) {
        size_t le = line_end(s, ls);
        if (!s[le])
            break;
        ls = le + 1;
    }
    E.cur = at_col(s, ls, col);
}

static void horizontal(tui_app *a, int dir)
{
    const char *s = a->exercise;
    if (dir < 0 && E.cur > 0) {
        E.cur--;
        while (E.cur > 0 && ((unsigned char)s[E.cur] & 0xC0) == 0x80)
            E.cur--;
    } else if (dir > 0 && s[E.cur]) {
        E.cur++;
        while (((unsigned char)s[E.cur] & 0xC0) == 0x80)
            E.cur++;
    }
}

static bool undo_redo(tui_app *a, bool undo)
{
    snapshot *from = undo ? E.undo : E.redo, *to = undo ? E.redo : E.undo;
    int *nf = undo ? &E.nundo : &E.nredo, *nt = undo ? &E.nredo : &E.nundo;
    if (!*nf) {
        app_set_status(a, false, undo ? "nothing to undo" : "nothing to redo");
        return false;
    }
    push(to, nt, a->exercise, E.cur);
    snapshot *sn = &from[--*nf];
    free(a->exercise);
    a->exercise = sn->text;
    E.cur = sn->cur;
    return true;
}

/* ----------------------------------------------------------------- keys */

static bool move_key(tui_app *a, int k, int page)
{
    const char *s = a->exercise;
    switch (k) {
    case KEY_LEFT:
        horizontal(a, -1);
        return true;
    case KEY_RIGHT:
        horizontal(a, 1);
        return true;
    case KEY_UP:
        vertical(a, -1);
        return true;
    case KEY_DOWN:
        vertical(a, 1);
        return true;
    case KEY_PPAGE:
        vertical(a, -page);
        return true;
    case KEY_NPAGE:
        vertical(a, page);
        return true;
    case KEY_HOME:
        E.cur = line_start(s, E.cur);
        return true;
    case KEY_END:
        E.cur = line_end(s, E.cur);
        return true;
    default:
        return false;
    }
}

/* A change of the text; false if k is not one. */
static bool edit_key(tui_app *a, int k)
{
    if (k == KEY_CTRL('z') || k == KEY_CTRL('y'))
        return undo_redo(a, k == KEY_CTRL('z'));
    before_change(a);
    if (k == '\n' || k == '\r' || k == KEY_ENTER)
        newline(a);
    else if (k == KEY_BACKSPACE || k == 127 || k == KEY_CTRL('h'))
        backspace(a);
    else if (k == KEY_DC)
        delete_forward(a);
    else if (k == '\t')
        indent(a, true);
    else if (k == KEY_BTAB)
        indent(a, false);
    else if (k >= KEY_WCHAR_BASE || (k >= ' ' && k < 127)) {
        char buf[8];
        wchar_t wc =
            k >= KEY_WCHAR_BASE ? (wchar_t)(k - KEY_WCHAR_BASE) : (wchar_t)k;
        int n = wctomb(buf, wc);
        if (n <= 0) {
            free(E.undo[--E.nundo].text);
            return false;
        }
        insert(a, buf, (size_t)n);
    } else {
        free(E.undo[--E.nundo].text); /* no change after all */
        return false;
    }
    return true;
}

int codeedit_key(tui_app *a, int k)
{
    if (k == KEY_PASTE_START || k == KEY_PASTE_END) {
        E.pasting = k == KEY_PASTE_START;
        return EV_HANDLED;
    }
    if (k == KEY_ESC) {
        a->focus = FOCUS_PROMPT;
        return EV_HANDLED | EV_REDRAW;
    }
    if (k == KEY_F(5) || k == KEY_CTRL('r')) {
        learn_check_exercise(a);
        return EV_HANDLED | EV_REDRAW;
    }
    pane *p = &a->panes[P_CODE];
    if (move_key(a, k, p->h > 3 ? p->h - 3 : 1))
        return EV_HANDLED | EV_REDRAW;
    if (edit_key(a, k)) {
        changed(a);
        return EV_HANDLED | EV_REDRAW;
    }
    return EV_IGNORED;
}

/* The cursor's line (1-based) and column, for the pane to draw it. */
void codeedit_position(tui_app *a, int *line, int *col)
{
    const char *s = a->exercise;
    *line = 1;
    for (size_t i = 0; i < E.cur; i++)
        *line += s[i] == '\n';
    *col = (int)col_of(s, E.cur);
}
