/*
 * pane_heap.c -- every live object: id, type, refcount, generation (or
 * "untracked"), size and short repr, with the names that refer to it;
 * objects new, changed or freed since the last step are marked.
 *
 * Speed: the rows come from snap.c already merged and marked; this pane
 * draws only the visible rows and asks the interpreter for their reprs
 * only.  Filters (f): all, reachable from the frames (obs_reachable: a
 * walk inside the interpreter, once per step and only when that filter
 * is on, then one merge with the rows), containers only (objects the GC
 * can track).  `/` jumps to an id.
 * While a collection runs in slow motion the pane lists the objects of
 * the current phase with their gc_refs instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

static const char *const filter_names[] = {"all", "reachable", "containers"};

/* ------------------------------------------------ filtered row index */

static size_t *index_rows; /* rows shown under a filter */
static size_t nindex, capindex;
static uint64_t index_stamp = (uint64_t)-1;
static int index_filter = -1;

static void index_push(size_t i)
{
    if (nindex == capindex) {
        capindex = capindex ? capindex * 2 : 1024;
        index_rows = tui_xrealloc(index_rows, capindex * sizeof *index_rows);
    }
    index_rows[nindex++] = i;
}

static uintptr_t *roots;
static size_t nroots, caproots;

static void push_root(uintptr_t id)
{
    if (nroots == caproots) {
        caproots = caproots ? caproots * 2 : 256;
        roots = tui_xrealloc(roots, caproots * sizeof *roots);
    }
    roots[nroots++] = id;
}

/* The names and value stacks of the frames. */
static void collect_roots(const obs_frames *f)
{
    nroots = 0;
    for (size_t i = 0; i < f->nglobals; i++)
        push_root(f->globals[i].id);
    for (size_t i = 0; i < f->n; i++) {
        for (size_t k = 0; k < f->frames[i].nlocals; k++)
            push_root(f->frames[i].locals[k].id);
        for (size_t k = 0; k < f->frames[i].nstack; k++)
            push_root(f->frames[i].stack[k]);
    }
}

/* More reachable objects than this and the filter gives up (a limit on
 * objects, not time, so that a replayed step looks the same). */
enum { REACH_LIMIT = 2000000 };

/* Reachable at this step and at the previous one (its freed rows show),
 * in address order. */
static uintptr_t *reach, *prev_reach;
static size_t nreach, nprev_reach;

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

/* The rows of the reachable objects: one walk over rows and ids, both in
 * address order; freed rows when they were reachable a step ago. */
static void index_reachable(const snap *s)
{
    size_t k = 0;
    for (size_t i = 0; i < s->nrows; i++) {
        uintptr_t id = s->rows[i].o.id;
        if (s->rows[i].mark == MARK_FREED) {
            if (sorted_has(prev_reach, nprev_reach, id))
                index_push(i);
            continue;
        }
        while (k < nreach && reach[k] < id)
            k++;
        if (k < nreach && reach[k] == id)
            index_push(i);
    }
}

static bool find_reachable(tui_app *a, bool new_step)
{
    uintptr_t *ids;
    size_t n;
    collect_roots(&a->snap.frames);
    if (obs_reachable(roots, nroots, REACH_LIMIT, &ids, &n) != 0) {
        a->filter = HEAP_ALL;
        app_set_status(a, true,
                       "heap too large to find what is reachable: "
                       "showing all objects (f changes the filter)");
        return false;
    }
    if (new_step) {
        free(prev_reach);
        prev_reach = reach, nprev_reach = nreach;
    } else
        free(reach);
    reach = ids, nreach = n;
    return true;
}

/* Rebuild the filtered index once per step (or filter change).  Freed
 * objects show when the filter showed them a step ago. */
static void build_index(tui_app *a)
{
    const snap *s = &a->snap;
    if (index_stamp == s->stamp && index_filter == (int)a->filter)
        return;
    nindex = 0;
    if (a->filter == HEAP_REACHABLE) {
        if (!find_reachable(a, index_stamp != s->stamp))
            return;
        index_reachable(s);
    } else {
        for (size_t i = 0; i < s->nrows; i++)
            if (s->rows[i].o.gen != OBS_NOT_GC)
                index_push(i);
    }
    index_stamp = s->stamp;
    index_filter = (int)a->filter;
}

static size_t row_count(tui_app *a)
{
    if (a->snap.gc_phase >= 0) /* the learner's, then one line for the rest */
        return a->snap.gc_nlearner + (a->snap.gc_nobjs > a->snap.gc_nlearner);
    if (a->filter != HEAP_ALL)
        build_index(a);
    return a->filter == HEAP_ALL ? a->snap.nrows : nindex;
}

