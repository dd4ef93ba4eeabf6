/*
 * sysstdin.c -- sys.stdin.
 *
 * sys.stdin reads lines from the same place input() does: the host's
 * readline callback when there is one (the TUI asks the learner, a
 * lesson feeds its `input` lines), else the process's standard input.
 * Lines keep their "\n" as a file's do.  It is a small object of its
 * own type ("_io.TextIOWrapper", as CPython names it) with the reading
 * half of the text file API: readline, read, readlines, iteration.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

typedef struct stdinobject {
    PY_HEAD;
    bool eof; /* end of input seen: later reads return "" at once */
} stdinobject;

static py_type stdin_type;

/* One line with its "\n" (none at the end of input without one) into a
 * malloc'd buffer, or NULL at the end of input. */
static char *next_line(stdinobject *s, size_t *len)
{
    if (s->eof)
        return NULL;
    char *line = NULL;
    if (py_rt.readline && py_rt.readline != py_stdin_readline) {
        char *l = py_rt.readline(py_rt.readline_ud, "");
        if (l) {
            *len = strlen(l);
            line = realloc(l, *len + 2);
            if (!line) {
                free(l);
                return NULL;
            }
            line[(*len)++] = '\n';
            line[*len] = '\0';
        }
    } else { /* the real stdin: lines exactly as they are */
        fflush(stdout);
        size_t cap = 0;
        ssize_t n = getline(&line, &cap, stdin);
        if (n < 0) {
            free(line);
            line = NULL;
        }
        *len = n > 0 ? (size_t)n : 0;
    }
    if (!line)
        s->eof = true;
    return line;
}

/* readline(): the next line with its "\n", "" at the end.  NEW str. */
static py_obj *stdin_readline(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("readline", nargs, kwnames, 0, 1) < 0)
        return NULL;
    if (py_check_interrupt() < 0)
        return NULL;
    size_t len = 0;
    char *line = next_line((stdinobject *)self, &len);
    py_obj *r = py_str_new(line ? line : "", line ? (ssize_t)len : 0);
    free(line);
    return r;
}

/* All lines to the end of input, joined (read()) or as a list
 * (readlines()).  NEW. */
static py_obj *read_all(py_obj *self, bool as_list)
{
    py_obj *list = py_list_new(0);
    size_t len;
    char *line;
    while (list && (line = next_line((stdinobject *)self, &len))) {
        py_obj *s = py_str_new(line, (ssize_t)len);
        free(line);
        if (!s || py_list_append(list, s) < 0 || py_check_interrupt() < 0)
            PY_CLEAR(list);
        PY_XDECREF(s);
    }
    if (!list || as_list)
        return list;
    py_obj *empty = py_str_new("", 0);
    py_obj *r = empty ? py_str_join_array(empty, PY_LIST_ITEMS(list),
                                          (size_t)PY_LIST_SIZE(list))
                      : NULL;
    PY_XDECREF(empty);
    PY_DECREF(list);
    return r;
}

static py_obj *stdin_read(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("read", nargs, kwnames, 0, 1) < 0)
        return NULL;
    return read_all(self, false);
}

static py_obj *stdin_readlines(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)args;
    if (py_check_args("readlines", nargs, kwnames, 0, 1) < 0)
        return NULL;
    return read_all(self, true);
}

static py_obj *stdin_iternext(py_obj *self)
{
    size_t len = 0;
    if (py_check_interrupt() < 0)
        return NULL;
    char *line = next_line((stdinobject *)self, &len);
    if (!line)
        return NULL; /* exhausted */
    py_obj *r = py_str_new(line, (ssize_t)len);
    free(line);
    return r;
}

static py_obj *stdin_iter(py_obj *self)
{
    return py_newref(self);
}

static py_obj *stdin_const(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames, const char *name, py_obj *v)
{
    (void)self, (void)args;
    if (py_check_args(name, nargs, kwnames, 0, 0) < 0)
        return NULL;
    return v;
}

static py_obj *stdin_isatty(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    return stdin_const(self, args, nargs, kwnames, "isatty",
                       py_bool_from(false));
}

static py_obj *stdin_readable(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    return stdin_const(self, args, nargs, kwnames, "readable",
                       py_bool_from(true));
}

static py_obj *stdin_fileno(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    return stdin_const(self, args, nargs, kwnames, "fileno",
                       py_int_from_i64(0));
}

static py_obj *stdin_close(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    return stdin_const(self, args, nargs, kwnames, "close", py_none_new());
}

static py_obj *stdin_repr(py_obj *o)
{
    (void)o;
    return py_str_from_cstr(
        "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
}

static py_obj *stdin_get_name(py_obj *o)
{
    (void)o;
    return py_str_from_cstr("<stdin>");
}

static py_obj *stdin_get_mode(py_obj *o)
{
    (void)o;
    return py_str_from_cstr("r");
}

static py_obj *stdin_get_encoding(py_obj *o)
{
    (void)o;
    return py_str_from_cstr("utf-8");
}

static const py_method_def stdin_methods[] = {
    {"readline", stdin_readline, PY_METH_DEFAULT, "Read until newline."},
    {"read", stdin_read, PY_METH_DEFAULT, "Read to the end."},
    {"readlines", stdin_readlines, PY_METH_DEFAULT, "Read all lines."},
    {"isatty", stdin_isatty, PY_METH_DEFAULT, "Is the stream a terminal?"},
    {"readable", stdin_readable, PY_METH_DEFAULT, "Is the stream readable?"},
    {"fileno", stdin_fileno, PY_METH_DEFAULT, "The file descriptor."},
    {"close", stdin_close, PY_METH_DEFAULT, "Does nothing."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def stdin_getset[] = {
    {"name", stdin_get_name, NULL, NULL},
    {"mode", stdin_get_mode, NULL, NULL},
    {"encoding", stdin_get_encoding, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static void stdin_dealloc(py_obj *o)
{
    py_obj_free(o);
}

static py_type stdin_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(stdinobject),
    .dealloc = stdin_dealloc,
    .repr = stdin_repr,
    .iter = stdin_iter,
    .iternext = stdin_iternext,
    .methods = stdin_methods,
    .getset = stdin_getset,
};

int py_sys_add_stdin(py_obj *m)
{
    stdin_type.flags &= ~(unsigned)PY_TPFLAGS_READY; /* a fresh interpreter */
    stdin_type.dict = stdin_type.mro = stdin_type.bases = NULL;
    stdin_type.base = NULL;
    if (py_type_ready(&stdin_type) < 0)
        return -1;
    stdinobject *in = (stdinobject *)py_obj_alloc(&stdin_type, 0);
    int r = -1;
    if (in)
        r = py_bi_add_object(m, "stdin", PY_OBJ(in)) |
            py_bi_add_object(m, "__stdin__", PY_OBJ(in));
    PY_XDECREF(in);
    return r;
}
