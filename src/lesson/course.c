/*
 * course.c -- loading lessons and courses.
 *
 * A lesson file is run in its own sandbox (sandbox.c) with the
 * constructors of schema.c; the sandbox stays alive with the lesson
 * because its exercises' check functions live there.  A course is a
 * folder whose course.lua names the lesson files in order; course.lua
 * runs in a throwaway sandbox.  A single lesson file can stand in for a
 * course of one lesson, which is what authors use with --watch.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <lua.h>

#include "lesson_int.h"

/* ------------------------------------------------------------ lessons */

lesson_t *lesson_load(const char *path, lesson_diag *diag)
{
    sandbox *sb = sb_new(path);
    if (sb && lesson_open_schema(sb, diag) != 0) {
        sb_free(sb);
        sb = NULL;
    }
    if (!sb) {
        lesson_diag_add(diag, "%s:1: cannot create a Lua state (out of memory)",
                        path);
        return NULL;
    }
    size_t before = diag->n;
    char *err = NULL;
    if (sb_dofile(sb, &err) != 0) {
        lesson_diag_add(diag, "%s", err);
        free(err);
        sb_free(sb);
        return NULL;
    }
    lesson_t *l = lesson_from_value(sb, diag);
    if (!l) {
        sb_free(sb);
        return NULL;
    }
    if (diag->n > before) {
        lesson_free(l);
        return NULL;
    }
    return l;
}

void lesson_free(lesson_t *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->nsteps; i++)
        lesson_step_clear(&l->steps[i]);
    free(l->steps);
    lesson_facts_free(l->facts, l->nfacts);
    free(l->path);
    free(l->id);
    free(l->title);
    free(l->summary);
    sb_free(l->sb);
    free(l);
}

int lesson_day(const lesson_t *l)
{
    return l->day;
}
const char *lesson_title(const lesson_t *l)
{
    return l->title;
}
const char *lesson_path(const lesson_t *l)
{
    return l->path;
}
size_t lesson_step_count(const lesson_t *l)
{
    return l->nsteps;
}

const lesson_step *lesson_step_at(const lesson_t *l, size_t i)
{
    return i < l->nsteps ? &l->steps[i] : NULL;
}

/* ------------------------------------------------------------ courses */

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static void add_lesson(lesson_course *c, lesson_t *l)
{
    c->lessons = xrealloc(c->lessons, (c->n + 1) * sizeof *c->lessons);
    c->lessons[c->n++] = l;
}

/* A lesson file used as a course of one: id from the file name. */
static lesson_course *single_lesson(const char *path, lesson_diag *diag)
{
    lesson_t *l = lesson_load(path, diag);
    if (!l)
        return NULL;
    lesson_course *c = xmalloc(sizeof *c);
    memset(c, 0, sizeof *c);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 4 && strcmp(base + n - 4, ".lua") == 0)
        n -= 4;
    c->id = xstrndup(base, n);
    c->title = xstrdup(l->title);
    c->dir = xstrdup(path);
    add_lesson(c, l);
    return c;
}

/* Run course.lua: the list of lesson files, or NULL (reported). */
static char **read_course_file(lesson_course *c, const char *file,
                               lesson_diag *diag, int *lessons_line)
{
    sandbox *sb = sb_new(file);
    if (sb && lesson_open_schema(sb, diag) != 0) {
        sb_free(sb);
        sb = NULL;
    }
    if (!sb) {
        lesson_diag_add(diag, "%s:1: cannot create a Lua state (out of memory)",
                        file);
        return NULL;
    }
    size_t before = diag->n;
    char *err = NULL;
    char **files = NULL;
    if (sb_dofile(sb, &err) != 0) {
        lesson_diag_add(diag, "%s", err);
        free(err);
    } else {
        files = lesson_course_from_value(sb, c, diag);
        *lessons_line = lesson_course_lessons_line(sb, 1);
    }
    sb_free(sb);
    if (files && diag->n > before) {
        for (char **f = files; *f; f++)
            free(*f);
        free(files);
        files = NULL;
    }
    return files;
}

