/*
 * tui_int.h -- what the files of src/tui share: the application state,
 * the pane class, colour roles, the snapshot of the interpreter and the
 * helpers every pane uses.
 *
 * Ownership: one global `tui_app` (app.c) owns everything below.  Panes
 * draw only from app->snap (taken through obs.h after each step), from
 * the output buffer and from the lesson engine; they never call into the
 * interpreter except for obs_object_repr() of visible rows.
 *
 * Prefixes: screen_ (screen.c), theme_ (theme.c), layout_ (layout.c),
 * pane_ (pane_*.c), snap_ (snap.c), out_ (pane_output.c), prompt_
 * (prompt.c), stepper_ (stepper.c), repl_ (repl.c), menu_ (menu.c), app_
 * (app.c).
 */
#ifndef TUI_INT_H
#define TUI_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NCURSES_WIDECHAR 1
#include <ncurses.h>

#include "lesson.h"
#include "obs.h"
#include "py.h"

/* --------------------------------------------------------- colour roles */

/* Semantic colours: panes name a role, the theme maps it (theme.c).
 * Panes never call init_pair or use colour numbers. */
typedef enum {
    R_NORMAL,
    R_BORDER,
    R_BORDER_FOCUS,
    R_TITLE,
    R_KEYWORD,
    R_STRING,
    R_NUMBER,
    R_COMMENT,
    R_BUILTIN,
    R_CURLINE,
    R_NEW,
    R_CHANGED,
    R_FREED,
    R_GEN0,
    R_GEN1,
    R_GEN2,
    R_GOOD,
    R_ERROR,
    R_HINT,
    R_ID,
    R_ARROW,
    R_STATUS,
    R_SELECT,
    R_AREA_CODE,
    R_AREA_VARS,
    R_AREA_HEAP,
    R_AREA_FREE,
    R_AREA_STACK,
    R_EMPH,
    R_CODE,
    R_NROLES
} tui_role;

extern const char *const theme_role_names[R_NROLES];

int theme_load(const char *name); /* 0, or -1 (message in theme_error) */
void theme_cycle(void);
const char *theme_name(void);
attr_t theme_attr(tui_role r); /* attributes + colour pair for a role */
void theme_apply_all(void);    /* (re)initialise pairs after start_color */
extern char theme_error[256];

/* ---------------------------------------------------------------- screen */

typedef struct screen_glyphs {
    const char *h, *v, *tl, *tr, *bl, *br, *arrow, *bar, *barempty, *mark,
        *ellipsis, *check, *half, *dot;
} screen_glyphs;
extern screen_glyphs G;

int screen_init(bool mouse);
void screen_end(void);
bool screen_too_small(void);
void screen_draw_too_small(void);
void screen_box(WINDOW *w, const char *title, bool focus);
/* Print at most width columns of s (UTF-8) at y,x with attributes. */
int screen_put(WINDOW *w, int y, int x, int width, const char *s, attr_t a);
int screen_putn(WINDOW *w, int y, int x, int width, const char *s, size_t n,
                attr_t a);
void screen_fill(WINDOW *w, int y, int x, int width, attr_t a);
double screen_now_ms(void);
void screen_frame_done(void); /* after each doupdate (benchmark hook) */

/* ------------------------------------------------------------- snapshot */

typedef enum { MARK_NONE, MARK_NEW, MARK_CHANGED, MARK_FREED } snap_mark;

/* One heap row on display: the object (or a freed one from the previous
 * step) and its mark. */
#define TUI_HEAP_CAP ((size_t)64 << 20) /* learner code's heap cap */

typedef struct snap_row {
    obs_object o;
    uint8_t mark;
} snap_row;

typedef struct snap {
    bool valid;
    obs_frames frames;
    snap_row *rows; /* live objects and those freed at the last step, in
                       address order; kept and updated between steps */
    size_t nrows, caprows;
    size_t nlive;      /* live objects */
    uintptr_t *marked; /* ids of the rows with a mark, address order */
    size_t nmarked, capmarked;
    obs_gc gc;
    obs_areas areas;
    uint64_t stamp; /* bumped at each take */
    /* gc slow motion: phase shown and objects concerned */
    int gc_phase; /* -1 when no collection is being shown */
    int gc_gen;
    obs_gc_obj *gc_objs; /* the learner's objects first (gc_nlearner) */
    size_t gc_nobjs, gc_nlearner;
    obs_gc_obj *gc_prev; /* the previous phase's, by id (gc_refs before) */
    size_t gc_nprev;
} snap;

/* New snapshot: the rows the interpreter reports changed (obs_changes)
 * are updated and marked, the marks of the previous step cleared. */
