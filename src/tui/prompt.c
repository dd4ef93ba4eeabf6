/*
 * prompt.c -- the REPL line at the bottom, edited by libedit.
 *
 * libedit wants a terminal of its own and ignores readline's redisplay
 * hook, so it gets a private pseudo-terminal (openpty): it reads keys
 * through our EL_GETCFN function and writes its echo to the pty, where
 * we drain and drop it; the line on screen is drawn by us from
 * el_wline().  The read function is also where the UI idles: it draws
 * the frame, waits for a key, feeds editing keys to libedit (function
 * keys translated to the escape sequences libedit binds) and handles the
 * others like anywhere else.  History lives in
 * $XDG_DATA_HOME/pyscope/history; ~/.editrc (or $EDITRC) is sourced, so
 * `bind -v` gives vi mode.  Tab completes names in scope, several
 * matches are shown in a popup above the prompt.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <limits.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

#include "tui_int.h"

static EditLine *el;
static History *hist;
static HistEvent he;
static int master = -1;
static FILE *fin, *fout;
static char histfile[PATH_MAX];
static const char *cur_ps = ">>> ";
static int leave;         /* why the read function gave up */
static wchar_t queue[64]; /* keys waiting for libedit */
static size_t qhead, qlen;
static wchar_t *restore; /* line to type back after leaving */

enum { LEAVE_NONE, LEAVE_FOCUS, LEAVE_CANCEL };

/* ------------------------------------------------------------ history */

static void history_path(void)
{
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    char dir[PATH_MAX - 16];
    if (xdg && *xdg)
        snprintf(dir, sizeof dir, "%s/pyscope", xdg);
    else
        snprintf(dir, sizeof dir, "%s/.local/share/pyscope", home ? home : ".");
    for (char *p = dir + 1; *p; p++)
        if (*p == '/') {
            *p = '\0';
            mkdir(dir, 0700);
            *p = '/';
        }
    mkdir(dir, 0700);
    snprintf(histfile, sizeof histfile, "%s/history", dir);
}

void prompt_history_add(const char *line)
{
    if (!hist || strspn(line, " \t") == strlen(line))
        return;
    history(hist, &he, H_ENTER, line);
    history(hist, &he, H_SAVE, histfile);
}

/* -------------------------------------------------------- key feeding */

static void drain(void)
{
    char buf[4096];
    while (master >= 0 && read(master, buf, sizeof buf) > 0)
        ;
}

static void push_keys(const char *seq)
{
    for (; *seq && qlen < sizeof queue / sizeof queue[0]; seq++)
        queue[(qhead + qlen++) % 64] = (wchar_t)(unsigned char)*seq;
}

static void push_wkey(wchar_t wc)
{
    if (qlen < 64)
        queue[(qhead + qlen++) % 64] = wc;
}

/* Editing keys as libedit expects them on its terminal; false for the
 * keys the UI keeps. */
static bool feed_key(int k)
{
    static const struct {
        int key;
        const char *seq;
    } fkeys[] = {
        {KEY_UP, "\033[A"},   {KEY_DOWN, "\033[B"},    {KEY_RIGHT, "\033[C"},
        {KEY_LEFT, "\033[D"}, {KEY_HOME, "\033[H"},    {KEY_END, "\033[F"},
        {KEY_DC, "\033[3~"},  {KEY_BACKSPACE, "\177"}, {KEY_ENTER, "\n"}};
    for (size_t i = 0; i < sizeof fkeys / sizeof fkeys[0]; i++)
        if (k == fkeys[i].key) {
            push_keys(fkeys[i].seq);
            return true;
        }
    if (k == '\r')
        k = '\n';
    if (k >= KEY_WCHAR_BASE)
        push_wkey((wchar_t)(k - KEY_WCHAR_BASE));
    else if (k < KEY_MIN)
        push_wkey((wchar_t)k);
    else
        return false;
    return true;
}

static bool line_empty(void)
{
    const LineInfoW *li = el_wline(el);
    return li->lastchar == li->buffer;
}

static void save_line(void)
{
    const LineInfoW *li = el_wline(el);
    size_t n = (size_t)(li->lastchar - li->buffer);
    free(restore);
    restore = tui_xmalloc((n + 1) * sizeof *restore);
    wmemcpy(restore, li->buffer, n);
    restore[n] = L'\0';
}

