/*
 * app.c -- the application: the entry points of tui.h, the main loop,
 * frames, keys, focus, mouse, the help overlay and the status line.
 *
 * Control flow: the main loop (app_run) alternates between reading a
 * line with libedit when the prompt has the focus and reading single keys
 * otherwise.  The same key handling (app_key) also runs inside the
 * interpreter's trace callback while a program is paused (stepper.c) and
 * inside libedit's read function while it waits (prompt.c), so the panes
 * stay live everywhere.  Work that needs the interpreter idle (running a
 * lesson step's code, switching step) is queued in the app and done by
 * the main loop once the running program has unwound.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "tui.h"
#include "tui_int.h"

tui_app *app_current;

/* --------------------------------------------------------- drawing */

static const char *hints(tui_app *a)
{
    if (a->st.paused)
        return "n next  s step  o out  c cont  b back  g gc  ? help  q quit";
    if (a->st.running)
        return "running: Ctrl-C interrupts  space pauses";
    if (a->mode == MODE_REPL)
        return a->focus == FOCUS_PROMPT
                   ? "Tab(empty)/F6 panes  F8 gc  F1 help  ^D quit"
                   : "Tab focus  : prompt  b back  g gc  t theme  ? help  q "
                     "quit";
    if (a->mode == MODE_LEARN && a->focus == FOCUS_PROMPT)
        return "Enter answers  PgDn/PgUp scroll  Tab(empty) panes  F1 help";
    if (a->mode == MODE_LEARN)
        return "-> next  <- back  r run  b back  g gc  Tab focus  ? help  q "
               "quit";
    return "r restart  b back  g gc  f filter  t theme  ? help  q quit";
}

static void draw_bottom(tui_app *a)
{
    int y = LINES - 1;
    screen_fill(stdscr, y, 0, COLS, theme_attr(R_STATUS));
    if (a->ask_q) {
        int x = screen_put(stdscr, y, 0, COLS, a->ask_q,
                           theme_attr(R_STATUS) | A_BOLD);
        x += screen_put(stdscr, y, x, COLS - x - 1, a->ask_buf,
                        theme_attr(R_STATUS));
        screen_put(stdscr, y, x, 1, " ", A_REVERSE);
        return;
    }
    int left = 0;
    if (a->prompt_busy) {
        left = COLS * 3 / 5;
        prompt_draw(a, stdscr, y, left);
    }
    const char *msg = a->status[0] ? a->status : hints(a);
    attr_t at = a->status[0]
                    ? theme_attr(a->status_err ? R_ERROR : R_GOOD) | A_BOLD
                    : theme_attr(R_STATUS);
    int n = (int)strlen(msg), room = COLS - left - 1;
    screen_put(stdscr, y, left + (n < room ? room - n : 0) + 1, room, msg, at);
}

static const char *const help_lines[] = {
    "pyscope keys",
    "",
    "  n  next line          s  step into       o  step out",
    "  c  continue           b  step back       r  restart",
    "  g  slow-motion gc of the generation due next  G  a full one  F8 = g",
    "  Ctrl-C  interrupt running code (KeyboardInterrupt)",
    "  Tab / F6  cycle focus     arrows PgUp PgDn  scroll the focused pane",
    "  : or i  go to the prompt  (:refs X  :why X  :graph X  inspect X)",
    "  heap pane: f filter (all/reachable/containers)  / jump to id",
    "     Enter inspects: Enter follows, Esc goes back, g draws the graph",
    "     marks: + new  * changed  - freed since the last step",
    "  v  values inline in the stack pane     t  next theme",
    "  lesson: -> / Enter next step   <- previous   1-9 answer",
    "          h hint  x check  e reset to starter  E edit in $EDITOR",
    "  prompt: libedit keys (emacs or vi via ~/.editrc), Up history,",
    "          Tab completes names, :check :hint :reset :edit in exercises",
    "  mouse: click selects a pane, wheel scrolls  (--no-mouse: off)",
    "  ? or F1  this help      q  quit       Ctrl-L  redraw",
    "",
    "  any key closes this help"};

