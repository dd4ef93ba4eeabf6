/*
 * ast.h -- the abstract syntax tree built by the parser (parser.c) and
 * read by the symbol table (symtable.c) and the compiler (compile.c).
 *
 * The node kinds and their fields follow CPython's ast module (3.11).
 * Every node carries its source span as CPython's ast does: 1-based
 * lines, 0-based UTF-8 byte columns, end column exclusive.
 *
 * Memory: all nodes and sequences live in an ast_arena and are freed at
 * once with ast_arena_free().  Python objects held by nodes (identifiers,
 * constants) are owned by the arena (ast_keep), so node fields hold them
 * as BORROWED references.  Identifiers are interned strs, so two names
 * are equal iff the pointers are equal.
 */
#ifndef PY_AST_H
#define PY_AST_H

#include "object.h"

typedef enum {
    /* statements */
    AST_FUNCTIONDEF,
    AST_CLASSDEF,
    AST_RETURN,
    AST_DELETE,
    AST_ASSIGN,
    AST_AUGASSIGN,
    AST_ANNASSIGN,
    AST_FOR,
    AST_WHILE,
    AST_IF,
    AST_WITH,
    AST_RAISE,
    AST_TRY,
    AST_ASSERT,
    AST_IMPORT,
    AST_IMPORTFROM,
    AST_GLOBAL,
    AST_NONLOCAL,
    AST_EXPR,
    AST_PASS,
    AST_BREAK,
    AST_CONTINUE,
    AST_MATCH,
    /* expressions */
    AST_BOOLOP,
    AST_NAMEDEXPR,
    AST_BINOP,
    AST_UNARYOP,
    AST_LAMBDA,
    AST_IFEXP,
    AST_DICT,
    AST_SET,
    AST_LISTCOMP,
    AST_SETCOMP,
    AST_DICTCOMP,
    AST_GENEXP,
    AST_YIELD,
    AST_YIELDFROM,
    AST_AWAIT,
    AST_COMPARE,
    AST_CALL,
    AST_FORMATTEDVALUE,
    AST_JOINEDSTR,
    AST_CONSTANT,
    AST_ATTRIBUTE,
    AST_SUBSCRIPT,
    AST_STARRED,
    AST_NAME,
    AST_LIST,
    AST_TUPLE,
    AST_SLICE,
    /* other nodes */
    AST_COMPREHENSION,
    AST_HANDLER,
    AST_ARGUMENTS,
    AST_ARG,
    AST_KEYWORD,
    AST_ALIAS,
    AST_WITHITEM,
    AST_MODULE,
    AST_MATCH_CASE,
    /* patterns (match statements) */
    AST_PAT_VALUE,     /* value: an expression compared with == */
    AST_PAT_SINGLETON, /* value: None/True/False constant, compared by is */
    AST_PAT_SEQUENCE,  /* patterns */
    AST_PAT_MAPPING,   /* keys, patterns, name (**rest or NULL) */
    AST_PAT_CLASS,     /* value (the class), patterns, kwd_attrs, kwd_... */
    AST_PAT_STAR,      /* name (NULL for *_) */
    AST_PAT_AS,        /* value (sub-pattern or NULL), name (NULL for _) */
    AST_PAT_OR,        /* patterns */
} ast_kind;

typedef enum { AST_LOAD, AST_STORE, AST_DEL } ast_ctx;
typedef enum { AST_AND, AST_OR } ast_boolop;
typedef enum { AST_UADD, AST_USUB, AST_NOT, AST_INVERT } ast_unaryop;
/* Comparison operators: PY_LT..PY_GE of object.h, then these. */
enum { AST_CMP_IS = 6, AST_CMP_ISNOT, AST_CMP_IN, AST_CMP_NOTIN };

typedef struct ast_node ast_node;

/* A growable array of nodes (grown inside the arena). */
typedef struct ast_seq {
    ast_node **items;
    int n, cap;
} ast_seq;

