/*
 * vtrun.c -- drives the real pyscope binary in a pseudo-terminal and
 * reads its screen through libvterm, for the TUI tests (no display).
 *
 *   vtrun PYSCOPE SCRIPT [SOURCE_DIR]
 *
 * The program runs with TERM=xterm-256color, EDITRC=/dev/null, a UTF-8
 * locale and a fresh XDG_DATA_HOME.  Script lines ("$SRC" is replaced by
 * SOURCE_DIR; '#' starts a comment):
 *
 *   size ROWS COLS            terminal size for `start` (default 24 80)
 *   env NAME=VALUE            extra environment for `start`
 *   start ARGS...             spawn PYSCOPE ARGS...
 *   send TEXT                 keys; escapes \r \n \t \e \\ \xHH and <Up>
 *                             <Down> <Left> <Right> <Tab> <Enter> <Esc>
 *                             <BS> <PgUp> <PgDn> <F1> <F8> <Home> <End>
 *                             <C-c> <C-d> <C-u>
 *   wait-for-text TEXT        until TEXT is on the screen (5 s)
 *   wait-gone TEXT            until TEXT is no longer on the screen
 *   expect-at ROW COL TEXT    until TEXT is at ROW, COL (0-based)
 *   expect-style ROW COL SPEC until the cell at ROW, COL has every item of
 *                             SPEC: fg=N bg=N (colour index, or "default"),
 *                             bold underline reverse italic, or one of
 *                             these with a leading '-' for "not"
 *   style ROW COL             print the style of a cell (to write tests)
 *   resize ROWS COLS          change the terminal size (SIGWINCH)
 *   click ROW COL             mouse click (button 1) at ROW, COL
 *   wheel-down ROW COL        mouse wheel down at ROW, COL
 *   sleep MS
 *   kill SIGNUM               send the program a signal (crash drills)
 *   save NAME / expect-same NAME   remember the screen / compare with it
 *   grab NAME N TEXT          wait for TEXT, keep the N characters after it
 *                             as $NAME for later lines (an id, say)
 *   timer                     start a stopwatch
 *   time-until TEXT LABEL     wait for TEXT, print LABEL and the time
 *   expect-exit STATUS        until the program exits with STATUS
 *   file-count PATH N TEXT    PATH holds TEXT exactly N times ("$DATA" is
 *                             the XDG_DATA_HOME of the program; \t \n)
 *   dump                      print the screen
 *
 * Exit status 0 when every line passed; on failure the line and the
 * screen are printed and the status is 1.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vterm.h>

enum { TIMEOUT_MS = 15000, MAXSAVE = 8 }; /* generous: CI machines are loaded */

static VTerm *vt;
static VTermScreen *vs;
static int master = -1, rows = 24, cols = 80, exited = -1, lineno;
static pid_t child = -1;
static char *envs[32];
static int nenv;
static char *saved_name[MAXSAVE], *saved_text[MAXSAVE];
static int nsaved;
static double t0;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* ------------------------------------------------------------ screen */

static size_t put_utf8(char *o, uint32_t c)
{
    if (c < 0x80)
        return o[0] = (char)c, 1;
    if (c < 0x800)
        return o[0] = (char)(0xC0 | c >> 6), o[1] = (char)(0x80 | (c & 63)), 2;
    if (c < 0x10000)
        return o[0] = (char)(0xE0 | c >> 12),
               o[1] = (char)(0x80 | (c >> 6 & 63)),
               o[2] = (char)(0x80 | (c & 63)), 3;
    return o[0] = (char)(0xF0 | c >> 18), o[1] = (char)(0x80 | (c >> 12 & 63)),
           o[2] = (char)(0x80 | (c >> 6 & 63)), o[3] = (char)(0x80 | (c & 63)),
           4;
}

/* Row r from column c on, as UTF-8 (one character per cell). */
static void row_text(int r, int c, char *buf, size_t n)
{
    size_t k = 0;
    for (; c < cols && k + 5 < n; c++) {
        VTermScreenCell cell;
        vterm_screen_get_cell(vs, (VTermPos){r, c}, &cell);
        uint32_t ch = cell.chars[0] ? cell.chars[0] : ' ';
        if (ch == (uint32_t)-1)
            continue; /* right half of a wide character */
        k += put_utf8(buf + k, ch);
    }
    buf[k] = '\0';
}