static const snap_row *row_at(tui_app *a, size_t i)
{
    return a->filter == HEAP_ALL ? &a->snap.rows[i]
                                 : &a->snap.rows[index_rows[i]];
}

/* ---------------------------------------------- changed contents */

enum { REPR_CACHE = 4096 };
typedef struct repr_seen {
    uintptr_t id;
    uint32_t prev, cur;
    uint64_t stamp;
} repr_seen;
static repr_seen repr_cache[REPR_CACHE];

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

/* Did the repr of a visible object change since the step it was last
 * seen at?  (Refcount and size changes are found by snap.c.) */
static bool repr_changed(uintptr_t id, const char *repr, uint64_t stamp)
{
    repr_seen *e = &repr_cache[(id >> 4) % REPR_CACHE];
    uint32_t h = hash_str(repr);
    if (e->id != id) {
        *e = (repr_seen){id, h, h, stamp};
        return false;
    }
    if (e->stamp != stamp) {
        e->prev = e->cur;
        e->cur = h;
        e->stamp = stamp;
    }
    return e->prev != e->cur;
}

/* ------------------------------------------------------------ rows */

/* The generation column: gen0-2, "untracked" (a container the GC does
 * not follow now), "small"/"intern" (shared ints and strings), "-". */
static void gen_text(const obs_object *o, char *buf, size_t n, bool wide)
{
    if (o->small_int)
        snprintf(buf, n, "small");
    else if (o->interned)
        snprintf(buf, n, "intern");
    else if (o->gen >= 0)
        snprintf(buf, n, "gen%d", o->gen);
    else if (o->gen == OBS_GEN_UNTRACKED)
        snprintf(buf, n, wide ? "untracked" : "untrk");
    else
        snprintf(buf, n, "-");
}

/* sys.getsizeof() in at most 5 columns: "56B", "9999B", "120K". */
static void size_text(size_t bytes, char *buf, size_t n)
{
    if (bytes < 10000)
        snprintf(buf, n, "%zuB", bytes);
    else if (bytes < (size_t)10000 << 10)
        snprintf(buf, n, "%zuK", bytes >> 10);
    else
        snprintf(buf, n, "%zuM", bytes >> 20);
}

static tui_role mark_role(int mark, const obs_object *o)
{
    switch (mark) {
    case MARK_NEW:
        return R_NEW;
    case MARK_CHANGED:
        return R_CHANGED;
    case MARK_FREED:
        return R_FREED;
    default:
        return o->gen >= 0 ? (tui_role)(R_GEN0 + o->gen) : R_NORMAL;
    }
}

static const char *mark_text(int mark)
{
    static const char *const t[] = {" ", "+", "*", "-"};
    return t[mark];
}

/* Columns: mark, id, type, rc, gen, size, names, repr. */
static void draw_row(pane *p, tui_app *a, int y, const snap_row *r, bool sel)
{
    const obs_object *o = &r->o;
    char id[40], gen[16], line[160], repr[OBS_REPR_MAX + 8], names[64],
        size[24];
    bool wide = p->w > 90;
    fmt_id(o->id, id, sizeof id, wide);
    gen_text(o, gen, sizeof gen, wide);
    size_text(o->size, size, sizeof size);
    int mark = r->mark;
    if (mark == MARK_FREED)
        snprintf(repr, sizeof repr, "(freed)");
    else
        obs_object_contents(o->id, G.arrow, repr, sizeof repr);
    if (mark == MARK_NONE && repr_changed(o->id, repr, a->snap.stamp))
        mark = MARK_CHANGED;
    snap_var_names(&a->snap, o->id, names, sizeof names);
    snprintf(line, sizeof line, "%s %-*s %-*.*s rc %-2zd %-*s %-*s ",
             mark_text(mark), wide ? 14 : 9, id, wide ? 9 : 5, wide ? 9 : 5,
             o->type, o->refcount, wide ? 9 : 5, gen, wide ? 5 : 4, size);
    attr_t at = sel ? theme_attr(R_SELECT) : theme_attr(mark_role(mark, o));
    if (sel)
        screen_fill(p->win, y, 1, p->w - 2, at);
    int x = 1 + screen_put(p->win, y, 1, p->w - 2, line, at);
    if (names[0]) {
        x += screen_put(p->win, y, x, p->w - 1 - x, names,
                        theme_attr(R_ARROW) | A_BOLD);
        x += screen_put(p->win, y, x, p->w - 1 - x, " ", at);
    }
    screen_put(p->win, y, x, p->w - 1 - x, repr, at);
}

