/*
 * snap.c -- the snapshot the panes draw from: frames, heap, gc counts and
 * memory areas, taken through obs.h after each step, and the marks that
 * compare it with the previous step (new, changed, freed).
 *
 * The heap table is kept between steps.  After a step only the rows of
 * the objects the interpreter reports changed (obs_changes: allocated,
 * freed, refcount moved, examined by a collection...) and the rows marked
 * at the previous step are looked at: no pass over the whole heap, no
 * formatting.  The first snapshot of an interpreter (and any step whose
 * record is unusable) takes the whole heap instead and merges it with the
 * table.  Reprs are not part of it: the heap pane asks for them for the
 * visible rows only.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

/* ------------------------------------------------------------ id set */

static size_t hash_id(uintptr_t id, size_t cap)
{
    uint64_t h = (uint64_t)id * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 17) & (cap - 1);
}

void idset_init(idset *s, size_t hint)
{
    s->cap = 64;
    while (s->cap < hint * 2)
        s->cap <<= 1;
    s->slot = tui_xcalloc(s->cap, sizeof *s->slot);
    s->n = 0;
}

static void idset_grow(idset *s)
{
    idset bigger;
    idset_init(&bigger, s->cap);
    for (size_t i = 0; i < s->cap; i++)
        if (s->slot[i])
            idset_add(&bigger, s->slot[i]);
    free(s->slot);
    *s = bigger;
}

/* Add id (never 0); true when it was not there yet. */
bool idset_add(idset *s, uintptr_t id)
{
    if ((s->n + 1) * 2 > s->cap)
        idset_grow(s);
    size_t i = hash_id(id, s->cap);
    while (s->slot[i]) {
        if (s->slot[i] == id)
            return false;
        i = (i + 1) & (s->cap - 1);
    }
    s->slot[i] = id;
    s->n++;
    return true;
}

bool idset_has(const idset *s, uintptr_t id)
{
    if (!s->slot)
        return false;
    for (size_t i = hash_id(id, s->cap); s->slot[i]; i = (i + 1) & (s->cap - 1))
        if (s->slot[i] == id)
            return true;
    return false;
}

void idset_free(idset *s)
{
    free(s->slot);
    memset(s, 0, sizeof *s);
}

/* ------------------------------------------------------------ marks */

static void push_marked(snap *s, uintptr_t id)
{
    if (s->nmarked == s->capmarked) {
        s->capmarked = s->capmarked ? s->capmarked * 2 : 256;
        s->marked = tui_xrealloc(s->marked, s->capmarked * sizeof *s->marked);
    }
    s->marked[s->nmarked++] = id;
}

static bool differs(const obs_object *a, const obs_object *b)
{
    return a->refcount != b->refcount || a->size != b->size ||
           a->gen != b->gen || strcmp(a->type, b->type) != 0;
}

