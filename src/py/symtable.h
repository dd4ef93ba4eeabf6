/*
 * symtable.h -- scopes and name resolution for the compiler.
 *
 * A first pass over the AST builds one st_scope per module, class body,
 * function, lambda and comprehension, recording how each name is used
 * (assigned, a parameter, declared global / nonlocal, read).  A second
 * pass resolves every name to local, cell, free, explicit or implicit
 * global -- CPython's rules: class scopes are invisible to the functions
 * inside them, comprehensions are functions whose first iterable is
 * evaluated outside, a method using super() or __class__ gets a
 * __class__ free variable served by a cell of its class.
 *
 * Scopes and symbols live in the AST arena.
 */
#ifndef PY_SYMTABLE_H
#define PY_SYMTABLE_H

#include "ast.h"

typedef enum { ST_MODULE, ST_CLASS, ST_FUNCTION, ST_COMP } st_kind;

/* How a name is used in one scope (flags). */
enum {
    ST_DEF_GLOBAL = 1 << 0,     /* global x */
    ST_DEF_LOCAL = 1 << 1,      /* bound by assignment, def, import ... */
    ST_DEF_PARAM = 1 << 2,      /* a parameter */
    ST_DEF_NONLOCAL = 1 << 3,   /* nonlocal x */
    ST_USE = 1 << 4,            /* read */
    ST_DEF_FREE_CLASS = 1 << 5, /* class-local and free in a method */
    ST_DEF_COMP_ITER = 1 << 6,  /* a comprehension's iteration variable */
    ST_DEF_ANNOT = 1 << 7,      /* x: T (a simple annotated name) */
};
#define ST_DEF_BOUND (ST_DEF_LOCAL | ST_DEF_PARAM)

/* Where a name resolves. */
typedef enum {
    ST_SCOPE_NONE,
    ST_LOCAL,
    ST_GLOBAL_EXPLICIT,
    ST_GLOBAL_IMPLICIT,
    ST_FREE,
    ST_CELL,
} st_where;

typedef struct st_sym {
    py_obj *name; /* interned str, BORROWED from the arena */
    int flags;
    st_where scope;
    ast_node *decl; /* the global / nonlocal statement, if any */
} st_sym;

typedef struct st_scope st_scope;
struct st_scope {
    st_kind kind;
    py_obj *name;   /* "<module>", class / function name, "<lambda>" ... */
    ast_node *node; /* the defining node (module, def, class, lambda, comp) */
    st_scope *parent;
    st_scope **children;
    int nchildren, capchildren;
    st_sym *syms;
    int nsyms, capsyms;
    bool generator;        /* contains yield */
    bool coroutine;        /* async def, or a comprehension with await /
                              async for (an async genexp when generator) */
    bool needs_class_cell; /* class whose methods use __class__ / super */
    bool comp_is_genexp;
    int comp_iter_expr; /* > 0 while visiting a comprehension's iterable */
    int lineno;
};

typedef struct symtable {
    st_scope *top;
    ast_arena *arena;
    const char *src, *filename;
    size_t len;
    int depth;
} symtable;

/* Build and resolve the scopes of module mod.  0, or -1 with SyntaxError
 * (or MemoryError / RecursionError) set. */
int py_symtable_build(symtable *st, ast_node *mod, ast_arena *arena,
                      const char *src, size_t len, const char *filename);

/* The scope defined by node inside parent (NULL if none). */
st_scope *py_st_child(st_scope *parent, ast_node *node);
/* The symbol for name in s, or NULL. */
st_sym *py_st_lookup(st_scope *s, py_obj *name);

#endif
