/*
 * check.c -- `pyscope check`: validate courses and lesson files.
 *
 * Loading already checks syntax and schema (quiz answers in range
 * included).  On top of that every lesson is run: each step's and
 * predict's code must run cleanly, or raise exactly the exception its
 * `raises` field declares (and a predict's answer_text must be what it
 * prints); each exercise's solution must pass its check
 * and its starter (or empty code) must fail it; each fact's code must
 * run without an exception (with --export-facts DIR each fact is also
 * written to DIR as a program of its own, for CI to run under python3).
 * Every problem is one
 * "file:line: message" line; the exit status is 0 when there are none,
 * 1 otherwise, 2 for a usage error.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lesson_int.h"

/* Where --export-facts writes facts (NULL: nowhere), and how many so far. */
static const char *export_dir;
static unsigned exported;

/* How a step is named in messages. */
static const char *label(const lesson_step *s)
{
    return s->title ? s->title : s->id ? s->id : s->key;
}

/* The last non-empty line of out (malloc'd; "" when there is none). */
static char *last_line(const char *out)
{
    const char *end = out + strlen(out);
    while (end > out && (end[-1] == '\n' || end[-1] == ' '))
        end--;
    const char *start = end;
    while (start > out && start[-1] != '\n')
        start--;
    return xstrndup(start, (size_t)(end - start));
}

/* A predict with answer_text must expect what the code prints: its whole
 * output (lines joined by spaces) or its last line. */
static void check_answer_text(const lesson_t *l, const lesson_step *s,
                              const lesson_run *r, lesson_diag *d)
{
    char *all = xstrdup(r->out), *last = last_line(r->out);
    for (char *p = all; *p; p++)
        if (*p == '\n')
            *p = ' ';
    if (!lesson_grade_text(s, all) && !lesson_grade_text(s, last))
        lesson_diag_add(d,
                        "%s:%d: predict '%s': the answer '%s' is not what "
                        "the code prints (its last line is '%s')",
                        l->path, s->line, label(s), s->answer_text, last);
    free(all);
    free(last);
}

/* A step's code must run, or raise what it says it raises. */
static void check_code(const lesson_t *l, const lesson_step *s, lesson_diag *d)
{
    lesson_run r;
    const char *kind = lesson_step_kind_name(s->kind);
    bool graph = false;
    const char *insp =
        s->kind == LESSON_STEP ? lesson_step_inspect(s, &graph) : NULL;
    if (lesson_run_explained(s->code, lesson_step_input(s), insp, graph, &r) !=
        0) {
        lesson_diag_add(d, "%s:%d: %s '%s': %s", l->path, s->line, kind,
                        label(s), r.err);
        lesson_run_free(&r);
        return;
    }
    char *exc = lesson_run_exc_type(&r);
    if (s->raises && !exc)
        lesson_diag_add(
            d, "%s:%d: %s '%s': the code should raise %s but ran without error",
            l->path, s->line, kind, label(s), s->raises);
    else if (s->raises && strcmp(exc, s->raises) != 0)
        lesson_diag_add(
            d, "%s:%d: %s '%s': the code raised %s, not the declared %s",
            l->path, s->line, kind, label(s), r.exc, s->raises);
    else if (!s->raises && exc)
        lesson_diag_add(
            d,
            "%s:%d: %s '%s': the code raised %s (declare raises = \"%s\" if "
            "that is the point)",
            l->path, s->line, kind, label(s), r.exc, exc);
    else if (!exc && s->kind == LESSON_PREDICT && s->answer_text)
        check_answer_text(l, s, &r, d);
    else if (!exc && insp && !r.explain)
        lesson_diag_add(d, "%s:%d: %s '%s': %s = \"%s\": %s", l->path, s->line,
                        kind, label(s), graph ? "graph" : "inspect", insp,
                        r.explain_err ? r.explain_err : "no object");

    free(exc);
    lesson_run_free(&r);
}

/* The solution passes, the starter fails. */
static void check_exercise(lesson_t *l, size_t i, lesson_diag *d)
{
    const lesson_step *s = &l->steps[i];
    char *msg = NULL;
    int line;
    int r = lesson_check_exercise_at(l, i, s->solution, &msg, &line);
    if (r == -1) {
        lesson_diag_add(d, "%s", msg);
        free(msg);
        return; /* the starter would only break the same way */
    }
    if (r == 0)
        lesson_diag_add(
            d, "%s:%d: exercise '%s': the solution fails its check: %s",
            l->path, line ? line : s->line, label(s), msg);
    free(msg);
    msg = NULL;
    r = lesson_check_exercise_at(l, i, s->starter ? s->starter : "", &msg,
                                 &line);
    if (r == 1)
        lesson_diag_add(
            d,
            "%s:%d: exercise '%s': the %s passes the check (it must fail until "
            "the learner does the task)",
            l->path, s->line, label(s),
            s->starter ? "starter" : "empty program");
    else if (r == -1)
        lesson_diag_add(d, "%s", msg);
    free(msg);
}

/* Words of a fact for messages: its `says`, cut short (malloc'd). */
static char *fact_label(const lesson_fact *f)
{
    char *w = lesson_squash_space(f->says);
    if (strlen(w) > 60)
        strcpy(w + 56, " ...");
    return w;
}

