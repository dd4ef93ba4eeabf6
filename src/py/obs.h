/*
 * obs.h -- the observation API: how a front end watches the interpreter.
 *
 * Public, like py.h: everything handed out is plain C data (ids, names,
 * numbers, short reprs computed without running Python code and without
 * allocating in the interpreter's heap), so observing never changes what
 * is observed.  Hooks cost one predicted-false branch when unset.
 *
 * Stepping model: the trace callback is called on every line, call,
 * return and exception of Python frames.  A front end pauses a program by
 * not returning from the callback (it may draw and read keys in there),
 * and interrupts it by returning OBS_STOP (the code gets
 * KeyboardInterrupt).  Snapshots may be taken from inside the callback.
 */
#ifndef PY_OBS_H
#define PY_OBS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* --------------------------------------------------------------- trace */

typedef enum { OBS_CALL, OBS_LINE, OBS_RETURN, OBS_EXCEPTION } obs_event;
enum { OBS_CONTINUE = 0, OBS_STOP = 1 };

/* Called with the event, the line of the innermost frame and the number
 * of Python frames.  NULL turns tracing off. */
typedef int (*obs_trace_fn)(void *ud, obs_event ev, int line, int depth);
void obs_set_trace(obs_trace_fn fn, void *ud);

/* Heap events: allocation and deallocation of objects. */
typedef enum { OBS_ALLOC, OBS_FREE } obs_heap_event;
typedef void (*obs_heap_fn)(void *ud, obs_heap_event ev, uintptr_t id);
void obs_set_heap_hook(obs_heap_fn fn, void *ud);

/* Refcount changes (+1 / -1) of every object: costly, for a front end
 * that watches one step in detail.  NULL turns it off. */
typedef void (*obs_rc_fn)(void *ud, uintptr_t id, int delta);
void obs_set_rc_hook(obs_rc_fn fn, void *ud);

/* -------------------------------------------------------------- values */

#define OBS_REPR_MAX 48

typedef struct obs_ref {
    char *name;              /* variable name */
    uintptr_t id;            /* id() of the referenced object */
    char type[24];           /* its type name */
    char repr[OBS_REPR_MAX]; /* short repr ("..." when cut) */
} obs_ref;

/* ------------------------------------------------------------- frames */

typedef struct obs_frame {
    char *func; /* "<module>", "f", "C.m" (qualname) */
    char *file;
    int line;
    obs_ref *locals; /* fast locals and cells, or the module/class dict */
    size_t nlocals;
    uintptr_t *stack; /* ids on the value stack, bottom first */
    size_t nstack;
} obs_frame;

typedef struct obs_frames {
    obs_frame *frames; /* innermost last */
    size_t n;
    obs_ref *globals; /* globals of the outermost frame (user names only) */
    size_t nglobals;
} obs_frames;

int obs_frames_get(obs_frames *out);
/* The file of the innermost Python frame (BORROWED, valid until the
 * frame ends), or NULL when none runs: cheap enough for every event. */
const char *obs_frame_file(void);
void obs_frames_free(obs_frames *f);

/* --------------------------------------------------------------- heap */

enum { OBS_GEN_UNTRACKED = -1, OBS_NOT_GC = -2 };

typedef struct obs_object {
    uintptr_t id;
    char type[24];
    ssize_t refcount;
    int gen;        /* 0..2, OBS_GEN_UNTRACKED, or OBS_NOT_GC */
    size_t size;    /* sys.getsizeof() */
    bool small_int; /* in the small-int cache */
    bool interned;  /* interned str */
} obs_object;

/* Fill *o for the object with this id; false if there is none. */
bool obs_object_get(uintptr_t id, obs_object *o);
/* Short repr of the object with this id into buf (always terminated). */
void obs_object_repr(uintptr_t id, char *buf, size_t n);
/* What the object holds, for a heap row: an instance's attributes
 * ("{next: →9c80, name: 'a'}"), a container's items with scalars inline
 * and other objects as arrow + the last 4 hex digits of their id; other
 * objects as obs_object_repr. */