static char *screen_text(void)
{
    size_t n = (size_t)rows * ((size_t)cols * 4 + 2) + 1, k = 0;
    char *s = malloc(n);
    for (int r = 0; r < rows; r++) {
        row_text(r, 0, s + k, n - k);
        k += strlen(s + k);
        s[k++] = '\n';
    }
    s[k] = '\0';
    return s;
}

static void dump(void)
{
    char *s = screen_text();
    printf("---- screen %dx%d ----\n%s---------------------\n", cols, rows, s);
    free(s);
}

/* Whether the program turned mouse reporting on: a real terminal sends
 * no mouse events otherwise (libvterm 0.1 would). */
static int mouse_on;

static int settermprop_cb(VTermProp prop, VTermValue *val, void *user)
{
    (void)user;
    if (prop == VTERM_PROP_MOUSE)
        mouse_on = val->number != VTERM_PROP_MOUSE_NONE;
    return 1;
}

static const VTermScreenCallbacks screen_cbs = {.settermprop = settermprop_cb};

/* libvterm 0.1 reads only the first mode of "ESC [ ? 1006 ; 1000 h" (what
 * ncurses sends), so look for the mouse modes in the bytes as well. */
static void scan_mouse_modes(const char *s, size_t n)
{
    for (size_t i = 0; i + 3 < n; i++) {
        if (s[i] != 27 || s[i + 1] != '[' || s[i + 2] != '?')
            continue;
        size_t j = i + 3;
        int mode = 0, mouse = 0;
        for (; j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == ';'); j++) {
            if (s[j] == ';') {
                mouse |= mode >= 1000 && mode <= 1003, mode = 0;
            } else
                mode = mode * 10 + (s[j] - '0');
        }
        mouse |= mode >= 1000 && mode <= 1003;
        if (j < n && mouse && (s[j] == 'h' || s[j] == 'l'))
            mouse_on = s[j] == 'h';
    }
}

/* ------------------------------------------------------------ child */

static void output_cb(const char *s, size_t len, void *user)
{
    (void)user;
    if (master >= 0 && write(master, s, len) < 0)
        perror("write");
}

/* Feed what the program wrote into libvterm, for at most ms. */
static void pump(int ms)
{
    struct pollfd p = {master, POLLIN, 0};
    char buf[8192];
    if (master < 0 || poll(&p, 1, ms) <= 0)
        goto reap;
    ssize_t n = read(master, buf, sizeof buf);
    if (n > 0) {
        scan_mouse_modes(buf, (size_t)n);
        vterm_input_write(vt, buf, (size_t)n);
    }
reap:
    if (child > 0 && exited < 0) {
        int st;
        if (waitpid(child, &st, WNOHANG) == child)
            exited = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    }
}

static void start(char *args)
{
    char *argv[32];
    int argc = 0;
    argv[argc++] = getenv("VTRUN_BIN");
    for (char *t = strtok(args, " "); t && argc < 31; t = strtok(NULL, " "))
        argv[argc++] = t;
    argv[argc] = NULL;
    struct winsize ws = {.ws_row = (unsigned short)rows,
                         .ws_col = (unsigned short)cols};
    if (vt)
        vterm_free(vt);            /* a script may start the program twice */
    if (child > 0 && exited < 0) { /* the previous program still runs */
        kill(child, SIGKILL);
        waitpid(child, NULL, 0);
    }
    if (master >= 0)
        close(master); /* the previous program's terminal */
    exited = -1;       /* expect-exit and settle look at this program */
    vt = vterm_new(rows, cols);
    vterm_set_utf8(vt, 1);
    vterm_output_set_callback(vt, output_cb, NULL);
    vs = vterm_obtain_screen(vt);
    mouse_on = 0;
    vterm_screen_set_callbacks(vs, &screen_cbs, NULL);
    vterm_screen_reset(vs, 1);
    child = forkpty(&master, NULL, NULL, &ws);
    if (child == 0) {
        setenv("TERM", "xterm-256color", 1);
        setenv("EDITRC", "/dev/null", 1);
        setenv("LC_ALL", "C.UTF-8", 1);
        unsetenv("NO_COLOR");
        for (int i = 0; i < nenv; i++)
            putenv(envs[i]);
        execv(argv[0], argv);
        _exit(127);
    }
    t0 = now_ms();
}

