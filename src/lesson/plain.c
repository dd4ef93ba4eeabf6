/*
 * plain.c -- `pyscope learn --plain`: lessons in line mode.
 *
 * No curses and no cursor tricks: text is printed top to bottom and read
 * line by line, so it works in a dumb terminal, over a serial line and
 * with a screen reader.  Input comes through libedit's readline (line
 * editing, history in $XDG_DATA_HOME/pyscope/history) when stdin is a
 * terminal, plain reads otherwise.  Every prompt understands :back,
 * :skip, :quit and :help; exercises add :run (or a lone "."), :load FILE,
 * :hint, :solution (after a try), :reset, :show and :last.  Progress is
 * saved at every step, so quitting or being killed loses at most the
 * step in progress.
 */
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <editline/readline.h>

#include "lesson_int.h"
#include "py.h"

typedef enum { GO_NEXT, GO_BACK, GO_QUIT } go;
typedef enum { IN_LINE, IN_NEXT, IN_BACK, IN_SKIP, IN_QUIT } input_kind;

typedef struct ui {
    lesson_course *course;
    lesson_progress *prog;
    const char *cid;
    char *histfile;
    bool tty, save_warned, save_failed; /* failed: the last save */
} ui;

/* ----------------------------------------------------------- output */

static void say(const char *s)
{
    fputs(s, stdout);
    if (*s && s[strlen(s) - 1] != '\n')
        putchar('\n');
    fflush(stdout);
}

static void say_text(const char *markup)
{
    char *t = lesson_markup_plain(markup);
    say(t);
    free(t);
}

/* Code, indented, under a label. */
static void say_code(const char *label, const char *code)
{
    printf("%s\n", label);
    for (const char *p = code; *p;) {
        const char *nl = strchr(p, '\n');
        int n = nl ? (int)(nl - p) : (int)strlen(p);
        printf("    %.*s\n", n, p);
        p = nl ? nl + 1 : p + n;
    }
    fflush(stdout);
}

/* ------------------------------------------------------------ input */

/* One line from the learner (malloc'd, trailing space trimmed), NULL at
 * end of input. */
static char *read_line(ui *u, const char *prompt)
{
    char *line = NULL;
    if (u->tty) {
        line = readline(prompt);
    } else {
        fputs(prompt, stdout);
        fflush(stdout);
        size_t cap = 0;
        if (getline(&line, &cap, stdin) < 0) {
            free(line);
            line = NULL;
        }
    }
    if (!line)
        return NULL;
    size_t n = strlen(line);
    while (n > 0 && isspace((unsigned char)line[n - 1]))
        line[--n] = '\0';
    if (u->tty && n > 0)
        add_history(line);
    return line;
}

static void help(void)
{
    say("Commands: Enter = go on, :back = previous step, :skip = skip this "
        "step, "
        ":quit = stop (progress is saved).\n"
        "After code: :step walks through it line by line, saying what "
        "changes in memory.\n"
        "In exercises: type your code line by line, then :run (or a lone .) to "
        "check it;\n"
        ":load FILE checks a file, :hint gives a hint, :solution shows the "
        "solution after a "
        "try,\n:reset starts from the starter code, :show prints what you "
        "typed, :last loads "
        "your last attempt,\n:step walks through what you typed line by line "
        "(it is not checked).");
}

/* Read a line, handling the commands every prompt knows. */
static input_kind ask(ui *u, const char *prompt, char **line)
{
    for (;;) {
        *line = read_line(u, prompt);
        if (!*line)
            return IN_QUIT;
        const char *l = *line;
        input_kind k = strcmp(l, ":quit") == 0 || strcmp(l, ":q") == 0 ? IN_QUIT
                       : strcmp(l, ":back") == 0                       ? IN_BACK
                       : strcmp(l, ":skip") == 0                       ? IN_SKIP
                       : l[0] == '\0'                                  ? IN_NEXT
                                      : IN_LINE;
        if (strcmp(l, ":help") == 0 || strcmp(l, "?") == 0) {
            help();
            free(*line);
            continue;
        }
        if (k != IN_LINE) {
            free(*line);
            *line = NULL;
        }
        return k;
    }
}

static go as_go(input_kind k)
{
    return k == IN_QUIT ? GO_QUIT : k == IN_BACK ? GO_BACK : GO_NEXT;
}

/* "[Enter] next" after a step; anything typed is ignored politely. */
static go wait_next(ui *u)
{
    char *line;
    input_kind k = ask(u, "[Enter] next, :back, :quit > ", &line);
    free(line);
    return as_go(k);
}

