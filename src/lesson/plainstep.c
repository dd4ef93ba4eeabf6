/*
 * plainstep.c -- walking through a lesson's code in line mode.
 *
 * What the panes show a sighted learner as the program runs, said as
 * lines a screen reader reads out: the program pauses before each line
 * of its own code (never inside the standard library), and after each
 * step one line per change to the learner's objects is printed --
 * "line 3: list 0x…0840 refcount 1 → 2, now also named b", "line 4:
 * freed: list 0x…0840".  The learner's objects are those the program's
 * names reach, plus those they reached before and that are still alive
 * (an abandoned cycle stays in view until the collector frees it).
 *
 * Commands at the "step>" prompt: Enter or :next (over calls), :step
 * (into calls), :continue, :back, :quit, the memory views :stack,
 * :heap, :gc, :areas, :refs X, :why X, :graph X, :collect [GEN] (a
 * collection, phase by phase), and a Python
 * expression, whose value is printed.  Stepping back is a replay: a
 * fresh interpreter runs the code again, silently, to the previous
 * pause (ids and refcounts are the same on every run).
 *
 * Like the TUI's stepper there are no threads: pausing is not returning
 * from the trace callback, which reads the learner's commands.
 */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson_int.h"
#include "obs.h"
#include "py.h"

#define REACH_LIMIT 2000     /* objects followed from the names */
#define ALLOC_LIMIT 4000000u /* allocations remembered per step */

/* A name and the object it refers to: "a", or "x in f" for a local. */
typedef struct binding {
    char *label;
    uintptr_t id;
    bool cached; /* a small int or an interned str */
    char type[24];
    char repr[OBS_REPR_MAX];
} binding;

/* One of the learner's objects as it was at a pause. */
typedef struct watched {
    uintptr_t id;
    char type[24];
    ssize_t rc;
    char contents[96];
    bool reachable; /* from a name */
    bool garbage;   /* not reachable, and kept only by a cycle */
} watched;

typedef struct snap {
    binding *b; /* sorted by label */
    size_t nb;
    watched *w; /* sorted by id */
    size_t nw;
} snap;

typedef struct idset {
    uintptr_t *ids;
    size_t n, cap;
    bool overflow;
} idset;

typedef enum { W_NEXT, W_INTO, W_CONTINUE, W_QUIT, W_REPLAY } wmode;

typedef struct walker {
    const char *code;
    const char *const *input;
    plain_ask_fn ask;
    void *ud;
    pyrun_ctx ctx;
    size_t out_seen, err_seen;
    wmode mode;
    int base_depth, last_line;
    uint64_t evno, target, back_to;
    uint64_t *pauses;
    size_t npauses, cappauses;
    snap prev;
    idset freed, allocated;
    bool quit;
} walker;

/* ------------------------------------------------------------ sets */

static void idset_add(idset *s, uintptr_t id)
{
    if (s->overflow)
        return;
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        uintptr_t *ids =
            cap <= ALLOC_LIMIT ? realloc(s->ids, cap * sizeof *ids) : NULL;
        if (!ids) {
            s->overflow = true;
            return;
        }
        s->ids = ids, s->cap = cap;
    }
    s->ids[s->n++] = id;
}

