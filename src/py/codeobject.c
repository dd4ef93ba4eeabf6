/*
 * codeobject.c -- the code object type (py_code, see code.h).
 *
 * Code objects are immutable and hold no cycles (their constants are
 * literals, tuples of literals and other code objects), so the type is
 * not a GC type.  Attributes follow CPython's co_* names.
 */
#include <stdio.h>
#include <string.h>

#include "code.h"
#include "core.h"
#include "mem.h"
#include "objects.h"

#define CO(o) ((py_code *)(o))

py_code *py_code_new(uint32_t *code, py_srcpos *positions, int ncode,
                     py_obj *consts, py_obj *names, py_obj *varnames,
                     py_obj *cellvars, py_obj *freevars, int32_t *cell2arg,
                     int argcount, int posonlyargcount, int kwonlyargcount,
                     int stacksize, int nblocks, int flags, int firstlineno,
                     py_obj *filename, py_obj *name, py_obj *qualname)
{
    py_code *co = (py_code *)py_obj_alloc(&py_code_type, 0);
    if (!co) {
        py_mem_free(code);
        py_mem_free(positions);
        py_mem_free(cell2arg);
        PY_XDECREF(consts), PY_XDECREF(names), PY_XDECREF(varnames);
        PY_XDECREF(cellvars), PY_XDECREF(freevars), PY_XDECREF(filename);
        PY_XDECREF(name), PY_XDECREF(qualname);
        return NULL;
    }
    co->code = code;
    co->positions = positions;
    co->ncode = ncode;
    co->consts = consts;
    co->names = names;
    co->varnames = varnames;
    co->cellvars = cellvars;
    co->freevars = freevars;
    co->cell2arg = cell2arg;
    co->argcount = argcount;
    co->posonlyargcount = posonlyargcount;
    co->kwonlyargcount = kwonlyargcount;
    co->nlocals = (int)PY_TUPLE_SIZE(varnames);
    co->ncells = (int)(PY_TUPLE_SIZE(cellvars) + PY_TUPLE_SIZE(freevars));
    co->stacksize = stacksize;
    co->nblocks = nblocks;
    co->flags = flags;
    co->firstlineno = firstlineno;
    co->filename = filename;
    co->name = name;
    co->qualname = qualname;
    return co;
}

int py_code_line(const py_code *co, int i)
{
    if (i < 0 || i >= co->ncode || !co->positions || co->positions[i].line < 0)
        return co->firstlineno;
    return co->positions[i].line;
}

static void code_dealloc(py_obj *o)
{
    py_code *co = CO(o);
    if (co->weaklist)
        py_weakref_clear_all(o);
    py_mem_free(co->code);
    py_mem_free(co->positions);
    py_mem_free(co->cell2arg);
    py_mem_free(co->attr_cache);
    py_mem_free(co->global_cache);
    PY_XDECREF(co->consts);
    PY_XDECREF(co->names);
    PY_XDECREF(co->varnames);
    PY_XDECREF(co->cellvars);
    PY_XDECREF(co->freevars);
    PY_XDECREF(co->filename);
    PY_XDECREF(co->name);
    PY_XDECREF(co->qualname);
    py_obj_free(o);
}

/* <code object f at 0x..., file "x.py", line 1>.  NEW. */
static py_obj *code_repr(py_obj *o)
{
    py_code *co = CO(o);
    return py_str_format("<code object %U at %p, file \"%U\", line %d>",
                         co->name, (void *)py_id(o), co->filename,
                         co->firstlineno);
}

/* ------------------------------------------------------------- attributes */

#define OBJ_GETTER(field)                                                      \
    static py_obj *get_##field(py_obj *o)                                      \
    {                                                                          \
        return py_newref(CO(o)->field);                                        \
    }
#define INT_GETTER(attr, field)                                                \
    static py_obj *get_##attr(py_obj *o)                                       \
    {                                                                          \
        return py_int_from_i64(CO(o)->field);                                  \
    }

