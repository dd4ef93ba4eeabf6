/*
 * editor.c -- an exercise edited in the learner's own editor.
 *
 * `E` (or `:edit` at the prompt) writes the exercise's code to a real
 * file, $XDG_DATA_HOME/pyscope/work/COURSE/DAY/STEP.py, hands the
 * terminal to $VISUAL or $EDITOR (vi without either) and takes it back
 * when the editor exits; the code is then read back and checked.  While
 * the exercise stays on screen the file is watched: saved from another
 * window, it is read back and checked again (as rustlings does).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tui_int.h"

static char *watched; /* the file of the exercise on screen, or NULL */
static struct timespec watched_mtime;
static size_t watched_step;
static lesson_t *watched_lesson;

/* mkdir -p of the folders of path (not its last part).  0 or -1. */
static int make_parents(char *path)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        int r = mkdir(path, 0700);
        *p = '/';
        if (r < 0 && errno != EEXIST)
            return -1;
    }
    return 0;
}

/* The file of the current exercise.  malloc'd. */
static char *exercise_path(tui_app *a)
{
    const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    char base[1024];
    if (x && *x)
        snprintf(base, sizeof base, "%s/pyscope", x);
    else
        snprintf(base, sizeof base, "%s/.local/share/pyscope",
                 home ? home : ".");
    const lesson_step *s = lesson_step_at(a->lesson, a->step);
    size_t n = strlen(base) + 256;
    char *p = tui_xmalloc(n);
    snprintf(p, n, "%s/work/%s/%d/%s.py", base, lesson_course_id(a->course),
             lesson_day(a->lesson), lesson_step_key(s));
    for (char *c = p + strlen(base) + 6; *c; c++)
        if (*c == ' ')
            *c = '_';
    return p;
}

static bool mtime_of(const char *path, struct timespec *t)
{
    struct stat st;
    if (stat(path, &st) < 0)
        return false;
    *t = st.st_mtim;
    return true;
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *s = tui_xmalloc(cap);
    size_t k;
    while ((k = fread(s + n, 1, cap - n - 1, f)) > 0) {
        n += k;
        if (n + 1 == cap)
            s = tui_xrealloc(s, cap *= 2);
    }
    fclose(f);
    s[n] = '\0';
    return s;
}

/* Run the editor on path with the terminal handed over.  0 or -1. */
static int run_editor(const char *path)
{
    const char *ed = getenv("VISUAL");
    if (!ed || !*ed)
        ed = getenv("EDITOR");
    if (!ed || !*ed)
        ed = "vi";
    def_prog_mode();
    endwin();
    pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", "exec $0 \"$1\"", ed, path, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    if (pid > 0)
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
    reset_prog_mode();
    fputs("\033[?2004h", stdout); /* bracketed paste, as before */
    fflush(stdout);
    clearok(curscr, TRUE);
    refresh();
    return pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) != 127 ? 0 : -1;
}

/* Read the watched file back into the exercise and check it. */
static void load_and_check(tui_app *a)
{
    char *code = read_all(watched);
    if (!code) {
        app_set_status(a, true, "cannot read %s", watched);
        return;
    }
    mtime_of(watched, &watched_mtime);
    free(a->exercise);
    a->exercise = code;
    a->exercise_dirty = true;
    learn_check_exercise(a);
}

void editor_edit_exercise(tui_app *a)
{
    const lesson_step *s =
        a->lesson ? lesson_step_at(a->lesson, a->step) : NULL;
    if (!s || lesson_step_kind(s) != LESSON_EXERCISE) {
        app_set_status(a, true, "E edits an exercise's code");
        return;
    }
    free(watched);
    watched = exercise_path(a);
    watched_step = a->step;
    watched_lesson = a->lesson;
    FILE *f = make_parents(watched) == 0 ? fopen(watched, "w") : NULL;
    if (!f || fputs(a->exercise ? a->exercise : "", f) < 0 || fclose(f) != 0) {
        app_set_status(a, true, "cannot write %s: %s", watched,
                       strerror(errno));
        return;
    }
    if (run_editor(watched) < 0) {
        app_set_status(a, true,
                       "the editor could not be started (set $EDITOR)");
        return;
    }
    load_and_check(a);
}

void editor_poll(tui_app *a)
{
    struct timespec t;
    if (!watched || a->lesson != watched_lesson || a->step != watched_step ||
        !mtime_of(watched, &t))
        return;
    if (t.tv_sec != watched_mtime.tv_sec || t.tv_nsec != watched_mtime.tv_nsec)
        load_and_check(a);
}

bool editor_watching(tui_app *a)
{
    return watched && a->lesson == watched_lesson && a->step == watched_step;
}

void editor_forget(void)
{
    free(watched);
    watched = NULL;
}