static int cmp_id(const void *a, const void *b)
{
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

static void idset_sort(idset *s)
{
    if (s->n)
        qsort(s->ids, s->n, sizeof *s->ids, cmp_id);
}

static bool idset_has(const idset *s, uintptr_t id)
{
    return s->n && bsearch(&id, s->ids, s->n, sizeof id, cmp_id) != NULL;
}

static void idset_clear(idset *s)
{
    s->n = 0;
    s->overflow = false;
}

/* ------------------------------------------------------- snapshots */

static void snap_free(snap *s)
{
    for (size_t i = 0; i < s->nb; i++)
        free(s->b[i].label);
    free(s->b);
    free(s->w);
    memset(s, 0, sizeof *s);
}

static int cmp_label(const void *a, const void *b)
{
    return strcmp(((const binding *)a)->label, ((const binding *)b)->label);
}

static int cmp_watched(const void *a, const void *b)
{
    return cmp_id(&((const watched *)a)->id, &((const watched *)b)->id);
}

static const watched *find_watched(const snap *s, uintptr_t id)
{
    watched key = {.id = id};
    return s->nw ? bsearch(&key, s->w, s->nw, sizeof key, cmp_watched) : NULL;
}

static bool is_cached(uintptr_t id)
{
    obs_object o;
    return obs_object_get(id, &o) && (o.small_int || o.interned);
}

static void add_binding(snap *s, const obs_ref *r, const char *func)
{
    if (!strcmp(r->type, "module"))
        return;
    binding *b = &s->b[s->nb];
    size_t n = strlen(r->name) + (func ? strlen(func) + 5 : 0) + 1;
    if (!(b->label = malloc(n)))
        return;
    if (func)
        snprintf(b->label, n, "%s in %s", r->name, func);
    else
        snprintf(b->label, n, "%s", r->name);
    b->id = r->id;
    b->cached = is_cached(r->id);
    snprintf(b->type, sizeof b->type, "%s", r->type);
    snprintf(b->repr, sizeof b->repr, "%s", r->repr);
    s->nb++;
}

/* The names of every frame: the module's globals by their name, the
 * locals of a function or class body as "x in f". */
static int take_bindings(snap *s, const obs_frames *f)
{
    size_t n = f->nglobals;
    for (size_t i = 0; i < f->n; i++)
        n += f->frames[i].nlocals;
    if (!(s->b = calloc(n + 1, sizeof *s->b)))
        return -1;
    for (size_t i = 0; i < f->nglobals; i++)
        add_binding(s, &f->globals[i], NULL);
    for (size_t i = 0; i < f->n; i++)
        for (size_t j = 0; j < f->frames[i].nlocals; j++)
            add_binding(s, &f->frames[i].locals[j], f->frames[i].func);
    qsort(s->b, s->nb, sizeof *s->b, cmp_label);
    return 0;
}

static void add_watched(snap *s, uintptr_t id, bool reachable)
{
    obs_object o;
    if (!obs_object_get(id, &o) || o.small_int || o.interned)
        return;
    watched *w = &s->w[s->nw++];
    w->id = id;
    memcpy(w->type, o.type, sizeof w->type);
    w->rc = o.refcount;
    w->reachable = reachable;
    obs_object_contents(id, "→", w->contents, sizeof w->contents);
}

/* Keep one entry per id (reachable if any copy is). */
static void dedup_watched(snap *s)
{
    qsort(s->w, s->nw, sizeof *s->w, cmp_watched);
    size_t k = 0;
    for (size_t i = 0; i < s->nw; i++) {
        if (k && s->w[k - 1].id == s->w[i].id)
            s->w[k - 1].reachable |= s->w[i].reachable;
        else
            s->w[k++] = s->w[i];
    }
    s->nw = k;
}

/* Which of the watched objects no name reaches are kept alive only by
 * references among themselves (obs_unreachable, as the collector
 * works it out). */
static void mark_garbage(snap *s)
{
    size_t n = 0;
    for (size_t i = 0; i < s->nw; i++)
        n += !s->w[i].reachable;
    uintptr_t *ids = malloc((n + 1) * sizeof *ids);
    bool *garbage = calloc(n + 1, sizeof *garbage);
    size_t k = 0;
    for (size_t i = 0; ids && i < s->nw; i++)
        if (!s->w[i].reachable)
            ids[k++] = s->w[i].id;
    if (ids && garbage && k && obs_unreachable(ids, k, garbage) == 0) {
        k = 0;
        for (size_t i = 0; i < s->nw; i++)
            if (!s->w[i].reachable)
                s->w[i].garbage = garbage[k++];
    }
    free(ids);
    free(garbage);
}

/* The learner's objects now: what the names reach (obs_names_reach:
 * not the insides of classes and functions), and what was watched at the
 * previous pause and is still alive (not freed). */
static int take_watched(snap *s, const obs_frames *f, const walker *wk)
{
    uintptr_t *reach = NULL;
    size_t nreach = 0;
    if (obs_names_reach(f, REACH_LIMIT, &reach, &nreach) != 0)
        nreach = 0;
    size_t cap = nreach + s->nb + wk->prev.nw + 1;
    if (!(s->w = calloc(cap, sizeof *s->w))) {
        free(reach);
        return -1;
    }
    for (size_t i = 0; i < nreach; i++)
        add_watched(s, reach[i], true);
    for (size_t i = 0; i < s->nb; i++)
        if (!s->b[i].cached)
            add_watched(s, s->b[i].id, true);
    for (size_t i = 0; i < wk->prev.nw; i++)
        if (!idset_has(&wk->freed, wk->prev.w[i].id))
            add_watched(s, wk->prev.w[i].id, false);
    free(reach);
    dedup_watched(s);
    mark_garbage(s);
    return 0;
}

static int take_snap(snap *s, const walker *wk)
{
    memset(s, 0, sizeof *s);
    obs_frames f;
    if (obs_frames_get(&f) != 0)
        return -1;
    int r = take_bindings(s, &f) == 0 && take_watched(s, &f, wk) == 0 ? 0 : -1;
    obs_frames_free(&f);
    return r;
}

/* ------------------------------------------------------ the changes */

typedef struct line {
    char s[600];
    size_t n;
} line;

__attribute__((format(printf, 2, 3))) static void put(line *l, const char *f,
                                                      ...)
{
    va_list ap;
    va_start(ap, f);
    if (l->n < sizeof l->s) {
        int k = vsnprintf(l->s + l->n, sizeof l->s - l->n, f, ap);
        if (k > 0)
            l->n += (size_t)k < sizeof l->s - l->n ? (size_t)k
                                                   : sizeof l->s - l->n - 1;
    }
    va_end(ap);
}

static void short_id(char *buf, size_t n, uintptr_t id)
{
    snprintf(buf, n, "0x…%04llx", (unsigned long long)(id & 0xffff));
}

/* The labels of a snapshot's bindings to id, ", "-joined into l, only
 * those (not) in other when other is given. */
static int put_names(line *l, const snap *s, uintptr_t id, const snap *other,
                     bool in_other)
{
    int k = 0;
    for (size_t i = 0; i < s->nb; i++) {
        if (s->b[i].id != id)
            continue;
        if (other) {
            binding key = {.label = s->b[i].label};
            const binding *o = other->nb ? bsearch(&key, other->b, other->nb,
                                                   sizeof key, cmp_label)
                                         : NULL;
            if ((o && o->id == id) != in_other)
                continue;
        }
        put(l, "%s%s", k++ ? ", " : "", s->b[i].label);
    }
    return k;
}

static int count_names(const snap *s, uintptr_t id)
{
    int k = 0;
    for (size_t i = 0; i < s->nb; i++)
        k += s->b[i].id == id;
    return k;
}

static void emit(const walker *w, const line *l)
{
    if (w->mode == W_CONTINUE)
        printf("line %d to the end: %s\n", w->last_line, l->s);
    else
        printf("line %d: %s\n", w->last_line, l->s);
}

/* An object that was not watched at the last pause: made during the
 * step, or an old one the names reach now. */
static void report_new(const walker *w, const snap *now, const watched *o)
{
    line l = {0};
    char sid[24];
    short_id(sid, sizeof sid, o->id);
    bool made = idset_has(&w->allocated, o->id) || w->allocated.overflow;
    put(&l, "%s%s %s %s, refcount %zd", made ? "new " : "", o->type, sid,
        o->contents, o->rc);
    if (count_names(now, o->id)) {
        put(&l, made ? ", named " : ", now named ");
        put_names(&l, now, o->id, NULL, false);
    }
    emit(w, &l);
}

/* An object watched at both pauses: what moved. */
static void report_changed(const walker *w, const snap *now, const watched *was,
                           const watched *o)
{
    line l = {0};
    char sid[24];
    short_id(sid, sizeof sid, o->id);
    put(&l, "%s %s", o->type, sid);
    size_t base = l.n;
    if (was->rc != o->rc)
        put(&l, " refcount %zd → %zd,", was->rc, o->rc);
    if (strcmp(was->contents, o->contents))
        put(&l, " now %s,", o->contents);
    int before = count_names(&w->prev, o->id);
    line gained = {0}, lost = {0};
    if (put_names(&gained, now, o->id, &w->prev, false))
        put(&l, " now %snamed %s,",
            before - put_names(&lost, &w->prev, o->id, now, false) > 0 ? "also "
                                                                       : "",
            gained.s);
    lost.n = 0, lost.s[0] = '\0';
    if (put_names(&lost, &w->prev, o->id, now, false))
        put(&l, " no longer named %s,", lost.s);
    if (was->reachable && !o->reachable)
        put(&l, "%s",
            o->garbage
                ? " no name reaches it any more: only a reference cycle"
                  " keeps it alive, and the cycle collector will free it,"
                : " no name reaches it any more (still alive:"
                  " something else refers to it),");
    if (l.n == base)
        return;
    l.s[--l.n] = '\0'; /* the last comma */
    emit(w, &l);
}

static void report_freed(const walker *w, const watched *was)
{
    line l = {0};
    char sid[24];
    short_id(sid, sizeof sid, was->id);
    put(&l, "freed: %s %s", was->type, sid);
    if (count_names(&w->prev, was->id)) {
        put(&l, " (was named ");
        put_names(&l, &w->prev, was->id, NULL, false);
        put(&l, ")");
    }
    emit(w, &l);
}

/* Names now bound to a cached object (a small int, an interned str)
 * that they were not bound to before: such objects are shared, so only
 * the name is news. */
static void report_cached_names(const walker *w, const snap *now)
{
    for (size_t i = 0; i < now->nb; i++) {
        const binding *b = &now->b[i];
        const binding *old =
            w->prev.nb ? bsearch(b, w->prev.b, w->prev.nb, sizeof *b, cmp_label)
                       : NULL;
        if (!b->cached || (old && old->id == b->id))
            continue;
        char sid[24];
        short_id(sid, sizeof sid, b->id);
        line l = {0};
        put(&l, "%s → %s %s %s (%s, shared)", b->label, b->type, sid, b->repr,
            !strcmp(b->type, "str") ? "interned" : "cached");
        if (old)
            put(&l, ", was %s %s", old->type, old->repr);
        emit(w, &l);
    }
}

/* Names gone since the last pause whose object is not watched (a cached
 * one); those of watched objects are said on the object's line. */
static void report_gone_names(const walker *w, const snap *now)
{
    for (size_t i = 0; i < w->prev.nb; i++) {
        const binding *b = &w->prev.b[i];
        if (!b->cached ||
            (now->nb && bsearch(b, now->b, now->nb, sizeof *b, cmp_label)))
            continue;
        line l = {0};
        put(&l, "%s is gone (was %s %s)", b->label, b->type, b->repr);
        emit(w, &l);
    }
}

static void report(const walker *w, const snap *now)
{
    report_cached_names(w, now);
    report_gone_names(w, now);
    for (size_t i = 0; i < w->prev.nw; i++)
        if (idset_has(&w->freed, w->prev.w[i].id))
            report_freed(w, &w->prev.w[i]);
    for (size_t i = 0; i < now->nw; i++) {
        const watched *was = find_watched(&w->prev, now->w[i].id);
        if (was && !idset_has(&w->freed, was->id))
            report_changed(w, now, was, &now->w[i]);
        else
            report_new(w, now, &now->w[i]);
    }
}

/* ----------------------------------------------------------- output */

static void print_new(const char *label, const sbuf *b, size_t *seen)
{
    if (b->n <= *seen)
        return;
    const char *p = b->s + *seen;
    while (*p) {
        const char *nl = strchr(p, '\n');
        int n = nl ? (int)(nl - p) : (int)strlen(p);
        printf("%s%.*s\n", label, n, p);
        p += n + (nl != NULL);
    }
    *seen = b->n;
}

static void print_output(walker *w)
{
    print_new("output: ", &w->ctx.out, &w->out_seen);
    print_new("error: ", &w->ctx.err, &w->err_seen);
}

static void print_source_line(const walker *w, int lineno, int depth)
{
    const char *p = w->code;
    for (int i = 1; i < lineno && p; i++) {
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    if (!p)
        p = "";
    p += strspn(p, " \t");
    int n = (int)strcspn(p, "\n");
    const char *func = NULL;
    obs_frames f;
    if (depth > 1 && obs_frames_get(&f) == 0) {
        func = f.n ? f.frames[f.n - 1].func : NULL;
        printf("next: line %d in %s: %.*s\n", lineno, func ? func : "?", n, p);
        obs_frames_free(&f);
    } else
        printf("next: line %d: %.*s\n", lineno, n, p);
}

/* ---------------------------------------------------------- commands */

static void walk_help(void)
{
    puts("Enter or :next runs the next line (calls run through), :step goes "
         "into calls,\n:continue runs to the end, :back goes one line back, "
         ":quit stops walking.\nMemory: :stack, :heap [all|containers|ID], "
         ":gc, :areas, :refs X, :why X, :graph X\n(X: a name, an expression "
         "or an id), :collect [0|1|2] (a collection, phase by\nphase).  Any "
         "other text is evaluated as a Python expression and its value "
         "printed.");
}

static bool view_command(const char *cmd)
{
    static const char *const views[] = {":stack", ":heap", ":gc", ":areas"};
    for (size_t i = 0; i < sizeof views / sizeof *views; i++) {
        size_t n = strlen(views[i]);
        if (strncmp(cmd, views[i], n) || (cmd[n] && cmd[n] != ' '))
            continue;
        char *t = obs_view_text(views[i] + 1, cmd + n + strspn(cmd + n, " "));
        fputs(t ? t : "(out of memory)\n", stdout);
        free(t);
        return true;
    }
    static const struct {
        const char *name;
        obs_report what;
    } reps[] = {{":refs", OBS_REPORT_REFS},
                {":why", OBS_REPORT_WHY},
                {":graph", OBS_REPORT_GRAPH}};
    for (size_t i = 0; i < sizeof reps / sizeof *reps; i++) {
        size_t n = strlen(reps[i].name);
        if (strncmp(cmd, reps[i].name, n) || (cmd[n] && cmd[n] != ' '))
            continue;
        const char *arg = cmd + n + strspn(cmd + n, " ");
        uintptr_t id;
        char *err = NULL;
        if (!*arg)
            printf("%s needs an object: a name, an expression or an id\n",
                   reps[i].name);
        else if (pyapi_object_id(arg, &id, &err) != 0)
            printf("%s: %s\n", reps[i].name, err ? err : "no such object");
        else {
            char *t = obs_explain(id, reps[i].what);
            fputs(t ? t : "(out of memory)\n", stdout);
            free(t);
        }
        free(err);
        return true;
    }
    return false;
}

/* :collect [0|1|2]: a collection now, told phase by phase.  What it
 * frees shows at the next step as "freed" lines. */
static void collect_command(const char *arg)
{
    arg += strspn(arg, " ");
    int gen = -1;
    if (*arg) {
        if ((arg[0] < '0' || arg[0] > '2') || arg[1]) {
            puts(":collect takes a generation: 0, 1 or 2 (none: the one "
                 "CPython would collect next)");
            return;
        }
        gen = arg[0] - '0';
    }
    char *t = obs_collect_text(gen);
    fputs(t ? t : "(out of memory)\n", stdout);
    free(t);
}

static void eval_command(const char *expr)
{
    char *err = NULL;
    char *r = pyapi_eval_repr(expr, &err);
    printf("%s\n", r ? r : err ? err : "(no value)");
    free(r);
    free(err);
}

/* One command; true when the program goes on (mode set). */
static bool command(walker *w, const char *c, int depth)
{
    if (!*c || !strcmp(c, ":next") || !strcmp(c, ":n"))
        w->mode = W_NEXT, w->base_depth = depth;
    else if (!strcmp(c, ":step") || !strcmp(c, ":s"))
        w->mode = W_INTO;
    else if (!strcmp(c, ":continue") || !strcmp(c, ":c"))
        w->mode = W_CONTINUE;
    else if (!strcmp(c, ":back") || !strcmp(c, ":b")) {
        if (w->npauses < 2) {
            puts("This is the first line: there is no step before it.");
            return false;
        }
        w->back_to = w->pauses[w->npauses - 2];
        w->mode = W_QUIT;
    } else if (!strcmp(c, ":quit") || !strcmp(c, ":q"))
        w->mode = W_QUIT, w->quit = true;
    else if (!strncmp(c, ":collect", 8) && (!c[8] || c[8] == ' ')) {
        collect_command(c + 8);
        return false;
    } else if (!strcmp(c, ":help") || !strcmp(c, "?")) {
        walk_help();
        return false;
    } else if (c[0] == ':' && !view_command(c)) {
        printf("Unknown command %s (:help lists them)\n", c);
        return false;
    } else if (c[0] != ':') {
        eval_command(c);
        return false;
    } else
        return false;
    return true;
}

/* ------------------------------------------------------------ trace */

static void on_heap(void *ud, obs_heap_event ev, uintptr_t id)
{
    walker *w = ud;
    if (ev == OBS_FREE) {
        if (find_watched(&w->prev, id))
            idset_add(&w->freed, id);
    } else
        idset_add(&w->allocated, id);
}

static void push_pause(walker *w)
{
    if (w->npauses == w->cappauses) {
        size_t cap = w->cappauses ? w->cappauses * 2 : 64;
        uint64_t *p = realloc(w->pauses, cap * sizeof *p);
        if (!p)
            return;
        w->pauses = p, w->cappauses = cap;
    }
    w->pauses[w->npauses++] = w->evno;
}

/* Say what changed since the last pause and make now the reference. */
static void settle(walker *w, bool say)
{
    idset_sort(&w->freed);
    idset_sort(&w->allocated);
    snap now;
    if (take_snap(&now, w) == 0) {
        if (say)
            report(w, &now);
        snap_free(&w->prev);
        w->prev = now;
    } else
        snap_free(&now);
    idset_clear(&w->freed);
    idset_clear(&w->allocated);
}

static int on_trace(void *ud, obs_event ev, int line, int depth);

static void on_sigint(int sig)
{
    (void)sig;
    pyapi_interrupt();
}

/* While the code runs, Ctrl-C interrupts it (KeyboardInterrupt); at the
 * prompt it is the line editor's. */
static void hooks(walker *w, bool on)
{
    static struct sigaction old;
    if (on) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_sigint;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, &old);
    } else
        sigaction(SIGINT, &old, NULL);
    obs_set_heap_hook(on ? on_heap : NULL, on ? w : NULL);
    obs_set_trace(on ? on_trace : NULL, on ? w : NULL);
}