static const snap_row *find_row(tui_app *a, uintptr_t id, snap_row *tmp)
{
    size_t i = snap_row_pos(&a->snap, id, 0);
    if (i < a->snap.nrows && a->snap.rows[i].o.id == id)
        return &a->snap.rows[i];
    memset(tmp, 0, sizeof *tmp);
    tmp->o.id = id;
    snprintf(tmp->o.type, sizeof tmp->o.type, "?");
    return tmp;
}

static const char *const phase_names[] = {
    "start",
    "update_refs: refcounts copied to gc_refs",
    "subtract_refs: internal references subtracted",
    "move_unreachable: reachable objects rescued",
    "unreachable objects found",
    "finalize: __del__ of unreachable objects",
    "delete: unreachable objects freed",
    "done"};

/* gc_refs of id in the previous phase (*found false if not there). */
static ssize_t prev_gc_refs(const snap *s, uintptr_t id, bool *found)
{
    size_t lo = 0, hi = s->gc_nprev;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->gc_prev[mid].id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = lo < s->gc_nprev && s->gc_prev[lo].id == id;
    return *found ? s->gc_prev[lo].gc_refs : 0;
}

/* The runtime's objects of the collection folded into one line. */
static void draw_gc_rest(pane *p, tui_app *a, int y)
{
    const snap *s = &a->snap;
    size_t rest = s->gc_nobjs - s->gc_nlearner;
    char line[160];
    snprintf(line, sizeof line, "  + %zu runtime objects (not yours)%s", rest,
             s->gc_phase >= OBS_GC_UNREACHABLE ? ", unreachable too" : "");
    screen_put(p->win, y, 1, p->w - 2, line, theme_attr(R_COMMENT));
}

/* One of the learner's objects in a phase: id, type, refcount, gc_refs
 * (before -> after when the phase changed it), names, contents; after
 * them one line for the rest. */
static void draw_gc_row(pane *p, tui_app *a, int y, size_t i)
{
    const snap *s = &a->snap;
    int ph = s->gc_phase;
    if (i >= s->gc_nlearner)
        return draw_gc_rest(p, a, y);
    const obs_gc_obj *g = &s->gc_objs[i];
    snap_row tmp;
    const snap_row *r = find_row(a, g->id, &tmp);
    char id[40], refs[48], line[200], names[64], what[OBS_REPR_MAX + 8];
    bool found;
    ssize_t before = prev_gc_refs(s, g->id, &found);
    if (found && before != g->gc_refs)
        snprintf(refs, sizeof refs, "gc_refs %zd %s %zd", before, G.arrow,
                 g->gc_refs);
    else
        snprintf(refs, sizeof refs, "gc_refs %zd", g->gc_refs);
    fmt_id(g->id, id, sizeof id, p->w > 90);
    snap_var_names(s, g->id, names, sizeof names);
    obs_object_contents(g->id, G.arrow, what, sizeof what);
    tui_fmt(line, sizeof line, "  %-*s %-9.9s rc %-3zd %-18s %s%s%s",
            p->w > 90 ? 14 : 10, id, r->o.type, r->o.refcount, refs, names,
            names[0] ? " " : "", what);
    tui_role role = ph >= OBS_GC_UNREACHABLE ? R_FREED
                    : ph == OBS_GC_REACHABLE ? R_GOOD
                    : g->gc_refs > 0         ? R_NEW
                                             : R_CHANGED;
    screen_put(p->win, y, 1, p->w - 2, line, theme_attr(role));
}

/* After a step, bring the interesting row into view (unless the learner
 * is moving around the pane): the first new or changed object a name
 * refers to, else the first new, changed or freed one, else the top.  A
 * function of the snapshot alone, so a replayed step looks the same. */
/* Position of the row of id in the view (the filter's index), or -1. */
static long view_pos(tui_app *a, uintptr_t id)
{
    size_t r = snap_row_pos(&a->snap, id, 0);
    if (r >= a->snap.nrows || a->snap.rows[r].o.id != id)
        return -1;
    if (a->filter == HEAP_ALL)
        return (long)r;
    size_t lo = 0, hi = nindex;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (index_rows[mid] < r)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < nindex && index_rows[lo] == r ? (long)lo : -1;
}

/* After a step, bring the interesting row into view (unless the learner
 * is moving around the pane): the first new or changed object a name
 * refers to, else the first new, changed or freed one, else the top.  A
 * function of the snapshot alone, so a replayed step looks the same.
 * Only the marked rows are looked at (in address order, as shown). */