static void draw_help(void)
{
    int n = (int)(sizeof help_lines / sizeof help_lines[0]), w = 76;
    int y0 = (LINES - n - 2) / 2, x0 = (COLS - w) / 2;
    WINDOW *win = newwin(n + 2, w, y0 < 0 ? 0 : y0, x0 < 0 ? 0 : x0);
    if (!win)
        return;
    werase(win);
    screen_box(win, "Help", true);
    for (int i = 0; i < n; i++)
        screen_put(win, 1 + i, 2, w - 4, help_lines[i],
                   i == 0 ? theme_attr(R_TITLE) : 0);
    wnoutrefresh(win);
    delwin(win);
}

/* Take a snapshot and draw the panes without showing them: what a
 * replay does at the pause before its target, so the marks (new,
 * changed, freed) and the panes' positions come out as they were. */
void app_render_offscreen(tui_app *a)
{
    app_after_run(a);
    if (screen_too_small())
        return;
    for (int i = 0; i < P_NPANES; i++)
        if (a->panes[i].visible && a->panes[i].win) {
            werase(a->panes[i].win);
            a->panes[i].draw(&a->panes[i], a);
        }
}

/* Build the whole frame and write it once. */
void app_draw(tui_app *a)
{
    if (screen_too_small()) {
        screen_draw_too_small();
        return;
    }
    werase(stdscr);
    draw_bottom(a);
    wnoutrefresh(stdscr);
    for (int i = 0; i < P_NPANES; i++) {
        pane *p = &a->panes[i];
        if (!p->visible || !p->win)
            continue;
        werase(p->win);
        p->draw(p, a);
        wnoutrefresh(p->win);
    }
    if (a->popup)
        prompt_popup_draw(a);
    inspect_draw(a);
    if (a->help)
        draw_help();
    doupdate();
    screen_frame_done();
    if (!a->first_frame_done) {
        a->first_frame_done = true;
        a->t_first_frame = screen_now_ms();
    }
    if (a->save_pending) {
        a->save_pending = false;
        learn_save_position(a);
    }
}

/* -------------------------------------------------------------- keys */

/* The terminal's size, when it differs from what curses believes (a
 * SIGWINCH that curses did not turn into KEY_RESIZE). */
static bool size_changed(void)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) < 0 || ws.ws_row == 0)
        return false;
    if (ws.ws_row == LINES && ws.ws_col == COLS)
        return false;
    resize_term(ws.ws_row, ws.ws_col);
    return true;
}

static void resized(tui_app *a)
{
    clearok(curscr, TRUE); /* repaint everything: the old cells are gone */
    app_layout(a);
}

/* Read a key; draws first when blocking (timeout_ms < 0), then waits in
 * slices of 250 ms, checking the terminal size between them.  Characters
 * above 255 get KEY_WCHAR_BASE added.  Resizes relayout and redraw here. */
int app_getkey(tui_app *a, int timeout_ms)
{
    bool draw = timeout_ms != 0;
    for (;;) {
        if (draw)
            app_draw(a);
        draw = false;
        wtimeout(stdscr, timeout_ms < 0 ? 250 : timeout_ms);
        wint_t wc;
        int r = wget_wch(stdscr, &wc);
        if (r == ERR && timeout_ms < 0) {
            if (size_changed())
                resized(a), draw = true;
            continue;
        }
        if (r == ERR)
            return ERR;
        if (r == KEY_CODE_YES && wc == KEY_RESIZE) {
            resized(a);
            draw = true;
            if (timeout_ms == 0)
                app_draw(a);
            if (timeout_ms >= 0)
                return ERR;
            continue;
        }
        if (r == KEY_CODE_YES)
            return (int)wc;
        return wc > 255 ? (int)wc + KEY_WCHAR_BASE : (int)wc;
    }
}