static char *ask_walk(void *ud, const char *prompt)
{
    return read_line(ud, prompt);
}

/* After a step that shows code: Enter goes on, :step or :next walks
 * through the code line by line (plainstep.c), then asks again. */
static go wait_code(ui *u, const lesson_step *s)
{
    for (;;) {
        char *line;
        input_kind k = ask(
            u, "[Enter] next, :step walks through the code, :back, :quit > ",
            &line);
        bool walk =
            k == IN_LINE && (!strcmp(line, ":step") || !strcmp(line, ":next") ||
                             !strcmp(line, ":walk"));
        free(line);
        if (!walk)
            return as_go(k);
        plain_walk(s->code, lesson_step_input(s), ask_walk, u);
    }
}

/* ---------------------------------------------------------- progress */

static void save(ui *u)
{
    u->save_failed = lesson_progress_save(u->prog) != 0;
    if (u->save_failed && !u->save_warned) {
        fprintf(stderr,
                "pyscope: cannot save progress in %s: %s (the progress "
                "saved before is kept)\n",
                lesson_progress_dir(u->prog), strerror(errno));
        u->save_warned = true;
    }
}

static void mark(ui *u, const lesson_t *l, const lesson_step *s,
                 lesson_status st)
{
    lesson_status old = lesson_progress_status(u->prog, u->cid, l->day, s->key);
    if (old == LESSON_CORRECT && st == LESSON_WRONG)
        return; /* a later wrong try does not undo a pass */
    lesson_progress_set_status(u->prog, u->cid, l->day, s->key, st);
    save(u);
}

/* ------------------------------------------------------- running code */

static void on_sigint(int sig)
{
    (void)sig;
    pyapi_interrupt();
}

static void run_and_show(const lesson_step *s)
{
    struct sigaction sa = {0}, old;
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, &old);
    lesson_run r;
    bool graph = false;
    const char *insp =
        s->kind == LESSON_STEP ? lesson_step_inspect(s, &graph) : NULL;
    lesson_run_step(s, &r);
    sigaction(SIGINT, &old, NULL);
    printf("Output:\n%s%s", r.out, r.err);
    if (!*r.out && !*r.err)
        printf("    (no output)\n");
    if (r.collected)
        fputs(r.collected, stdout);
    if (r.explain)
        printf("%s %s:\n%s", graph ? "Graph of" : "References of", insp,
               r.explain);
    fflush(stdout);
    lesson_run_free(&r);
}

/* ---------------------------------------------------------- the steps */

static void show_choices(const lesson_step *s)
{
    for (size_t i = 0; i < s->nchoices; i++)
        printf("  %zu) %s\n", i + 1, s->choices[i]);
}

/* A choice number from the learner; 0 with *k set for a command. */
static int ask_choice(ui *u, const lesson_step *s, input_kind *k)
{
    char prompt[64];
    snprintf(prompt, sizeof prompt, "your answer (1-%zu) > ", s->nchoices);
    for (;;) {
        char *line, *end;
        *k = ask(u, prompt, &line);
        if (*k != IN_LINE && *k != IN_NEXT)
            return 0;
        long n = line ? strtol(line, &end, 10) : 0;
        bool ok = line && *end == '\0' && n >= 1 && (size_t)n <= s->nchoices;
        free(line);
        if (ok)
            return (int)n;
        printf("Please type a number from 1 to %zu.\n", s->nchoices);
    }
}

static void verdict(bool right, const lesson_step *s)
{
    if (right)
        say("Correct!");
    else if (s->nchoices)
        printf("Not quite: the answer is %d) %s\n", s->answer,
               s->choices[s->answer - 1]);
    else
        printf("Not quite: the answer is %s\n", s->answer_text);
    if (s->explain)
        say_text(s->explain);
}

static go do_step(ui *u, const lesson_t *l, const lesson_step *s)
{
    if (s->code) {
        say_code("Code:", s->code);
        run_and_show(s);
    }
    mark(u, l, s, LESSON_SEEN);
    return s->code ? wait_code(u, s) : wait_next(u);
}

static go do_quiz(ui *u, const lesson_t *l, const lesson_step *s)
{
    say_text(s->question);
    show_choices(s);
    input_kind k;
    int n = ask_choice(u, s, &k);
    if (!n)
        return k == IN_SKIP ? (mark(u, l, s, LESSON_SKIPPED), GO_NEXT)
                            : as_go(k);
    bool right = lesson_grade_choice(s, n);
    verdict(right, s);
    mark(u, l, s, right ? LESSON_CORRECT : LESSON_WRONG);
    return wait_next(u);
}

