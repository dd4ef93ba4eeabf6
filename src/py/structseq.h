/*
 * structseq.h -- struct sequences: tuples whose items are also named
 * attributes (os.stat_result, os.terminal_size, sys.flags, ...), as
 * CPython's PyStructSequence.
 *
 * A struct sequence type is a static py_structseq_type (a py_type plus the
 * description of its fields) defined by the module that uses it.  The first
 * n_visible fields are the tuple's items (len, indexing, repr); the others
 * are attributes only (stat_result.st_atime as a float, ...).
 * Ownership words (NEW / BORROWED / STEALS) as in core.h.
 */
#ifndef PY_STRUCTSEQ_H
#define PY_STRUCTSEQ_H

#include "core.h"

typedef struct py_structseq_type {
    py_type t;
    const char *const *fields; /* n_fields attribute names */
    int n_fields;              /* all fields */
    int n_visible;             /* leading fields that are tuple items */
} py_structseq_type;

/* A static struct sequence type named name ("os.stat_result") with the
 * fields of the array f (its first nvis visible). */
#define PY_STRUCTSEQ_TYPE(tname, f, nvis)                                      \
    {                                                                          \
        .t = {.ovar = {.ob = {.rc = 1, .type = &py_type_type}},                \
              .name = tname},                                                  \
        .fields = f, .n_fields = (int)(sizeof f / sizeof f[0]),                \
        .n_visible = nvis                                                      \
    }

/* Ready (or re-ready for a new interpreter) a struct sequence type.  0 or
 * -1. */
int py_structseq_ready(py_structseq_type *st);
/* NEW instance with n_fields items, all None: set them with
 * py_structseq_set.  Track it with py_structseq_done. */
py_obj *py_structseq_new(py_structseq_type *st);
/* Item i of o := v (STOLEN; NULL leaves None and returns -1). */
int py_structseq_set(py_obj *o, int i, py_obj *v);

#endif
