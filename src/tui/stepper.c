/*
 * stepper.c -- running learner code under the screen's control.
 *
 * No threads: the interpreter calls trace() on every line, call, return
 * and exception, and pausing is simply not returning from it -- the UI
 * loop (draw, read a key, handle it) runs inside the callback until a
 * key resumes the program.  In continue mode the callback returns at
 * once but polls the keyboard every 1024 events at most every 16 ms, so
 * `while True: pass` leaves the screen responsive and Ctrl-C (a key in
 * raw mode) makes the callback return OBS_STOP: KeyboardInterrupt.
 *
 * Stepping back is deterministic replay: ids, refcounts and output are
 * the same on every run, so `b` abandons the run, starts a fresh
 * interpreter, re-runs the program with the trace counting events, redoes
 * the slow collections and input() answers given before the target, and
 * pauses at the event number of the previous pause.
 */
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "tui_int.h"

/* ------------------------------------------------------ watchdog

   Backstop for code that produces no trace events for a long time (one
   C call that runs long, or a loop the VM does not report): while code
   runs, a 100 ms timer checks the keyboard from the signal handler with
   async-signal-safe poll/read; Ctrl-C calls pyapi_interrupt(), other
   bytes are kept and given back to curses afterwards.  It stays quiet
   while the trace callback polls the keyboard itself. */

static unsigned char stash[256];
static volatile sig_atomic_t nstash, polled_recently;

static void on_alarm(int sig)
{
    (void)sig;
    if (polled_recently) {
        polled_recently = 0;
        return;
    }
    struct pollfd pfd = {0, POLLIN, 0};
    unsigned char c;
    while (nstash < (sig_atomic_t)sizeof stash && poll(&pfd, 1, 0) > 0 &&
           (pfd.revents & POLLIN) && read(0, &c, 1) == 1) {
        if (c == 3) {
            pyapi_interrupt();
            if (app_current)
                app_current->st.interrupted_at = app_current->st.evno;
        } else
            stash[nstash++] = c;
    }
}

static void watchdog(bool on)
{
    static bool installed;
    if (!installed) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_alarm;
        sa.sa_flags = SA_RESTART;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGALRM, &sa, NULL);
        installed = true;
    }
    struct itimerval it = {{0, on ? 100000 : 0}, {0, on ? 100000 : 0}};
    setitimer(ITIMER_REAL, &it, NULL);
    if (!on) {
        while (nstash > 0)
            ungetch(stash[--nstash]);
    }
}

/* ------------------------------------------------------------ sinks */

static void out_sink(void *ud, const char *s, size_t n)
{
    tui_app *a = ud;
    if (!a->st.discard)
        out_write(&a->out, s, n, false);
}

static void err_sink(void *ud, const char *s, size_t n)
{
    tui_app *a = ud;
    if (!a->st.discard)
        out_write(&a->out, s, n, true);
}

static void push_input(stepper *st, const char *text)
{
    if (st->ninputs == st->capinputs) {
        st->capinputs = st->capinputs ? st->capinputs * 2 : 8;
        st->inputs =
            tui_xrealloc(st->inputs, st->capinputs * sizeof *st->inputs);
    }
    st->inputs[st->ninputs].evno = st->evno;
    st->inputs[st->ninputs++].text = tui_xstrdup(text);
}

/* The line the lesson gives to input() call number k, or NULL. */
static const char *fed_line(const stepper *st, size_t k)
{
    for (size_t i = 0; st->feed && st->feed[i]; i++)
        if (i == k)
            return st->feed[i];
    return NULL;
}

/* input() when nothing is replayed: the lesson's next line (NULL for
 * EOF when it has none left), or else a question on the status line.
 * Returns a malloc'd answer, recorded for replays. */
static char *fresh_answer(tui_app *a, const char *prompt)
{
    stepper *st = &a->st;
    char *ans;
    if (st->feed) {
        const char *line = fed_line(st, st->input_pos);
        if (!line)
            return NULL;
        ans = tui_xstrdup(line);
    } else {
        out_write(&a->out, prompt, strlen(prompt), false);
        watchdog(false);
        ans = app_ask(a, prompt && *prompt ? prompt : "input: ");
        watchdog(true);
        if (!ans)
            return NULL;
        prompt = "";
    }
    push_input(st, ans);
    st->input_pos++;
    if (!st->discard) {
        out_write(&a->out, prompt, strlen(prompt), false);
        out_write(&a->out, ans, strlen(ans), false);
        out_write(&a->out, "\n", 1, false);
    }
    return ans;
}