static int pause_at(walker *w, int line, int depth, bool replayed)
{
    hooks(w, false);
    push_pause(w);
    if (replayed) {
        w->out_seen = w->ctx.out.n, w->err_seen = w->ctx.err.n;
        w->mode = W_NEXT;
    } else
        print_output(w);
    settle(w, !replayed && w->npauses > 1);
    print_source_line(w, line, depth);
    w->last_line = line;
    for (;;) {
        char *c = w->ask(w->ud, "step> ");
        if (!c) {
            w->mode = W_QUIT, w->quit = true;
            break;
        }
        bool go = command(w, c, depth);
        free(c);
        if (go)
            break;
    }
    print_output(w); /* what an evaluated expression printed */
    w->out_seen = w->ctx.out.n, w->err_seen = w->ctx.err.n;
    hooks(w, true);
    return w->mode == W_QUIT ? OBS_STOP : OBS_CONTINUE;
}

static int on_trace(void *ud, obs_event ev, int line, int depth)
{
    walker *w = ud;
    w->evno++;
    switch (w->mode) {
    case W_QUIT:
        return OBS_STOP;
    case W_REPLAY:
        return w->evno < w->target ? OBS_CONTINUE
                                   : pause_at(w, line, depth, true);
    case W_CONTINUE:
        return OBS_CONTINUE;
    default:
        break;
    }
    if (ev != OBS_LINE || (w->mode == W_NEXT && depth > w->base_depth))
        return OBS_CONTINUE;
    const char *file = obs_frame_file();
    if (!file || strcmp(file, "main.py"))
        return OBS_CONTINUE;
    return pause_at(w, line, depth, false);
}