void obs_object_contents(uintptr_t id, const char *arrow, char *buf, size_t n);
/* ids of the objects the object refers to (malloc'd array, *n set). */
uintptr_t *obs_object_referents(uintptr_t id, size_t *n);

typedef struct obs_heap {
    obs_object *objs; /* in address order */
    size_t n;
} obs_heap;

/* Every live object in the interpreter's heap (not static types). */
int obs_heap_get(obs_heap *out);
void obs_heap_free(obs_heap *h);

/* Changes since the previous snapshot, so that a front end can keep its
 * heap table between steps and update only what moved.  While tracking
 * is on (it costs a bit per allocation, free and refcount change; off,
 * nothing), obs.c records the ids of objects allocated, freed, whose
 * refcount moved, that a collection examined, plus those that can change
 * size silently (namespaces, value stacks, instance dicts).  Turning it
 * on (again) starts afresh. */
void obs_track_changes(bool on);
bool obs_tracking_changes(void);

typedef struct obs_changes {
    uintptr_t *ids; /* in address order, each once */
    size_t n;
    bool all; /* the record is not usable (first call since tracking
                 started, tracking off, no memory): compare everything */
} obs_changes;

/* Take the record (what happened since the previous call) and start a
 * new one.  0. */
int obs_changes_get(obs_changes *out);
void obs_changes_free(obs_changes *c);

/* Heap objects reachable from the objects with ids roots (through the
 * referents of GC objects), in address order, into *ids (malloc'd) and
 * *n.  0; 1 when more than limit objects are reachable (nothing
 * returned); -1 when memory ran out. */
int obs_reachable(const uintptr_t *roots, size_t nroots, size_t limit,
                  uintptr_t **ids, size_t *n);
/* The same, but classes, functions, modules, code objects and methods
 * are reached without looking inside them: the program's data, not the
 * machinery its code brings along. */
int obs_reachable_data(const uintptr_t *roots, size_t nroots, size_t limit,
                       uintptr_t **ids, size_t *n);

/* --------------------------------------------------------- references */

/* Why an object is alive (obsrefs.c).  An edge is one counted reference:
 * the object at the other end (0 for a frame slot or an interpreter
 * slot) and where it sits, as the learner would write it. */
#define OBS_LABEL_MAX 96

typedef struct obs_edge {
    uintptr_t id;
    char label[OBS_LABEL_MAX];
} obs_edge;

/* What the object refers to, one edge per reference it holds, labelled
 * ".next", "[0]", "['k']", "key 'k'", "__dict__", "__class__",
 * "__code__", "cell_contents"... ("(inside)" when the layout is not
 * known).  *out is malloc'd.  0, or -1 (no such object, no memory). */
int obs_refers_to(uintptr_t id, obs_edge **out, size_t *n);

/* The refcount explained: one line per counted reference, labelled with
 * the holder ("a (global in __main__)", "b.next", "xs[0]", "x (local in
 * f)", "value stack of running frame f", "co_consts of code of f");
 * runtime = refcount - n is what the interpreter holds from C (caches,
 * the C stack); it is negative only if the explanation over-counts. */
typedef struct obs_referrers {
    obs_edge *lines;
    size_t n;
    ssize_t refcount;
    ssize_t runtime;
} obs_referrers;

int obs_referred_by(uintptr_t id, obs_referrers *out);
void obs_referrers_free(obs_referrers *r);

/* The shortest chain of references from a root (a running frame's
 * variable, a global of __main__, a module in sys.modules) to the
 * object: steps[0] is the root object, its label "name|where"; each
 * further step is the next object and where its predecessor holds it.
 * Without such a chain, kind says why the object still exists. */
enum {
    OBS_ALIVE_ROOTED,  /* steps lead from a root */
    OBS_ALIVE_CYCLE,   /* unreachable, on a reference cycle */
    OBS_ALIVE_GARBAGE, /* unreachable, held by unreachable objects */
    OBS_ALIVE_RUNTIME  /* held by nothing but the runtime */
};

typedef struct obs_path {
    obs_edge *steps;
    size_t n;
    int kind;
    int gen; /* the object's GC generation (or OBS_GEN_UNTRACKED...) */
} obs_path;