static void free_popup(tui_app *a)
{
    for (size_t i = 0; i < a->npopup; i++)
        free(a->popup[i]);
    free(a->popup);
    a->popup = NULL;
    a->npopup = 0;
}

/* An Esc is held back until the next key: before an arrow or another
 * special key (a slow terminal sent Esc and then the arrow's sequence,
 * or the learner pressed Esc, then an arrow) it is dropped, since
 * libedit would read it as Meta and insert the rest as text ("[C");
 * before an ordinary key it goes to libedit with it (Meta-b, vi's
 * command mode). */
static bool esc_pending;

/* One key for libedit from the real keyboard; the UI runs meanwhile.
 * 1 and *wc, or -1 to make el_wgets give up (see `leave`). */
static int read_key(tui_app *a, wchar_t *wc)
{
    for (;;) {
        if (a->prompt_abort || a->quit || a->focus != FOCUS_PROMPT) {
            leave = LEAVE_FOCUS;
            return -1;
        }
        int k = app_getkey(a, editor_watching(a) ? 1000 : -1);
        if (k == ERR && editor_watching(a)) {
            editor_poll(a); /* the exercise saved from another window */
            continue;
        }
        free_popup(a);
        a->status[0] = '\0';
        if (a->help && k != KEY_RESIZE && k != ERR) {
            a->help = false; /* any key closes the help, and only that */
            continue;
        }
        if (k == KEY_CTRL('c')) {
            leave = LEAVE_CANCEL;
            return -1;
        }
        if (k == KEY_PPAGE ||
            k == KEY_NPAGE) { /* the step's text, else output */
            pane_id pid = a->mode == MODE_LEARN && learn_text_overflows(a)
                              ? P_LESSON
                              : P_OUTPUT;
            a->panes[pid].key(&a->panes[pid], a, k);
            continue;
        }
        if (k == KEY_ESC) {
            esc_pending = true;
            continue;
        }
        if (esc_pending && k != KEY_RESIZE && k != ERR) {
            esc_pending = false;
            if (k < KEY_MIN || k >= KEY_WCHAR_BASE)
                push_wkey(KEY_ESC);
        }
        bool ui = (k == '\t' && line_empty()) || k == KEY_CTRL('l');
        if (ui || !feed_key(k)) {
            app_key(a, k);
            continue;
        }
        if (qlen) {
            *wc = queue[qhead];
            qhead = (qhead + 1) % 64, qlen--;
            return 1;
        }
    }
}

static int getc_fn(EditLine *e, wchar_t *wc)
{
    (void)e;
    drain();
    if (qlen) {
        *wc = queue[qhead];
        qhead = (qhead + 1) % 64, qlen--;
        return 1;
    }
    return read_key(app_current, wc);
}

/* --------------------------------------------------------- completion */

static const char *const words[] = {
    "False",     "None",     "True",   "and",        "assert",   "break",
    "class",     "continue", "def",    "del",        "elif",     "else",
    "except",    "finally",  "for",    "from",       "global",   "import",
    "lambda",    "nonlocal", "not",    "pass",       "raise",    "return",
    "try",       "while",    "with",   "yield",      "abs",      "all",
    "any",       "bool",     "chr",    "dict",       "dir",      "divmod",
    "enumerate", "filter",   "float",  "getattr",    "hasattr",  "hash",
    "id",        "input",    "int",    "isinstance", "iter",     "len",
    "list",      "map",      "max",    "min",        "next",     "object",
    "ord",       "print",    "range",  "repr",       "reversed", "round",
    "set",       "setattr",  "sorted", "str",        "sum",      "super",
    "tuple",     "type",     "zip",    "gc",         "sys",      NULL};

typedef struct cands {
    char **v;
    size_t n, cap;
} cands;

static void cand_add(cands *c, const char *prefix, const char *name)
{
    if (strncmp(name, prefix, strlen(prefix)) != 0)
        return;
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->v[i], name) == 0)
            return;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->v = tui_xrealloc(c->v, c->cap * sizeof *c->v);
    }
    c->v[c->n++] = tui_xstrdup(name);
}

