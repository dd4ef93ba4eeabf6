/*
 * posixmodule.h -- what the posix module (posixmodule.c) shares with the
 * other modules that touch the operating system (_io): path arguments as
 * os.fspath() reads them, OSError from errno, and the lesson seal.
 * Ownership words (NEW / BORROWED / STEALS) as in core.h.
 */
#ifndef PY_POSIXMODULE_H
#define PY_POSIXMODULE_H

#include "core.h"

/* A path argument: the object given (BORROWED), its str or bytes form
 * after os.fspath (owned), the C string, or a file descriptor. */
typedef struct py_path {
    py_obj *obj;   /* what the caller passed (for error messages) */
    py_obj *conv;  /* owned str or bytes, NULL for a descriptor */
    const char *c; /* NUL-terminated path text, NULL for a descriptor */
    bool bytes;    /* given as bytes: results are bytes too */
    int fd;        /* the descriptor when allow_fd and an int was given */
} py_path;

/* Convert o (BORROWED) as os.fspath does; allow_fd accepts an int.
 * fname names the function in TypeError ("stat: path should be ...").
 * 0 or -1; release with py_path_free. */
int py_path_init(py_path *p, const char *fname, py_obj *o, bool allow_fd);
void py_path_free(py_path *p);
/* os.fspath(o): NEW str or bytes, TypeError otherwise. */
py_obj *py_fspath(py_obj *o);

/* In lesson code (py_rt.sealed) raise PermissionError "[Errno 1] lesson
 * code cannot <what>" (with the filename fn, BORROWED, when not NULL) and
 * return -1; else 0. */
int py_check_unsealed(const char *what, py_obj *fn);

#endif