size_t snap_row_pos(const snap *s, uintptr_t id, size_t from)
{
    size_t lo = from, hi = s->nrows;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->rows[mid].o.id < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void set_row(snap_row *r, const obs_object *o, snap_mark m)
{
    r->o = *o;
    r->mark = (uint8_t)m;
}

/* The whole heap merged with the table: every object, marked new or
 * changed against the live rows, and the rows of objects gone since
 * marked freed.  No marks on the first snapshot of an interpreter. */
static void take_full(snap *s, bool first)
{
    obs_heap h;
    obs_heap_get(&h);
    const obs_object *c = h.objs;
    size_t cap = s->nrows + h.n + 1, i = 0, j = 0, k = 0;
    snap_row *out = tui_xmalloc(cap * sizeof *out), *p = s->rows;
    size_t np = first ? 0 : s->nrows;
    s->nmarked = 0;
    while (i < np || j < h.n) {
        if (i < np && p[i].mark == MARK_FREED) {
            i++; /* freed a step ago */
            continue;
        }
        if (j == h.n || (i < np && p[i].o.id < c[j].id)) {
            set_row(&out[k], &p[i++].o, MARK_FREED);
        } else if (i == np || c[j].id < p[i].o.id) {
            set_row(&out[k], &c[j++], first ? MARK_NONE : MARK_NEW);
        } else {
            snap_mark m = differs(&p[i].o, &c[j]) ? MARK_CHANGED : MARK_NONE;
            set_row(&out[k], &c[j++], m), i++;
        }
        if (out[k].mark != MARK_NONE)
            push_marked(s, out[k].o.id);
        k++;
    }
    free(s->rows);
    s->rows = out;
    s->nrows = k;
    s->caprows = cap;
    s->nlive = h.n;
    obs_heap_free(&h);
}

/* One update of the table: set row pos, insert a row before it, or
 * remove it. */
typedef enum { OP_SET, OP_INSERT, OP_REMOVE } op_kind;
typedef struct row_op {
    size_t pos;
    op_kind kind;
    snap_row row;
} row_op;

static row_op *ops;
static size_t nops, capops, nshift; /* nshift: inserts + removes */

static void push_op(size_t pos, op_kind k, const obs_object *o, snap_mark m)
{
    if (nops == capops) {
        capops = capops ? capops * 2 : 256;
        ops = tui_xrealloc(ops, capops * sizeof *ops);
    }
    ops[nops].pos = pos;
    ops[nops].kind = k;
    if (o)
        set_row(&ops[nops].row, o, m);
    nops++;
    nshift += k != OP_SET;
}

/* What becomes of the row of id (at pos, or to go there): changed says
 * whether the interpreter reported it, else only its mark is stale. */
static void plan_row(snap *s, uintptr_t id, size_t pos, bool changed)
{
    bool has = pos < s->nrows && s->rows[pos].o.id == id;
    const snap_row *r = has ? &s->rows[pos] : NULL;
    bool was_live = r && r->mark != MARK_FREED;
    obs_object o;
    bool live = changed && obs_object_get(id, &o);
    if (!changed) {
        if (r)
            push_op(pos, was_live ? OP_SET : OP_REMOVE, &r->o, MARK_NONE);
    } else if (was_live && live) {
        push_op(pos, OP_SET, &o, differs(&r->o, &o) ? MARK_CHANGED : MARK_NONE);
    } else if (was_live) {
        push_op(pos, OP_SET, &r->o, MARK_FREED);
        s->nlive--;
    } else if (live) {
        push_op(pos, r ? OP_SET : OP_INSERT, &o, MARK_NEW);
        s->nlive++;
    } else if (r) {
        push_op(pos, OP_REMOVE, NULL, MARK_NONE);
    }
}

/* Apply the planned updates: in place when no row comes or goes, else
 * into a new array (runs of untouched rows copied whole). */
static void apply_ops(snap *s)
{
    snap_row *out = s->rows;
    size_t cap = s->caprows, src = 0, k = 0;
    if (nshift) {
        cap = s->nrows + nops + 1;
        out = tui_xmalloc(cap * sizeof *out);
    }
    s->nmarked = 0;
    for (size_t i = 0; i < nops; i++) {
        const row_op *op = &ops[i];
        if (nshift && op->pos > src)
            memcpy(out + k, s->rows + src, (op->pos - src) * sizeof *out);
        k += op->pos - src;
        src = op->pos;
        if (op->kind != OP_REMOVE) {
            out[k++] = op->row;
            if (op->row.mark != MARK_NONE)
                push_marked(s, op->row.o.id);
        }
        src += op->kind != OP_INSERT;
    }
    if (nshift) {
        memcpy(out + k, s->rows + src, (s->nrows - src) * sizeof *out);
        free(s->rows);
        s->rows = out;
        s->caprows = cap;
    }
    s->nrows = k + (s->nrows - src);
}

/* The rows named by the changes and by the marks of the previous step:
 * both lists are in address order, walked together. */
static void take_changes(snap *s, const obs_changes *ch)
{
    const uintptr_t *c = ch->ids, *m = s->marked;
    size_t i = 0, j = 0, pos = 0, nm = s->nmarked;
    nops = nshift = 0;
    while (i < ch->n || j < nm) {
        uintptr_t id = j == nm || (i < ch->n && c[i] < m[j]) ? c[i] : m[j];
        bool changed = i < ch->n && c[i] == id;
        pos = snap_row_pos(s, id, pos);
        plan_row(s, id, pos, changed);
        i += changed;
        j += j < nm && m[j] == id;
    }
    apply_ops(s);
}

/* PYSCOPE_CHECK_HEAP=1: compare the table with a full listing of the
 * heap after every step (slow: for tests of the incremental update). */
static bool check_wanted(void)
{
    static int wanted = -1;
    if (wanted < 0) {
        const char *e = getenv("PYSCOPE_CHECK_HEAP");
        wanted = e && *e && *e != '0';
    }
    return wanted;
}

void snap_take(snap *s)
{
    bool first = !s->valid;
    if (s->valid)
        obs_frames_free(&s->frames);
    memset(&s->frames, 0, sizeof s->frames);
    obs_frames_get(&s->frames);
    obs_changes ch;
    obs_changes_get(&ch);
    if (first || ch.all)
        take_full(s, first);
    else
        take_changes(s, &ch);
    obs_changes_free(&ch);
    obs_gc_get(&s->gc);
    obs_areas_get(&s->areas);
    s->valid = true;
    s->stamp++;
    assert(!check_wanted() || snap_check(s));
}

bool snap_check(const snap *s)
{
    obs_heap h;
    obs_heap_get(&h);
    bool ok = true;
    size_t j = 0, nlive = 0;
    for (size_t i = 0; i < s->nrows && ok; i++) {
        const snap_row *r = &s->rows[i];
        ok = i == 0 || r->o.id > s->rows[i - 1].o.id;
        if (r->mark == MARK_FREED)
            continue;
        nlive++;
        ok = ok && j < h.n && !differs(&r->o, &h.objs[j]) &&
             r->o.id == h.objs[j].id;
        if (!ok)
            fprintf(stderr,
                    "snap_check: row 0x%llx %s rc %zd size %zu gen %d\n",
                    (unsigned long long)r->o.id, r->o.type, r->o.refcount,
                    r->o.size, r->o.gen);
        j++;
    }
    ok = ok && j == h.n && nlive == s->nlive;
    obs_heap_free(&h);
    return ok;
}

void snap_clear(snap *s)
{
    if (s->valid)
        obs_frames_free(&s->frames);
    memset(&s->frames, 0, sizeof s->frames);
    memset(&s->gc, 0, sizeof s->gc);
    memset(&s->areas, 0, sizeof s->areas);
    s->nrows = s->nlive = s->nmarked = 0;
    s->valid = false;
    s->stamp++; /* the panes' caches (heap index) are stale */
    s->gc_phase = -1;
    free(s->gc_objs);
    free(s->gc_prev);
    s->gc_objs = s->gc_prev = NULL;
    s->gc_nobjs = s->gc_nprev = s->gc_nlearner = 0;
}

void snap_free(snap *s)
{
    snap_clear(s);
    free(s->rows);
    free(s->marked);
    s->rows = NULL;
    s->marked = NULL;
    s->caprows = s->capmarked = 0;
    free(ops);
    ops = NULL;
    nops = capops = 0;
}

/* ------------------------------------------------------ lookups */

/* Names of the variables (innermost frame, then globals) that refer to
 * id, comma-separated into buf; "" when none. */
const char *snap_var_names(const snap *s, uintptr_t id, char *buf, size_t n)
{
    size_t len = 0;
    buf[0] = '\0';
    const obs_ref *sets[2] = {NULL, s->frames.globals};
    size_t counts[2] = {0, s->frames.nglobals};
    if (s->frames.n) {
        sets[0] = s->frames.frames[s->frames.n - 1].locals;
        counts[0] = s->frames.frames[s->frames.n - 1].nlocals;
    }
    for (int k = 0; k < 2; k++) {
        if (k == 1 && sets[1] == sets[0])
            break;
        for (size_t i = 0; i < counts[k] && len + 2 < n; i++)
            if (sets[k][i].id == id && !strstr(buf, sets[k][i].name))
                len += (size_t)snprintf(buf + len, n - len, "%s%s",
                                        len ? "," : "", sets[k][i].name);
    }
    return buf;
}

/* gc_refs of id in the collection being shown (slow motion). */
ssize_t snap_gc_refs(const snap *s, uintptr_t id, bool *found)
{
    for (size_t i = 0; i < s->gc_nobjs; i++)
        if (s->gc_objs[i].id == id) {
            *found = true;
            return s->gc_objs[i].gc_refs;
        }
    *found = false;
    return 0;
}

/* An id as hex: in full when wide, else its last 6 digits after "0x…". */
void fmt_id(uintptr_t id, char *buf, size_t n, bool wide)
{
    char full[32];
    snprintf(full, sizeof full, "%llx", (unsigned long long)id);
    size_t len = strlen(full);
    if (wide || len <= 6)
        snprintf(buf, n, "0x%s", full);
    else
        snprintf(buf, n, "0x%s%s", G.ellipsis, full + len - 6);
}
