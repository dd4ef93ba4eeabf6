/*
 * datadir.c -- where pyscope finds its courses and themes (datadir.h).
 *
 * The installed binary finds its data relative to itself
 * (/proc/self/exe/../../share/pyscope), so a prefix can be moved or
 * unpacked anywhere; the build tree's binary finds the source tree.  No
 * other copy of the binary ever reads the source tree.
 */
#define _GNU_SOURCE
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"

#ifndef PYSCOPE_SOURCE_DIR
#define PYSCOPE_SOURCE_DIR ""
#endif
#ifndef PYSCOPE_BUILD_DIR
#define PYSCOPE_BUILD_DIR ""
#endif

static bool is_dir(const char *p)
{
    struct stat st;
    return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The folder of the running executable (malloc'd) or NULL. */
static char *exe_dir(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return NULL;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (!slash)
        return NULL;
    *slash = '\0';
    return strdup(buf[0] ? buf : "/");
}

/* Add base/sub/what to out unless it is missing or already there. */
static void add(data_dir *out, size_t *n, const char *base, const char *sub,
                const char *what, const char *origin)
{
    char path[PATH_MAX], real[PATH_MAX];
    if (!base || !*base || *n >= DATA_DIRS_MAX)
        return;
    snprintf(path, sizeof path, "%s%s/%s", base, sub, what);
    if (!is_dir(path))
        return;
    const char *p = realpath(path, real) ? real : path;
    for (size_t i = 0; i < *n; i++)
        if (strcmp(out[i].path, p) == 0)
            return;
    char *copy = strdup(p);
    if (copy)
        out[(*n)++] = (data_dir){copy, origin};
}

/* Each entry of the colon-separated list (XDG_DATA_DIRS). */
static void add_list(data_dir *out, size_t *n, const char *list,
                     const char *what)
{
    char *copy = strdup(list), *save = NULL;
    for (char *t = copy ? strtok_r(copy, ":", &save) : NULL; t;
         t = strtok_r(NULL, ":", &save))
        if (t[0] == '/')
            add(out, n, t, "/pyscope", what, "system");
    free(copy);
}

/* Whether the running binary is the one in the build tree. */
static bool in_build_tree(const char *exe)
{
    char real[PATH_MAX];
    return exe && PYSCOPE_BUILD_DIR[0] && realpath(PYSCOPE_BUILD_DIR, real) &&
           strcmp(real, exe) == 0;
}

size_t data_dirs(const char *what, data_dir *out)
{
    size_t n = 0;
    bool themes = strcmp(what, "themes") == 0;
    const char *var = themes ? "PYSCOPE_THEMES" : "PYSCOPE_COURSES";
    const char *env = getenv(var);
    if (env && *env) {
        if (is_dir(env) && (out[0].path = strdup(env))) {
            out[0].origin = var;
            n = 1;
        }
        return n;
    }
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (xdg && xdg[0] == '/')
        add(out, &n, xdg, "/pyscope", what, "yours");
    else if (home && home[0] == '/')
        add(out, &n, home, "/.local/share/pyscope", what, "yours");
    char *exe = exe_dir();
    if (exe)
        add(out, &n, exe, "/../share/pyscope", what, "installed");
    const char *dirs = getenv("XDG_DATA_DIRS");
    add_list(out, &n, dirs && *dirs ? dirs : "/usr/local/share:/usr/share",
             what);
    if (in_build_tree(exe))
        add(out, &n, PYSCOPE_SOURCE_DIR, "", what, "source tree");
    free(exe);
    return n;
}

void data_dirs_free(data_dir *d, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(d[i].path);
}

char *data_find(const char *what, const char *name, const char *suffix)
{
    data_dir d[DATA_DIRS_MAX];
    size_t n = data_dirs(what, d);
    char *found = NULL;
    for (size_t i = 0; i < n && !found; i++) {
        size_t len = strlen(d[i].path) + strlen(name) + strlen(suffix) + 2;
        char *p = malloc(len);
        struct stat st;
        if (!p)
            break;
        snprintf(p, len, "%s/%s%s", d[i].path, name, suffix);
        if (stat(p, &st) == 0)
            found = p;
        else
            free(p);
    }
    data_dirs_free(d, n);
    return found;
}