static void names_in_scope(tui_app *a, cands *c, const char *prefix)
{
    const obs_frames *f = &a->snap.frames;
    for (size_t i = 0; i < f->nglobals; i++)
        cand_add(c, prefix, f->globals[i].name);
    if (f->n)
        for (size_t i = 0; i < f->frames[f->n - 1].nlocals; i++)
            cand_add(c, prefix, f->frames[f->n - 1].locals[i].name);
    for (size_t i = 0; words[i]; i++)
        cand_add(c, prefix, words[i]);
}

/* Attributes of `obj.` through dir() (only simple dotted names). */
static void attributes(cands *c, const char *obj, const char *prefix)
{
    char expr[300];
    py_value v;
    char *err = NULL;
    if (strspn(obj, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
                    "6789_.") != strlen(obj))
        return;
    snprintf(expr, sizeof expr, "dir(%s)", obj);
    if (repl_eval(expr, &v, &err) < 0) {
        free(err);
        return;
    }
    for (size_t i = 0; v.kind == PYV_LIST && i < v.n; i++)
        if (v.items[i].kind == PYV_STR &&
            (prefix[0] == '_' || v.items[i].s[0] != '_'))
            cand_add(c, prefix, v.items[i].s);
    pyapi_value_free(&v);
}

static int by_name(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static size_t common_prefix(const cands *c)
{
    size_t n = strlen(c->v[0]);
    for (size_t i = 1; i < c->n; i++) {
        size_t k = 0;
        while (k < n && c->v[i][k] == c->v[0][k])
            k++;
        n = k;
    }
    return n;
}

/* The word before the cursor, as UTF-8 into buf. */
static void word_before_cursor(char *buf, size_t n)
{
    const LineInfoW *li = el_wline(el);
    const wchar_t *s = li->cursor;
    while (s > li->buffer &&
           (iswalnum((wint_t)s[-1]) || s[-1] == L'_' || s[-1] == L'.'))
        s--;
    size_t k = 0;
    for (; s < li->cursor && k + 1 < n; s++)
        buf[k++] = *s < 128 ? (char)*s : '?';
    buf[k] = '\0';
}

static unsigned char complete_fn(EditLine *e, int ch)
{
    (void)ch;
    tui_app *a = app_current;
    char word[256], *dot, ins[256];
    word_before_cursor(word, sizeof word);
    cands c = {0};
    const char *prefix = word;
    if ((dot = strrchr(word, '.')) != NULL) {
        *dot = '\0';
        prefix = dot + 1;
        attributes(&c, word, prefix);
    } else
        names_in_scope(a, &c, prefix);
    if (c.n == 0)
        return CC_REFRESH_BEEP;
    qsort(c.v, c.n, sizeof *c.v, by_name);
    size_t plen = strlen(prefix), common = common_prefix(&c);
    snprintf(ins, sizeof ins, "%.*s", (int)(common - plen), c.v[0] + plen);
    if (ins[0])
        el_insertstr(e, ins);
    if (c.n > 1) {
        a->popup = c.v;
        a->npopup = c.n;
    } else {
        free(c.v[0]);
        free(c.v);
    }
    return CC_REFRESH;
}

/* Candidates in columns in a box just above the prompt row. */
void prompt_popup_draw(tui_app *a)
{
    size_t widest = 4;
    for (size_t i = 0; i < a->npopup; i++)
        if (strlen(a->popup[i]) > widest)
            widest = strlen(a->popup[i]);
    int colw = (int)widest + 2, ncols = (COLS - 4) / colw;
    if (ncols < 1)
        ncols = 1;
    if ((size_t)ncols > a->npopup)
        ncols = (int)a->npopup;
    int nrows = (int)((a->npopup + (size_t)ncols - 1) / (size_t)ncols);
    if (nrows > LINES / 2)
        nrows = LINES / 2;
    int width = ncols * colw + 2;
    if (width < 20) /* room for the title */
        width = 20;
    WINDOW *w = newwin(nrows + 2, width, LINES - 3 - nrows, 0);
    if (!w)
        return;
    werase(w);
    screen_box(w, "completions", true);
    for (size_t i = 0; i < a->npopup && (int)(i / (size_t)ncols) < nrows; i++)
        screen_put(w, 1 + (int)(i / (size_t)ncols),
                   1 + (int)(i % (size_t)ncols) * colw, colw, a->popup[i],
                   theme_attr(R_NORMAL));
    wnoutrefresh(w);
    delwin(w);
}

/* ------------------------------------------------------------ drawing */

void prompt_draw(tui_app *a, WINDOW *w, int y, int width)
{
    (void)a;
    attr_t at = theme_attr(R_STATUS);
    int x = screen_put(w, y, 0, width, cur_ps, at | A_BOLD);
    if (!el)
        return;
    const LineInfoW *li = el_wline(el);
    int room = width - x - 1, before = 0;
    for (const wchar_t *p = li->buffer; p < li->cursor; p++)
        before += wcwidth(*p) > 0 ? wcwidth(*p) : 1;
    const wchar_t *p = li->buffer;
    while (before >= room &&
           p < li->cursor) { /* scroll to keep the cursor in */
        before -= wcwidth(*p) > 0 ? wcwidth(*p) : 1;
        p++;
    }
    wattrset(w, at);
    for (; p <= li->lastchar && x < width; p++) {
        wchar_t c = p < li->lastchar ? *p : L' ';
        if (c < 32)
            c = L'?';
        bool cur = p == li->cursor && a->focus == FOCUS_PROMPT;
        wattrset(w, cur ? A_REVERSE : at);
        mvwaddnwstr(w, y, x, &c, 1);
        x += wcwidth(c) > 0 ? wcwidth(c) : 1;
    }
    wattrset(w, A_NORMAL);
}

/* --------------------------------------------------------- start, read */

static wchar_t *prompt_fn(EditLine *e)
{
    (void)e;
    return L"";
}

static void bind_keys(void)
{
    el_set(el, EL_ADDFN, "pyscope-complete", "complete a name", complete_fn);
    el_set(el, EL_BIND, "^I", "pyscope-complete", NULL);
}

int prompt_init(tui_app *a)
{
    (void)a;
    int slave;
    struct winsize ws = {.ws_row = 24, .ws_col = 1000};
    if (openpty(&master, &slave, NULL, NULL, &ws) < 0)
        return -1;
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    fcntl(master, F_SETFD, FD_CLOEXEC);
    fcntl(slave, F_SETFD, FD_CLOEXEC);
    fin = fdopen(slave, "r");
    fout = fdopen(dup(slave), "w");
    el = el_init("pyscope", fin, fout, fout);
    if (!el)
        return -1;
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_SIGNAL, 0);
    el_wset(el, EL_PROMPT, prompt_fn);
    el_wset(el, EL_GETCFN, getc_fn);
    hist = history_init();
    history(hist, &he, H_SETSIZE, 1000);
    history(hist, &he, H_SETUNIQUE, 1);
    history_path();
    history(hist, &he, H_LOAD, histfile);
    el_set(el, EL_HIST, history, hist);
    bind_keys();
    el_source(el, NULL);
    bind_keys();
    return 0;
}