void snap_take(snap *s);
void snap_clear(snap *s); /* forget everything (fresh interpreter) */
void snap_free(snap *s);
const char *snap_var_names(const snap *s, uintptr_t id, char *buf, size_t n);
ssize_t snap_gc_refs(const snap *s, uintptr_t id, bool *found);
void fmt_id(uintptr_t id, char *buf, size_t n, bool wide);
/* Index of the row of id, or where it would go. */
size_t snap_row_pos(const snap *s, uintptr_t id, size_t from);
/* Do the rows match a full listing of the heap?  (assert() only) */
bool snap_check(const snap *s);

/* Hash set of ids (reachability filter). */
typedef struct idset {
    uintptr_t *slot;
    size_t cap, n;
} idset;
void idset_init(idset *s, size_t hint);
bool idset_add(idset *s, uintptr_t id); /* true if newly added */
bool idset_has(const idset *s, uintptr_t id);
void idset_free(idset *s);

/* ----------------------------------------------------------------- panes */

typedef enum {
    P_LESSON,
    P_CODE,
    P_OUTPUT,
    P_STACK,
    P_HEAP,
    P_GC,
    P_AREAS,
    P_NPANES
} pane_id;

enum { EV_IGNORED = 0, EV_HANDLED = 1, EV_REDRAW = 2 };

struct tui_app;
typedef struct pane pane;
struct pane {
    const char *name;
    WINDOW *win;
    int y, x, h, w;
    bool visible;
    int scroll;  /* first line shown */
    int cursor;  /* selected row (heap) */
    int content; /* lines of content at the last draw */
    void (*draw)(pane *p, struct tui_app *a);
    int (*key)(pane *p, struct tui_app *a, int key); /* EV_ flags */
};

void pane_lesson_init(pane *p);
void pane_code_init(pane *p);
void pane_output_init(pane *p);
void pane_stack_init(pane *p);
void pane_heap_init(pane *p);
void pane_gc_init(pane *p);
void pane_areas_init(pane *p);
/* Scrolling shared by every pane: arrows, PgUp/PgDn, Home/End. */
int pane_scroll_key(pane *p, int key);
void pane_clamp(pane *p, int content);

/* ---------------------------------------------------------------- output */

typedef struct out_line {
    char *text;
    size_t len, cap; /* bytes kept (at most OUT_LINE_MAX), room */
    size_t dropped;  /* bytes of the line beyond OUT_LINE_MAX, not kept */
    bool err;
} out_line;

typedef struct out_buf {
    out_line *lines;
    size_t n, cap;
    size_t bytes;   /* kept in all lines (at most about OUT_MAX_BYTES) */
    bool open_line; /* last line not ended by '\n' */
    bool follow;    /* scroll to the end on new text */
} out_buf;

void out_write(out_buf *o, const char *s, size_t n, bool err);
void out_clear(out_buf *o);
void out_free(out_buf *o);
/* Copy of everything printed (for the lesson's run results). */
char *out_text(const out_buf *o);

/* ---------------------------------------------------------------- stepper */

typedef enum {
    RUN_NEXT,
    RUN_INTO,
    RUN_OUT,
    RUN_CONTINUE,
    RUN_REPLAY,
    RUN_ABORT
} run_mode;

typedef struct stepper_input {
    uint64_t evno; /* event at which input() was answered */
    char *text;
} stepper_input;

typedef struct stepper {
    bool running;  /* inside pyapi_exec */
    bool paused;   /* inside the trace callback, waiting for keys */
    bool finished; /* the program ran to its end */
    int status;    /* pyr_status of the last run */
    run_mode mode;
    int base_depth;
    int line, depth;  /* where the program is paused */
    uint64_t evno;    /* trace events so far in this run */
    uint64_t target;  /* RUN_REPLAY: pause at this event */
    uint64_t *pauses; /* event numbers of past pauses */
    size_t npauses, cappauses;
    uint64_t *gc_at; /* slow collections done while paused at event */
    int *gc_gens;    /* ... and the generation each collected */
    size_t ngc, capgc;
    stepper_input *inputs; /* answers given to input(), replayed */
    size_t ninputs, capinputs, input_pos;
    /* Lesson code: the step's `input` lines answer input() in order and
     * the learner is never asked (EOFError once they run out, as when
     * the engine checks the step).  NULL outside learn mode. */
    const char *const *feed;
    /* Ctrl-C in the last run: the trace event where the callback
     * stopped it, or where the watchdog asked for an interrupt (0: no) */
    uint64_t stopped_at;
    volatile uint64_t interrupted_at;
    uint64_t rerun_stop, rerun_intr; /* the same, imposed on a re-run */
    bool want_replay, want_stop;
    bool discard;       /* drop output (a run being aborted) */
    bool interrupt_now; /* Ctrl-C: the callback returns OBS_STOP once */
    bool single;        /* REPL statement: no stepping back */
    uint64_t replay_to;
    double last_poll;
    double next_draw; /* continue mode: no refresh before (ms) */
    unsigned poll_tick;
} stepper;

