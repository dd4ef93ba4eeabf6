/*
 * lesson_int.h -- what the lesson engine's files share among themselves.
 *
 * The structures behind lesson.h's opaque handles, the sandbox (one Lua
 * state per lesson file, with CPU and memory limits), the `py` bridge
 * that checks use, and small helpers (an exiting allocator, a growable
 * buffer, file reading, text dedent).  Nothing outside src/lesson
 * includes this.
 */
#ifndef LESSON_INT_H
#define LESSON_INT_H

#include <stdarg.h>
#include <stdint.h>

#include <lua.h>

#include "lesson.h"

/* ------------------------------------------------------------ helpers */

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

typedef struct sbuf {
    char *s;
    size_t n, cap;
} sbuf; /* s NUL-terminated */
void sbuf_add(sbuf *b, const char *s, size_t n);
void sbuf_adds(sbuf *b, const char *s);
void sbuf_printf(sbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *sbuf_take(sbuf *b); /* the string (never NULL); b is emptied */

/* Whole file as a NUL-terminated string (malloc'd), or NULL with errno. */
char *lesson_read_file(const char *path, size_t *len);
/* Remove the indentation common to all non-blank lines, leading blank
 * lines and trailing whitespace (malloc'd). */
char *lesson_dedent(const char *s);
/* s with every run of white space made one space, and none at the ends
 * (malloc'd): how facts find the sentence they back. */
char *lesson_squash_space(const char *s);
/* Levenshtein distance, for "did you mean" suggestions. */
int lesson_edit_distance(const char *a, const char *b);
/* The candidate nearest to name (NULL-terminated list), or NULL if none
 * is close enough to be a plausible typo. */
const char *lesson_nearest(const char *name, const char *const *cands);

/* ------------------------------------------------------------ sandbox */

enum { SB_OK = 0, SB_CPU = 1, SB_MEM = 2 }; /* sandbox.tripped */

typedef struct sandbox {
    lua_State *L;
    size_t mem_used, mem_limit; /* bytes held by L; hard cap */
    uint64_t ticks, tick_limit; /* instructions (in hook units) this run */
    double cpu_start;           /* process CPU seconds when the run began */
    unsigned calls;             /* call charge not yet added to ticks */
    int tripped;                /* SB_CPU / SB_MEM: sticky until next run */
    char *path;                 /* lesson file, as given */
    char *src;                  /* its text, once loaded (field lines) */
    int last_line;              /* last line seen in path (for messages) */
    lesson_diag *diag;          /* where constructors report problems */
    bool capped;                /* the allocator refused for mem_limit */
    long fail_at, nalloc;       /* test hook: fail the fail_at-th growth */
} sandbox;

#define SB_MEM_LIMIT   (64u << 20) /* bytes per lesson state */
#define SB_HOOK_EVERY  1000        /* instructions per hook call */
#define SB_CALL_COST   20          /* instructions charged per call */
#define SB_CPU_LIMIT   (100000000 / SB_HOOK_EVERY) /* ~0.5 s of Lua per run */
#define SB_CPU_SECONDS 10.0 /* and a backstop in CPU time (string work in C)   \
                             */
#define PYB_CALL_TICKS 1    /* CPU ticks charged per py.* call (pybridge.c) */

/* A fresh sandboxed state for the lesson file at path (not yet loaded). */
sandbox *sb_new(const char *path);
void sb_free(sandbox *sb);
sandbox *sb_of(lua_State *L);
/* Load and run sb->path; leaves its single result on the stack.  0, or
 * -1 with "file:line: message" in *err (malloc'd). */
int sb_dofile(sandbox *sb, char **err);
/* Call the function under nargs arguments on the stack, with fresh CPU
 * budget, protected.  0, or -1 with the error message in *err
 * (malloc'd), already "file:line: ..." for limits and runtime errors. */
int sb_call(sandbox *sb, int nargs, int nresults, char **err);
/* Charge n units of work done inside C (pattern matching) to the CPU
 * budget; raises the CPU error when it is spent. */
void sb_charge(lua_State *L, uint64_t n);

/* pattern.c: bounded replacements of string.find/match/gmatch/gsub. */
void lesson_open_patterns(lua_State *L); /* string table on top */

/* ------------------------------------------------------------- schema */

/* A fact: Python code that asserts what a sentence of the step says.
 * `says` quotes the sentence's words (it must occur in the step's prose);
 * `code` runs in a fresh interpreter during `pyscope check` and under
 * python3 in CI, and must not raise. */
typedef struct lesson_fact {
    char *says, *code;
    int line; /* of its `says =` in the lesson file */
} lesson_fact;

struct lesson_step {
    lesson_kind kind;
    int line;
    char *key, *id, *title, *text, *code, *raises, *question;
    char **choices;
    size_t nchoices;
    int answer;
    char *answer_text, *explain, *model_answer, *task, *starter, *solution;
    char **hints;
    size_t nhints;
    char **input; /* lines for input() when the code runs */
    size_t ninput;
    int check_ref; /* registry ref of the check function, or LUA_NOREF */
    lesson_fact *facts;
    size_t nfacts;
    char *inspect, *graph; /* object to open the inspector / graph on */
    char *collect;         /* "next", "0", "1", "2": a slow-motion gc */
};

struct lesson_t {
    char *path, *id, *title, *summary;
    int day, line;
    lesson_step *steps;
    size_t nsteps;
    lesson_fact *facts; /* backing the summary */
    size_t nfacts;
    sandbox *sb; /* owns the check functions */
};

struct lesson_course {
    char *dir, *id, *title, *description;
    lesson_t **lessons;
    size_t n;
};

/* Put the constructors (step, predict, quiz, reflect, exercise, lesson,
 * course) and fail() into the sandbox's globals. */
int lesson_open_schema(sandbox *sb, lesson_diag *diag);
/* Turn the value a lesson file returned (on top of sb->L) into a lesson,
 * or NULL with the reasons in *diag. */
lesson_t *lesson_from_value(sandbox *sb, lesson_diag *diag);
/* Read a course.lua's returned value: fills c->id/title/description and
 * returns the lesson file names (NULL-terminated, malloc'd), or NULL. */
char **lesson_course_from_value(sandbox *sb, lesson_course *c,
                                lesson_diag *diag);
/* The line of `lessons =` in a loaded course.lua (searching from `from`). */
int lesson_course_lessons_line(sandbox *sb, int from);
/* Free a step's strings and lists (the step itself is not freed). */
void lesson_step_clear(lesson_step *s);
/* Free n facts and the array holding them. */
void lesson_facts_free(lesson_fact *f, size_t n);

/* ----------------------------------------------------------- pybridge */

/* Captured output of the interpreter currently running. */
typedef struct pyrun_ctx {
    sbuf out, err;
    const char *source;       /* the learner's code (py.source()) */
    const char *const *input; /* lines for input(), NULL-terminated */
    size_t input_pos;
} pyrun_ctx;

/* Start a fresh interpreter writing into ctx.  0 or -1. */
int pyb_start(pyrun_ctx *ctx);
void pyb_stop(pyrun_ctx *ctx);
/* Push the `py` table for checks (uses the running interpreter). */
void pyb_push_table(lua_State *L, pyrun_ctx *ctx);
/* lesson_check_exercise, also giving the line of the check that failed
 * (0 when the learner's code itself failed). */
int lesson_check_exercise_at(lesson_t *lesson, size_t step,
                             const char *learner_code, char **message,
                             int *line);
/* Last non-blank line of a traceback (malloc'd), or NULL. */
char *pyb_last_line(const char *err);

/* Walk through code line by line in line mode (plainstep.c), printing
 * what changes in memory at each step; ask reads a command (malloc'd
 * line, NULL at end of input). */
typedef char *(*plain_ask_fn)(void *ud, const char *prompt);
void plain_walk(const char *code, const char *const *input, plain_ask_fn ask,
                void *ud);

#define PY_STEP_BUDGET 20000000u /* Python instructions per run */
/* The budget each Python run gets: PY_STEP_BUDGET; lowered by the lesson
 * fuzzer (tests/fuzz/fuzz_lesson.c) so that looping inputs stay cheap. */
extern uint64_t pyb_step_budget;
#define PY_HEAP_CAP (64u << 20)

#endif