void prompt_end(void)
{
    if (el)
        el_end(el);
    if (hist)
        history_end(hist);
    if (fin)
        fclose(fin);
    if (fout)
        fclose(fout);
    if (master >= 0)
        close(master);
    el = NULL, hist = NULL, fin = fout = NULL, master = -1;
    free(restore);
    restore = NULL;
}

static void type_back(void)
{
    if (!restore)
        return;
    for (wchar_t *p = restore; *p; p++)
        push_wkey(*p);
    free(restore);
    restore = NULL;
}

/* Read one line; see tui_int.h. */
int prompt_read(tui_app *a, const char *ps, char **line)
{
    if (!el)
        return PROMPT_EOF;
    cur_ps = ps;
    leave = LEAVE_NONE;
    a->prompt_abort = false;
    a->prompt_busy = true;
    type_back();
    int count = 0;
    const char *s = el_gets(el, &count);
    a->prompt_busy = false;
    a->prompt_abort = false;
    if (leave == LEAVE_FOCUS) {
        save_line();
        return PROMPT_LEAVE;
    }
    if (leave == LEAVE_CANCEL) {
        el_reset(el);
        out_write(&a->out, "\nKeyboardInterrupt\n", 19, true);
        free(a->pending);
        a->pending = NULL;
        return PROMPT_LEAVE;
    }
    if (!s)
        return PROMPT_EOF;
    *line = tui_xstrdup(s);
    (*line)[strcspn(*line, "\n")] = '\0';
    prompt_history_add(*line);
    return PROMPT_LINE;
}