void app_set_status(tui_app *a, bool err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(a->status, sizeof a->status, fmt, ap);
    va_end(ap);
    a->status_err = err;
}

static void ask_edit(tui_app *a, int k)
{
    size_t n = strlen(a->ask_buf);
    if ((k == KEY_BACKSPACE || k == 127 || k == 8) && n > 0) {
        while (n > 0 && ((unsigned char)a->ask_buf[n - 1] & 0xC0) == 0x80)
            n--;
        a->ask_buf[n - 1] = '\0';
        return;
    }
    char enc[8] = {0};
    if (k >= 32 && k < 127)
        enc[0] = (char)k;
    else if (k >= KEY_WCHAR_BASE || (k >= 160 && k < 256)) {
        mbstate_t ps;
        memset(&ps, 0, sizeof ps);
        wcrtomb(enc, (wchar_t)(k >= KEY_WCHAR_BASE ? k - KEY_WCHAR_BASE : k),
                &ps);
    }
    if (enc[0] && n + strlen(enc) < sizeof a->ask_buf)
        strcat(a->ask_buf, enc);
}

/* A one-line question on the status row (input(), jump to id, quit). */
char *app_ask(tui_app *a, const char *question)
{
    const char *saved = a->ask_q;
    char keep[sizeof a->ask_buf];
    memcpy(keep, a->ask_buf, sizeof keep);
    a->ask_q = question;
    a->ask_buf[0] = '\0';
    char *ans = NULL;
    for (;;) {
        int k = app_getkey(a, -1);
        if (k == '\r' || k == '\n' || k == KEY_ENTER) {
            ans = tui_xstrdup(a->ask_buf);
            break;
        }
        if (k == KEY_ESC || k == KEY_CTRL('c') || k == KEY_CTRL('d'))
            break;
        ask_edit(a, k);
    }
    a->ask_q = saved;
    memcpy(a->ask_buf, keep, sizeof keep);
    return ans;
}

static bool prompt_available(tui_app *a)
{
    if (a->st.running)
        return false;
    return a->mode == MODE_REPL ||
           (a->mode == MODE_LEARN && learn_wants_prompt(a));
}

static void cycle_focus(tui_app *a)
{
    for (int i = 1; i <= P_NPANES + 1; i++) {
        int f = (a->focus + i) % (P_NPANES + 1);
        if (f == FOCUS_PROMPT ? prompt_available(a) : a->panes[f].visible) {
            a->focus = f;
            break;
        }
    }
    if (a->focus == FOCUS_PROMPT && a->prompt_busy == false)
        a->prompt_abort = false;
    if (a->focus != FOCUS_PROMPT && a->prompt_busy)
        a->prompt_abort = true;
}

static pane *pane_at(tui_app *a, int y, int x)
{
    for (int i = 0; i < P_NPANES; i++) {
        pane *p = &a->panes[i];
        if (p->visible && y >= p->y && y < p->y + p->h && x >= p->x &&
            x < p->x + p->w)
            return p;
    }
    return NULL;
}

static int mouse_key(tui_app *a)
{
    MEVENT ev;
    if (getmouse(&ev) != OK)
        return EV_IGNORED;
    pane *p = pane_at(a, ev.y, ev.x);
    if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
        if (p)
            for (int i = 0; i < 3; i++)
                p->key(p, a, ev.bstate & BUTTON4_PRESSED ? KEY_UP : KEY_DOWN);
        return EV_HANDLED | EV_REDRAW;
    }
    if (!(ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED)))
        return EV_IGNORED;
    if (p)
        a->focus = (int)(p - a->panes);
    else if (ev.y == LINES - 1 && prompt_available(a))
        a->focus = FOCUS_PROMPT;
    a->prompt_abort = a->prompt_busy && a->focus != FOCUS_PROMPT;
    return EV_HANDLED | EV_REDRAW;
}