/* input(): replayed answers first, then fresh ones.  The prompt and the
 * answer are echoed to the output pane as a terminal would.  Returns a
 * malloc'd line without its newline, NULL for EOF. */
static char *readline_sink(void *ud, const char *prompt)
{
    tui_app *a = ud;
    stepper *st = &a->st;
    if (!prompt)
        prompt = "";
    if (st->input_pos >= st->ninputs)
        return fresh_answer(a, prompt);
    const char *ans = st->inputs[st->input_pos++].text;
    if (!st->discard) {
        out_write(&a->out, prompt, strlen(prompt), false);
        out_write(&a->out, ans, strlen(ans), false);
        out_write(&a->out, "\n", 1, false);
    }
    return tui_xstrdup(ans);
}

/* ------------------------------------------------------ interpreter */

int stepper_start_py(tui_app *a)
{
    if (a->py_live)
        stepper_stop_py(a);
    py_options opt = {0};
    opt.out = out_sink;
    opt.err = err_sink;
    opt.out_ud = opt.err_ud = opt.readline_ud = a;
    opt.readline = readline_sink;
    /* The screen keeps a row per heap object (the heap pane): a 64 MiB
     * cap, as for lesson code, keeps a memory bomb of small objects to
     * about a million rows and the app's own memory bounded. */
    opt.heap_cap = TUI_HEAP_CAP;
    /* Lesson code imports only the standard library and opens no files;
     * a stepped program sees its own folder first, as under python3. */
    char *dir = NULL;
    opt.sealed = a->mode == MODE_LEARN || a->mode == MODE_MENU;
    if (a->mode == MODE_STEP && a->code_name) {
        char *abs = realpath(a->code_name, NULL);
        char *slash = abs ? strrchr(abs, '/') : NULL;
        if (slash)
            *(slash == abs ? slash + 1 : slash) = '\0';
        opt.path0 = dir = abs;
    }
    snap_clear(&a->snap);
    int started = pyapi_start(&opt);
    free(dir);
    if (started < 0) {
        app_set_status(a, true, "cannot start the interpreter");
        return -1;
    }
    a->py_live = true;
    obs_track_changes(true); /* the heap pane updates what changed only */
    return 0;
}

void stepper_stop_py(tui_app *a)
{
    if (!a->py_live)
        return;
    obs_set_trace(NULL, NULL);
    obs_set_gc_hook(NULL, NULL);
    obs_track_changes(false);
    pyapi_stop();
    a->py_live = false;
}

/* ------------------------------------------------------------ pausing */

static void push_pause(stepper *st)
{
    if (st->npauses == st->cappauses) {
        st->cappauses = st->cappauses ? st->cappauses * 2 : 64;
        st->pauses =
            tui_xrealloc(st->pauses, st->cappauses * sizeof *st->pauses);
    }
    st->pauses[st->npauses++] = st->evno;
}

/* The UI loop inside the trace callback: runs until a key resumes the
 * program (or abandons it). */
static int pause_here(tui_app *a)
{
    stepper *st = &a->st;
    watchdog(false);
    st->paused = true;
    push_pause(st);
    if (!obs_tracking_changes())
        obs_track_changes(true); /* the snapshot below compares in full */
    app_after_run(a);
    while (st->paused && !a->quit)
        app_key(a, app_getkey(a, -1));
    st->paused = false;
    if (st->mode == RUN_CONTINUE) {
        /* Running freely, the panes are refreshed a few times a second
         * from a full comparison: noting every refcount change and
         * every allocation for them would cost more than it saves. */
        obs_track_changes(false);
        app_draw(a); /* "running" at once, even if no event comes soon */
    }
    watchdog(true);
    if (a->quit)
        stepper_abort(a);
    if (st->interrupt_now) {
        st->interrupt_now = false;
        return OBS_STOP;
    }
    return st->mode == RUN_ABORT ? OBS_STOP : OBS_CONTINUE;
}

static bool should_pause(const stepper *st, obs_event ev, int depth)
{
    if (ev != OBS_LINE)
        return false;
    switch (st->mode) {
    case RUN_INTO:
        return true;
    case RUN_NEXT:
        return depth <= st->base_depth;
    case RUN_OUT:
        return depth < st->base_depth;
    default:
        return false;
    }
}

