/*
 * obstext.c -- the panes as lines of text, for the line-mode front ends
 * (repl --plain, screen readers, dumb terminals): the stack and its
 * names, the heap (the learner's objects first), the GC generations and
 * the memory areas.  Built only from the observation API, like the TUI's
 * panes, so the two say the same.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "obs.h"

typedef struct tbuf {
    char *s;
    size_t len, cap;
    bool failed;
} tbuf;

__attribute__((format(printf, 2, 3))) static void add(tbuf *t, const char *f,
                                                      ...)
{
    char line[512];
    va_list ap;
    va_start(ap, f);
    int n = vsnprintf(line, sizeof line, f, ap);
    va_end(ap);
    if (n < 0 || t->failed)
        return;
    size_t len = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
    if (t->len + len + 1 > t->cap) {
        size_t cap = (t->cap + len + 1) * 2;
        char *s = realloc(t->s, cap);
        if (!s) {
            t->failed = true;
            return;
        }
        t->s = s;
        t->cap = cap;
    }
    memcpy(t->s + t->len, line, len + 1);
    t->len += len;
}

static char *take(tbuf *t)
{
    if (t->failed) {
        free(t->s);
        return NULL;
    }
    return t->s ? t->s : strdup("");
}

static void ref_line(tbuf *t, const obs_ref *r, int indent)
{
    add(t, "%*s%s -> 0x%llx %s %s\n", indent, "", r->name,
        (unsigned long long)r->id, r->type, r->repr);
}

static char *stack_text(void)
{
    tbuf t = {0};
    obs_frames f;
    if (obs_frames_get(&f) != 0)
        return NULL;
    for (size_t i = 0; i < f.n; i++) {
        const obs_frame *fr = &f.frames[i];
        add(&t, "%s%s  line %d\n", i + 1 == f.n ? "> " : "  ", fr->func,
            fr->line);
        bool module = strcmp(fr->func, "<module>") == 0;
        const obs_ref *refs = module ? f.globals : fr->locals;
        size_t n = module ? f.nglobals : fr->nlocals;
        for (size_t k = 0; k < n; k++)
            ref_line(&t, &refs[k], 4);
    }
    if (!f.n) {
        add(&t, "globals\n");
        for (size_t k = 0; k < f.nglobals; k++)
            ref_line(&t, &f.globals[k], 4);
    }
    obs_frames_free(&f);
    return take(&t);
}

static void gen_text(const obs_object *o, char *buf, size_t n)
{
    if (o->gen >= 0)
        snprintf(buf, n, "gen%d", o->gen);
    else if (o->small_int)
        snprintf(buf, n, "small");
    else if (o->interned)
        snprintf(buf, n, "intern");
    else
        snprintf(buf, n, "%s", o->gen == OBS_GEN_UNTRACKED ? "untracked" : "-");
}

static void heap_row(tbuf *t, const obs_object *o, const obs_frames *f)
{
    char gen[16], what[OBS_REPR_MAX + 8], names[128] = "";
    gen_text(o, gen, sizeof gen);
    obs_object_contents(o->id, "->", what, sizeof what);
    size_t len = 0;
    for (size_t k = 0; k < f->nglobals && len + 2 < sizeof names; k++)
        if (f->globals[k].id == o->id)
            len += (size_t)snprintf(names + len, sizeof names - len, "%s%s",
                                    len ? "," : "", f->globals[k].name);
    add(t, "0x%llx %-10s rc %-3zd %-9s %5zuB %s%s%s\n",
        (unsigned long long)o->id, o->type, o->refcount, gen, o->size, names,
        names[0] ? " " : "", what);
}

int obs_names_reach(const obs_frames *f, size_t limit, uintptr_t **ids,
                    size_t *n)
{
    size_t nr = f->nglobals, k = 0;
    for (size_t i = 0; i < f->n; i++)
        nr += f->frames[i].nlocals;
    uintptr_t *roots = malloc((nr + 1) * sizeof *roots);
    if (!roots)
        return -1;
    for (size_t i = 0; i < f->nglobals; i++)
        if (strcmp(f->globals[i].type, "module") &&
            strcmp(f->globals[i].type, "type") &&
            strcmp(f->globals[i].type, "function"))
            roots[k++] = f->globals[i].id;
    for (size_t i = 0; i < f->n; i++)
        for (size_t j = 0; j < f->frames[i].nlocals; j++)
            roots[k++] = f->frames[i].locals[j].id;
    int r = obs_reachable_data(roots, k, limit, ids, n);
    free(roots);
    return r;
}

static bool sorted_has(const uintptr_t *ids, size_t n, uintptr_t id)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ids[mid] < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && ids[lo] == id;
}

/* heap [all|containers|ID]: without an argument, the objects the
 * learner's names reach and a count of the rest. */