bool app_confirm_quit(tui_app *a)
{
    if (!a->exercise_dirty)
        return true;
    char *ans =
        app_ask(a, "exercise code not saved: save it? (y/n, Esc cancels) ");
    if (!ans)
        return false;
    if (ans[0] == 'y' || ans[0] == 'Y') {
        learn_save_position(a);
        a->exercise_dirty = false;
    }
    bool quit =
        ans[0] == 'y' || ans[0] == 'Y' || ans[0] == 'n' || ans[0] == 'N';
    free(ans);
    return quit;
}

static int global_key(tui_app *a, int k)
{
    switch (k) {
    case '?':
    case KEY_F(1):
        a->help = true;
        return EV_HANDLED;
    case 'q':
        if (app_confirm_quit(a)) {
            a->quit = true;
            stepper_abort(a);
        }
        return EV_HANDLED;
    case '\t':
    case KEY_F(6):
        cycle_focus(a);
        return EV_HANDLED;
    case 't':
        theme_cycle();
        app_set_status(a, false, "theme %s", theme_name());
        return EV_HANDLED;
    case 'v':
        a->inline_values = !a->inline_values;
        return EV_HANDLED;
    case KEY_CTRL('l'):
        clearok(curscr, TRUE);
        return EV_HANDLED;
    case KEY_MOUSE:
        return mouse_key(a);
    case ':':
    case 'i':
        if (!prompt_available(a))
            return EV_IGNORED;
        a->focus = FOCUS_PROMPT;
        return EV_HANDLED;
    default:
        return EV_IGNORED;
    }
}

/* Handle a key outside the prompt: help, global keys, the lesson, the
 * stepper, then the focused pane. */
int app_key(tui_app *a, int k)
{
    if (k == ERR)
        return EV_IGNORED;
    a->status[0] = '\0';
    if (a->help) {
        a->help = false;
        return EV_HANDLED;
    }
    if (codeedit_active(a) && k != KEY_F(6) && k != KEY_F(1) &&
        k != KEY_MOUSE && k != KEY_RESIZE && k != KEY_CTRL('c') &&
        k != KEY_CTRL('l')) {
        int ev = codeedit_key(a, k);
        if (ev)
            return ev;
    }
    if (inspect_is_open()) {
        if (((k > 0 && k < 128 && strchr("nsocb", k)) || k == KEY_F(8)) &&
            (a->code || a->mode == MODE_REPL))
            return stepper_key(a, k); /* watch it change step by step */
        return k == KEY_MOUSE ? EV_HANDLED : inspect_key(a, k);
    }
    int ev = global_key(a, k);
    if (!ev && a->mode == MODE_LEARN)
        ev = learn_key(a, k);
    if (!ev && (a->code || a->mode == MODE_REPL))
        ev = stepper_key(a, k);
    if (!ev && a->focus < P_NPANES && a->panes[a->focus].visible)
        ev = a->panes[a->focus].key(&a->panes[a->focus], a, k);
    if (!ev && (k == 'f' || k == '/') && a->panes[P_HEAP].visible)
        ev = a->panes[P_HEAP].key(&a->panes[P_HEAP], a, k); /* from anywhere */
    if (!ev && k == KEY_CTRL('c') && !a->st.running)
        app_set_status(a, false, "q quits");
    return ev;
}

void app_after_run(tui_app *a)
{
    if (a->py_live)
        snap_take(&a->snap);
}

/* --------------------------------------------------------------- repl */

static void echo_line(tui_app *a, const char *ps, const char *line)
{
    out_write(&a->out, ps, strlen(ps), false);
    out_write(&a->out, line, strlen(line), false);
    out_write(&a->out, "\n", 1, false);
    repl_echo(ps), repl_echo(line), repl_echo("\n");
}

