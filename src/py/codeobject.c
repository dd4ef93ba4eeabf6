/*
 * codeobject.c -- the code object type (py_code, see code.h).
 *
 * Code objects are immutable and hold no cycles (their constants are
 * literals, tuples of literals and other code objects), so the type is
 * not a GC type.  Attributes follow CPython's co_* names.
 */
#include <stdio.h>

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
    .weaklistoffset = offsetof(py_code, weaklist),
};
