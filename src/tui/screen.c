/*
 * screen.c -- the terminal: curses start and end, UTF-8 or ASCII glyphs,
 * boxes with titles, clipped UTF-8 printing, the "terminal too small"
 * message, a millisecond clock and the exit-on-failure allocators.
 *
 * Resizes arrive as KEY_RESIZE from ncurses' own SIGWINCH handler, so
 * they are seen at once even while idle (app_getkey blocks in get_wch).
 */

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "tui_int.h"

enum { MIN_COLS = 80, MIN_ROWS = 24 };

static const screen_glyphs utf8_glyphs = {"─", "│", "┌", "┐", "└", "┘", "→",
                                          "█", "░", "▶", "…", "✓", "◐", "·"};
static const screen_glyphs ascii_glyphs = {"-", "|", "+", "+", "+", "+", "->",
                                           "#", ".", ">", "~", "*", "o", "."};

screen_glyphs G;

void tui_fmt(char *buf, size_t n, const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    vsnprintf(buf, n, f, ap);
    va_end(ap);
}

/* ---------------------------------------------------------- allocators */

static void *oom(void)
{
    endwin();
    fprintf(stderr, "pyscope: out of memory\n");
    exit(1);
}

void *tui_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    return p ? p : oom();
}

void *tui_xcalloc(size_t n, size_t m)
{
    void *p = calloc(n ? n : 1, m ? m : 1);
    return p ? p : oom();
}

void *tui_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    return q ? q : oom();
}

char *tui_xstrdup(const char *s)
{
    char *d = strdup(s ? s : "");
    return d ? d : oom();
}

/* With PYSCOPE_FRAME_FD=N in the environment (bench/tui_bench.c), the
 * CLOCK_MONOTONIC time of every frame written to the terminal goes to
 * file descriptor N, one "%.3f\n" line each: how the benchmark times
 * start to first frame and keypress to screen update of the real
 * binary.  Costs one branch per frame otherwise. */
void screen_frame_done(void)
{
    static int fd = -2;
    if (fd == -2) {
        const char *e = getenv("PYSCOPE_FRAME_FD");
        fd = e && *e ? atoi(e) : -1;
    }
    if (fd < 0)
        return;
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%.3f\n", screen_now_ms());
    if (write(fd, buf, (size_t)n) != n)
        fd = -1; /* the benchmark has gone: stop reporting */
}

double screen_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* --------------------------------------------------------- start, end */

static bool locale_is_utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* Start curses on the terminal: raw keys (Ctrl-C is a key), no echo,
 * keypad, mouse when wanted, colours from the current theme.  0 or -1. */
/* ------------------------------------------------------ fatal signals */

/* A bug that kills the program (a crash, an abort) must not leave the
 * learner's terminal in raw mode on the alternate screen, as htop makes
 * sure too: the handler restores the terminal with async-signal-safe
 * calls only, says what happened, and lets the signal go on (to the
 * handler that was there before, a sanitizer's, or the default one).
 * Progress is never at risk: it is saved atomically at each step. */
static struct termios saved_tio;
static bool have_tio;
static const int fatal_sigs[] = {SIGSEGV, SIGBUS,  SIGFPE, SIGILL,
                                 SIGABRT, SIGTERM, SIGHUP};
static struct sigaction old_acts[sizeof fatal_sigs / sizeof fatal_sigs[0]];

static void say(const char *s)
{
    ssize_t r = write(STDERR_FILENO, s, strlen(s));
    (void)r;
}

static void fatal_handler(int sig, siginfo_t *info, void *uc)
{
    (void)uc;
    static const char restore[] = "\033[?2004l\033[?1000l\033[?1002l"
                                  "\033[?1003l\033[0m\033[?25h\033[?1049l\r\n";
    ssize_t r = write(STDOUT_FILENO, restore, sizeof restore - 1);
    (void)r;
    if (have_tio)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_tio);
    size_t i = 0;
    while (fatal_sigs[i] != sig)
        i++;
    if (sig == SIGTERM || sig == SIGHUP) {
        say("pyscope: stopped by a signal; your progress is saved.\n");
    } else {
        say("pyscope: crashed (");
        say(sig == SIGSEGV  ? "segmentation fault"
            : sig == SIGBUS ? "bus error"
            : sig == SIGFPE ? "arithmetic error"
            : sig == SIGILL ? "illegal instruction"
                            : "aborted");
        say("). This is a bug in pyscope, not in your code: please report "
            "it, with what you were doing.\nYour progress up to the last "
            "step is saved; the terminal has been restored.\n");
    }
    sigaction(sig, &old_acts[i], NULL); /* then the signal goes on */
    bool fault = (sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE ||
                  sig == SIGILL) &&
                 info && info->si_code > 0; /* not sent by kill() */
    if (!fault)
        raise(sig);
    /* a fault: returning runs the faulting instruction again, which
     * now reaches the previous handler */
}

static void catch_fatal(void)
{
    have_tio = tcgetattr(STDIN_FILENO, &saved_tio) == 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fatal_handler;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof fatal_sigs / sizeof fatal_sigs[0]; i++)
        sigaction(fatal_sigs[i], &sa, &old_acts[i]);
}