static char *heap_text(const char *arg)
{
    tbuf t = {0};
    obs_frames f;
    obs_heap h;
    if (obs_frames_get(&f) != 0)
        return NULL;
    if (obs_heap_get(&h) != 0) {
        obs_frames_free(&f);
        return NULL;
    }
    bool all = strcmp(arg, "all") == 0, cont = strcmp(arg, "containers") == 0;
    char *end;
    unsigned long long one = *arg && !all && !cont ? strtoull(arg, &end, 0) : 0;
    uintptr_t *mine = NULL;
    size_t nmine = 0, shown = 0;
    if (!all && !cont && !one &&
        obs_names_reach(&f, 100000, &mine, &nmine) != 0)
        nmine = 0;
    for (size_t i = 0; i < h.n; i++) {
        const obs_object *o = &h.objs[i];
        bool show = all || (cont && o->gen != OBS_NOT_GC) ||
                    (one && o->id == (uintptr_t)one) ||
                    (!all && !cont && !one && sorted_has(mine, nmine, o->id));
        if (show) {
            heap_row(&t, o, &f);
            shown++;
        }
    }
    if (one && !shown)
        add(&t, "no object has the id %s\n", arg);
    else if (!all && !one)
        add(&t, "%zu objects shown of %zu (:heap all lists every one)\n", shown,
            h.n);
    free(mine);
    obs_heap_free(&h);
    obs_frames_free(&f);
    return take(&t);
}

static char *gc_text(void)
{
    tbuf t = {0};
    obs_gc g;
    obs_gc_get(&g);
    for (int i = 0; i < 3; i++)
        add(&t,
            "gen%d  count %d / threshold %d  %ld objects  %ld collections\n", i,
            g.count[i], g.threshold[i], g.gen_size[i], g.collections[i]);
    if (g.last_gen < 0)
        add(&t, "no collection yet; the collector is %s\n",
            g.enabled ? "enabled" : "disabled");
    else
        add(&t, "last: gen%d collected %ld, uncollectable %ld; %s\n",
            g.last_gen, g.last_collected, g.last_uncollectable,
            g.enabled ? "enabled" : "disabled");
    return take(&t);
}

static char *areas_text(void)
{
    tbuf t = {0};
    obs_areas a;
    obs_areas_get(&a);
    add(&t,
        "code %zu B  variables %zu B  heap %zu B  free %zu B  stack %zu B\n",
        a.code, a.variables, a.heap, a.free, a.stack);
    return take(&t);
}

/* ------------------------------------------------ a collection, told */

typedef struct gc_tell {
    tbuf t;
    obs_frames f;
    uintptr_t *mine; /* the learner's objects, sorted */
    size_t nmine;
    obs_gc_obj *prev; /* the previous phase, sorted by id */
    size_t nprev;
} gc_tell;