static void follow_changes(pane *p, tui_app *a)
{
    static uint64_t seen_stamp;
    if (a->snap.stamp == seen_stamp || a->focus == P_HEAP ||
        a->snap.gc_phase >= 0)
        return;
    seen_stamp = a->snap.stamp;
    long named = -1, any = -1;
    char names[64];
    for (size_t i = 0; i < a->snap.nmarked && named < 0; i++) {
        long v = view_pos(a, a->snap.marked[i]);
        if (v < 0)
            continue;
        const snap_row *r = row_at(a, (size_t)v);
        if (any < 0)
            any = v;
        if (r->mark != MARK_FREED &&
            snap_var_names(&a->snap, r->o.id, names, sizeof names)[0])
            named = v;
    }
    long target = named >= 0 ? named : any > 0 ? any : 0;
    p->cursor = (int)target;
    p->scroll = (int)target - (p->h - 2) / 3;
}

static void draw(pane *p, tui_app *a)
{
    char title[160];
    size_t n = row_count(a);
    follow_changes(p, a);
    bool gc = a->snap.gc_phase >= 0;
    if (gc)
        snprintf(title, sizeof title, "Heap %s gc gen%d: %s (%zu)", G.dot,
                 a->snap.gc_gen, phase_names[a->snap.gc_phase], n);
    else
        snprintf(title, sizeof title, "Heap %s %zu objects %s %s", G.dot,
                 a->snap.nlive, G.dot, filter_names[a->filter]);
    screen_box(p->win, title, a->focus == P_HEAP);
    int rows = p->h - 2;
    if (p->cursor >= (int)n)
        p->cursor = n ? (int)n - 1 : 0;
    if (p->cursor < p->scroll)
        p->scroll = p->cursor;
    if (p->cursor >= p->scroll + rows)
        p->scroll = p->cursor - rows + 1;
    pane_clamp(p, (int)n);
    bool show_cursor = a->focus == P_HEAP;
    for (int y = 0; y < rows && (size_t)(p->scroll + y) < n; y++) {
        size_t i = (size_t)(p->scroll + y);
        if (gc)
            draw_gc_row(p, a, 1 + y, i);
        else
            draw_row(p, a, 1 + y, row_at(a, i),
                     show_cursor && (int)i == p->cursor);
    }
}

/* ------------------------------------------------------------ keys */

static void jump(pane *p, tui_app *a)
{
    char *ans = app_ask(a, "jump to id (hex): ");
    if (!ans)
        return;
    uintptr_t id = (uintptr_t)strtoull(ans, NULL, 16);
    free(ans);
    size_t n = row_count(a);
    for (size_t i = 0; i < n; i++)
        if (row_at(a, i)->o.id == id) {
            p->cursor = (int)i;
            p->scroll = (int)i - (p->h - 2) / 2;
            return;
        }
    app_set_status(a, true, "no object 0x%llx under this filter",
                   (unsigned long long)id);
}

static int move_cursor(pane *p, int k)
{
    int page = p->h > 3 ? p->h - 3 : 1;
    switch (k) {
    case KEY_UP:
        p->cursor--;
        break;
    case KEY_DOWN:
        p->cursor++;
        break;
    case KEY_PPAGE:
        p->cursor -= page;
        break;
    case KEY_NPAGE:
        p->cursor += page;
        break;
    case KEY_HOME:
        p->cursor = 0;
        break;
    case KEY_END:
        p->cursor = p->content - 1;
        break;
    default:
        return EV_IGNORED;
    }
    if (p->cursor < 0)
        p->cursor = 0;
    return EV_HANDLED | EV_REDRAW;
}

static int key(pane *p, tui_app *a, int k)
{
    if (k == 'f') {
        a->filter = (heap_filter)((a->filter + 1) % 3);
        p->cursor = p->scroll = 0;
        return EV_HANDLED | EV_REDRAW;
    }
    if (k == '/') {
        jump(p, a);
        return EV_HANDLED | EV_REDRAW;
    }
    if ((k == '\r' || k == '\n' || k == KEY_ENTER) && a->snap.gc_phase < 0 &&
        (size_t)p->cursor < row_count(a)) {
        const snap_row *r = row_at(a, (size_t)p->cursor);
        if (r->mark == MARK_FREED)
            app_set_status(a, true, "that object has been freed");
        else
            inspect_open(a, r->o.id);
        return EV_HANDLED | EV_REDRAW;
    }
    return move_cursor(p, k);
}

void pane_heap_init(pane *p)
{
    p->name = "heap";
    p->draw = draw;
    p->key = key;
}
