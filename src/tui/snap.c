/*
 * snap.c -- the snapshot the panes draw from: frames, heap, gc counts and
 * memory areas, taken through obs.h after each step, and the marks that
 * compare it with the previous step (new, changed, freed).
 *
 * The heap comes in address order, so marking is one merge walk over the
 * previous and the current arrays: O(n), no sorting, no hashing, and the
 * row array is reused between steps (grown, never rebuilt from scratch).
 * Reprs are not part of it: the heap pane asks for them for the visible
 * rows only.
 */
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

static void push_row(snap *s, const obs_object *o, snap_mark m)
{
    if (s->nrows == s->caprows) {
        s->caprows = s->caprows ? s->caprows * 2 : 1024;
        s->rows = tui_xrealloc(s->rows, s->caprows * sizeof *s->rows);
    }
    s->rows[s->nrows].o = *o;
    s->rows[s->nrows++].mark = (uint8_t)m;
}

static bool differs(const obs_object *a, const obs_object *b)
{
    return a->refcount != b->refcount || a->size != b->size ||
           a->gen != b->gen || strcmp(a->type, b->type) != 0;
}

/* Merge the previous and the current heap (both in address order) into
 * the rows: every current object, marked new or changed, and the freed
 * ones of the previous step in their place.  No marks on the first
 * snapshot of an interpreter. */
static void merge_rows(snap *s, bool first)
{
    const obs_object *p = s->prev.objs, *c = s->heap.objs;
    size_t i = 0, j = 0, np = first ? 0 : s->prev.n, nc = s->heap.n;
    s->nrows = 0;
    while (i < np || j < nc) {
        if (j == nc || (i < np && p[i].id < c[j].id))
            push_row(s, &p[i++], MARK_FREED);
        else if (i == np || c[j].id < p[i].id)
            push_row(s, &c[j++], first ? MARK_NONE : MARK_NEW);
        else {
            push_row(s, &c[j],
                     differs(&p[i], &c[j]) ? MARK_CHANGED : MARK_NONE);
            i++, j++;
        }
    }
}

void snap_take(snap *s)
{
    bool first = !s->valid;
    obs_heap_free(&s->prev);
    s->prev = s->heap;
    memset(&s->heap, 0, sizeof s->heap);
    if (s->valid)
        obs_frames_free(&s->frames);
    memset(&s->frames, 0, sizeof s->frames);
    obs_frames_get(&s->frames);
    obs_heap_get(&s->heap);
    obs_gc_get(&s->gc);
    obs_areas_get(&s->areas);
    merge_rows(s, first);
    s->valid = true;
    s->stamp++;
}

void snap_clear(snap *s)
{
    if (s->valid)
        obs_frames_free(&s->frames);
    obs_heap_free(&s->heap);
    obs_heap_free(&s->prev);
    memset(&s->frames, 0, sizeof s->frames);
    memset(&s->heap, 0, sizeof s->heap);
    memset(&s->prev, 0, sizeof s->prev);
    memset(&s->gc, 0, sizeof s->gc);
    memset(&s->areas, 0, sizeof s->areas);
    s->nrows = 0;
    s->valid = false;
    s->stamp++; /* the panes' caches (heap index) are stale */
    s->gc_phase = -1;
    free(s->gc_objs);
    s->gc_objs = NULL;
    s->gc_nobjs = 0;
}

void snap_free(snap *s)
{
    snap_clear(s);
    free(s->rows);
    s->rows = NULL;
    s->caprows = 0;
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