/* Keys typed ahead while a REPL statement runs, given back to curses
 * (and so to the prompt) once it has finished. */
static int ahead[256];
static size_t nahead;

static void give_back_typeahead(void)
{
    while (nahead > 0)
        ungetch(ahead[--nahead]);
}

/* A key while the program runs freely: Ctrl-C interrupts, space or p
 * pauses, q abandons and quits, a resize redraws.  A REPL statement
 * keeps every other key for the prompt. */
static int running_key(tui_app *a, int k)
{
    stepper *st = &a->st;
    if (k == KEY_CTRL('c')) {
        st->stopped_at = st->evno;
        return OBS_STOP;
    }
    if (st->single) {
        if (k != KEY_RESIZE && k != KEY_MOUSE && k < KEY_WCHAR_BASE &&
            nahead < sizeof ahead / sizeof *ahead)
            ahead[nahead++] = k;
        return OBS_CONTINUE;
    }
    if ((k == ' ' || k == 'p') && !st->single) {
        st->mode = RUN_INTO;
        return -1;
    }
    if (k == 'q') {
        a->quit = true;
        stepper_abort(a);
        return OBS_STOP;
    }
    return OBS_CONTINUE;
}

/* Refresh the panes while the program runs.  Taking the snapshot costs
 * time in proportion to the heap and the stack, so after a refresh that
 * took D ms the next waits max(100, 4 D) ms: a program with a million
 * objects or frames keeps at least four fifths of the time to itself
 * (keys are still read every 16 ms). */
static void refresh_running(tui_app *a, double now)
{
    stepper *st = &a->st;
    if (now < st->next_draw)
        return;
    app_after_run(a);
    app_draw(a);
    double after = screen_now_ms(), cost = after - now;
    st->next_draw = after + (cost * 4 > 100 ? cost * 4 : 100);
}

/* Continue mode: look at the keyboard now and then; refresh the panes
 * ten times a second at most so printing programs show their output. */
static int poll_keys(tui_app *a, obs_event ev)
{
    stepper *st = &a->st;
    if (++st->poll_tick & 1023)
        return OBS_CONTINUE;
    double now = screen_now_ms();
    if (now - st->last_poll < 16)
        return OBS_CONTINUE;
    polled_recently = 1;
    refresh_running(a, now);
    st->last_poll = now;
    int k, r = OBS_CONTINUE;
    while ((k = app_getkey(a, 0)) != ERR && r == OBS_CONTINUE)
        r = running_key(a, k);
    if (r == -1)
        return ev == OBS_LINE ? pause_here(a) : OBS_CONTINUE;
    return r;
}

static void replay_gc(stepper *st)
{
    for (size_t i = 0; i < st->ngc; i++)
        if (st->gc_at[i] == st->evno)
            obs_gc_collect(st->gc_gens[i]);
}

static int on_trace(void *ud, obs_event ev, int line, int depth)
{
    tui_app *a = ud;
    stepper *st = &a->st;
    st->evno++;
    st->line = line;
    st->depth = depth;
    if (st->rerun_stop && st->evno == st->rerun_stop)
        return OBS_STOP;
    if (st->rerun_intr && st->evno == st->rerun_intr)
        pyapi_interrupt();
    switch (st->mode) {
    case RUN_ABORT:
        return OBS_STOP;
    case RUN_CONTINUE:
        return poll_keys(a, ev);
    case RUN_REPLAY:
        if (st->evno < st->target) {
            replay_gc(st);
            if (st->npauses && st->evno == st->pauses[st->npauses - 1])
                app_render_offscreen(a); /* the step before: same marks */
            return OBS_CONTINUE;
        }
        st->discard = false;
        return pause_here(a);
    default:
        return should_pause(st, ev, depth) ? pause_here(a) : poll_keys(a, ev);
    }
}

/* ------------------------------------------------------------ running */

/* Forget the history of a run: pauses, collections, answers. */
void stepper_reset(stepper *st)
{
    for (size_t i = 0; i < st->ninputs; i++)
        free(st->inputs[i].text);
    st->npauses = st->ngc = st->ninputs = st->input_pos = 0;
    st->want_replay = st->want_stop = st->discard = st->interrupt_now = false;
    st->finished = st->paused = false;
    st->line = st->depth = 0;
    st->stopped_at = st->interrupted_at = 0;
    st->rerun_stop = st->rerun_intr = 0;
}