OBJ_GETTER(consts)
OBJ_GETTER(names)
OBJ_GETTER(varnames)
OBJ_GETTER(cellvars)
OBJ_GETTER(freevars)
OBJ_GETTER(filename)
OBJ_GETTER(name)
OBJ_GETTER(qualname)
INT_GETTER(argcount, argcount)
INT_GETTER(posonlyargcount, posonlyargcount)
INT_GETTER(kwonlyargcount, kwonlyargcount)
INT_GETTER(nlocals, nlocals)
INT_GETTER(stacksize, stacksize)
INT_GETTER(flags, flags)
INT_GETTER(firstlineno, firstlineno)

/* co_code: the instruction words as little-endian bytes.  NEW. */
static py_obj *get_code(py_obj *o)
{
    py_code *co = CO(o);
    return py_bytes_new((const char *)co->code, (size_t)co->ncode * 4);
}

/* A copy of co's instruction and position arrays (py_mem), or false
 * with MemoryError. */
static bool copy_arrays(py_code *co, uint32_t **code, py_srcpos **pos,
                        int32_t **cell2arg)
{
    size_t n = (size_t)co->ncode, nc = (size_t)PY_TUPLE_SIZE(co->cellvars);
    *code = py_mem_alloc(n * sizeof **code + 1);
    *pos = co->positions ? py_mem_alloc(n * sizeof **pos + 1) : NULL;
    *cell2arg = co->cell2arg ? py_mem_alloc(nc * sizeof **cell2arg + 1) : NULL;
    if (!*code || (co->positions && !*pos) || (co->cell2arg && !*cell2arg)) {
        py_mem_free(*code);
        py_mem_free(*pos);
        py_mem_free(*cell2arg);
        py_err_nomemory();
        return false;
    }
    memcpy(*code, co->code, n * sizeof **code);
    if (*pos)
        memcpy(*pos, co->positions, n * sizeof **pos);
    if (*cell2arg)
        memcpy(*cell2arg, co->cell2arg, nc * sizeof **cell2arg);
    return true;
}

/* The replace() keywords pyscope supports, with the field each sets. */
enum {
    R_FLAGS,
    R_FIRSTLINENO,
    R_NAME,
    R_QUALNAME,
    R_FILENAME,
    R_CONSTS,
    R_NAMES,
    R_COUNT
};
static const char *const replace_kw[R_COUNT] = {
    "co_flags",    "co_firstlineno", "co_name",  "co_qualname",
    "co_filename", "co_consts",      "co_names",
};

/* Check one replace() argument: its index in replace_kw, or -1. */
static int replace_arg(py_obj *key, py_obj *v)
{
    for (int k = 0; k < R_COUNT; k++) {
        if (!py_str_eq_cstr(key, replace_kw[k]))
            continue;
        py_type *want = k <= R_FIRSTLINENO ? &py_int_type
                        : k <= R_FILENAME  ? &py_str_type
                                           : &py_tuple_type;
        if (want == &py_int_type && !PY_TYPE_CHECK(v, want)) {
            py_err_format(py_exc_TypeError,
                          "'%s' object cannot be interpreted as an integer",
                          py_type_name(v));
            return -1;
        }
        if (!PY_TYPE_CHECK(v, want)) {
            py_err_format(py_exc_TypeError,
                          "replace() argument '%s' must be %s, not %s",
                          replace_kw[k], want->name, py_type_name(v));
            return -1;
        }
        return k;
    }
    py_err_format(py_exc_TypeError,
                  "replace() got an unexpected keyword argument '%s' (pyscope "
                  "replaces only co_flags, co_firstlineno, co_name, "
                  "co_qualname, co_filename, co_consts and co_names)",
                  PY_STR_DATA(key));
    return -1;
}

/* code.replace(**changes): a NEW code object like self with the given
 * fields changed (keyword arguments only, as CPython's). */