/* ------------------------------------------------------------ keys */

/* Named keys go through libvterm's keyboard, so they come out as the
 * terminal would send them in its current mode (application cursor keys
 * once curses has turned the keypad on). */
static const struct {
    const char *name;
    VTermKey key;
    int ctrl;
} keys[] = {
    {"<Up>", VTERM_KEY_UP, 0},          {"<Down>", VTERM_KEY_DOWN, 0},
    {"<Right>", VTERM_KEY_RIGHT, 0},    {"<Left>", VTERM_KEY_LEFT, 0},
    {"<Tab>", VTERM_KEY_TAB, 0},        {"<Enter>", VTERM_KEY_ENTER, 0},
    {"<Esc>", VTERM_KEY_ESCAPE, 0},     {"<BS>", VTERM_KEY_BACKSPACE, 0},
    {"<PgUp>", VTERM_KEY_PAGEUP, 0},    {"<PgDn>", VTERM_KEY_PAGEDOWN, 0},
    {"<F1>", VTERM_KEY_FUNCTION(1), 0}, {"<F8>", VTERM_KEY_FUNCTION(8), 0},
    {"<Home>", VTERM_KEY_HOME, 0},      {"<End>", VTERM_KEY_END, 0},
    {"<C-c>", VTERM_KEY_NONE, 'c'},     {"<C-d>", VTERM_KEY_NONE, 'd'},
    {"<C-u>", VTERM_KEY_NONE, 'u'}};

static void flush_bytes(const char *o, size_t *k)
{
    if (*k && write(master, o, *k) < 0)
        perror("write");
    *k = 0;
}

static size_t unescape(const char *s, char *o)
{
    size_t k = 0;
    while (*s) {
        size_t i, n = 0;
        for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
            if (strncmp(s, keys[i].name, n = strlen(keys[i].name)) == 0)
                break;
        if (i < sizeof keys / sizeof keys[0]) {
            flush_bytes(o, &k);
            if (keys[i].ctrl)
                o[k++] = (char)(keys[i].ctrl & 0x1f);
            else
                vterm_keyboard_key(vt, keys[i].key, VTERM_MOD_NONE);
            flush_bytes(o, &k);
            s += n;
        } else if (*s == '\\' && s[1]) {
            char c = s[1];
            s += 2;
            if (c == 'x') {
                o[k++] = (char)strtol((char[]){s[0], s[1], 0}, NULL, 16);
                s += 2;
            } else
                o[k++] = c == 'r'   ? '\r'
                         : c == 'n' ? '\n'
                         : c == 't' ? '\t'
                         : c == 'e' ? 27
                                    : c;
        } else
            o[k++] = *s++;
    }
    return k;
}

/* Send keys; an escape sequence goes in one write so it is read whole. */
static void send_keys(const char *text)
{
    char buf[4096];
    size_t n = unescape(text, buf);
    if (write(master, buf, n) < 0)
        perror("write");
    pump(20);
}

/* ------------------------------------------------------------ checks */

typedef int (*check_fn)(const char *arg, void *ud);

static int has_text(const char *arg, void *ud)
{
    (void)ud;
    char *s = screen_text();
    int ok = strstr(s, arg) != NULL;
    free(s);
    return ok;
}

static int gone_text(const char *arg, void *ud)
{
    return !has_text(arg, ud);
}

static int text_at(const char *arg, void *ud)
{
    int *rc = ud;
    char buf[4096];
    if (rc[0] >= rows || rc[1] >= cols)
        return 0;
    row_text(rc[0], rc[1], buf, sizeof buf);
    return strncmp(buf, arg, strlen(arg)) == 0;
}