static go do_predict(ui *u, const lesson_t *l, const lesson_step *s)
{
    say_code("Code:", s->code);
    say_text(s->question);
    bool right;
    input_kind k;
    if (s->nchoices) {
        show_choices(s);
        int n = ask_choice(u, s, &k);
        if (!n)
            return k == IN_SKIP ? (mark(u, l, s, LESSON_SKIPPED), GO_NEXT)
                                : as_go(k);
        right = lesson_grade_choice(s, n);
    } else {
        char *line;
        k = ask(u, "your prediction > ", &line);
        if (k != IN_LINE)
            return k == IN_SKIP || k == IN_NEXT
                       ? (mark(u, l, s, LESSON_SKIPPED), GO_NEXT)
                       : as_go(k);
        right = lesson_grade_text(s, line);
        free(line);
    }
    say("Now the code runs.");
    run_and_show(s);
    verdict(right, s);
    mark(u, l, s, right ? LESSON_CORRECT : LESSON_WRONG);
    return wait_code(u, s);
}

static go do_reflect(ui *u, const lesson_t *l, const lesson_step *s)
{
    say_text(s->question);
    say("Write your answer (finish with a line containing only a dot):");
    for (;;) {
        char *line;
        input_kind k = ask(u, "> ", &line);
        bool done = k == IN_LINE && strcmp(line, ".") == 0;
        free(line);
        if (k == IN_QUIT || k == IN_BACK || k == IN_SKIP)
            return k == IN_SKIP ? (mark(u, l, s, LESSON_SKIPPED), GO_NEXT)
                                : as_go(k);
        if (done)
            break;
    }
    say("Model answer:");
    say_text(s->model_answer);
    char *line;
    input_kind k = ask(u, "Did your answer cover it? (y/n) > ", &line);
    if (k == IN_QUIT || k == IN_BACK)
        return as_go(k);
    bool yes = line && (line[0] == 'y' || line[0] == 'Y');
    free(line);
    mark(u, l, s, yes ? LESSON_SELF_YES : LESSON_SELF_NO);
    return wait_next(u);
}

/* ----------------------------------------------------------- exercises */

typedef struct attempt {
    sbuf code;
    bool tried, passed;
    size_t hint;
} attempt;

static void show_output_of(const char *code, const char *const *input)
{
    lesson_run r;
    lesson_run_code(code, input, &r);
    if (r.status == PYR_OK && *r.out)
        printf("Output:\n%s", r.out);
    lesson_run_free(&r);
}

/* Check the code: print the verdict, record it. */
static void submit(ui *u, lesson_t *l, size_t i, attempt *a, const char *code)
{
    const lesson_step *s = &l->steps[i];
    lesson_progress_set_code(u->prog, u->cid, l->day, s->key, code);
    show_output_of(code, lesson_step_input(s));
    char *msg = NULL;
    int r = lesson_check_exercise(u->course, l, i, code, &msg);
    a->tried = true;
    if (r == 1) {
        say("Passed! Well done.");
        a->passed = true;
    } else if (r == 0) {
        printf("Not yet: %s\n(:hint for a hint, :show your code, :last to load "
               "it again)\n",
               msg ? msg : "the check failed");
    } else {
        printf("This exercise's check is broken, sorry: %s\n", msg);
    }
    fflush(stdout);
    free(msg);
    mark(u, l, s, r == 1 ? LESSON_CORRECT : LESSON_WRONG);
}

static void load_file(ui *u, lesson_t *l, size_t i, attempt *a,
                      const char *name)
{
    while (isspace((unsigned char)*name))
        name++;
    char *code = lesson_read_file(name, NULL);
    if (!code) {
        printf("Cannot read %s\n", name);
        return;
    }
    submit(u, l, i, a, code);
    free(code);
}

static void give_hint(const lesson_step *s, attempt *a)
{
    if (a->hint < s->nhints) {
        printf("Hint %zu of %zu: ", a->hint + 1, s->nhints);
        say_text(s->hints[a->hint++]);
    } else {
        say(s->nhints ? "No more hints. :solution shows the solution."
                      : "This exercise has no hints.");
    }
}

static void set_buffer(attempt *a, const char *code, const char *what)
{
    a->code.n = 0;
    if (code && *code) {
        sbuf_adds(&a->code, code);
        sbuf_add(&a->code, "\n", 1);
        say_code(what, code);
    } else {
        sbuf_add(&a->code, "", 0);
        say("(your code is empty)");
    }
}