/* Write fact f to export_dir as a program whose first line names it. */
static void export_fact(const lesson_t *l, const lesson_fact *f, lesson_diag *d)
{
    char *path = xasprintf("%s/fact%04u.py", export_dir, ++exported);
    char *label = fact_label(f);
    FILE *fp = fopen(path, "w");
    if (!fp ||
        fprintf(fp, "# %s:%d: %s\n%s\n", l->path, f->line, label, f->code) <
            0 ||
        fclose(fp) != 0)
        lesson_diag_add(d, "%s:1: cannot write the fact", path);
    free(label);
    free(path);
}

/* Each fact's code runs cleanly: it asserts what its sentence says. */
static void check_facts(const lesson_t *l, const lesson_fact *facts, size_t n,
                        lesson_diag *d)
{
    for (size_t i = 0; i < n; i++) {
        const lesson_fact *f = &facts[i];
        if (!f->code || !f->says)
            continue; /* reported when loading */
        lesson_run r;
        lesson_run_code(f->code, NULL, &r);
        if (r.exc || r.status != 0) {
            char *label = fact_label(f);
            lesson_diag_add(d, "%s:%d: fact '%s' does not hold: %s", l->path,
                            f->line, label, r.exc ? r.exc : r.err);
            free(label);
        }
        lesson_run_free(&r);
        if (export_dir)
            export_fact(l, f, d);
    }
}

static void check_lesson(lesson_t *l, lesson_diag *d)
{
    check_facts(l, l->facts, l->nfacts, d);
    for (size_t i = 0; i < l->nsteps; i++) {
        const lesson_step *s = &l->steps[i];
        check_facts(l, s->facts, s->nfacts, d);
        bool graph;
        if (s->code && (s->kind == LESSON_STEP || s->kind == LESSON_PREDICT))
            check_code(l, s, d);
        else if (s->kind == LESSON_STEP && lesson_step_inspect(s, &graph))
            lesson_diag_add(d, "%s:%d: step '%s': %s needs code to run",
                            l->path, s->line, label(s),
                            graph ? "graph" : "inspect");
        if (s->kind == LESSON_EXERCISE)
            check_exercise(l, i, d);
    }
}

static size_t check_course(const char *path, lesson_diag *d)
{
    size_t before = d->n;
    lesson_course *c = lesson_course_load(path, d);
    for (size_t i = 0; c && i < c->n; i++)
        check_lesson(c->lessons[i], d);
    lesson_course_free(c);
    return d->n - before;
}

static bool has_course(const char *dir)
{
    char *f = xasprintf("%s/course.lua", dir);
    struct stat st;
    bool yes = stat(f, &st) == 0;
    free(f);
    return yes;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A folder of courses or lessons: each subfolder with a course.lua and
 * each lesson file, in name order. */
static size_t check_folder(const char *path, lesson_diag *d)
{
    DIR *dir = opendir(path);
    if (!dir) {
        lesson_diag_add(d, "%s:1: cannot open the folder", path);
        return 1;
    }
    char **subs = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
        char *sub = xasprintf("%s/%s", path, e->d_name);
        size_t nl = strlen(e->d_name);
        bool lua = nl > 4 && strcmp(e->d_name + nl - 4, ".lua") == 0;
        if (e->d_name[0] != '.' && (has_course(sub) || lua)) {
            subs = xrealloc(subs, (n + 1) * sizeof *subs);
            subs[n++] = sub;
        } else {
            free(sub);
        }
    }
    closedir(dir);
    qsort(subs, n, sizeof *subs, by_name);
    size_t before = d->n;
    if (n == 0)
        lesson_diag_add(d,
                        "%s:1: no course.lua or lesson file in this folder or "
                        "its subfolders",
                        path);
    for (size_t i = 0; i < n; i++) {
        check_course(subs[i], d);
        free(subs[i]);
    }
    free(subs);
    return d->n - before;
}

size_t lesson_check_path(const char *path, lesson_diag *diag)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) && !has_course(path))
        return check_folder(path, diag);
    return check_course(path, diag);
}

static void usage(FILE *f)
{
    fputs(
        "usage: pyscope check [--export-facts DIR] [PATH...]\n"
        "  PATH: a course folder, a lesson file, or a folder of courses "
        "(default: courses)\n"
        "  --export-facts DIR: also write each fact to DIR as a program\n"
        "  Prints file:line: message for each problem; exit status 1 if any.\n",
        f);
}

int lesson_cmd_check(int argc, char **argv)
{
    int i = (argc > 0 && strcmp(argv[0], "check") == 0) ? 1 : 0;
    if (i < argc &&
        (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)) {
        usage(stdout);
        return 0;
    }
    if (i < argc && strcmp(argv[i], "--export-facts") == 0) {
        if (i + 1 >= argc) {
            usage(stderr);
            return 2;
        }
        export_dir = argv[i + 1];
        i += 2;
    }
    char *deflt[] = {"courses"};
    char **paths = i < argc ? argv + i : deflt;
    int npaths = i < argc ? argc - i : 1;
    lesson_diag d = {0};
    for (int k = 0; k < npaths; k++)
        lesson_check_path(paths[k], &d);
    for (size_t k = 0; k < d.n; k++)
        fprintf(stderr, "%s\n", d.msg[k]);
    int status = d.n ? 1 : 0;
    if (!d.n)
        printf("pyscope check: all good (%d path%s)\n", npaths,
               npaths == 1 ? "" : "s");
    lesson_diag_free(&d);
    return status;
}
