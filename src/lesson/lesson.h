/*
 * lesson.h -- the lesson engine's public interface.
 *
 * Courses are folders of Lua 5.4 files written by instructors (format in
 * courses/README.md).  The engine loads them into sandboxed Lua states,
 * validates them, runs their Python code in fresh interpreters (through
 * src/py/py.h only), grades quizzes and exercises, and keeps the
 * learner's progress.  It knows nothing of the screen: the line-mode
 * front end (plain.c) and the TUI both drive it through this header.
 *
 * Ownership: a lesson_course owns its lessons, a lesson owns its steps;
 * every const char * returned by an accessor is borrowed from them and
 * lives until lesson_course_free().  Strings returned through char **
 * out-parameters are malloc'd and belong to the caller.
 */
#ifndef LESSON_H
#define LESSON_H

#include <stdbool.h>
#include <stddef.h>

/* ------------------------------------------------------- diagnostics */

/* A list of "file:line: message" lines. */
typedef struct lesson_diag {
    char **msg;
    size_t n, cap;
} lesson_diag;

void lesson_diag_add(lesson_diag *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void lesson_diag_free(lesson_diag *d);

/* ----------------------------------------------------- courses, steps */

typedef struct lesson_course lesson_course;
typedef struct lesson_t lesson_t;
typedef struct lesson_step lesson_step;

typedef enum {
    LESSON_STEP,     /* explanation, optional code to run and watch */
    LESSON_PREDICT,  /* predict output / memory state, then run */
    LESSON_QUIZ,     /* multiple choice */
    LESSON_REFLECT,  /* free answer, then model answer, self-marked */
    LESSON_EXERCISE, /* write code that passes a check */
} lesson_kind;

/* Load a course folder (with course.lua) or a single lesson file (a
 * one-lesson course, handy for authors).  Returns NULL with the reasons
 * in *diag; a course with some broken lessons still loads when at least
 * course.lua is sound, the broken ones reported in *diag and left out. */
lesson_course *lesson_course_load(const char *path, lesson_diag *diag);
void lesson_course_free(lesson_course *c);

const char *lesson_course_id(const lesson_course *c);
const char *lesson_course_title(const lesson_course *c);
const char *lesson_course_description(const lesson_course *c);
size_t lesson_course_count(const lesson_course *c);
lesson_t *lesson_course_at(const lesson_course *c, size_t i);
/* The lesson for day N, or NULL. */
lesson_t *lesson_course_day(const lesson_course *c, int day);

/* Load one lesson file on its own (NULL + *diag on failure). */
lesson_t *lesson_load(const char *path, lesson_diag *diag);
void lesson_free(lesson_t *l);

int lesson_day(const lesson_t *l);
const char *lesson_title(const lesson_t *l);
const char *lesson_path(const lesson_t *l);
size_t lesson_step_count(const lesson_t *l);
const lesson_step *lesson_step_at(const lesson_t *l, size_t i);

/* Step accessors.  Absent text fields are NULL (never for the required
 * ones).  Multi-line fields are dedented; choices and hints are
 * 0-indexed here, answers are 1-based as in the lesson files. */
lesson_kind lesson_step_kind(const lesson_step *s);
const char *lesson_step_kind_name(lesson_kind k);
int lesson_step_line(const lesson_step *s);        /* line in its file */
const char *lesson_step_key(const lesson_step *s); /* stable progress key */
const char *lesson_step_title(const lesson_step *s);
const char *lesson_step_text(const lesson_step *s);
const char *lesson_step_code(const lesson_step *s);   /* step, predict */
const char *lesson_step_raises(const lesson_step *s); /* step, predict */
/* The object (an expression) a step opens the inspector on once its code
 * has run, or NULL; *graph: in the graph view.  (step) */
const char *lesson_step_inspect(const lesson_step *s, bool *graph);
/* The collection a step shows in slow motion once its code has run:
 * 0..2 (a generation), -1 (the one CPython would collect next), -2
 * (none).  (step) */
int lesson_step_collect(const lesson_step *s);
const char *
lesson_step_question(const lesson_step *s); /* predict, quiz, reflect */
size_t lesson_step_choice_count(const lesson_step *s);
const char *lesson_step_choice(const lesson_step *s, size_t i);
int lesson_step_answer(const lesson_step *s); /* 1-based, 0 = none */
const char *lesson_step_answer_text(const lesson_step *s); /* predict */
const char *lesson_step_explain(const lesson_step *s);
const char *lesson_step_model_answer(const lesson_step *s); /* reflect */
const char *lesson_step_task(const lesson_step *s);         /* exercise */
const char *lesson_step_starter(const lesson_step *s);
const char *lesson_step_solution(const lesson_step *s);
size_t lesson_step_hint_count(const lesson_step *s);
const char *lesson_step_hint(const lesson_step *s, size_t i);
/* Facts: Python code asserting what a sentence of the step says (the
 * sentence's words are `says`), run by `pyscope check`.  0-indexed. */
size_t lesson_step_fact_count(const lesson_step *s);
const char *lesson_step_fact_says(const lesson_step *s, size_t i);
const char *lesson_step_fact_code(const lesson_step *s, size_t i);
int lesson_step_fact_line(const lesson_step *s, size_t i);
/* Lines fed to input() when the step's code (or the learner's code for
 * an exercise) runs: NULL-terminated, never NULL. */
const char *const *lesson_step_input(const lesson_step *s);

/* Grade a quiz or a multiple-choice predict (choice is 1-based). */
bool lesson_grade_choice(const lesson_step *s, int choice);
/* Grade a free-text predict: whitespace-insensitive at the ends and
 * between words; quotes around a string answer are optional. */
bool lesson_grade_text(const lesson_step *s, const char *answer);

/* ------------------------------------------------------ running code */

/* Output of Python code run in a fresh interpreter. */
typedef struct lesson_run {
    int status;    /* pyr_status of py.h */
    char *out;     /* captured stdout (never NULL) */
    char *err;     /* captured stderr: tracebacks (never NULL) */
    char *exc;     /* last traceback line ("ZeroDivisionError: ...") or NULL */
    char *explain; /* lesson_run_explained: the report, or NULL */
    char *explain_err; /* ... or why there is none */
    char *collected;   /* lesson_run_step: a step's collection, told */
} lesson_run;

/* Run code in a fresh interpreter, feeding input() from input_lines
 * (NULL-terminated, may be NULL).  0, or -1 if no interpreter could be
 * started (r->err says why). */
int lesson_run_code(const char *code, const char *const *input_lines,
                    lesson_run *r);
/* The same, then (if the code ran) the inspector's report on the object
 * that expr names: its references (graph false) or its neighbourhood
 * (graph true), in r->explain, else the reason in r->explain_err. */
/* Run a step's code as the line-mode front end shows it: then its
 * `collect` (r->collected) and its `inspect`/`graph` (r->explain).
 * (step) */
int lesson_run_step(const lesson_step *s, lesson_run *r);
int lesson_run_explained(const char *code, const char *const *input_lines,
                         const char *expr, bool graph, lesson_run *r);
void lesson_run_free(lesson_run *r);
/* The exception class named by r->exc ("ZeroDivisionError"), malloc'd,
 * or NULL when the code did not raise. */
char *lesson_run_exc_type(const lesson_run *r);

/* Run an exercise's check against the learner's code, in a fresh
 * interpreter.  1 = passed; 0 = failed, *message says why in words for
 * the learner; -1 = the lesson itself is broken (a CPU or memory limit,
 * or no interpreter), *message is "file:line: ...".  *message is
 * malloc'd (NULL when passed). */
int lesson_check_exercise(lesson_course *course, lesson_t *lesson, size_t step,
                          const char *learner_code, char **message);

/* ---------------------------------------------------------- checking */

/* Validate a course folder, a lesson file, or a folder of courses and
 * lesson files:
 * schema, quiz answers, solutions pass, starters fail, step code runs.
 * Appends every problem to *diag; returns the number of problems. */
size_t lesson_check_path(const char *path, lesson_diag *diag);

/* ---------------------------------------------------------- progress */

typedef struct lesson_progress lesson_progress;

typedef enum {
    LESSON_UNSEEN = 0,
    LESSON_SEEN,    /* visited, nothing graded */
    LESSON_CORRECT, /* quiz / predict answered right, exercise passed */
    LESSON_WRONG,   /* answered wrong / exercise tried, not passed */
    LESSON_SKIPPED,
    LESSON_SELF_YES, /* reflect: learner says they covered it */
    LESSON_SELF_NO,
} lesson_status;

/* Open the progress file under data_dir (NULL: $XDG_DATA_HOME/pyscope
 * or ~/.local/share/pyscope).  A damaged file is moved aside and *notice
 * (malloc'd) names the backup; otherwise *notice is NULL.  Never NULL
 * except when memory runs out. */
lesson_progress *lesson_progress_open(const char *data_dir, char **notice);
void lesson_progress_free(lesson_progress *p);
const char *lesson_progress_dir(const lesson_progress *p);
/* Write atomically (temp file, fsync, rename).  0, or -1 with errno. */
int lesson_progress_save(lesson_progress *p);

lesson_status lesson_progress_status(const lesson_progress *p,
                                     const char *course, int day,
                                     const char *key);
void lesson_progress_set_status(lesson_progress *p, const char *course, int day,
                                const char *key, lesson_status st);
/* The learner's last code for an exercise (borrowed, or NULL). */
const char *lesson_progress_code(const lesson_progress *p, const char *course,
                                 int day, const char *key);
void lesson_progress_set_code(lesson_progress *p, const char *course, int day,
                              const char *key, const char *code);
/* Where the learner was: day and step key (borrowed); false if never. */
bool lesson_progress_position(const lesson_progress *p, const char *course,
                              int *day, const char **key);
void lesson_progress_set_position(lesson_progress *p, const char *course,
                                  int day, const char *key);
/* Forget a course (or everything when course is NULL). */
void lesson_progress_reset(lesson_progress *p, const char *course);

/* ------------------------------------------------------------ markup */

/* Light markup of step texts: *emphasis*, **strong**, `code`, lists
 * ("- item", "1. item").  Spans for a front end that styles them: */
typedef enum {
    LESSON_SPAN_PLAIN,
    LESSON_SPAN_EMPH,
    LESSON_SPAN_STRONG,
    LESSON_SPAN_CODE
} lesson_span_kind;
/* Next span of *p (advancing it): kind, start and length.  False at the
 * end.  Newlines stay inside PLAIN spans. */
bool lesson_markup_next(const char **p, lesson_span_kind *kind,
                        const char **start, size_t *len);
/* The text with markup characters removed (malloc'd): what the line-mode
 * front end prints, readable by a screen reader. */
char *lesson_markup_plain(const char *text);

/* ------------------------------------------------------ entry points */

int lesson_cmd_check(int argc, char **argv);
int lesson_cmd_learn_plain(const char *course_dir, int day,
                           const char *data_dir_override);
int lesson_cmd_watch(const char *lesson_file);

#endif