/* One exercise command; true when the exercise is over (*g says how). */
static bool exercise_command(ui *u, lesson_t *l, size_t i, attempt *a,
                             const char *cmd)
{
    const lesson_step *s = &l->steps[i];
    if (strcmp(cmd, ":run") == 0 || strcmp(cmd, ".") == 0) {
        if (!a->code.n || strspn(a->code.s, " \t\n") == a->code.n) {
            say("Nothing to run yet: type code, :reset for the starter, or "
                ":load FILE.");
            return false;
        }
        char *code = sbuf_take(&a->code);
        submit(u, l, i, a, code);
        free(code);
    } else if (strncmp(cmd, ":load", 5) == 0 && (!cmd[5] || cmd[5] == ' ')) {
        if (strspn(cmd + 5, " ") == strlen(cmd + 5))
            say("Which file? Type :load FILE, e.g. :load answer.py");
        else
            load_file(u, l, i, a, cmd + 5);
    } else if (strcmp(cmd, ":hint") == 0) {
        give_hint(s, a);
    } else if (strcmp(cmd, ":solution") == 0) {
        if (a->tried)
            say_code("Solution:", s->solution);
        else
            say("Try it first: the solution is shown after your first "
                "attempt.");
    } else if (strcmp(cmd, ":reset") == 0) {
        set_buffer(a, s->starter, "Your code is now the starter:");
    } else if (strcmp(cmd, ":show") == 0) {
        say_code("Your code so far:", a->code.n ? a->code.s : "");
    } else if (strcmp(cmd, ":step") == 0 || strcmp(cmd, ":walk") == 0) {
        if (!a->code.n)
            say("Nothing to walk through yet: type code, :reset or :last.");
        else
            plain_walk(a->code.s, lesson_step_input(s), ask_walk, u);
    } else if (strcmp(cmd, ":last") == 0) {
        set_buffer(a, lesson_progress_code(u->prog, u->cid, l->day, s->key),
                   "Your last attempt (type more lines, or :run):");
    } else {
        printf("Unknown command %s (:help lists them)\n", cmd);
    }
    return a->passed;
}

static void exercise_intro(ui *u, const lesson_t *l, const lesson_step *s)
{
    say_text(s->task);
    if (s->starter)
        say_code("Starter code (:reset puts it in your editor):", s->starter);
    if (lesson_progress_code(u->prog, u->cid, l->day, s->key))
        say("Your last attempt is saved: :last loads it.");
    say("Type your code, then :run (or a lone .) to check it. :help lists the "
        "commands.");
}

static go do_exercise(ui *u, lesson_t *l, size_t i)
{
    const lesson_step *s = &l->steps[i];
    exercise_intro(u, l, s);
    attempt a = {0};
    go g = GO_NEXT;
    for (;;) {
        char *line = read_line(u, a.code.n ? "... " : "code> ");
        if (!line || strcmp(line, ":quit") == 0 || strcmp(line, ":back") == 0) {
            g = line && strcmp(line, ":back") == 0 ? GO_BACK : GO_QUIT;
            free(line);
            break;
        }
        if (strcmp(line, ":skip") == 0) {
            free(line);
            if (!a.passed)
                mark(u, l, s, LESSON_SKIPPED);
            break;
        }
        bool over = false;
        if (line[0] == ':' || strcmp(line, ".") == 0)
            over = strcmp(line, ":help") == 0
                       ? (help(), false)
                       : exercise_command(u, l, i, &a, line);
        else
            sbuf_printf(&a.code, "%s\n", line);
        free(line);
        if (over) {
            g = wait_next(u);
            break;
        }
    }
    free(a.code.s);
    save(u);
    return g;
}

/* ------------------------------------------------------------ lessons */

static void step_header(const lesson_t *l, size_t i)
{
    const lesson_step *s = &l->steps[i];
    static const char *const kinds[] = {"", "Predict", "Quiz", "Think about it",
                                        "Exercise"};
    printf("\n== Day %d: %s -- step %zu of %zu ==\n", l->day, l->title, i + 1,
           l->nsteps);
    if (s->kind != LESSON_STEP || s->title)
        printf("%s%s%s\n", kinds[s->kind],
               s->kind != LESSON_STEP && s->title ? ": " : "",
               s->title ? s->title : "");
    if (s->text)
        say_text(s->text);
}

static go run_step(ui *u, lesson_t *l, size_t i)
{
    const lesson_step *s = &l->steps[i];
    lesson_progress_set_position(u->prog, u->cid, l->day, s->key);
    save(u);
    step_header(l, i);
    switch (s->kind) {
    case LESSON_STEP:
        return do_step(u, l, s);
    case LESSON_PREDICT:
        return do_predict(u, l, s);
    case LESSON_QUIZ:
        return do_quiz(u, l, s);
    case LESSON_REFLECT:
        return do_reflect(u, l, s);
    case LESSON_EXERCISE:
        return do_exercise(u, l, i);
    }
    return GO_NEXT;
}