int obs_why_alive(uintptr_t id, obs_path *out);
void obs_path_free(obs_path *p);
/* One line: "xs[0].next  (xs: global in __main__)", or the reason. */
void obs_path_text(const obs_path *p, char *buf, size_t n);

/* For each of ids[0..n) (a generation's objects): whether the cycle
 * collector would find it unreachable, worked out as the collector does
 * (counts minus references from within the set, then what the rest
 * reaches) without collecting.  0, or -1 (no memory). */
int obs_unreachable(const uintptr_t *ids, size_t n, bool *garbage);
/* Is the object an instance of a class the program (__main__) defined? */
bool obs_is_user_instance(uintptr_t id);

/* The learner's objects: what the program's names reach (its globals
 * other than modules, classes and functions, and the frames' locals),
 * not looking inside classes and functions (obs_reachable_data),
 * into *ids (malloc'd, address order).  0; 1 when more than limit; -1
 * when memory ran out (obs_reachable's results). */
int obs_names_reach(const obs_frames *f, size_t limit, uintptr_t **ids,
                    size_t *n);

/* A pane as lines of text (obstext.c): view "stack", "heap" (arg "",
 * "all", "containers" or an id), "gc" or "areas".  malloc'd, or NULL
 * (unknown view, no memory). */
char *obs_view_text(const char *view, const char *arg);

/* Run a collection of generation gen (-1: the one CPython would collect
 * next, obs_gc_next_gen) and tell it as text, phase by phase: the
 * learner's objects by name with their gc_refs before -> after, the
 * runtime's folded into a count.  malloc'd, or NULL (no memory). */
char *obs_collect_text(int gen);
/* The generation CPython would collect next: the oldest whose count is
 * over its threshold, else 0; why (a sentence) into why. */
int obs_gc_next_gen(char *why, size_t n);

/* The same as text for a line-mode front end or a lesson: the object's
 * references out and in (REFS), why it is alive (WHY), or its
 * neighbourhood to depth 2 as an adjacency list (GRAPH).  malloc'd, or
 * NULL (no such object, no memory). */
typedef enum { OBS_REPORT_REFS, OBS_REPORT_WHY, OBS_REPORT_GRAPH } obs_report;
char *obs_explain(uintptr_t id, obs_report what);

/* ---------------------------------------------------------------- gc */

typedef struct obs_gc {
    int count[3], threshold[3];
    long gen_size[3];
    long collections[3], collected[3], uncollectable[3];
    bool enabled;
    int last_gen; /* -1 before the first collection */
    long last_collected, last_uncollectable;
} obs_gc;

void obs_gc_get(obs_gc *out);

/* Phases of a collection, in order (see gc.h). */
typedef enum {
    OBS_GC_START,
    OBS_GC_UPDATE_REFS,
    OBS_GC_SUBTRACT_REFS,
    OBS_GC_REACHABLE,
    OBS_GC_UNREACHABLE,
    OBS_GC_FINALIZE,
    OBS_GC_DELETE,
    OBS_GC_DONE
} obs_gc_phase;

typedef struct obs_gc_obj {
    uintptr_t id;
    ssize_t gc_refs;
} obs_gc_obj;

/* Called during a collection once per phase with the objects concerned;
 * the callback may block (slow motion). */
typedef void (*obs_gc_fn)(void *ud, obs_gc_phase ph, int gen,
                          const obs_gc_obj *objs, size_t n);
void obs_set_gc_hook(obs_gc_fn fn, void *ud);

/* Run gc.collect(gen) from the host (the `g` key). */
long obs_gc_collect(int gen);

/* -------------------------------------------------------------- areas */

/* The five memory areas of the course, in bytes. */
typedef struct obs_areas {
    size_t code;      /* bytecode, constants and source of loaded code */
    size_t variables; /* name tables: module dicts and frame locals */
    size_t heap;      /* live objects */
    size_t free;      /* free blocks inside the arenas */
    size_t stack;     /* frames on the VM's frame stack */
} obs_areas;

void obs_areas_get(obs_areas *out);

#endif