/* Does the line open a block (ends with ':' before any comment)? */
static bool opens_block(const char *line)
{
    size_t n = strcspn(line, "#");
    while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t'))
        n--;
    return n > 0 && line[n - 1] == ':';
}

/* A line from the REPL prompt: gather a statement until it is complete,
 * then run it.  As in python3, a compound statement (some line opened a
 * block) ends only with a blank line; anything else (an unclosed
 * bracket) runs as soon as it is complete. */
static void repl_line(tui_app *a, const char *line)
{
    echo_line(a, a->pending ? "... " : ">>> ", line);
    size_t old = a->pending ? strlen(a->pending) : 0, n = strlen(line);
    a->pending = tui_xrealloc(a->pending, old + n + 2);
    memcpy(a->pending + old, line, n);
    memcpy(a->pending + old + n, "\n", 2);
    bool blank = strspn(line, " \t") == n;
    a->pending_block = (old && a->pending_block) || opens_block(line);
    if (!blank && a->pending_block)
        return; /* a block: ends with a blank line, as in python3 */
    if (repl_is_incomplete(a->pending) && !(blank && old))
        return;
    char *src = a->pending;
    a->pending = NULL;
    if (strspn(src, " \t\n") == strlen(src)) {
        free(src);
        return;
    }
    free(a->code);
    a->code = src;
    stepper_run_single(a, src);
    repl_record(a, src);
}

/* `:refs X`, `:why X`, `:inspect X` open the inspector on X (a name,
 * an expression or an id); `:graph X` its graph.  True if line was one. */
static bool memory_command(tui_app *a, const char *line)
{
    static const char *const cmds[] = {":refs", ":why", ":inspect", ":graph"};
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        size_t n = strlen(cmds[i]);
        if (strncmp(line, cmds[i], n) != 0 || (line[n] && line[n] != ' '))
            continue;
        const char *arg = line + n + strspn(line + n, " ");
        uintptr_t id;
        char *err = NULL;
        if (!*arg)
            app_set_status(a, true,
                           "%s needs an object: a name, an "
                           "expression or an id",
                           cmds[i]);
        else if (!a->py_live)
            app_set_status(a, true, "no program has run yet");
        else if (pyapi_object_id(arg, &id, &err) != 0)
            app_set_status(a, true, "%s: %s", cmds[i],
                           err ? err : "no such object");
        else {
            inspect_open(a, id);
            if (i == 3)
                graph_toggle();
        }
        free(err);
        return true;
    }
    return false;
}

void app_submit_line(tui_app *a, const char *line)
{
    if (!a->pending && line[0] == ':' && memory_command(a, line))
        return;
    if (a->mode == MODE_REPL)
        repl_line(a, line);
    else if (a->mode == MODE_LEARN)
        learn_prompt_line(a, line);
}

static const char *prompt_string(tui_app *a)
{
    if (a->mode == MODE_LEARN)
        return learn_prompt_ps(a);
    return a->pending ? "... " : ">>> ";
}

/* ------------------------------------------------------------ main loop */

/* Queued work; a run may queue more (a key that moves to another step
 * while the program is paused), so loop until nothing is left. */
static void do_pending(tui_app *a)
{
    while ((a->step_pending || a->run_pending) && !a->quit) {
        if (a->step_pending) {
            a->step_pending = false;
            learn_enter_step(a, a->pending_step);
        }
        if (a->run_pending) {
            a->run_pending = false;
            stepper_run(a, a->code ? a->code : "", a->run_stepped);
            learn_after_run(a);
        }
    }
}

static void prompt_turn(tui_app *a)
{
    char *line = NULL;
    int r = prompt_read(a, prompt_string(a), &line);
    if (r == PROMPT_LINE) {
        app_submit_line(a, line);
        free(line);
    } else if (r == PROMPT_EOF) {
        if (a->mode == MODE_REPL && !a->pending)
            a->quit = app_confirm_quit(a);
        free(a->pending);
        a->pending = NULL;
        if (a->mode != MODE_REPL)
            cycle_focus(a);
    }
}