/* A lesson name stays inside the course folder: relative, no "..". */
static bool inside_course(const char *name)
{
    if (name[0] == '/' || name[0] == '\0')
        return false;
    for (const char *p = name; p; p = strchr(p, '/')) {
        if (*p == '/')
            p++;
        if (strncmp(p, "..", 2) == 0 && (p[2] == '/' || p[2] == '\0'))
            return false;
    }
    return true;
}

/* Load each listed lesson; report missing files, names that leave the
 * course folder and repeated days. */
static void load_lessons(lesson_course *c, const char *course_file,
                         char **files, int line, lesson_diag *diag)
{
    for (char **f = files; *f; f++) {
        if (!inside_course(*f)) {
            lesson_diag_add(diag,
                            "%s:%d: lesson file '%s' must be a name inside "
                            "the course folder (no leading / and no ..)",
                            course_file, line, *f);
            continue;
        }
        char *path = xasprintf("%s/%s", c->dir, *f);
        lesson_t *l = NULL;
        if (!exists(path))
            lesson_diag_add(diag, "%s:%d: lesson file '%s' not found (%s)",
                            course_file, line, *f, strerror(ENOENT));
        else
            l = lesson_load(path, diag);
        free(path);
        if (!l)
            continue;
        lesson_t *twin = lesson_course_day(c, l->day);
        if (twin)
            lesson_diag_add(diag,
                            "%s:%d: lesson: day %d is already the day of %s",
                            l->path, l->line, l->day, twin->path);
        add_lesson(c, l);
    }
}

lesson_course *lesson_course_load(const char *path, lesson_diag *diag)
{
    if (!exists(path)) {
        lesson_diag_add(diag, "%s:1: %s", path, strerror(errno));
        return NULL;
    }
    char *dir = NULL;
    size_t n = strlen(path);
    if (is_dir(path))
        dir = xstrdup(path);
    else if (n >= 10 && strcmp(path + n - 10, "course.lua") == 0 &&
             (n == 10 || path[n - 11] == '/'))
        dir = n == 10 ? xstrdup(".") : xstrndup(path, n - 11);
    else
        return single_lesson(path, diag);
    while (strlen(dir) > 1 && dir[strlen(dir) - 1] == '/')
        dir[strlen(dir) - 1] = '\0';
    char *file = xasprintf("%s/course.lua", dir);
    if (!exists(file)) {
        lesson_diag_add(
            diag, "%s:1: not a course: no course.lua in this folder", dir);
        free(file);
        free(dir);
        return NULL;
    }
    lesson_course *c = xmalloc(sizeof *c);
    memset(c, 0, sizeof *c);
    c->dir = dir;
    int line = 1;
    char **files = read_course_file(c, file, diag, &line);
    if (!files) {
        free(file);
        lesson_course_free(c);
        return NULL;
    }
    load_lessons(c, file, files, line, diag);
    for (char **f = files; *f; f++)
        free(*f);
    free(files);
    free(file);
    return c;
}

void lesson_course_free(lesson_course *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        lesson_free(c->lessons[i]);
    free(c->lessons);
    free(c->dir);
    free(c->id);
    free(c->title);
    free(c->description);
    free(c);
}

const char *lesson_course_id(const lesson_course *c)
{
    return c->id;
}
const char *lesson_course_title(const lesson_course *c)
{
    return c->title;
}
const char *lesson_course_description(const lesson_course *c)
{
    return c->description;
}
size_t lesson_course_count(const lesson_course *c)
{
    return c->n;
}

lesson_t *lesson_course_at(const lesson_course *c, size_t i)
{
    return i < c->n ? c->lessons[i] : NULL;
}

lesson_t *lesson_course_day(const lesson_course *c, int day)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->lessons[i]->day == day)
            return c->lessons[i];
    return NULL;
}