static py_obj *code_replace(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    py_code *co = CO(self);
    if (nargs) {
        py_err_set(py_exc_TypeError, "replace() takes no positional arguments");
        return NULL;
    }
    py_obj *val[R_COUNT] = {0};
    ssize_t nkw = kwnames ? PY_TUPLE_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        int k = replace_arg(PY_TUPLE_ITEMS(kwnames)[i], args[i]);
        if (k < 0)
            return NULL;
        val[k] = args[i];
    }
    int64_t flags = co->flags, first = co->firstlineno;
    if ((val[R_FLAGS] && py_int_as_i64(val[R_FLAGS], &flags) < 0) ||
        (val[R_FIRSTLINENO] && py_int_as_i64(val[R_FIRSTLINENO], &first) < 0))
        return NULL;
    uint32_t *code;
    py_srcpos *pos;
    int32_t *c2a;
    if (!copy_arrays(co, &code, &pos, &c2a))
        return NULL;
#define PICK(k, field) py_newref(val[k] ? val[k] : co->field)
    return PY_OBJ(py_code_new(
        code, pos, co->ncode, PICK(R_CONSTS, consts), PICK(R_NAMES, names),
        py_newref(co->varnames), py_newref(co->cellvars),
        py_newref(co->freevars), c2a, co->argcount, co->posonlyargcount,
        co->kwonlyargcount, co->stacksize, co->nblocks, (int)flags, (int)first,
        PICK(R_FILENAME, filename), PICK(R_NAME, name),
        PICK(R_QUALNAME, qualname)));
#undef PICK
}

/* An int, or None for -1 (unknown).  NEW. */
static py_obj *pos_value(int32_t v)
{
    return v < 0 ? py_newref(py_None) : py_int_from_i64(v);
}

/* co_positions(): an iterator of (line, end_line, col, end_col), one per
 * instruction (tb_lasti // 2 indexes it, as in CPython).  NEW. */
static py_obj *code_positions(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("co_positions", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_code *co = CO(self);
    py_obj *l = py_list_new(co->ncode);
    for (int i = 0; l && i < co->ncode; i++) {
        const py_srcpos *p = &co->positions[i];
        py_obj *v[4] = {pos_value(p->line), pos_value(p->end_line),
                        pos_value(p->col), pos_value(p->end_col)};
        py_obj *t = v[0] && v[1] && v[2] && v[3]
                        ? py_tuple_pack(4, v[0], v[1], v[2], v[3])
                        : NULL;
        for (int k = 0; k < 4; k++)
            PY_XDECREF(v[k]);
        if (!t)
            PY_CLEAR(l);
        else
            PY_LIST_ITEMS(l)[i] = t;
    }
    py_obj *it = l ? py_iter(l) : NULL;
    PY_XDECREF(l);
    return it;
}

static const py_method_def code_methods[] = {
    {"co_positions", code_positions, 0,
     "Return an iterator of (line, end_line, col, end_col) per "
     "instruction."},
    {"replace", code_replace, PY_METH_DEFAULT,
     "Return a copy of the code object with new values for the specified "
     "fields."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def code_getset[] = {
    {"co_consts", get_consts, NULL, NULL},
    {"co_names", get_names, NULL, NULL},
    {"co_varnames", get_varnames, NULL, NULL},
    {"co_cellvars", get_cellvars, NULL, NULL},
    {"co_freevars", get_freevars, NULL, NULL},
    {"co_filename", get_filename, NULL, NULL},
    {"co_name", get_name, NULL, NULL},
    {"co_qualname", get_qualname, NULL, NULL},
    {"co_argcount", get_argcount, NULL, NULL},
    {"co_posonlyargcount", get_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", get_kwonlyargcount, NULL, NULL},
    {"co_nlocals", get_nlocals, NULL, NULL},
    {"co_stacksize", get_stacksize, NULL, NULL},
    {"co_flags", get_flags, NULL, NULL},
    {"co_firstlineno", get_firstlineno, NULL, NULL},
    {"co_code", get_code, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

py_type py_code_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "code",
    .basicsize = sizeof(py_code),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getset = code_getset,
    .methods = code_methods,
    .weaklistoffset = offsetof(py_code, weaklist),
};