/* A cell's style as "fg=N bg=N bold ...", the words expect-style uses. */
static void colour_word(const char *which, const VTermColor *c, char *o,
                        size_t n)
{
    if ((which[0] == 'f' && VTERM_COLOR_IS_DEFAULT_FG(c)) ||
        (which[0] == 'b' && VTERM_COLOR_IS_DEFAULT_BG(c)))
        snprintf(o, n, "%s=default", which);
    else if (VTERM_COLOR_IS_INDEXED(c))
        snprintf(o, n, "%s=%d", which, c->indexed.idx);
    else
        snprintf(o, n, "%s=#%02x%02x%02x", which, c->rgb.red, c->rgb.green,
                 c->rgb.blue);
}

static void cell_style(int r, int c, char *buf, size_t n)
{
    VTermScreenCell cell;
    char fg[32], bg[32];
    vterm_screen_get_cell(vs, (VTermPos){r, c}, &cell);
    colour_word("fg", &cell.fg, fg, sizeof fg);
    colour_word("bg", &cell.bg, bg, sizeof bg);
    snprintf(buf, n, "%s %s%s%s%s%s", fg, bg, cell.attrs.bold ? " bold" : "",
             cell.attrs.underline ? " underline" : "",
             cell.attrs.reverse ? " reverse" : "",
             cell.attrs.italic ? " italic" : "");
}

/* Every word of the spec is in the cell's style (or, with '-', not). */
static int style_at(const char *arg, void *ud)
{
    int *rc = ud;
    char have[128], spec[256];
    if (rc[0] >= rows || rc[1] >= cols)
        return 0;
    cell_style(rc[0], rc[1], have, sizeof have);
    snprintf(spec, sizeof spec, "%s", arg);
    for (char *save, *t = strtok_r(spec, " ", &save); t;
         t = strtok_r(NULL, " ", &save)) {
        bool neg = t[0] == '-';
        const char *w = t + neg, *p = have;
        size_t k = strlen(w);
        bool found = false;
        for (; (p = strstr(p, w)) != NULL; p += k)
            if ((p == have || p[-1] == ' ') && (p[k] == ' ' || !p[k]))
                found = true;
        if (found == neg)
            return 0;
    }
    return 1;
}

static int has_exited(const char *arg, void *ud)
{
    (void)ud;
    return exited == atoi(arg);
}

static int wait_until(check_fn f, const char *arg, void *ud)
{
    double end = now_ms() + TIMEOUT_MS;
    while (now_ms() < end) {
        if (f(arg, ud))
            return 1;
        pump(10);
    }
    return f(arg, ud);
}

static void fail(const char *why, const char *arg)
{
    printf("FAIL line %d: %s '%s'\n", lineno, why, arg);
    dump();
    if (child > 0 && exited < 0)
        kill(child, SIGKILL);
    exit(1);
}

static void resize(int r, int c)
{
    rows = r, cols = c;
    struct winsize ws = {.ws_row = (unsigned short)r,
                         .ws_col = (unsigned short)c};
    vterm_set_size(vt, r, c);
    ioctl(master, TIOCSWINSZ, &ws);
    pump(50);
}

/* Wait until the program has written nothing for 150 ms: a frame is
 * drawn in several writes, and a screen saved half-way would not match. */
static void settle(void)
{
    struct pollfd p = {master, POLLIN, 0};
    double end = now_ms() + TIMEOUT_MS;
    while (now_ms() < end && exited < 0 && poll(&p, 1, 150) > 0)
        pump(0);
}

static void save_screen(const char *name)
{
    settle();
    if (nsaved < MAXSAVE) {
        saved_name[nsaved] = strdup(name);
        saved_text[nsaved++] = screen_text();
    }
}

static void expect_same(const char *name)
{
    for (int i = 0; i < nsaved; i++)
        if (strcmp(saved_name[i], name) == 0) {
            double end = now_ms() + TIMEOUT_MS;
            char *s = screen_text();
            while (strcmp(s, saved_text[i]) != 0 && now_ms() < end) {
                free(s);
                pump(20);
                s = screen_text();
            }
            int same = strcmp(s, saved_text[i]) == 0;
            if (!same)
                printf("expected screen '%s':\n%s", name, saved_text[i]);
            free(s);
            if (!same)
                fail("screen differs from", name);
            return;
        }
    fail("no saved screen", name);
}