static size_t step_index(const lesson_t *l, const char *key)
{
    for (size_t i = 0; key && i < l->nsteps; i++)
        if (strcmp(l->steps[i].key, key) == 0)
            return i;
    return 0;
}

static void summary(ui *u, const lesson_t *l)
{
    size_t right = 0, graded = 0;
    for (size_t i = 0; i < l->nsteps; i++) {
        lesson_status st =
            lesson_progress_status(u->prog, u->cid, l->day, l->steps[i].key);
        if (l->steps[i].kind == LESSON_QUIZ ||
            l->steps[i].kind == LESSON_PREDICT ||
            l->steps[i].kind == LESSON_EXERCISE) {
            graded++;
            right += st == LESSON_CORRECT;
        }
    }
    printf(
        "\nDay %d complete: %zu of %zu questions and exercises done right.\n",
        l->day, right, graded);
}

/* Walk the course from lesson li, step si, until the end or :quit. */
static int walk(ui *u, size_t li, size_t si)
{
    lesson_course *c = u->course;
    while (li < c->n) {
        lesson_t *l = c->lessons[li];
        go g = si < l->nsteps ? run_step(u, l, si) : GO_NEXT;
        if (g == GO_QUIT) {
            say(u->save_failed ? "Bye! Your latest progress could not be "
                                 "saved (see above)."
                               : "Bye! Your progress is saved.");
            return 0;
        }
        if (g == GO_BACK && si > 0) {
            si--;
        } else if (g == GO_BACK && li > 0) {
            li--;
            si = c->lessons[li]->nsteps ? c->lessons[li]->nsteps - 1 : 0;
        } else if (g == GO_NEXT && ++si >= l->nsteps) {
            summary(u, l);
            li++, si = 0;
        }
    }
    say("\nYou have finished the course. Well done!");
    return 0;
}

/* ------------------------------------------------------------ setup */

/* COURSE may be a path or the name of a folder under courses/. */
static char *resolve_course(const char *name)
{
    struct stat st;
    if (!name)
        name = "python";
    if (stat(name, &st) == 0 || strchr(name, '/'))
        return xstrdup(name);
    return xasprintf("courses/%s", name);
}

static void print_diag(lesson_diag *d)
{
    for (size_t i = 0; i < d->n; i++)
        fprintf(stderr, "%s\n", d->msg[i]);
}

static size_t start_lesson(ui *u, int day, size_t *si)
{
    const char *key = NULL;
    int pday;
    *si = 0;
    if (day <= 0 && lesson_progress_position(u->prog, u->cid, &pday, &key))
        day = pday;
    for (size_t i = 0; i < u->course->n; i++)
        if (u->course->lessons[i]->day == day) {
            if (key)
                *si = step_index(u->course->lessons[i], key);
            return i;
        }
    if (day > 0 && !key)
        fprintf(
            stderr,
            "pyscope: this course has no day %d; starting at the beginning\n",
            day);
    return 0;
}

static void open_history(ui *u)
{
    if (!u->tty)
        return;
    u->histfile = xasprintf("%s/history", lesson_progress_dir(u->prog));
    using_history();
    stifle_history(1000);
    read_history(u->histfile);
}

int lesson_cmd_learn_plain(const char *course_dir, int day,
                           const char *data_dir_override)
{
    char *path = resolve_course(course_dir);
    lesson_diag d = {0};
    ui u = {0};
    u.course = lesson_course_load(path, &d);
    print_diag(&d);
    lesson_diag_free(&d);
    free(path);
    if (!u.course || u.course->n == 0) {
        lesson_course_free(u.course);
        return 1;
    }
    char *notice = NULL;
    u.prog = lesson_progress_open(data_dir_override, &notice);
    if (notice)
        fprintf(stderr, "%s\n", notice);
    free(notice);
    u.cid = u.course->id;
    u.tty = isatty(0) && isatty(1);
    open_history(&u);
    printf("%s\n", u.course->title);
    if (u.course->description)
        say_text(u.course->description);
    say("(:help lists the commands)");
    size_t si, li = start_lesson(&u, day, &si);
    int rc = walk(&u, li, si);
    save(&u);
    if (u.histfile)
        (void)write_history(u.histfile); /* a convenience: losing it is fine */
    free(u.histfile);
    lesson_progress_free(u.prog);
    lesson_course_free(u.course);
    return rc;
}
