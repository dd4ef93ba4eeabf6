/*
 * repl.c -- step back in the REPL: `b` undoes the last statement.
 *
 * The REPL keeps one interpreter for the whole session, so there is no
 * earlier run to replay as in the stepper.  Instead every statement is
 * recorded with what made it deterministic: the text the prompt echoed
 * for it, the answers it got from input(), and, when Ctrl-C stopped it,
 * the trace event where that happened.  Slow collections (`g`) between
 * statements are recorded too, and so is every other use of the
 * interpreter before a statement (the prompt asking whether a block is
 * complete, Tab completion's dir()): they compile and allocate, and the
 * allocator's state decides the ids that follow.  Going back starts a
 * fresh interpreter and re-runs all but the last record: ids, refcounts,
 * the GC's counts and the output come out as they were, because runs are
 * deterministic (the stepper's step-back relies on the same property).
 *
 * Limits: a statement interrupted by the watchdog (code that gave no
 * trace events for 100 ms) is interrupted again at the event where the
 * watchdog fired, which is close but not guaranteed to be the same loop
 * edge.  A Ctrl-C at the prompt itself (its "KeyboardInterrupt" line)
 * is not replayed.
 */
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

typedef struct repl_entry {
    char *echoed;  /* what the prompt wrote to the output pane */
    char *src;     /* the statement; NULL for a slow collection */
    char **inputs; /* answers given to input(), in order */
    size_t ninputs;
    char **calls; /* "iSRC" is_incomplete, "eEXPR" eval, before it */
    size_t ncalls;
    uint64_t stop_at; /* Ctrl-C: OBS_STOP at this event (0: none) */
    uint64_t intr_at; /* watchdog: pyapi_interrupt() at this event */
    int gc_gen;       /* a slow collection: its generation */
} repl_entry;

static repl_entry *hist;
static size_t nhist, caphist;
static char *echoed; /* echoed since the last record */
static char **calls; /* interpreter calls since the last record */
static size_t ncalls, capcalls;

static void note_call(char kind, const char *text)
{
    if (!app_current || app_current->mode != MODE_REPL)
        return;
    if (ncalls == capcalls) {
        capcalls = capcalls ? capcalls * 2 : 8;
        calls = tui_xrealloc(calls, capcalls * sizeof *calls);
    }
    char *c = tui_xmalloc(strlen(text) + 2);
    c[0] = kind;
    strcpy(c + 1, text);
    calls[ncalls++] = c;
}

/* pyapi_is_incomplete, recorded for replays. */
bool repl_is_incomplete(const char *src)
{
    note_call('i', src);
    return pyapi_is_incomplete(src, strlen(src));
}

/* pyapi_eval of a helper (completion), recorded for replays. */
int repl_eval(const char *expr, py_value *v, char **err)
{
    note_call('e', expr);
    return pyapi_eval(expr, v, err);
}

static void replay_calls(const repl_entry *e)
{
    for (size_t i = 0; i < e->ncalls; i++) {
        const char *c = e->calls[i];
        py_value v;
        char *err = NULL;
        if (c[0] == 'i')
            pyapi_is_incomplete(c + 1, strlen(c + 1));
        else if (pyapi_eval(c + 1, &v, &err) == 0)
            pyapi_value_free(&v);
        free(err);
    }
}

void repl_echo(const char *s)
{
    size_t old = echoed ? strlen(echoed) : 0, n = strlen(s);
    echoed = tui_xrealloc(echoed, old + n + 1);
    memcpy(echoed + old, s, n + 1);
}

static repl_entry *push_entry(const char *src)
{
    if (nhist == caphist) {
        caphist = caphist ? caphist * 2 : 32;
        hist = tui_xrealloc(hist, caphist * sizeof *hist);
    }
    repl_entry *e = &hist[nhist++];
    memset(e, 0, sizeof *e);
    e->echoed = echoed ? echoed : tui_xstrdup("");
    echoed = NULL;
    e->calls = calls, e->ncalls = ncalls;
    calls = NULL, ncalls = capcalls = 0;
    e->src = src ? tui_xstrdup(src) : NULL;
    return e;
}

/* Record the statement that has just run, from the stepper's state. */
void repl_record(tui_app *a, const char *src)
{
    const stepper *st = &a->st;
    repl_entry *e = push_entry(src);
    e->ninputs = st->ninputs;
    e->inputs = tui_xcalloc(st->ninputs ? st->ninputs : 1, sizeof *e->inputs);
    for (size_t i = 0; i < st->ninputs; i++)
        e->inputs[i] = tui_xstrdup(st->inputs[i].text);
    e->stop_at = st->stopped_at;
    e->intr_at = st->interrupted_at;
}

void repl_record_gc(int gen)
{
    push_entry(NULL)->gc_gen = gen;
}

static void free_calls(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static void free_entry(repl_entry *e)
{
    for (size_t i = 0; i < e->ninputs; i++)
        free(e->inputs[i]);
    free(e->inputs);
    free_calls(e->calls, e->ncalls);
    free(e->echoed);
    free(e->src);
}

void repl_free(void)
{
    for (size_t i = 0; i < nhist; i++)
        free_entry(&hist[i]);
    free(hist);
    free(echoed);
    free_calls(calls, ncalls);
    hist = NULL, echoed = NULL, calls = NULL;
    nhist = caphist = ncalls = capcalls = 0;
}

/* Run one record again in the current interpreter. */
static void rerun(tui_app *a, const repl_entry *e)
{
    out_write(&a->out, e->echoed, strlen(e->echoed), false);
    replay_calls(e);
    if (!e->src) {
        obs_gc_collect(e->gc_gen);
        app_after_run(a);
        return;
    }
    free(a->code);
    a->code = tui_xstrdup(e->src);
    stepper_rerun_single(a, e->src, (const char *const *)e->inputs, e->ninputs,
                         e->stop_at, e->intr_at);
}

/* `b` in the REPL: forget the last statement (or slow collection) and
 * rebuild the state before it.  EV_ flags. */
int repl_back(tui_app *a)
{
    if (a->st.running)
        return EV_IGNORED;
    if (a->pending) {
        app_set_status(a, true, "finish the block first (a blank line)");
        return EV_HANDLED;
    }
    if (nhist == 0) {
        app_set_status(a, true, "nothing to go back to");
        return EV_HANDLED;
    }
    free_entry(&hist[--nhist]);
    free(echoed);
    free_calls(calls, ncalls);
    echoed = NULL, calls = NULL;
    ncalls = capcalls = 0;
    out_clear(&a->out);
    free(a->code);
    a->code = NULL;
    if (stepper_start_py(a) < 0)
        return EV_HANDLED | EV_REDRAW;
    app_after_run(a);
    for (size_t i = 0; i < nhist; i++)
        rerun(a, &hist[i]);
    return EV_HANDLED | EV_REDRAW;
}
