/*
 * datadir.h -- where pyscope finds its courses and themes.
 *
 * In order, for `what` = "courses" or "themes":
 *   1. $PYSCOPE_COURSES / $PYSCOPE_THEMES when set (and then only it);
 *   2. $XDG_DATA_HOME/pyscope/WHAT (~/.local/share): an instructor's own;
 *   3. EXE/../share/pyscope/WHAT, beside the installed binary, so that a
 *      moved prefix keeps working;
 *   4. each $XDG_DATA_DIRS entry + /pyscope/WHAT (/usr/local/share,
 *      /usr/share by default);
 *   5. the source tree's WHAT, only for the binary in its build tree.
 * Folders that do not exist, and repeats, are left out.
 */
#ifndef PYSCOPE_DATADIR_H
#define PYSCOPE_DATADIR_H

#include <stddef.h>

typedef struct data_dir {
    char *path;         /* malloc'd, absolute when it could be resolved */
    const char *origin; /* "yours", "installed", "system", "source tree",
                           or the variable's name */
} data_dir;

#define DATA_DIRS_MAX 16

/* Fill out[] with the folders holding `what`, most specific first;
 * returns how many (free them with data_dirs_free). */
size_t data_dirs(const char *what, data_dir *out);
void data_dirs_free(data_dir *d, size_t n);

/* The first existing DIR/NAME SUFFIX over data_dirs(what) (a course
 * folder: suffix ""; a theme file: ".lua").  malloc'd, or NULL. */
char *data_find(const char *what, const char *name, const char *suffix);

#endif