static void app_run(tui_app *a)
{
    while (!a->quit) {
        do_pending(a);
        if (a->quit)
            break;
        if (a->focus == FOCUS_PROMPT && !prompt_available(a))
            cycle_focus(a);
        if (a->focus == FOCUS_PROMPT)
            prompt_turn(a);
        else {
            int k = app_getkey(a, editor_watching(a) ? 1000 : -1);
            if (k == ERR)
                editor_poll(a); /* the exercise saved from another window */
            else
                app_key(a, k);
        }
    }
}

/* ------------------------------------------------------ start and end */

typedef struct options {
    const char *theme;
    bool mouse;
    const char *args[4]; /* positional arguments */
    int nargs;
    int day;
} options;

static int parse_options(int argc, char **argv, int first, options *o)
{
    memset(o, 0, sizeof *o);
    o->theme = "default";
    o->mouse = true;
    for (int i = first; i < argc; i++) {
        if (strcmp(argv[i], "--theme") == 0 && i + 1 < argc)
            o->theme = argv[++i];
        else if (strcmp(argv[i], "--no-mouse") == 0)
            o->mouse = false;
        else if (strcmp(argv[i], "--day") == 0 && i + 1 < argc)
            o->day = atoi(argv[++i]);
        else if (strcmp(argv[i], "--step") == 0)
            continue;
        else if (argv[i][0] == '-' || o->nargs == 4) {
            fprintf(stderr, "pyscope: unknown option '%s'\n", argv[i]);
            return -1;
        } else
            o->args[o->nargs++] = argv[i];
    }
    return 0;
}

void app_init(tui_app *a, app_mode mode)
{
    memset(a, 0, sizeof *a);
    a->t_start = screen_now_ms();
    a->mode = mode;
    a->out.follow = true;
    a->snap.gc_phase = -1;
    a->filter = HEAP_REACHABLE;
    a->focus = mode == MODE_REPL    ? FOCUS_PROMPT
               : mode == MODE_LEARN ? P_LESSON
                                    : P_CODE;
    void (*init[P_NPANES])(pane *) = {
        pane_lesson_init, pane_code_init, pane_output_init, pane_stack_init,
        pane_heap_init,   pane_gc_init,   pane_areas_init};
    for (int i = 0; i < P_NPANES; i++)
        init[i](&a->panes[i]);
    app_current = a;
}

/* Load the theme and start curses.  0, or -1 with a message printed. */
static int app_start(tui_app *a, const options *o)
{
    bool theme_ok = theme_load(o->theme) == 0;
    if (!theme_ok && strcmp(o->theme, "default") != 0) {
        fprintf(stderr, "pyscope: theme '%s': %s\n", o->theme, theme_error);
        return -1;
    }
    if (screen_init(o->mouse) < 0) {
        fprintf(stderr, "pyscope: cannot start the screen (is TERM set?)\n");
        return -1;
    }
    a->mouse = o->mouse;
    if (!theme_ok)
        app_set_status(a, true, "theme: %s", theme_error);
    prompt_init(a);
    app_layout(a);
    return 0;
}

static void app_finish(tui_app *a)
{
    prompt_end();
    screen_end();
    stepper_stop_py(a);
    stepper_free(&a->st);
    snap_free(&a->snap);
    out_free(&a->out);
    for (int i = 0; i < P_NPANES; i++)
        if (a->panes[i].win)
            delwin(a->panes[i].win);
    if (a->save_pending)
        learn_save_position(a);
    if (a->progress) {
        if (lesson_progress_save(a->progress) < 0) /* the screen is gone */
            fprintf(stderr,
                    "pyscope: cannot save progress in %s: %s (the progress "
                    "saved before is kept)\n",
                    lesson_progress_dir(a->progress), strerror(errno));
        lesson_progress_free(a->progress);
    }
    if (a->course)
        lesson_course_free(a->course);
    free(a->code);
    free(a->code_name);
    free(a->exercise);
    free(a->feedback);
    free(a->pending);
    free(a->course_dir);
    repl_free();
    editor_forget();
    app_current = NULL;
}