static int cmp_uptr(const void *a, const void *b)
{
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_gcobj(const void *a, const void *b)
{
    return cmp_uptr(&((const obs_gc_obj *)a)->id, &((const obs_gc_obj *)b)->id);
}

/* Who the learner's objects are, once the collection's set is known:
 * what the names reach, instances of the program's classes, and what
 * no root reaches (a cycle let go of). */
static void gc_tell_mine(gc_tell *g, const obs_gc_obj *objs, size_t n)
{
    uintptr_t *reach = NULL, *ids = malloc((n + 1) * sizeof *ids);
    size_t nreach = 0;
    bool *garbage = calloc(n + 1, sizeof *garbage);
    if (obs_names_reach(&g->f, 20000, &reach, &nreach) != 0)
        nreach = 0;
    g->mine = malloc((n + 1) * sizeof *g->mine);
    if (!ids || !garbage || !g->mine)
        goto done;
    for (size_t i = 0; i < n; i++)
        ids[i] = objs[i].id;
    if (obs_unreachable(ids, n, garbage) != 0)
        memset(garbage, 0, n * sizeof *garbage);
    for (size_t i = 0; i < n; i++)
        if (garbage[i] || obs_is_user_instance(ids[i]) ||
            sorted_has(reach, nreach, ids[i]))
            g->mine[g->nmine++] = ids[i];
    qsort(g->mine, g->nmine, sizeof *g->mine, cmp_uptr);
done:
    free(reach);
    free(ids);
    free(garbage);
}

/* "Node 0x…4840 (a)" into buf. */
static void gc_label(const gc_tell *g, uintptr_t id, char *buf, size_t n)
{
    obs_object o;
    char names[64] = "";
    size_t len = 0;
    for (size_t k = 0; k < g->f.nglobals && len + 2 < sizeof names; k++)
        if (g->f.globals[k].id == id)
            len += (size_t)snprintf(names + len, sizeof names - len, "%s%s",
                                    len ? ", " : "", g->f.globals[k].name);
    snprintf(buf, n, "%s 0x…%04llx%s%s%s",
             obs_object_get(id, &o) ? o.type : "object",
             (unsigned long long)(id & 0xffff), len ? " (" : "", names,
             len ? ")" : "");
}

static const obs_gc_obj *gc_prev_of(const gc_tell *g, uintptr_t id)
{
    obs_gc_obj key = {.id = id};
    return g->nprev ? bsearch(&key, g->prev, g->nprev, sizeof key, cmp_gcobj)
                    : NULL;
}

static const char *const gc_phase_says[] = {
    "start: the objects of the generations being collected",
    "update_refs: each object's gc_refs starts as its refcount",
    "subtract_refs: references from objects inside the set are taken away",
    "reachable: what still has gc_refs > 0 (something outside refers to it), "
    "and all it reaches, is kept",
    "unreachable: the rest, referred to only from inside the set",
    "finalize: __del__ methods and weakref callbacks of the unreachable",
    "delete: the references among the unreachable are cleared, so they are "
    "freed",
    "done"};

static void gc_tell_hook(void *ud, obs_gc_phase ph, int gen,
                         const obs_gc_obj *objs, size_t n)
{
    gc_tell *g = ud;
    (void)gen;
    if (ph == OBS_GC_START)
        gc_tell_mine(g, objs, n);
    add(&g->t, "%s (%zu objects)\n", gc_phase_says[ph], n);
    size_t others = 0, zero = 0;
    for (size_t i = 0; i < n; i++) {
        if (!sorted_has(g->mine, g->nmine, objs[i].id)) {
            others++;
            zero += objs[i].gc_refs == 0;
            continue;
        }
        char label[112];
        gc_label(g, objs[i].id, label, sizeof label);
        const obs_gc_obj *was = gc_prev_of(g, objs[i].id);
        if (ph == OBS_GC_START || ph >= OBS_GC_FINALIZE)
            add(&g->t, "    %s\n", label);
        else if (was && was->gc_refs != objs[i].gc_refs &&
                 ph != OBS_GC_UPDATE_REFS)
            add(&g->t, "    %s  gc_refs %zd -> %zd\n", label, was->gc_refs,
                objs[i].gc_refs);
        else
            add(&g->t, "    %s  gc_refs %zd\n", label, objs[i].gc_refs);
    }
    if (others && ph == OBS_GC_SUBTRACT_REFS)
        add(&g->t, "    + %zu runtime objects (%zu of them at gc_refs 0)\n",
            others, zero);
    else if (others)
        add(&g->t, "    + %zu runtime objects\n", others);
    free(g->prev);
    g->prev = malloc((n + 1) * sizeof *g->prev);
    g->nprev = g->prev ? n : 0;
    if (g->prev && n) {
        memcpy(g->prev, objs, n * sizeof *objs);
        qsort(g->prev, n, sizeof *objs, cmp_gcobj);
    }
}

/* Which generation CPython would collect next, and why, into why. */
int obs_gc_next_gen(char *why, size_t n)
{
    obs_gc g;
    obs_gc_get(&g);
    for (int gen = 2; gen >= 0; gen--)
        if (g.count[gen] > g.threshold[gen]) {
            snprintf(why, n, "gen%d: its count %d is over its threshold %d",
                     gen, g.count[gen], g.threshold[gen]);
            return gen;
        }
    snprintf(why, n,
             "gen0: no count is over its threshold yet (gen0 %d/%d), so the "
             "youngest",
             g.count[0], g.threshold[0]);
    return 0;
}

char *obs_collect_text(int gen)
{
    gc_tell g;
    memset(&g, 0, sizeof g);
    char why[160];
    if (gen < 0)
        gen = obs_gc_next_gen(why, sizeof why);
    else
        snprintf(why, sizeof why, "gen%d, as gc.collect(%d)", gen, gen);
    if (obs_frames_get(&g.f) != 0)
        return NULL;
    add(&g.t, "Collecting %s.\n", why);
    obs_set_gc_hook(gc_tell_hook, &g);
    long freed = obs_gc_collect(gen);
    obs_set_gc_hook(NULL, NULL);
    add(&g.t, "Collected: %ld unreachable object%s freed.\n", freed,
        freed == 1 ? "" : "s");
    obs_frames_free(&g.f);
    free(g.mine);
    free(g.prev);
    return take(&g.t);
}

char *obs_view_text(const char *view, const char *arg)
{
    if (strcmp(view, "stack") == 0)
        return stack_text();
    if (strcmp(view, "heap") == 0)
        return heap_text(arg ? arg : "");
    if (strcmp(view, "gc") == 0)
        return gc_text();
    if (strcmp(view, "areas") == 0)
        return areas_text();
    return NULL;
}