/* Run src (the program shown in the code pane) under the stepper.  When
 * step is true the program pauses at its first line; otherwise it runs
 * with the keyboard polled (Ctrl-C interrupts).  Handles step-back
 * replays.  Returns the pyr_status. */
int stepper_run(struct tui_app *a, const char *src, bool step);
/* Run one REPL statement (keyboard polled, Ctrl-C interrupts). */
int stepper_run_single(struct tui_app *a, const char *src);
/* Run a REPL statement again as it first ran: input() gets the answers
 * it got then, and Ctrl-C strikes at the same trace events. */
int stepper_rerun_single(struct tui_app *a, const char *src,
                         const char *const *inputs, size_t ninputs,
                         uint64_t stop_at, uint64_t intr_at);
/* Abandon the running program (it unwinds with its output dropped). */
void stepper_abort(struct tui_app *a);
/* A key while paused or finished: n s o c b g r.  EV_ flags. */
int stepper_key(struct tui_app *a, int key);
void stepper_reset(stepper *st);
void stepper_free(stepper *st);
/* Start a fresh interpreter whose output goes to the output pane. */
int stepper_start_py(struct tui_app *a);
void stepper_stop_py(struct tui_app *a);
/* A collection in slow motion: generation gen, or (gen < 0) the one
 * CPython would collect next (the oldest over its threshold, else 0). */
void stepper_slow_gc(struct tui_app *a, int gen);

/* ----------------------------------------------------------------- prompt */

enum { PROMPT_LINE, PROMPT_EOF, PROMPT_LEAVE };

int prompt_init(struct tui_app *a);
void prompt_end(void);
/* Read one line with libedit; the UI runs while waiting.  PROMPT_LINE
 * and *line (malloc'd), PROMPT_EOF (Ctrl-D on an empty line), or
 * PROMPT_LEAVE (focus moved away, or the app asked to stop reading). */
int prompt_read(struct tui_app *a, const char *ps, char **line);
void prompt_draw(struct tui_app *a, WINDOW *w, int y, int width);
void prompt_history_add(const char *line);
void prompt_popup_draw(struct tui_app *a);

/* ------------------------------------------------------------------ repl */

/* REPL history for stepping back (repl.c): statements are recorded as
 * they run and replayed in a fresh interpreter to go back. */
void repl_echo(const char *s); /* text the prompt echoed */
bool repl_is_incomplete(const char *src);
int repl_eval(const char *expr, py_value *v, char **err);
void repl_record(struct tui_app *a, const char *src);
void repl_record_gc(int gen);
int repl_back(struct tui_app *a); /* EV_ flags */
void repl_free(void);

/* --------------------------------------------------------------- inspect */

/* The object inspector overlay (inspect.c) and its graph view (graph.c). */
void inspect_open(struct tui_app *a, uintptr_t id);
void inspect_close(struct tui_app *a);
bool inspect_is_open(void);
uintptr_t inspect_current(void); /* id shown, 0 when closed */
void inspect_draw(struct tui_app *a);
int inspect_key(struct tui_app *a, int key); /* EV_ flags */
void graph_reset(void);
bool graph_is_on(void);
void graph_toggle(void);
bool graph_key(int key); /* +/-: depth; true if used */
int graph_depth(void);
void graph_draw(struct tui_app *a, WINDOW *w, uintptr_t root, int top,
                int height, int width);

/* ------------------------------------------------------------------ menu */

/* Pick a course and day.  true with *course_dir (malloc'd), *day set and
 * *resume_key (malloc'd or NULL); false when the learner quits. */
bool menu_run(struct tui_app *a, char **course_dir, int *day,
              char **resume_key);

/* ------------------------------------------------------------------- app */

typedef enum { MODE_MENU, MODE_LEARN, MODE_STEP, MODE_REPL } app_mode;

enum { FOCUS_PROMPT = P_NPANES };

typedef enum { HEAP_ALL, HEAP_REACHABLE, HEAP_CONTAINERS } heap_filter;