/* ---------------------------------------------------------- running */

/* One run of the code from the start, pausing as w->mode says.  The
 * status of pyapi_exec, or PYR_EXCEPTION when it could not start. */
static pyr_status run_once(walker *w)
{
    memset(&w->ctx, 0, sizeof w->ctx);
    w->ctx.input = w->input;
    w->ctx.source = w->code;
    w->out_seen = w->err_seen = 0;
    w->evno = 0;
    if (pyb_start(&w->ctx) != 0) {
        puts("pyscope: cannot start the Python interpreter");
        return PYR_EXCEPTION;
    }
    hooks(w, true);
    pyr_status st = pyapi_exec(w->code, strlen(w->code), "main.py");
    hooks(w, false);
    return st;
}

static void finish(walker *w, pyr_status st)
{
    print_output(w);
    settle(w, w->npauses > 0);
    if (st == PYR_OK)
        puts("The program ran to its end.");
    else
        puts("The program stopped with the error above.");
}

void plain_walk(const char *code, const char *const *input, plain_ask_fn ask,
                void *ud)
{
    walker w;
    memset(&w, 0, sizeof w);
    w.code = code, w.input = input, w.ask = ask, w.ud = ud;
    puts("Walking through the code: Enter runs a line, :step goes into "
         "calls,\n:continue, :back, :quit, :help for the memory views.");
    w.mode = W_INTO;
    for (;;) {
        pyr_status st = run_once(&w);
        if (w.back_to) {
            w.target = w.back_to;
            w.back_to = 0;
            w.npauses -= 2; /* the replayed pause comes back */
            snap_free(&w.prev);
            pyb_stop(&w.ctx);
            free(sbuf_take(&w.ctx.out));
            free(sbuf_take(&w.ctx.err));
            w.mode = W_REPLAY;
            puts("(back one step)");
            continue;
        }
        if (!w.quit)
            finish(&w, st);
        pyb_stop(&w.ctx);
        break;
    }
    free(sbuf_take(&w.ctx.out));
    free(sbuf_take(&w.ctx.err));
    snap_free(&w.prev);
    free(w.pauses);
    free(w.freed.ids);
    free(w.allocated.ids);
}