void stepper_free(stepper *st)
{
    stepper_reset(st);
    free(st->pauses);
    free(st->gc_at);
    free(st->gc_gens);
    free(st->inputs);
    memset(st, 0, sizeof *st); /* feed included: borrowed */
}

void stepper_abort(tui_app *a)
{
    stepper *st = &a->st;
    if (!st->running)
        return;
    st->mode = RUN_ABORT;
    st->paused = false;
    st->discard = true;
    st->want_stop = true;
}

static int exec_once(tui_app *a, const char *src)
{
    stepper *st = &a->st;
    st->evno = 0;
    st->input_pos = 0;
    st->running = true;
    st->last_poll = 0;
    st->next_draw = 0;
    obs_set_trace(on_trace, a);
    watchdog(true);
    pyr_status r = st->single
                       ? pyapi_exec_single(src, strlen(src))
                       : pyapi_exec(src, strlen(src),
                                    a->code_name ? a->code_name : "<string>");
    watchdog(false);
    obs_set_trace(NULL, NULL);
    st->running = false;
    return (int)r;
}

/* Restart from a fresh interpreter and pause at event `to`, dropping
 * what was done at or after it. */
static void prepare_replay(tui_app *a, uint64_t to)
{
    stepper *st = &a->st;
    size_t k = 0;
    for (size_t i = 0; i < st->ngc; i++)
        if (st->gc_at[i] < to) {
            st->gc_gens[k] = st->gc_gens[i];
            st->gc_at[k++] = st->gc_at[i];
        }
    st->ngc = k;
    while (st->ninputs > 0 && st->inputs[st->ninputs - 1].evno >= to)
        free(st->inputs[--st->ninputs].text);
    st->want_replay = false;
    st->mode = RUN_REPLAY;
    st->target = to;
    st->discard = false;
    out_clear(&a->out);
    stepper_start_py(a);
}

static int run_loop(tui_app *a, const char *src)
{
    stepper *st = &a->st;
    int status;
    for (;;) {
        st->finished = false;
        status = exec_once(a, src);
        if (!st->want_replay)
            break;
        prepare_replay(a, st->replay_to);
    }
    st->status = status;
    st->finished = !st->want_stop;
    st->discard = false;
    st->want_stop = false;
    app_after_run(a);
    return status;
}

int stepper_run(tui_app *a, const char *src, bool step)
{
    stepper *st = &a->st;
    stepper_reset(st);
    st->single = false;
    st->mode = step ? RUN_INTO : RUN_CONTINUE;
    out_clear(&a->out);
    if (stepper_start_py(a) < 0)
        return -1;
    return run_loop(a, src);
}

int stepper_run_single(tui_app *a, const char *src)
{
    stepper *st = &a->st;
    stepper_reset(st);
    st->single = true;
    st->mode = RUN_CONTINUE;
    if (!a->py_live && stepper_start_py(a) < 0)
        return -1;
    a->out.follow = true;
    int r = exec_once(a, src);
    st->discard = false;
    give_back_typeahead();
    app_after_run(a);
    return r;
}

int stepper_rerun_single(tui_app *a, const char *src, const char *const *inputs,
                         size_t ninputs, uint64_t stop_at, uint64_t intr_at)
{
    stepper *st = &a->st;
    stepper_reset(st);
    for (size_t i = 0; i < ninputs; i++)
        push_input(st, inputs[i]);
    st->rerun_stop = stop_at;
    st->rerun_intr = intr_at;
    st->single = true;
    st->mode = RUN_CONTINUE;
    a->out.follow = true;
    int r = exec_once(a, src);
    st->discard = false;
    st->rerun_stop = st->rerun_intr = 0;
    give_back_typeahead();
    app_after_run(a);
    return r;
}

/* ---------------------------------------------------- slow collection */

static bool gc_skip;
static char gc_why[160]; /* which generation and why, for the status */

/* The learner's objects: reachable from the program's own names (its
 * globals and the frames' locals), as the heap pane's reachable filter. */
static idset learner;