/* ------------------------------------------------------------ files */

/* Occurrences of text (with \t and \n escapes) in the file at path, or
 * -1 when it cannot be read. */
static int count_in_file(const char *path, const char *text)
{
    char pat[1024], buf[1 << 16];
    size_t k = 0;
    for (; *text && k + 1 < sizeof pat; text++)
        if (*text == '\\' && (text[1] == 't' || text[1] == 'n'))
            pat[k++] = *++text == 't' ? '\t' : '\n';
        else
            pat[k++] = *text;
    pat[k] = '\0';
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    int count = 0;
    for (char *p = buf; k && (p = strstr(p, pat)) != NULL; p += k)
        count++;
    return count;
}

static void file_count(char *arg)
{
    char path[4096], text[1024];
    int want, used = 0;
    if (sscanf(arg, "%4095s %d %n", path, &want, &used) < 2 || !used)
        fail("bad file-count line", arg);
    snprintf(text, sizeof text, "%s", arg + used);
    int got = count_in_file(path, text);
    if (got != want) {
        printf("%s: %d times '%s', expected %d\n", path, got, text, want);
        fail("file-count", arg);
    }
}

/* ------------------------------------------------------------ grab */

enum { MAXVARS = 8 };
static char *var_name[MAXVARS], *var_text[MAXVARS];
static int nvars;

/* grab NAME N TEXT: the N characters after TEXT on the screen. */
static void grab(char *arg)
{
    char name[64];
    int n, used = 0;
    if (sscanf(arg, "%63s %d %n", name, &n, &used) < 2 || !used || n <= 0 ||
        nvars == MAXVARS)
        fail("bad grab line", arg);
    const char *text = arg + used;
    if (!wait_until(has_text, text, NULL))
        fail("text never appeared:", text);
    char *scr = screen_text(), *p = strstr(scr, text) + strlen(text);
    var_name[nvars] = strdup(name);
    var_text[nvars++] = strndup(p, (size_t)n);
    free(scr);
}

/* ------------------------------------------------------------ script */

static char *subst(const char *line, const char *src)
{
    static char out[8192];
    const char *data = getenv("XDG_DATA_HOME");
    size_t k = 0;
    while (*line && k + strlen(src) + strlen(data) + 2 < sizeof out) {
        if (strncmp(line, "$SRC", 4) == 0) {
            k += (size_t)sprintf(out + k, "%s", src);
            line += 4;
        } else if (strncmp(line, "$DATA", 5) == 0) {
            k += (size_t)sprintf(out + k, "%s", data);
            line += 5;
        } else {
            int v = 0;
            while (*line == '$' && v < nvars &&
                   strncmp(line + 1, var_name[v], strlen(var_name[v])) != 0)
                v++;
            if (*line == '$' && v < nvars &&
                k + strlen(var_text[v]) + 1 < sizeof out) {
                k += (size_t)sprintf(out + k, "%s", var_text[v]);
                line += 1 + strlen(var_name[v]);
            } else
                out[k++] = *line++;
        }
    }
    out[k] = '\0';
    return out;
}

