/*
 * ast.c -- arena allocation of syntax-tree nodes (see ast.h).
 *
 * Nodes are bump-allocated from chunks of py_mem memory; the arena also
 * keeps the Python objects (names, constants) the tree refers to, and
 * drops them all in ast_arena_free().
 */
#include <string.h>

#include "ast.h"
#include "core.h"

#define CHUNK_SIZE (64 * 1024)

struct ast_chunk {
    ast_chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
};

void ast_arena_init(ast_arena *a)
{
    memset(a, 0, sizeof *a);
}

/* Free every chunk and drop every kept object. */
void ast_arena_free(ast_arena *a)
{
    while (a->chunks) {
        ast_chunk *next = a->chunks->next;
        py_mem_free(a->chunks);
        a->chunks = next;
    }
    for (size_t i = 0; i < a->nobjs; i++)
        PY_DECREF(a->objs[i]);
    py_mem_free(a->objs);
    memset(a, 0, sizeof *a);
}

static ast_chunk *new_chunk(ast_arena *a, size_t need)
{
    size_t size = need > CHUNK_SIZE ? need : CHUNK_SIZE;
    ast_chunk *c = py_mem_alloc(sizeof *c + size);
    if (!c)
        return NULL;
    c->next = a->chunks;
    c->used = 0;
    c->size = size;
    a->chunks = c;
    return c;
}

void *ast_alloc(ast_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ast_chunk *c = a->chunks;
    if (!c || c->size - c->used < n) {
        c = new_chunk(a, n);
        if (!c) {
            py_err_nomemory();
            return NULL;
        }
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

/* STEALS o. */
py_obj *ast_keep(ast_arena *a, py_obj *o)
{
    if (!o)
        return NULL;
    if (a->nobjs == a->capobjs) {
        size_t cap = a->capobjs ? a->capobjs * 2 : 64;
        py_obj **v = py_mem_realloc(a->objs, cap * sizeof *v);
        if (!v) {
            PY_DECREF(o);
            py_err_nomemory();
            return NULL;
        }
        a->objs = v;
        a->capobjs = cap;
    }
    a->objs[a->nobjs++] = o;
    return o;
}

ast_node *ast_new(ast_arena *a, ast_kind k, int lineno, int col, int end_lineno,
                  int end_col)
{
    ast_node *n = ast_alloc(a, sizeof *n);
    if (!n)
        return NULL;
    n->kind = k;
    n->lineno = lineno;
    n->col = col;
    n->end_lineno = end_lineno;
    n->end_col = end_col;
    return n;
}

int ast_seq_push(ast_arena *a, ast_seq *s, ast_node *n)
{
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 4;
        ast_node **v = ast_alloc(a, (size_t)cap * sizeof *v);
        if (!v)
            return -1;
        if (s->n)
            memcpy(v, s->items, (size_t)s->n * sizeof *v);
        s->items = v;
        s->cap = cap;
    }
    s->items[s->n++] = n;
    return 0;
}

static const char *constant_name(py_obj *v)
{
    if (v == py_None)
        return "None";
    if (v == py_True)
        return "True";
    if (v == py_False)
        return "False";
    if (v == py_Ellipsis)
        return "ellipsis";
    return "literal";
}

const char *ast_expr_name(const ast_node *e)
{
    switch (e->kind) {
    case AST_ATTRIBUTE:
        return "attribute";
    case AST_SUBSCRIPT:
        return "subscript";
    case AST_STARRED:
        return "starred";
    case AST_NAME:
        return "name";
    case AST_LIST:
        return "list";
    case AST_TUPLE:
        return "tuple";
    case AST_LAMBDA:
        return "lambda";
    case AST_CALL:
        return "function call";
    case AST_BOOLOP:
    case AST_BINOP:
    case AST_UNARYOP:
        return "expression";
    case AST_GENEXP:
        return "generator expression";
    case AST_YIELD:
    case AST_YIELDFROM:
        return "yield expression";
    case AST_AWAIT:
        return "await expression";
    case AST_LISTCOMP:
        return "list comprehension";
    case AST_SETCOMP:
        return "set comprehension";
    case AST_DICTCOMP:
        return "dict comprehension";
    case AST_DICT:
        return "dict literal";
    case AST_SET:
        return "set display";
    case AST_JOINEDSTR:
    case AST_FORMATTEDVALUE:
        return "f-string expression";
    case AST_CONSTANT:
        return constant_name(e->v.constant.value);
    case AST_COMPARE:
        return "comparison";
    case AST_IFEXP:
        return "conditional expression";
    case AST_NAMEDEXPR:
        return "named expression";
    default:
        return "expression";
    }
}