static void mark_learner(tui_app *a)
{
    const obs_frames *f = &a->snap.frames;
    uintptr_t *ids = NULL;
    size_t nids = 0;
    idset_free(&learner);
    idset_init(&learner, 256);
    if (obs_names_reach(f, 20000, &ids, &nids) == 0)
        for (size_t i = 0; i < nids; i++)
            idset_add(&learner, ids[i]);
    free(ids);
    for (size_t i = 0; i < f->nglobals; i++) /* named classes, functions */
        idset_add(&learner, f->globals[i].id);
}

static bool is_learners(uintptr_t id)
{
    return idset_has(&learner, id);
}

static int sort_phase;

/* The learner's objects first (a cycle that lost its names counts: it
 * has an instance of a user class); in subtract_refs the candidates
 * (gc_refs 0) before the rest; then by address. */
static int by_learner(const void *x, const void *y)
{
    const obs_gc_obj *a = x, *b = y;
    bool la = is_learners(a->id), lb = is_learners(b->id);
    if (la != lb)
        return la ? -1 : 1;
    if (sort_phase == OBS_GC_SUBTRACT_REFS &&
        (a->gc_refs > 0) != (b->gc_refs > 0))
        return a->gc_refs > 0 ? 1 : -1;
    return a->id < b->id ? -1 : a->id > b->id;
}

static int by_id(const void *x, const void *y)
{
    const obs_gc_obj *a = x, *b = y;
    return a->id < b->id ? -1 : a->id > b->id;
}

/* Among the collection's objects, the learner's besides those names
 * reach: instances of the program's classes, and garbage (objects no
 * root reaches: a cycle the learner let go of). */
static void mark_dropped(const obs_gc_obj *objs, size_t n)
{
    uintptr_t *ids = tui_xmalloc((n ? n : 1) * sizeof *ids);
    bool *garbage = tui_xcalloc(n ? n : 1, sizeof *garbage);
    for (size_t i = 0; i < n; i++)
        ids[i] = objs[i].id;
    if (obs_unreachable(ids, n, garbage) != 0)
        memset(garbage, 0, n * sizeof *garbage);
    for (size_t i = 0; i < n; i++)
        if (garbage[i] || obs_is_user_instance(ids[i]))
            idset_add(&learner, ids[i]);
    free(garbage);
    free(ids);
}

static void gc_hook(void *ud, obs_gc_phase ph, int gen, const obs_gc_obj *objs,
                    size_t n)
{
    tui_app *a = ud;
    snap *s = &a->snap;
    if (ph == OBS_GC_START)
        mark_learner(a);
    /* the previous phase's counts, by id, for "gc_refs 2 -> 0" */
    free(s->gc_prev);
    s->gc_prev = s->gc_objs;
    s->gc_nprev = ph == OBS_GC_START ? 0 : s->gc_nobjs;
    if (s->gc_prev && s->gc_nprev)
        qsort(s->gc_prev, s->gc_nprev, sizeof *objs, by_id);
    s->gc_objs = tui_xmalloc((n ? n : 1) * sizeof *objs);
    memcpy(s->gc_objs, objs, n * sizeof *objs);
    if (ph == OBS_GC_START)
        mark_dropped(objs, n);
    sort_phase = (int)ph;
    qsort(s->gc_objs, n, sizeof *objs, by_learner);
    s->gc_nlearner = 0;
    while (s->gc_nlearner < n && is_learners(s->gc_objs[s->gc_nlearner].id))
        s->gc_nlearner++;
    s->gc_nobjs = n;
    s->gc_phase = (int)ph;
    s->gc_gen = gen;
    a->panes[P_HEAP].scroll = a->panes[P_HEAP].cursor = 0;
    if (gc_skip)
        return;
    static const char *const names[] = {
        "start",       "update_refs", "subtract_refs", "reachable",
        "unreachable", "finalize",    "delete",        "done"};
    app_set_status(a, false,
                   "%s | %s (%d/%d), %zu objects: any key next, Esc finishes",
                   gc_why, names[ph], (int)ph + 1, (int)OBS_GC_DONE + 1, n);
    int k;
    while ((k = app_getkey(a, -1)) == KEY_RESIZE || k == ERR || k == KEY_MOUSE)
        ;
    gc_skip = k == KEY_ESC;
}