typedef struct tui_app {
    app_mode mode;
    bool quit, mouse, inline_values, help, py_live;
    int focus; /* pane_id or FOCUS_PROMPT */
    pane panes[P_NPANES];
    snap snap;
    out_buf out;
    stepper st;
    heap_filter filter;
    uintptr_t jump_id;
    char status[256]; /* message line */
    bool status_err;
    /* the program in the code pane */
    char *code;
    char *code_name;
    /* learn mode */
    lesson_course *course;
    lesson_t *lesson;
    lesson_progress *progress;
    char *course_dir;
    size_t step;
    int choice; /* quiz/predict: answer given (1-based), 0 none */
    bool answered, revealed, exercise_dirty;
    char *exercise; /* learner's exercise code */
    size_t hints_shown;
    char *feedback; /* last grading message */
    bool feedback_ok;
    /* repl */
    char *pending;      /* incomplete multi-line statement */
    bool pending_block; /* ... a compound one: a blank line ends it */
    double t_start, t_first_frame;
    bool first_frame_done;
    bool save_pending; /* progress to save once the first frame is out */
    bool prompt_busy;  /* inside prompt_read */
    bool prompt_ready;
    bool prompt_abort; /* ask prompt_read to return PROMPT_LEAVE */
    /* work for the main loop once the running program has unwound */
    bool run_pending, run_stepped, step_pending;
    size_t pending_step;
    int pending_day; /* > 0: switch to this day */
    /* app_ask */
    const char *ask_q;
    char ask_buf[256];
    /* completion popup */
    char **popup;
    size_t npopup;
} tui_app;

extern tui_app *app_current;

/* Zero the app and set up its panes for a mode (no screen yet). */
void app_init(tui_app *a, app_mode mode);

void app_draw(tui_app *a); /* build and flush one frame */
void app_render_offscreen(tui_app *a);
void app_layout(tui_app *a);
/* Read one key (blocking, or up to timeout_ms; ERR on timeout), after
 * drawing the frame.  Resizes are handled here. */
int app_getkey(tui_app *a, int timeout_ms);
/* Handle a key outside the prompt: EV_ flags. */
int app_key(tui_app *a, int key);
void app_set_status(tui_app *a, bool err, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Ask a one-line question on the status line; malloc'd answer or NULL
 * on Esc. */
char *app_ask(tui_app *a, const char *question);
void app_after_run(tui_app *a); /* new snapshot after code ran */
void app_submit_line(tui_app *a, const char *line);
bool app_confirm_quit(tui_app *a);

/* learn mode (pane_lesson.c), prefix learn_ */
/* Load a course: a name under the courses folder, a path, or NULL for
 * the main course.  0, or -1 with the reasons printed. */
int learn_open(tui_app *a, const char *course, char **notice);
/* Go to a day (0: where the learner stopped, or day 1) and step key. */
void learn_start(tui_app *a, int day, const char *key);
void learn_enter_step(tui_app *a, size_t i);
int learn_key(tui_app *a, int key);
void learn_prompt_line(tui_app *a, const char *line);
const char *learn_prompt_ps(tui_app *a);
bool learn_wants_prompt(tui_app *a);
void learn_save_position(tui_app *a);
/* After a run: a step with `inspect = "x"` / `graph = "x"` opens the
 * inspector on x once its code has run to the end. */
void learn_after_run(tui_app *a);
bool learn_text_overflows(tui_app *a);
/* Grade the exercise's code (a->exercise), then run it. */
void learn_check_exercise(tui_app *a);

/* The exercise in $VISUAL/$EDITOR (editor.c): edit it now; poll its file
 * for saves made meanwhile; whether a file is watched for this step. */
void editor_edit_exercise(tui_app *a);
void editor_poll(tui_app *a);
bool editor_watching(tui_app *a);
void editor_forget(void);

/* The Code pane as an editor of an exercise (codeedit.c): active when an
 * exercise is on screen and the pane has the focus. */
bool codeedit_active(struct tui_app *a);
int codeedit_key(struct tui_app *a, int key); /* EV_ flags */
void codeedit_position(struct tui_app *a, int *line, int *col);
void codeedit_reset(void);
void codeedit_init_keys(void); /* bracketed paste as two keys */

/* key names */
#define KEY_CTRL(c) ((c)&0x1f)
#define KEY_ESC     27
/* Characters above 255 travel with this offset so they never collide
 * with curses' KEY_ codes. */
#define KEY_WCHAR_BASE 0x1000000

/* snprintf where cutting the text short is intended (labels, titles). */
void tui_fmt(char *buf, size_t n, const char *f, ...)
    __attribute__((format(printf, 3, 4)));
void *tui_xmalloc(size_t n);
void *tui_xcalloc(size_t n, size_t m);
void *tui_xrealloc(void *p, size_t n);
char *tui_xstrdup(const char *s);

#endif