/* ------------------------------------------------------- entry points */

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0, k;
    char *buf = tui_xmalloc(cap);
    while ((k = fread(buf + n, 1, cap - n - 1, f)) > 0)
        if ((n += k) + 1 == cap)
            buf = tui_xrealloc(buf, cap *= 2);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

int tui_cmd_run_step(int argc, char **argv)
{
    options o;
    tui_app a;
    if (parse_options(argc, argv, 1, &o) < 0 || o.nargs != 1) {
        fprintf(stderr, "usage: pyscope run --step FILE.py\n");
        return 2;
    }
    char *src = slurp(o.args[0]);
    if (!src) {
        fprintf(stderr, "pyscope: can't open file '%s'\n", o.args[0]);
        return 2;
    }
    app_init(&a, MODE_STEP);
    a.code = src;
    a.code_name = tui_xstrdup(o.args[0]);
    if (app_start(&a, &o) < 0)
        return 1;
    a.run_pending = a.run_stepped = true;
    app_run(&a);
    app_finish(&a);
    return 0;
}

int tui_cmd_repl(int argc, char **argv)
{
    options o;
    tui_app a;
    if (parse_options(argc, argv, 1, &o) < 0 || o.nargs) {
        fprintf(stderr, "usage: pyscope repl [--plain]\n");
        return 2;
    }
    app_init(&a, MODE_REPL);
    if (app_start(&a, &o) < 0)
        return 1;
    if (stepper_start_py(&a) == 0)
        app_after_run(&a);
    app_run(&a);
    app_finish(&a);
    return 0;
}

/* Open the course (a name under the courses folder or a path) at a day
 * (0: where the learner stopped) and run learn mode. */
static int learn(tui_app *a, const options *o, const char *course, int day,
                 const char *key)
{
    char *notice = NULL;
    if (learn_open(a, course, &notice) < 0)
        return 1;
    if (app_start(a, o) < 0)
        return 1;
    if (notice)
        app_set_status(a, true, "%s", notice);
    free(notice);
    learn_start(a, day, key);
    app_run(a);
    return 0;
}

int tui_cmd_learn(int argc, char **argv)
{
    options o;
    tui_app a;
    if (parse_options(argc, argv, 1, &o) < 0 || o.nargs > 1) {
        fprintf(stderr, "usage: pyscope learn [COURSE] [--day N]\n");
        return 2;
    }
    app_init(&a, MODE_LEARN);
    int rc = learn(&a, &o, o.nargs ? o.args[0] : NULL, o.day, NULL);
    app_finish(&a);
    return rc;
}

int tui_cmd_menu(int argc, char **argv)
{
    options o;
    tui_app a;
    if (parse_options(argc, argv, 0, &o) < 0 || o.nargs) {
        fprintf(stderr, "usage: pyscope [--theme NAME] [--no-mouse]\n");
        return 2;
    }
    app_init(&a, MODE_MENU);
    if (app_start(&a, &o) < 0)
        return 1;
    char *dir = NULL, *key = NULL;
    int day = 0, rc = 0;
    if (menu_run(&a, &dir, &day, &key)) {
        a.mode = MODE_LEARN;
        a.focus = P_LESSON;
        char *notice = NULL;
        if (learn_open(&a, dir, &notice) == 0) {
            if (notice)
                app_set_status(&a, true, "%s", notice);
            free(notice);
            app_layout(&a);
            learn_start(&a, day, key);
            app_run(&a);
        } else
            rc = 1;
    }
    free(dir);
    free(key);
    app_finish(&a);
    return rc;
}