/* `g`: gc.collect() one phase per keypress, recorded for replays. */
void stepper_slow_gc(tui_app *a, int gen)
{
    stepper *st = &a->st;
    char why[160];
    if (!a->py_live) {
        app_set_status(a, true, "no program: nothing to collect");
        return;
    }
    if (!a->snap.valid)
        app_after_run(a);
    if (gen < 0)
        gen = obs_gc_next_gen(why, sizeof why);
    else
        snprintf(why, sizeof why, "gen%d, as gc.collect(%d)", gen, gen);
    if (st->paused) {
        if (st->ngc == st->capgc) {
            st->capgc = st->capgc ? st->capgc * 2 : 8;
            st->gc_at = tui_xrealloc(st->gc_at, st->capgc * sizeof *st->gc_at);
            st->gc_gens =
                tui_xrealloc(st->gc_gens, st->capgc * sizeof *st->gc_gens);
        }
        st->gc_gens[st->ngc] = gen;
        st->gc_at[st->ngc++] = st->evno;
    } else if (a->mode == MODE_REPL && !st->running)
        repl_record_gc(gen);
    gc_skip = false;
    snprintf(gc_why, sizeof gc_why, "%s", why);
    obs_set_gc_hook(gc_hook, a);
    long freed = obs_gc_collect(gen);
    obs_set_gc_hook(NULL, NULL);
    a->snap.gc_phase = -1;
    app_after_run(a);
    app_set_status(a, false, "collected %s: %ld unreachable", why, freed);
}

/* ---------------------------------------------------------------- keys */

static void resume(stepper *st, run_mode m)
{
    st->mode = m;
    st->base_depth = st->depth;
    st->paused = false;
}

static int step_back(tui_app *a)
{
    stepper *st = &a->st;
    if (st->single || (!st->paused && !st->finished) || st->npauses == 0) {
        app_set_status(a, true, "nothing to go back to");
        return EV_HANDLED;
    }
    if (st->paused && st->npauses < 2) {
        app_set_status(a, true, "already at the first line");
        return EV_HANDLED;
    }
    size_t keep = st->paused ? st->npauses - 2 : st->npauses - 1;
    st->replay_to = st->pauses[keep];
    st->npauses = keep;
    if (st->paused) {
        stepper_abort(a);
        st->want_replay = true;
        st->want_stop = false;
        return EV_HANDLED | EV_REDRAW;
    }
    prepare_replay(a, st->replay_to);
    run_loop(a, a->code);
    return EV_HANDLED | EV_REDRAW;
}

static int restart(tui_app *a)
{
    if (a->st.running) {
        a->st.replay_to = a->st.npauses ? a->st.pauses[0] : 1;
        a->st.npauses = 0;
        stepper_abort(a);
        a->st.want_replay = true;
        a->st.want_stop = false;
        a->st.ngc = 0;
        return EV_HANDLED;
    }
    if (a->code)
        stepper_run(a, a->code, true);
    return EV_HANDLED | EV_REDRAW;
}

/* n s o c b g r and Ctrl-C while a program is paused or has finished. */
int stepper_key(tui_app *a, int key)
{
    stepper *st = &a->st;
    if (key == 'g' || key == KEY_F(8) || key == 'G') {
        stepper_slow_gc(a, key == 'G' ? 2 : -1);
        return EV_HANDLED | EV_REDRAW;
    }
    if (key == 'b')
        return a->mode == MODE_REPL ? repl_back(a) : step_back(a);
    if (key == 'r')
        return restart(a);
    if (!st->paused) {
        /* key > 0 && < 128: strchr would find NUL, or a KEY_ code's low
         * byte */
        bool run_key = key > 0 && key < 128 && strchr("nsoc", key);
        if (run_key && st->finished)
            app_set_status(a, false,
                           "the program has finished: b goes back, r restarts");
        return run_key && st->finished ? EV_HANDLED : EV_IGNORED;
    }
    switch (key) {
    case 'n':
    case KEY_F(10):
        resume(st, RUN_NEXT);
        break;
    case 's':
    case KEY_F(11):
        resume(st, RUN_INTO);
        break;
    case 'o':
    case KEY_F(12):
        resume(st, RUN_OUT);
        break;
    case 'c':
    case KEY_F(5):
        resume(st, RUN_CONTINUE);
        break;
    case KEY_CTRL('c'):
        st->interrupt_now = true;
        resume(st, RUN_CONTINUE);
        break;
    default:
        return EV_IGNORED;
    }
    return EV_HANDLED | EV_REDRAW;
}