struct ast_node {
    ast_kind kind;
    int lineno, col, end_lineno, end_col;
    union {
        struct {
            py_obj *name;
            ast_node *args;
            ast_seq body, decorators;
            ast_node *returns;
            int is_async; /* async def */
        } func;           /* FunctionDef */
        struct {
            py_obj *name;
            ast_seq bases, keywords, body, decorators;
        } cls; /* ClassDef */
        struct {
            ast_node *value;
        } value; /* Return Expr Yield YieldFrom Await */
        struct {
            ast_seq targets;
            ast_node *value;
        } assign; /* Assign Delete */
        struct {
            ast_node *target;
            int op;
            ast_node *value;
            ast_node *annotation;
            int simple;
        } aug; /* AugAssign AnnAssign */
        struct {
            ast_node *target, *iter;
            ast_seq body, orelse;
            int is_async; /* async for */
        } for_;
        struct {
            ast_node *test;
            ast_seq body, orelse;
        } if_; /* If While */
        struct {
            ast_seq items, body;
            int is_async; /* async with */
        } with;
        struct {
            ast_node *exc, *cause;
        } raise;
        struct {
            ast_seq body, handlers, orelse, finalbody;
            bool is_star; /* except* handlers (PEP 654) */
        } try_;
        struct {
            ast_node *test, *msg;
        } assert_;
        struct {
            py_obj *module;
            ast_seq names;
            int level;
        } import;
        struct {
            ast_seq names;
        } global; /* of AST_NAME nodes */
        struct {
            int op;
            ast_seq values;
        } boolop;
        struct {
            ast_node *left;
            int op;
            ast_node *right;
            int op_col, op_end_col;
        } binop; /* op: py_binop */
        struct {
            int op;
            ast_node *operand;
        } unary;
        struct {
            ast_node *args, *body;
        } lambda;
        struct {
            ast_node *test, *body, *orelse;
        } ifexp;
        struct {
            ast_seq keys, values;
        } dict; /* key NULL for **m */
        struct {
            ast_seq elts;
            ast_ctx ctx;
        } seq; /* List Tuple Set */
        struct {
            ast_node *elt, *value;
            ast_seq generators;
        } comp;
        struct {
            ast_node *left;
            int *ops;
            ast_seq comparators;
        } compare;
        struct {
            ast_node *func;
            ast_seq args, keywords;
        } call;
        struct {
            ast_node *value;
            int conversion; /* -1 or 's' 'r' 'a' */
            ast_node *format_spec;
        } fv;
        struct {
            ast_seq values;
        } joined;
        struct {
            py_obj *value;
            bool kind_u; /* a string whose first part is u'...' (kind) */
        } constant;
        struct {
            ast_node *value;
            py_obj *attr;
            ast_ctx ctx;
        } attr;
        struct {
            ast_node *value, *slice;
            ast_ctx ctx;
            int bracket_col;
        } subscript;
        struct {
            ast_node *value;
            ast_ctx ctx;
        } starred;
        struct {
            py_obj *id;
            ast_ctx ctx;
        } name;
        struct {
            ast_node *lower, *upper, *step;
        } slice;
        struct {
            ast_node *target, *iter;
            ast_seq ifs;
            int is_async; /* async for */
        } comprehension;
        struct {
            ast_node *type;
            py_obj *name;
            ast_seq body;
        } handler;
        struct {
            ast_seq posonly, args, kwonly, kw_defaults, defaults;
            ast_node *vararg, *kwarg;
        } arguments; /* kw_defaults: NULL = none */
        struct {
            py_obj *arg;
            ast_node *annotation;
        } arg;
        struct {
            py_obj *arg;
            ast_node *value;
        } keyword; /* arg NULL: **v */
        struct {
            py_obj *name, *asname;
        } alias;
        struct {
            ast_node *context_expr, *optional_vars;
        } withitem;
        struct {
            ast_seq body;
        } module;
        struct {
            ast_node *subject;
            ast_seq cases;
        } match;
        struct {
            ast_node *pattern, *guard;
            ast_seq body;
        } mcase;
        struct {
            ast_node *value;
            ast_seq patterns, keys;
            ast_seq kwd_attrs; /* AST_NAME nodes */
            ast_seq kwd_patterns;
            py_obj *name;
        } pat;
    } v;
};

/* ------------------------------------------------------------ the arena */

typedef struct ast_chunk ast_chunk;
typedef struct ast_arena {
    ast_chunk *chunks;
    py_obj **objs; /* owned references */
    size_t nobjs, capobjs;
} ast_arena;

void ast_arena_init(ast_arena *a);
void ast_arena_free(ast_arena *a);
/* Zero-filled memory from the arena; NULL with MemoryError set. */
void *ast_alloc(ast_arena *a, size_t n);
/* Give the arena ownership of o (STEALS o, even on failure).  Returns o
 * (BORROWED from then on) or NULL with MemoryError. */
py_obj *ast_keep(ast_arena *a, py_obj *o);
/* New node of kind k spanning the given positions; NULL on MemoryError. */
ast_node *ast_new(ast_arena *a, ast_kind k, int lineno, int col, int end_lineno,
                  int end_col);
/* Append n to s; 0 or -1 with MemoryError. */
int ast_seq_push(ast_arena *a, ast_seq *s, ast_node *n);

/* Fold constant expressions in the tree of a module (astopt.c).  module:
 * the tree is an exec-mode module (a folded first str statement must not
 * become its docstring), not eval/single input.  keep_annotations: under
 * `from __future__ import annotations` annotations stay as written (they
 * become their text).  0, or -1 with an exception (MemoryError,
 * KeyboardInterrupt, RecursionError). */
int py_ast_optimize(ast_node *mod, ast_arena *arena, bool module,
                    bool keep_annotations);

/* CPython's name for an expression kind in error messages ("function
 * call", "literal", ...). */
const char *ast_expr_name(const ast_node *e);

/* The canonical source text of expression e (unparse.c), as CPython
 * stores annotations under `from __future__ import annotations`.  NEW
 * str or NULL. */
py_obj *py_ast_unparse(ast_node *e);

#endif