static void run_line(char *line)
{
    char *arg = strchr(line, ' ');
    arg = arg ? (*arg++ = '\0', arg) : line + strlen(line);
    int rc[2];
    if (strcmp(line, "size") == 0)
        sscanf(arg, "%d %d", &rows, &cols);
    else if (strcmp(line, "env") == 0 && nenv < 32)
        envs[nenv++] = strdup(arg);
    else if (strcmp(line, "start") == 0)
        start(arg);
    else if (strcmp(line, "send") == 0)
        send_keys(arg);
    else if (strcmp(line, "wait-for-text") == 0) {
        if (!wait_until(has_text, arg, NULL))
            fail("text never appeared:", arg);
    } else if (strcmp(line, "wait-gone") == 0) {
        if (!wait_until(gone_text, arg, NULL))
            fail("text still there:", arg);
    } else if (strcmp(line, "expect-at") == 0) {
        int used = 0;
        sscanf(arg, "%d %d %n", &rc[0], &rc[1], &used);
        if (!wait_until(text_at, arg + used, rc))
            fail("text not at its place:", arg);
    } else if (strcmp(line, "expect-style") == 0) {
        int used = 0;
        sscanf(arg, "%d %d %n", &rc[0], &rc[1], &used);
        if (!wait_until(style_at, arg + used, rc)) {
            char have[128];
            cell_style(rc[0], rc[1], have, sizeof have);
            printf("cell %d,%d: %s\n", rc[0], rc[1], have);
            fail("style not at its place:", arg);
        }
    } else if (strcmp(line, "style") == 0) {
        char have[128];
        sscanf(arg, "%d %d", &rc[0], &rc[1]);
        settle();
        cell_style(rc[0], rc[1], have, sizeof have);
        printf("style %d %d: %s\n", rc[0], rc[1], have);
    } else if (strcmp(line, "resize") == 0) {
        int r, c;
        sscanf(arg, "%d %d", &r, &c);
        resize(r, c);
    } else if (strcmp(line, "kill") == 0) {
        settle();
        if (child > 0)
            kill(child, atoi(arg));
    } else if (strcmp(line, "sleep") == 0) {
        double end = now_ms() + atoi(arg);
        while (now_ms() < end)
            pump(5);
    } else if (strcmp(line, "save") == 0)
        save_screen(arg);
    else if (strcmp(line, "grab") == 0)
        grab(arg);
    else if (strcmp(line, "expect-same") == 0)
        expect_same(arg);
    else if (strcmp(line, "timer") == 0)
        t0 = now_ms();
    else if (strcmp(line, "time-until") == 0) {
        char *label = strrchr(arg, ' ');
        if (label)
            *label++ = '\0';
        if (!wait_until(has_text, arg, NULL))
            fail("text never appeared:", arg);
        printf("%s: %.1f ms\n", label ? label : arg, now_ms() - t0);
    } else if (strcmp(line, "expect-exit") == 0) {
        if (!wait_until(has_exited, arg, NULL))
            fail("program did not exit with", arg);
    } else if (strcmp(line, "click") == 0 || strcmp(line, "wheel-down") == 0) {
        sscanf(arg, "%d %d", &rc[0], &rc[1]);
        int button = line[0] == 'c' ? 1 : 5;
        if (!mouse_on)
            return; /* reporting off: the terminal keeps the click */
        vterm_mouse_move(vt, rc[0], rc[1], VTERM_MOD_NONE);
        vterm_mouse_button(vt, button, true, VTERM_MOD_NONE);
        vterm_mouse_button(vt, button, false, VTERM_MOD_NONE);
        pump(20);
    } else if (strcmp(line, "file-count") == 0)
        file_count(arg);
    else if (strcmp(line, "dump") == 0)
        dump();
    else
        fail("unknown command", line);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: vtrun PYSCOPE SCRIPT [SOURCE_DIR]\n");
        return 2;
    }
    setenv("VTRUN_BIN", argv[1], 1);
    FILE *f = fopen(argv[2], "r");
    if (!f) {
        perror(argv[2]);
        return 2;
    }
    char tmpl[] = "/tmp/pyscope-vt-XXXXXX", line[4096];
    if (!mkdtemp(tmpl)) {
        perror(tmpl);
        return 2;
    }
    setenv("XDG_DATA_HOME", tmpl, 1);
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        run_line(subst(line, argc > 3 ? argv[3] : "."));
    }
    fclose(f);
    if (child > 0 && exited < 0) {
        kill(child, SIGTERM);
        waitpid(child, NULL, 0);
    }
    if (vt)
        vterm_free(vt);
    for (int i = 0; i < nsaved; i++)
        free(saved_name[i]), free(saved_text[i]);
    for (int i = 0; i < nenv; i++)
        free(envs[i]);
    for (int i = 0; i < nvars; i++)
        free(var_name[i]), free(var_text[i]);
    char cmd[64];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpl);
    if (system(cmd) != 0)
        return 1;
    return 0;
}