int screen_init(bool mouse)
{
    /* Only the character set, as CPython sets it at start-up: LC_TIME and
     * LC_NUMERIC stay "C", so time.strftime("%A") and the interpreter's
     * number formatting are the same in the TUI as in `pyscope run`. */
    setlocale(LC_CTYPE, "");
    G = locale_is_utf8() ? utf8_glyphs : ascii_glyphs;
    if (!getenv("ESCDELAY"))
        set_escdelay(25);
    catch_fatal();
    if (!initscr())
        return -1;
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    codeedit_init_keys();
    fputs("\033[?2004h", stdout); /* bracketed paste */
    fflush(stdout);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
    }
    theme_apply_all();
    if (mouse)
        mousemask(ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION, NULL);
    mouseinterval(0);
    return 0;
}

void screen_end(void)
{
    if (!isendwin()) {
        fputs("\033[?2004l", stdout); /* bracketed paste off */
        fflush(stdout);
        endwin();
    }
}

bool screen_too_small(void)
{
    return COLS < MIN_COLS || LINES < MIN_ROWS;
}

void screen_draw_too_small(void)
{
    char msg[96];
    werase(stdscr);
    snprintf(msg, sizeof msg, "terminal too small: %dx%d, pyscope needs %dx%d",
             COLS, LINES, MIN_COLS, MIN_ROWS);
    screen_put(stdscr, LINES / 2, 0, COLS, msg, A_BOLD);
    if (LINES > 2)
        screen_put(stdscr, LINES / 2 + 1, 0, COLS, "q quits", A_NORMAL);
    wnoutrefresh(stdscr);
    doupdate();
    screen_frame_done();
}

/* ------------------------------------------------------------ drawing */

/* Print up to n bytes of UTF-8 text, clipped to width columns; control
 * characters show as '?'.  Returns the columns used. */
int screen_putn(WINDOW *w, int y, int x, int width, const char *s, size_t n,
                attr_t a)
{
    mbstate_t ps;
    memset(&ps, 0, sizeof ps);
    int used = 0;
    wmove(w, y, x);
    wattrset(w, a);
    while (n > 0 && used < width) {
        wchar_t wc;
        size_t k = mbrtowc(&wc, s, n, &ps);
        if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
            wc = L'?';
            k = 1;
            memset(&ps, 0, sizeof ps);
        }
        if (wc == L'\t')
            wc = L' ';
        int cw = wc < 32 ? (wc = L'?', 1) : wcwidth(wc);
        if (cw < 0)
            wc = L'?', cw = 1;
        if (used + cw > width)
            break;
        waddnwstr(w, &wc, 1);
        used += cw;
        s += k;
        n -= k;
    }
    wattrset(w, A_NORMAL);
    return used;
}

int screen_put(WINDOW *w, int y, int x, int width, const char *s, attr_t a)
{
    return screen_putn(w, y, x, width, s, strlen(s), a);
}

void screen_fill(WINDOW *w, int y, int x, int width, attr_t a)
{
    wattrset(w, a);
    mvwhline(w, y, x, ' ', width);
    wattrset(w, A_NORMAL);
}

static void edge(WINDOW *w, int y, int x, int n, const char *g, attr_t a)
{
    for (int i = 0; i < n; i++)
        screen_put(w, y, x + i, 1, g, a);
}

/* Frame the window with the theme's border role (or the focus role) and
 * put the title in the top edge: "┌─ Heap ───┐", "┌─ ▶ Heap ─┐" when
 * the pane has the focus. */
void screen_box(WINDOW *w, const char *title, bool focus)
{
    int h, wd;
    getmaxyx(w, h, wd);
    attr_t a = theme_attr(focus ? R_BORDER_FOCUS : R_BORDER);
    screen_put(w, 0, 0, 1, G.tl, a);
    edge(w, 0, 1, wd - 2, G.h, a);
    screen_put(w, 0, wd - 1, 1, G.tr, a);
    for (int y = 1; y < h - 1; y++) {
        screen_put(w, y, 0, 1, G.v, a);
        screen_put(w, y, wd - 1, 1, G.v, a);
    }
    screen_put(w, h - 1, 0, 1, G.bl, a);
    edge(w, h - 1, 1, wd - 2, G.h, a);
    screen_put(w, h - 1, wd - 1, 1, G.br, a);
    if (title && wd > 6) {
        int n = screen_put(w, 0, 2, wd - 4, " ", a);
        if (focus) /* visible without colour too */
            n += screen_put(w, 0, 2 + n, wd - 5 - n, G.mark,
                            theme_attr(R_TITLE) | A_BOLD),
                n += screen_put(w, 0, 2 + n, 1, " ", a);
        n += screen_put(w, 0, 2 + n, wd - 5 - n, title,
                        theme_attr(R_TITLE) | (focus ? A_BOLD : 0));
        screen_put(w, 0, 2 + n, 1, " ", a);
    }
}
