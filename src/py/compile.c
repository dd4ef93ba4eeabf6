/*
 * compile.c -- AST to code objects (the py_compile() of code.h).
 *
 * One compilation unit per scope (module, class body, function, lambda,
 * comprehension).  Instructions are appended with the source position of
 * the node being compiled; jumps name labels that are resolved to
 * absolute instruction indexes when the unit is finished, and a flow
 * analysis over the final code computes the exact value-stack and
 * block-stack depths the VM allocates.
 *
 * What is emitted (the contract with ceval.c, see opcodes.h):
 *
 * - Exception handling uses the block stack.  A handler entered through
 *   SETUP_FINALLY sees [.., prev, exc]; every handler body is itself
 *   protected by a cleanup block that restores `prev` as the handled
 *   exception (POP_EXCEPT) before re-raising, so sys.exception() and
 *   __context__ stay right when a handler raises.
 *       try: B except E as n: H else: O
 *   =>  SETUP_FINALLY h; B; POP_BLOCK; O; JUMP end
 *    h: SETUP_FINALLY m; <E>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next;
 *       POP_BLOCK; STORE n; SETUP_FINALLY c; H; POP_BLOCK; POP_EXCEPT;
 *       n = None; del n; JUMP end
 *    c: n = None; del n; (drop prev2) ROT_TWO POP_EXCEPT RERAISE
 *    next: ... ; no match: POP_BLOCK; ROT_TWO; POP_EXCEPT; RERAISE
 *    m: (drop prev2, exc) ROT_TWO; POP_EXCEPT; RERAISE
 * - try/finally inlines the finally body on the normal path and on every
 *   return/break/continue leaving the try, and once more in the
 *   exception handler (then re-raising), as CPython does.
 * - with: <mgr>; SETUP_WITH h; <store or POP_TOP>; body; POP_BLOCK;
 *   exit(None, None, None).  The handler [exit, prev, exc] runs
 *   WITH_EXCEPT_START and suppresses the exception when __exit__
 *   returns a true value.
 * - Class bodies are functions run by __build_class__ with the namespace
 *   dict as their locals (no CO_OPTIMIZED): they store __module__ (from
 *   __name__) and __qualname__, the docstring as __doc__, run the body,
 *   store the __class__ cell (LOAD_CLOSURE) as __classcell__ when a
 *   method uses super() or __class__, and return None.  The class
 *   statement is LOAD_BUILD_CLASS; MAKE_FUNCTION body; LOAD_CONST name;
 *   bases and keywords; CALL_FUNCTION[_KW|_EX].
 * - Comprehensions are nested functions with one argument ".0" (the
 *   iterator of the first iterable, evaluated in the enclosing scope).
 * - IMPORT_NAME takes the fromlist (None or tuple) on the stack; relative
 *   imports pass the module name with its leading dots ("..mod").
 * - Function code: consts[0] is the docstring when PY_CO_HAS_DOCSTRING.
 * - await e: <e>; GET_AWAITABLE; LOAD_CONST None; YIELD_FROM.  An
 *   async def body is CO_COROUTINE (CO_ASYNC_GENERATOR with a yield,
 *   whose own yields are YIELD_VALUE 1).  async for: <it>; GET_AITER;
 *   top: SETUP_FINALLY end; GET_ANEXT; await; POP_BLOCK; <store>; body;
 *   JUMP_BACKWARD top; end: END_ASYNC_FOR (StopAsyncIteration ends the
 *   loop).  async with: <mgr>; BEFORE_ASYNC_WITH; await;
 *   SETUP_ASYNC_WITH h; ... with __aexit__'s results awaited.  A
 *   comprehension with await / async for is a coroutine the enclosing
 *   scope awaits (an async genexp is just created).
 * - match: the subject stays on the stack; each case but the last works
 *   on a COPY.  A pattern consumes its subject; captured values wait on
 *   the stack (rotated below the work items, ROT_N) and are stored only
 *   once the whole pattern matched; a failed check jumps to a label that
 *   pops what is on the stack then (CPython's fail_pop).  Sequences and
 *   mappings are tested with MATCH_SEQUENCE / MATCH_MAPPING and GET_LEN,
 *   mapping values fetched by MATCH_KEYS, class patterns by MATCH_CLASS.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "code.h"
#include "core.h"
#include "lexer.h"
#include "objects.h"
#include "parser.h"
#include "runtime.h"
#include "symtable.h"

#define MAX_FBLOCKS 20
#define MAX_DEPTH   1500

typedef enum {
    FB_WHILE,
    FB_FOR,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_WITH,
    FB_ASYNC_WITH,
    FB_HANDLER,
    FB_STAR_HANDLER, /* an except* body: no break/continue/return out */
    FB_POP_VALUE,
} fb_kind;

typedef struct fblock {
    fb_kind kind;
    int start, exit;    /* loops: continue / break labels */
    py_obj *name;       /* FB_HANDLER: the `as` name or NULL */
    ast_node *node;     /* the statement (FB_WITH: cleanup's location) */
    ast_seq *finalbody; /* FB_FINALLY_TRY */
} fblock;

typedef struct unit {
    struct unit *parent;
    st_scope *ste;
    py_obj *consts, *const_keys; /* list; dict key -> index */
    py_obj *names, *name_idx;    /* list; dict */
    py_obj *varnames, *var_idx;  /* list; dict */
    py_obj *cellvars, *freevars; /* lists (sorted) */
    uint32_t *code;
    py_srcpos *pos;
    int n, cap;
    int *labels;
    int nlabels, caplabels;
    fblock fb[MAX_FBLOCKS];
    int nfb;
    py_srcpos cur;
    py_obj *name, *qualname;
    py_obj *private_name; /* enclosing class name for mangling */
    int argcount, posonly, kwonly, flags, firstlineno;
} unit;

typedef struct compiler {
    unit *u;
    symtable st;
    const char *src, *filename;
    size_t len;
    py_obj *filename_obj;
    py_obj *const_cache; /* const_key -> the constant of every unit */
    py_compile_mode mode;
    int depth;
    bool future_annotations; /* from __future__ import annotations */
    ast_node *future[16];    /* the __future__ imports allowed (the top) */
    int nfuture;
} compiler;

#define TRY(x)                                                                 \
    do {                                                                       \
        if ((x) < 0)                                                           \
            return -1;                                                         \
    } while (0)

static int expr(compiler *c, ast_node *e);
static int stmts(compiler *c, ast_seq *body);
static int stmt(compiler *c, ast_node *s);
static int assign_to(compiler *c, ast_node *t);
static int check_future_import(compiler *c, ast_node *s);

/* ------------------------------------------------------------- errors */

static int error_span(compiler *c, ast_node *n, int end_col, const char *msg);

/* A compiler-found SyntaxError at n.  CPython takes its text from the file
 * named (PyErr_ProgramTextObject): a pseudo-file such as "<string>" or
 * "<stdin>", or a name no file has, gives None. */
static int error_at(compiler *c, ast_node *n, const char *msg)
{
    return error_span(c, n, n->end_col, msg);
}

/* error_at with end column end_col (PY_SE_NONE_END: end_offset None, as
 * CPython's PyErr_SyntaxLocationObject leaves it). */
static int error_span(compiler *c, ast_node *n, int end_col, const char *msg)
{
    bool pseudo =
        !c->filename || c->filename[0] == '<' || access(c->filename, R_OK) != 0;
    py_syntax_error(py_exc_SyntaxError, msg, c->filename,
                    pseudo ? NULL : c->src, pseudo ? 0 : c->len, n->lineno,
                    n->col, n->end_lineno, end_col);
    return -1;
}

/* ----------------------------------------------------------- warnings */

/* A SyntaxWarning about node n (py_warn_compile).  When a filter turns
 * it into an error, that error becomes a SyntaxError at n, as CPython
 * reports it.  0 or -1. */
static int warn_at(compiler *c, ast_node *n, const char *msg)
{
    if (py_warn_compile(py_exc_SyntaxWarning, msg, c->filename, n->lineno,
                        c->src, c->len) == 0)
        return 0;
    if (py_err_matches(PY_OBJ(py_exc_SyntaxWarning))) {
        py_err_clear();
        return error_at(c, n, msg);
    }
    return -1;
}

/* The type name of a literal or display node, or NULL when e is not one
 * (CPython's infer_type, for the "perhaps you missed a comma?" hint). */
static const char *literal_type(ast_node *e)
{
    switch (e->kind) {
    case AST_CONSTANT:
        return py_type_name(e->v.constant.value);
    case AST_TUPLE:
        return "tuple";
    case AST_LIST:
    case AST_LISTCOMP:
        return "list";
    case AST_DICT:
    case AST_DICTCOMP:
        return "dict";
    case AST_SET:
    case AST_SETCOMP:
        return "set";
    case AST_GENEXP:
        return "generator";
    case AST_JOINEDSTR:
    case AST_FORMATTEDVALUE:
        return "str";
    case AST_LAMBDA:
        return "function";
    default:
        return NULL;
    }
}

/* Subscripting a literal that has no items: `5[0]`, `{1, 2}[0]`. */
static int check_subscripter(compiler *c, ast_node *sub)
{
    ast_node *e = sub->v.subscript.value;
    if (e->kind == AST_CONSTANT) {
        py_obj *v = e->v.constant.value;
        py_type *t = PY_TYPE(v);
        if (!(v == py_None || v == py_Ellipsis || t == &py_int_type ||
              t == &py_bool_type || t == &py_float_type ||
              t == &py_complex_type || t == &py_frozenset_type))
            return 0;
    } else if (e->kind != AST_SET && e->kind != AST_SETCOMP &&
               e->kind != AST_GENEXP && e->kind != AST_LAMBDA) {
        return 0;
    }
    char msg[256];
    snprintf(msg, sizeof msg,
             "'%s' object is not subscriptable; perhaps you missed a comma?",
             literal_type(e));
    return warn_at(c, sub, msg);
}

/* Indexing a str/bytes/tuple/list literal with a literal that is no int
 * or slice: `[1, 2] [3, 4]`. */
static int check_index(compiler *c, ast_node *sub)
{
    ast_node *e = sub->v.subscript.value, *s = sub->v.subscript.slice;
    const char *it = s->kind == AST_SLICE ? NULL : literal_type(s);
    if (!it || (s->kind == AST_CONSTANT &&
                PY_TYPE_CHECK(s->v.constant.value, &py_int_type)))
        return 0;
    if (e->kind == AST_CONSTANT) {
        py_type *t = PY_TYPE(e->v.constant.value);
        if (t != &py_str_type && t != &py_bytes_type && t != &py_tuple_type)
            return 0;
    } else if (e->kind != AST_TUPLE && e->kind != AST_LIST &&
               e->kind != AST_LISTCOMP && e->kind != AST_JOINEDSTR &&
               e->kind != AST_FORMATTEDVALUE) {
        return 0;
    }
    char msg[512];
    snprintf(msg, sizeof msg,
             "%s indices must be integers or slices, not %s; perhaps you "
             "missed a comma?",
             literal_type(e), it);
    return warn_at(c, sub, msg);
}

/* Calling a literal: `[1, 2] (3, 4)` is probably a missing comma. */
static int check_caller(compiler *c, ast_node *call)
{
    const char *t = literal_type(call->v.call.func);
    if (!t || call->v.call.func->kind == AST_LAMBDA)
        return 0;
    char msg[256];
    snprintf(msg, sizeof msg,
             "'%s' object is not callable; perhaps you missed a comma?", t);
    return warn_at(c, call, msg);
}

/* Is e usable with `is` (not a literal other than None/True/False/...)? */
static bool is_identity_arg(ast_node *e)
{
    if (e->kind != AST_CONSTANT)
        return true;
    py_obj *v = e->v.constant.value;
    return v == py_None || v == py_True || v == py_False || v == py_Ellipsis;
}

/* `x is 5`: identity with a literal is almost always a mistake. */
static int check_compare(compiler *c, ast_node *e)
{
    bool left = is_identity_arg(e->v.compare.left);
    ast_seq *cmp = &e->v.compare.comparators;
    for (int i = 0; i < cmp->n; i++) {
        int op = e->v.compare.ops[i];
        bool right = is_identity_arg(cmp->items[i]);
        if ((op == AST_CMP_IS || op == AST_CMP_ISNOT) && (!left || !right))
            return warn_at(
                c, e,
                op == AST_CMP_IS
                    ? "\"is\" with a literal. Did you mean \"==\"?"
                    : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return 0;
}

/* ------------------------------------------------------------ emission */

static int emit(compiler *c, int op, int arg)
{
    unit *u = c->u;
    if (arg < 0 && py_err_occurred())
        return -1; /* the table (add_const, ...) failed: its MemoryError */
    if (arg < 0 || arg > PY_MAX_ARG) {
        py_err_set(py_exc_SyntaxError,
                   "too many constants or names in one code object");
        return -1;
    }
    if (u->n == u->cap) {
        int cap = u->cap ? u->cap * 2 : 64;
        uint32_t *code = py_mem_realloc(u->code, (size_t)cap * sizeof *code);
        if (!code)
            return py_err_nomemory(), -1;
        u->code = code;
        py_srcpos *pos = py_mem_realloc(u->pos, (size_t)cap * sizeof *pos);
        if (!pos)
            return py_err_nomemory(), -1;
        u->pos = pos;
        u->cap = cap;
    }
    u->code[u->n] = PY_INSTR(op, arg);
    u->pos[u->n] = u->cur;
    u->n++;
    return 0;
}

static int new_label(compiler *c)
{
    unit *u = c->u;
    if (u->nlabels == u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 16;
        int *l = py_mem_realloc(u->labels, (size_t)cap * sizeof *l);
        if (!l)
            return py_err_nomemory(), -1;
        u->labels = l;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void bind(compiler *c, int label)
{
    c->u->labels[label] = c->u->n;
}

static bool is_jump(int op)
{
    switch (op) {
    case PY_OP_JUMP:
    case PY_OP_JUMP_BACKWARD:
    case PY_OP_POP_JUMP_IF_FALSE:
    case PY_OP_POP_JUMP_IF_TRUE:
    case PY_OP_JUMP_IF_FALSE_OR_POP:
    case PY_OP_JUMP_IF_TRUE_OR_POP:
    case PY_OP_FOR_ITER:
    case PY_OP_SETUP_FINALLY:
    case PY_OP_SETUP_WITH:
    case PY_OP_SETUP_ASYNC_WITH:
        return true;
    default:
        return false;
    }
}

static int emit_jump(compiler *c, int op, int label)
{
    return label < 0 ? -1 : emit(c, op, label);
}

/* --------------------------------------------------------- tables */

/* Index of key in list/dict pair, adding obj (BORROWED) if missing. */
static int table_index(py_obj *list, py_obj *dict, py_obj *key, py_obj *obj)
{
    py_obj *v = key ? py_dict_get(dict, key) : NULL;
    if (v)
        return (int)PY_INT_VAL(v);
    if (py_err_occurred())
        return -1;
    ssize_t idx = PY_LIST_SIZE(list);
    if (py_list_append(list, obj) < 0)
        return -1;
    if (key) {
        py_obj *i = py_int_from_i64(idx);
        int r = i ? py_dict_set(dict, key, i) : -1;
        PY_XDECREF(i);
        if (r < 0)
            return -1;
    }
    return (int)idx;
}

static py_obj *seq_key(py_obj *v, int tag);

/* Dedup key for a constant: (tag, value[, sign]), for a tuple (tag, tuple
 * of the items' keys), for a frozenset (tag, frozenset of keys).  NEW, or
 * NULL: no dedup (an exception set only on failure).  Equal keys mean
 * the same type and value (0.0 and -0.0, 1 and True differ), as
 * CPython's _PyCode_ConstantKey. */
static py_obj *const_key(py_obj *v)
{
    int tag;
    py_type *t = PY_TYPE(v);
    if (v == py_None)
        tag = 0;
    else if (v == py_Ellipsis)
        tag = 1;
    else if (t == &py_bool_type)
        tag = 2;
    else if (t == &py_int_type)
        tag = 3;
    else if (t == &py_str_type)
        tag = 4;
    else if (t == &py_bytes_type)
        tag = 5;
    else if (t == &py_float_type)
        tag = signbit(PY_FLOAT_VAL(v)) ? 7 : 6;
    else if (t == &py_tuple_type || t == &py_frozenset_type)
        return seq_key(v, t == &py_tuple_type ? 8 : 9);
    else if (t == &py_complex_type)
        tag = 10 + (signbit(py_complex_real(v)) ? 1 : 0) +
              (signbit(py_complex_imag(v)) ? 2 : 0);
    else
        return NULL;
    py_obj *ti = py_int_from_i64(tag);
    if (!ti)
        return NULL;
    py_obj *k = tag <= 1 ? py_newref(ti) : py_tuple_pack(2, ti, v);
    PY_DECREF(ti);
    return k;
}

/* The items of tuple or frozenset v as a tuple.  NEW. */
static py_obj *set_items(py_obj *v)
{
    if (PY_TYPE(v) == &py_tuple_type)
        return py_newref(v);
    py_obj *t = py_tuple_new(py_set_size(v)), *k;
    ssize_t pos = 0, i = 0;
    while (t && py_set_next(v, &pos, &k))
        PY_TUPLE_ITEMS(t)[i++] = py_newref(k);
    return t;
}

/* (tag, keys of the items of tuple or frozenset v) -- see const_key. */
static py_obj *seq_key(py_obj *v, int tag)
{
    py_obj *items = set_items(v);
    if (!items)
        return NULL;
    py_obj *keys = py_tuple_new(PY_TUPLE_SIZE(items)), *k = NULL;
    for (ssize_t i = 0; keys && i < PY_TUPLE_SIZE(items); i++)
        if (!(PY_TUPLE_ITEMS(keys)[i] = const_key(PY_TUPLE_ITEMS(items)[i]))) {
            if (!py_err_occurred()) /* an unkeyed item: identity */
                PY_TUPLE_ITEMS(keys)
            [i] = py_int_from_i64((int64_t)(intptr_t)PY_TUPLE_ITEMS(items)[i]);
            if (!PY_TUPLE_ITEMS(keys)[i])
                goto done;
        }
    if (keys && tag == 9) {
        py_obj *fs = py_frozenset_new(keys);
        PY_DECREF(keys);
        keys = fs;
    }
    py_obj *ti = keys ? py_int_from_i64(tag) : NULL;
    if (ti)
        k = py_tuple_pack(2, ti, keys);
    PY_XDECREF(ti);
done:
    PY_XDECREF(keys);
    PY_DECREF(items);
    return k;
}

static bool name_chars(py_obj *s)
{
    const unsigned char *p = (const unsigned char *)PY_STR_DATA(s);
    for (ssize_t i = 0; i < PY_STR_NBYTES(s); i++)
        if (!(p[i] == '_' || (p[i] >= '0' && p[i] <= '9') ||
              ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z')))
            return false;
    return true;
}

/* The one object that stands for constant v (BORROWED) in every code
 * object of this compilation, as CPython's merge of constants: equal
 * constants (by const_key) are the same object, items of tuples too,
 * and identifier-like strs are interned.  NEW, or NULL with an
 * exception. */
static py_obj *merge_const(compiler *c, py_obj *v)
{
    py_obj *key = const_key(v);
    if (!key)
        return py_err_occurred() ? NULL : py_newref(v);
    py_obj *r = py_dict_get(c->const_cache, key);
    if (r || py_err_occurred()) {
        PY_DECREF(key);
        return r ? py_newref(r) : NULL;
    }
    r = py_newref(v);
    if (PY_TYPE(r) == &py_str_type && name_chars(r))
        py_str_intern_inplace(&r);
    for (ssize_t i = 0; PY_TYPE(r) == &py_tuple_type && i < PY_TUPLE_SIZE(r);
         i++) {
        py_obj *item = PY_TUPLE_ITEMS(r)[i], *m = merge_const(c, item);
        if (!m) {
            PY_DECREF(key), PY_DECREF(r);
            return NULL;
        }
        PY_TUPLE_ITEMS(r)[i] = m; /* an equal constant: same value */
        PY_DECREF(item);
    }
    if (py_dict_set(c->const_cache, key, r) < 0)
        PY_CLEAR(r);
    PY_DECREF(key);
    return r;
}

static int const_index(compiler *c, py_obj *v)
{
    py_obj *m = merge_const(c, v);
    if (!m)
        return -1;
    py_obj *key = const_key(m);
    int r = -1;
    if (key || !py_err_occurred())
        r = table_index(c->u->consts, c->u->const_keys, key, m);
    PY_XDECREF(key);
    PY_DECREF(m);
    return r;
}

static int load_const(compiler *c, py_obj *v)
{
    int i = const_index(c, v);
    return i < 0 ? -1 : emit(c, PY_OP_LOAD_CONST, i);
}

static int load_none(compiler *c)
{
    return load_const(c, py_None);
}

static int name_index(compiler *c, py_obj *name)
{
    return table_index(c->u->names, c->u->name_idx, name, name);
}

static int var_index(compiler *c, py_obj *name)
{
    return table_index(c->u->varnames, c->u->var_idx, name, name);
}

static int list_find(py_obj *list, py_obj *name)
{
    for (ssize_t i = 0; i < PY_LIST_SIZE(list); i++)
        if (PY_LIST_ITEMS(list)[i] == name ||
            py_str_eq(PY_LIST_ITEMS(list)[i], name))
            return (int)i;
    return -1;
}

/* Index of name among the unit's cells (cellvars then freevars). */
static int cell_index(unit *u, py_obj *name)
{
    int i = list_find(u->cellvars, name);
    if (i >= 0)
        return i;
    i = list_find(u->freevars, name);
    return i < 0 ? -1 : (int)PY_LIST_SIZE(u->cellvars) + i;
}

/* _Class__name for private names used inside a class. */
static py_obj *mangle(compiler *c, py_obj *name)
{
    py_obj *cls = c->u->private_name;
    const char *s = PY_STR_DATA(name);
    size_t n = (size_t)PY_STR_NBYTES(name);
    if (!cls || n < 3 || s[0] != '_' || s[1] != '_' ||
        (s[n - 1] == '_' && s[n - 2] == '_') || strchr(s, '.'))
        return py_newref(name);
    const char *cn = PY_STR_DATA(cls);
    while (*cn == '_')
        cn++;
    if (!*cn)
        return py_newref(name);
    py_obj *r = py_str_format("_%s%s", cn, s);
    if (r)
        py_str_intern_inplace(&r);
    return r;
}

/* ------------------------------------------------------------ positions */

static py_srcpos pos_of(ast_node *n)
{
    return (py_srcpos){n->lineno, n->end_lineno, n->col, n->end_col, -1, -1};
}

/* pos_of(e) plus the caret anchors 3.11's traceback finds in a one-line
 * BinOp (the operator) or Subscript (the brackets), loaded, stored or
 * deleted alike. */
static py_srcpos anchored_pos(ast_node *e)
{
    py_srcpos p = pos_of(e);
    if (e->kind == AST_BINOP && e->v.binop.op_col >= 0 &&
        e->lineno == e->end_lineno) {
        p.anchor_col = e->v.binop.op_col;
        p.anchor_end_col = e->v.binop.op_end_col;
    } else if (e->kind == AST_SUBSCRIPT && e->lineno == e->end_lineno) {
        p.anchor_col = e->v.subscript.bracket_col;
        p.anchor_end_col = e->end_col;
    }
    return p;
}

/* ------------------------------------------------------------- units */

static int sorted_names(py_obj *list)
{
    return py_list_sort(list, NULL, false);
}

static void unit_free(unit *u)
{
    PY_XDECREF(u->consts);
    PY_XDECREF(u->const_keys);
    PY_XDECREF(u->names);
    PY_XDECREF(u->name_idx);
    PY_XDECREF(u->varnames);
    PY_XDECREF(u->var_idx);
    PY_XDECREF(u->cellvars);
    PY_XDECREF(u->freevars);
    PY_XDECREF(u->qualname);
    py_mem_free(u->code);
    py_mem_free(u->pos);
    py_mem_free(u->labels);
    py_mem_free(u);
}

static int add_params(compiler *c, ast_node *args)
{
    ast_seq *lists[] = {&args->v.arguments.posonly, &args->v.arguments.args,
                        &args->v.arguments.kwonly};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->n; i++)
            TRY(var_index(c, lists[k]->items[i]->v.arg.arg));
    if (args->v.arguments.vararg) {
        TRY(var_index(c, args->v.arguments.vararg->v.arg.arg));
        c->u->flags |= PY_CO_VARARGS;
    }
    if (args->v.arguments.kwarg) {
        TRY(var_index(c, args->v.arguments.kwarg->v.arg.arg));
        c->u->flags |= PY_CO_VARKEYWORDS;
    }
    c->u->posonly = args->v.arguments.posonly.n;
    c->u->argcount = args->v.arguments.posonly.n + args->v.arguments.args.n;
    c->u->kwonly = args->v.arguments.kwonly.n;
    return 0;
}

static py_obj *make_qualname(unit *parent, st_scope *ste)
{
    if (!parent || parent->ste->kind == ST_MODULE)
        return py_newref(ste->name);
    /* a function declared global in its parent keeps its plain name */
    st_sym *sym = py_st_lookup(parent->ste, ste->name);
    if (sym && sym->scope == ST_GLOBAL_EXPLICIT)
        return py_newref(ste->name);
    if (parent->ste->kind == ST_CLASS)
        return py_str_format("%U.%U", parent->qualname, ste->name);
    return py_str_format("%U.<locals>.%U", parent->qualname, ste->name);
}

static int fill_cells(unit *u)
{
    st_scope *s = u->ste;
    for (int i = 0; i < s->nsyms; i++) {
        st_sym *sym = &s->syms[i];
        py_obj *list =
            sym->scope == ST_CELL ? u->cellvars
            : (sym->scope == ST_FREE || (sym->flags & ST_DEF_FREE_CLASS))
                ? u->freevars
                : NULL;
        if (list && py_list_append(list, sym->name) < 0)
            return -1;
    }
    if (s->needs_class_cell) {
        py_obj *cls = py_str_interned("__class__");
        int r = cls ? py_list_append(u->cellvars, cls) : -1;
        PY_XDECREF(cls);
        if (r < 0)
            return -1;
    }
    TRY(sorted_names(u->cellvars));
    return sorted_names(u->freevars);
}

static int enter_unit(compiler *c, st_scope *ste, int firstlineno)
{
    unit *u = py_mem_alloc(sizeof *u);
    if (!u)
        return py_err_nomemory(), -1;
    memset(u, 0, sizeof *u);
    u->parent = c->u;
    u->ste = ste;
    u->firstlineno = firstlineno;
    u->cur = (py_srcpos){firstlineno, firstlineno, -1, -1, -1, -1};
    u->name = ste->name;
    u->private_name = c->u ? c->u->private_name : NULL;
    c->u = u;
    if (!(u->consts = py_list_new(0)) || !(u->const_keys = py_dict_new()) ||
        !(u->names = py_list_new(0)) || !(u->name_idx = py_dict_new()) ||
        !(u->varnames = py_list_new(0)) || !(u->var_idx = py_dict_new()) ||
        !(u->cellvars = py_list_new(0)) || !(u->freevars = py_list_new(0)) ||
        !(u->qualname = make_qualname(u->parent, ste)))
        return -1;
    if (ste->kind == ST_FUNCTION || ste->kind == ST_COMP)
        u->flags |= PY_CO_OPTIMIZED | PY_CO_NEWLOCALS;
    if (ste->generator && ste->coroutine)
        u->flags |= PY_CO_ASYNC_GENERATOR;
    else if (ste->generator)
        u->flags |= PY_CO_GENERATOR;
    else if (ste->coroutine)
        u->flags |= PY_CO_COROUTINE;
    if (u->parent && (u->parent->ste->kind == ST_FUNCTION ||
                      u->parent->ste->kind == ST_COMP))
        u->flags |= PY_CO_NESTED;
    return fill_cells(u);
}

static void leave_unit(compiler *c)
{
    unit *u = c->u;
    c->u = u->parent;
    unit_free(u);
}

/* ------------------------------------------------------- flow analysis */

/* Stack effect of ins on the fall-through path (jump = false) or when
 * the jump is taken; *blocks gets the block-stack change. */
static const int fixed_effect[PY_OP_COUNT] = {
#define X(name, effect, doc) [PY_OP_##name] = effect,
    PY_OPCODES(X)
#undef X
};

static int stack_effect(uint32_t ins, bool jump, int *blocks)
{
    int op = PY_INSTR_OP(ins), arg = (int)PY_INSTR_ARG(ins);
    *blocks = 0;
    switch (op) {
    case PY_OP_SETUP_FINALLY:
        *blocks = jump ? 0 : 1;
        return jump ? 2 : 0;
    case PY_OP_SETUP_WITH:
        *blocks = jump ? 0 : 1;
        return jump ? 2 : 1;
    case PY_OP_SETUP_ASYNC_WITH:
        *blocks = jump ? 0 : 1;
        return jump ? 1 : 0;
    case PY_OP_POP_BLOCK:
        *blocks = -1;
        return 0;
    case PY_OP_FOR_ITER:
        return jump ? -1 : 1;
    case PY_OP_JUMP_IF_FALSE_OR_POP:
    case PY_OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case PY_OP_CALL_METHOD:
        return -arg - 1;
    case PY_OP_CALL_METHOD_KW:
        return -arg - 2;
    case PY_OP_CALL_FUNCTION:
        return -arg;
    case PY_OP_CALL_FUNCTION_KW:
        return -arg - 1;
    case PY_OP_CALL_FUNCTION_EX:
        return -1 - (arg & 1);
    case PY_OP_BUILD_SLICE:
    case PY_OP_BUILD_TUPLE:
    case PY_OP_BUILD_LIST:
    case PY_OP_BUILD_SET:
    case PY_OP_BUILD_STRING:
        return 1 - arg;
    case PY_OP_BUILD_MAP:
        return 1 - 2 * arg;
    case PY_OP_UNPACK_SEQUENCE:
        return arg - 1;
    case PY_OP_UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case PY_OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case PY_OP_RAISE_VARARGS:
        return -arg;
    case PY_OP_MAKE_FUNCTION:
        return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) +
                 ((arg & 8) != 0));
    case PY_OP_IMPORT_NAME:
        return 0;
    default:
        return op < PY_OP_COUNT ? fixed_effect[op] : 0;
    }
}

static bool falls_through(int op)
{
    return op != PY_OP_JUMP && op != PY_OP_JUMP_BACKWARD &&
           op != PY_OP_RETURN_VALUE && op != PY_OP_RERAISE &&
           op != PY_OP_RAISE_VARARGS;
}

/* Compute the max value-stack and block-stack depths. */
static int flow_depths(unit *u, int *maxstack, int *maxblocks)
{
    int n = u->n, *depth = py_mem_alloc(((size_t)n + 1) * 2 * sizeof(int));
    int *work = py_mem_alloc(((size_t)n + 1) * sizeof(int)), nwork = 0;
    if (!depth || !work) {
        py_mem_free(depth);
        py_mem_free(work);
        return py_err_nomemory(), -1;
    }
    int *blk = depth + n + 1;
    for (int i = 0; i <= n; i++)
        depth[i] = blk[i] = -1;
    int ms = 0, mb = 0;
    depth[0] = blk[0] = 0;
    work[nwork++] = 0;
    while (nwork) {
        int i = work[--nwork], d = depth[i], b = blk[i];
        for (; i < n; i++) {
            uint32_t ins = u->code[i];
            int op = PY_INSTR_OP(ins), db;
            if (is_jump(op)) {
                int t = (int)PY_INSTR_ARG(ins),
                    td = d + stack_effect(ins, true, &db);
                if (td > ms)
                    ms = td;
                if (t <= n && depth[t] < 0) {
                    depth[t] = td;
                    blk[t] = b + db;
                    work[nwork++] = t;
                }
            }
            if (!falls_through(op))
                break;
            d += stack_effect(ins, false, &db);
            b += db;
            if (d > ms)
                ms = d;
            if (b > mb)
                mb = b;
            if (i + 1 <= n && depth[i + 1] >= 0)
                break;
            if (i + 1 <= n) {
                depth[i + 1] = d;
                blk[i + 1] = b;
            }
        }
    }
    py_mem_free(depth);
    py_mem_free(work);
    *maxstack = ms;
    *maxblocks = mb;
    return 0;
}

/* --------------------------------------------- dead code and constants */

/* The way a constant test goes: `LOAD_CONST c; POP_JUMP_IF_x t` at i-1,
 * i in one straight run (i no jump target).  1: the jump is always
 * taken, 0: never, -1: not a constant test. */
static int const_branch(unit *u, int i, const bool *target)
{
    int op = PY_INSTR_OP(u->code[i]);
    if ((op != PY_OP_POP_JUMP_IF_FALSE && op != PY_OP_POP_JUMP_IF_TRUE) ||
        i == 0 || target[i] || PY_INSTR_OP(u->code[i - 1]) != PY_OP_LOAD_CONST)
        return -1;
    int t = py_is_true(PY_LIST_ITEMS(u->consts)[PY_INSTR_ARG(u->code[i - 1])]);
    if (t < 0) {
        py_err_clear();
        return -1;
    }
    return t == (op == PY_OP_POP_JUMP_IF_TRUE);
}

/* Resolve constant tests as CPython's flow-graph pass does: the test
 * becomes NOPs (keeping its line), a test always taken forward a JUMP. */
static void fold_const_jumps(unit *u, bool *target)
{
    for (int i = 0; i < u->n; i++)
        if (is_jump(PY_INSTR_OP(u->code[i])))
            target[PY_INSTR_ARG(u->code[i])] = true;
    for (int i = 1; i < u->n; i++) {
        int way = const_branch(u, i, target), t = PY_INSTR_ARG(u->code[i]);
        if (way < 0 || (way == 1 && t <= i))
            continue;
        u->code[i - 1] = PY_INSTR(PY_OP_NOP, 0);
        u->code[i] = way ? PY_INSTR(PY_OP_JUMP, t) : PY_INSTR(PY_OP_NOP, 0);
    }
}

/* `a, b = b, a` and `a, b, c = c, a, b` swap on the stack instead of
 * building a tuple to unpack, as CPython 3.11's flow-graph pass turns
 * BUILD_TUPLE n + UNPACK_SEQUENCE n (n <= 3) into SWAPs. */
static void swap_tuple_unpacks(unit *u, const bool *target)
{
    for (int i = 0; i + 1 < u->n; i++) {
        uint32_t a = u->code[i], b = u->code[i + 1];
        int n = (int)PY_INSTR_ARG(a);
        if (PY_INSTR_OP(a) != PY_OP_BUILD_TUPLE ||
            PY_INSTR_OP(b) != PY_OP_UNPACK_SEQUENCE ||
            (int)PY_INSTR_ARG(b) != n || n < 1 || n > 3 || target[i + 1])
            continue;
        /* [x, y, z] -> [z, y, x]: the first value on top */
        u->code[i] = PY_INSTR(n == 3 ? PY_OP_ROT_THREE : PY_OP_NOP, 0);
        u->code[i + 1] = PY_INSTR(n == 1 ? PY_OP_NOP : PY_OP_ROT_TWO, 0);
    }
}

/* Mark in reach[] (n + 1 entries) the instructions some path reaches. */
static void mark_reachable(unit *u, bool *reach, int *work)
{
    int nwork = 0;
    reach[0] = true;
    work[nwork++] = 0;
    while (nwork) {
        for (int i = work[--nwork]; i < u->n; i++) {
            int op = PY_INSTR_OP(u->code[i]), t = PY_INSTR_ARG(u->code[i]);
            if (is_jump(op) && !reach[t]) {
                reach[t] = true;
                work[nwork++] = t;
            }
            if (!falls_through(op) || reach[i + 1])
                break;
            reach[i + 1] = true;
        }
    }
}

/* Drop the instructions no path reaches (code after return, raise, an
 * endless loop or a constant test), renumbering jump targets, as
 * CPython 3.11 removes unreachable blocks.  0 or -1. */
static int drop_dead_code(unit *u)
{
    int n = u->n;
    bool *flags = py_mem_alloc(((size_t)n + 1) * 2 * sizeof *flags);
    int *idx = py_mem_alloc(((size_t)n + 1) * sizeof *idx);
    if (!flags || !idx) {
        py_mem_free(flags), py_mem_free(idx);
        return py_err_nomemory(), -1;
    }
    bool *target = flags, *reach = flags + n + 1;
    memset(flags, 0, ((size_t)n + 1) * 2 * sizeof *flags);
    fold_const_jumps(u, target);
    swap_tuple_unpacks(u, target);
    mark_reachable(u, reach, idx); /* idx serves as its work list */
    int m = 0;
    for (int i = 0; i <= n; i++)
        idx[i] = m, m += i < n && reach[i];
    for (int i = 0; i < n; i++) {
        uint32_t ins = u->code[i];
        if (!reach[i])
            continue;
        if (is_jump(PY_INSTR_OP(ins)))
            ins = PY_INSTR(PY_INSTR_OP(ins), idx[PY_INSTR_ARG(ins)]);
        u->pos[idx[i]] = u->pos[i];
        u->code[idx[i]] = ins;
    }
    u->n = m;
    for (int i = 0; i < m; i++) /* a jump to the next instruction */
        if (PY_INSTR_OP(u->code[i]) == PY_OP_JUMP &&
            (int)PY_INSTR_ARG(u->code[i]) == i + 1)
            u->code[i] = PY_INSTR(PY_OP_NOP, 0);
    py_mem_free(flags), py_mem_free(idx);
    return 0;
}

/* How many constants the code object keeps: up to the last one a
 * LOAD_CONST uses, and always the first (CPython 3.11 trims only the
 * unused ones at the end). */
static ssize_t consts_kept(unit *u)
{
    ssize_t keep = PY_LIST_SIZE(u->consts) ? 1 : 0;
    for (int i = 0; i < u->n; i++)
        if (PY_INSTR_OP(u->code[i]) == PY_OP_LOAD_CONST &&
            (ssize_t)PY_INSTR_ARG(u->code[i]) >= keep)
            keep = (ssize_t)PY_INSTR_ARG(u->code[i]) + 1;
    return keep;
}

static py_obj *names_tuple(py_obj *list)
{
    return py_list_as_tuple(list);
}

static int32_t *make_cell2arg(unit *u)
{
    int ncell = (int)PY_LIST_SIZE(u->cellvars),
        nargs = u->argcount + u->kwonly + ((u->flags & PY_CO_VARARGS) != 0) +
                ((u->flags & PY_CO_VARKEYWORDS) != 0);
    int32_t *map = NULL;
    for (int i = 0; i < ncell; i++) {
        int a = list_find(u->varnames, PY_LIST_ITEMS(u->cellvars)[i]);
        if (a < 0 || a >= nargs)
            continue;
        if (!map) {
            if (!(map = py_mem_alloc((size_t)ncell * sizeof *map)))
                return py_err_nomemory(), NULL;
            for (int k = 0; k < ncell; k++)
                map[k] = -1;
        }
        map[i] = a;
    }
    return map;
}

/* Finish the current unit into a code object.  NEW. */
static py_code *assemble(compiler *c)
{
    unit *u = c->u;
    for (int i = 0; i < u->n; i++) {
        int op = PY_INSTR_OP(u->code[i]);
        if (is_jump(op))
            u->code[i] = PY_INSTR(op, u->labels[PY_INSTR_ARG(u->code[i])]);
    }
    int stacksize, nblocks;
    if (drop_dead_code(u) < 0 || flow_depths(u, &stacksize, &nblocks) < 0)
        return NULL;
    int32_t *cell2arg = make_cell2arg(u);
    if (!cell2arg && py_err_occurred())
        return NULL;
    py_obj *consts =
               py_tuple_from_array(PY_LIST_ITEMS(u->consts), consts_kept(u)),
           *names = names_tuple(u->names), *varnames = names_tuple(u->varnames),
           *cellvars = names_tuple(u->cellvars),
           *freevars = names_tuple(u->freevars);
    py_obj *name = py_newref(u->name), *qualname = py_newref(u->qualname);
    py_obj *filename = py_newref(c->filename_obj);
    uint32_t *code = u->code;
    py_srcpos *pos = u->pos;
    int ncode = u->n;
    u->code = NULL;
    u->pos = NULL;
    if (!consts || !names || !varnames || !cellvars || !freevars) {
        PY_XDECREF(consts), PY_XDECREF(names), PY_XDECREF(varnames);
        PY_XDECREF(cellvars), PY_XDECREF(freevars);
        PY_DECREF(name), PY_DECREF(qualname), PY_DECREF(filename);
        py_mem_free(code), py_mem_free(pos), py_mem_free(cell2arg);
        return NULL;
    }
    return py_code_new(code, pos, ncode, consts, names, varnames, cellvars,
                       freevars, cell2arg, u->argcount, u->posonly, u->kwonly,
                       stacksize, nblocks, u->flags, u->firstlineno, filename,
                       name, qualname);
}

/* ------------------------------------------------------------ names */

typedef enum { OP_FAST, OP_DEREF, OP_GLOBAL, OP_NAME, OP_CLASSDEREF } name_kind;

/* Index in co_names of name as mangled inside a class (`__x` in class K
 * is `_K__x`).  The symbol table keeps unmangled names, so scopes are
 * decided on name; only dict-based accesses (LOAD_NAME, LOAD_GLOBAL ...)
 * use the mangled spelling.  Fast locals and cells keep theirs. */
static int mangled_name_index(compiler *c, py_obj *name)
{
    py_obj *m = mangle(c, name);
    if (!m)
        return -1;
    int idx = name_index(c, m);
    PY_DECREF(m);
    return idx;
}

static int nameop(compiler *c, py_obj *name, ast_ctx ctx)
{
    unit *u = c->u;
    st_sym *sym = py_st_lookup(u->ste, name);
    st_where where = sym ? sym->scope : ST_GLOBAL_IMPLICIT;
    bool optimized = u->ste->kind == ST_FUNCTION || u->ste->kind == ST_COMP;
    name_kind k;
    switch (where) {
    case ST_FREE:
    case ST_CELL:
        k = u->ste->kind == ST_CLASS && ctx == AST_LOAD ? OP_CLASSDEREF
                                                        : OP_DEREF;
        break;
    case ST_LOCAL:
        k = optimized ? OP_FAST : OP_NAME;
        break;
    case ST_GLOBAL_EXPLICIT:
        k = OP_GLOBAL;
        break;
    default:
        k = optimized ? OP_GLOBAL : OP_NAME;
        break;
    }
    static const int ops[][3] = {
        [OP_FAST] = {PY_OP_LOAD_FAST, PY_OP_STORE_FAST, PY_OP_DELETE_FAST},
        [OP_DEREF] = {PY_OP_LOAD_DEREF, PY_OP_STORE_DEREF, PY_OP_DELETE_DEREF},
        [OP_GLOBAL] = {PY_OP_LOAD_GLOBAL, PY_OP_STORE_GLOBAL,
                       PY_OP_DELETE_GLOBAL},
        [OP_NAME] = {PY_OP_LOAD_NAME, PY_OP_STORE_NAME, PY_OP_DELETE_NAME},
        [OP_CLASSDEREF] = {PY_OP_LOAD_CLASSDEREF, PY_OP_STORE_DEREF,
                           PY_OP_DELETE_DEREF},
    };
    int idx;
    if (k == OP_FAST)
        idx = var_index(c, name);
    else if (k == OP_DEREF || k == OP_CLASSDEREF)
        idx = cell_index(u, name);
    else
        idx = mangled_name_index(c, name);
    if (idx < 0) {
        if (!py_err_occurred())
            py_err_format(py_exc_SyntaxError, "compiler: no cell for '%s'",
                          PY_STR_DATA(name));
        return -1;
    }
    return emit(c, ops[k][ctx], idx);
}

static int store_cname(compiler *c, const char *s)
{
    py_obj *n = py_str_interned(s);
    if (!n)
        return -1;
    int r = nameop(c, n, AST_STORE);
    PY_DECREF(n);
    return r;
}

static int attr_op(compiler *c, int op, py_obj *attr)
{
    py_obj *m = mangle(c, attr);
    if (!m)
        return -1;
    int i = name_index(c, m);
    PY_DECREF(m);
    return i < 0 ? -1 : emit(c, op, i);
}

/* ------------------------------------------------------------- await */

/* [o] -> [result of awaiting o]: GET_AWAITABLE; LOAD_CONST None;
 * YIELD_FROM.  where: 0 await, 1 __aenter__, 2 __aexit__ (errors). */
static int await_top(compiler *c, int where)
{
    TRY(emit(c, PY_OP_GET_AWAITABLE, where));
    TRY(load_none(c));
    return emit(c, PY_OP_YIELD_FROM, 0);
}

/* Is the unit an `async def` body? */
static bool in_async_function(compiler *c)
{
    ast_node *n = c->u->ste->node;
    return c->u->ste->kind == ST_FUNCTION && n->kind == AST_FUNCTIONDEF &&
           n->v.func.is_async;
}

/* await e: only in an async def body or a comprehension. */
static int await_expr(compiler *c, ast_node *e)
{
    st_kind k = c->u->ste->kind;
    if (k != ST_FUNCTION && k != ST_COMP)
        return error_at(c, e, "'await' outside function");
    if (k == ST_FUNCTION && !in_async_function(c))
        return error_at(c, e, "'await' outside async function");
    TRY(expr(c, e->v.value.value));
    return await_top(c, 0);
}

/* ----------------------------------------------------- fblocks & unwind */

static int push_fb(compiler *c, ast_node *at, fb_kind k, int start, int exit)
{
    unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS) {
        if (!at)
            return py_err_set(py_exc_SyntaxError,
                              "too many statically nested blocks"),
                   -1;
        return error_at(c, at, "too many statically nested blocks");
    }
    u->fb[u->nfb++] = (fblock){k, start, exit, NULL, at, NULL};
    return 0;
}

static void pop_fb(compiler *c)
{
    c->u->nfb--;
}

static int clear_name(compiler *c, py_obj *name)
{
    TRY(load_none(c));
    TRY(nameop(c, name, AST_STORE));
    return nameop(c, name, AST_DEL);
}

/* Emit the cleanup of fb when leaving it by return/break/continue;
 * preserve: a value on top of the stack must survive. */
static int unwind(compiler *c, fblock *fb, bool preserve)
{
    switch (fb->kind) {
    case FB_WHILE:
        return 0;
    case FB_FOR:
        if (preserve)
            TRY(emit(c, PY_OP_ROT_TWO, 0));
        return emit(c, PY_OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        return emit(c, PY_OP_POP_BLOCK, 0);
    case FB_FINALLY_TRY: {
        TRY(emit(c, PY_OP_POP_BLOCK, 0));
        /* the finally body runs outside this block (unwind_all has
         * already cut the block stack below it) */
        if (preserve)
            TRY(push_fb(c, NULL, FB_POP_VALUE, -1, -1));
        return stmts(c, fb->finalbody);
    }
    case FB_FINALLY_END:
        TRY(emit(c, PY_OP_POP_BLOCK, 0));
        if (preserve)
            TRY(emit(c, PY_OP_ROT_THREE, 0));
        TRY(emit(c, PY_OP_POP_TOP, 0));
        return emit(c, PY_OP_POP_EXCEPT, 0);
    case FB_WITH:
        c->u->cur = pos_of(fb->node); /* as CPython: the with's line */
        TRY(emit(c, PY_OP_POP_BLOCK, 0));
        if (preserve)
            TRY(emit(c, PY_OP_ROT_TWO, 0));
        TRY(load_none(c));
        TRY(emit(c, PY_OP_DUP_TOP, 0));
        TRY(emit(c, PY_OP_DUP_TOP, 0));
        TRY(emit(c, PY_OP_CALL_FUNCTION, 3));
        return emit(c, PY_OP_POP_TOP, 0);
    case FB_ASYNC_WITH:
        c->u->cur = pos_of(fb->node);
        TRY(emit(c, PY_OP_POP_BLOCK, 0));
        if (preserve)
            TRY(emit(c, PY_OP_ROT_TWO, 0));
        TRY(load_none(c));
        TRY(emit(c, PY_OP_DUP_TOP, 0));
        TRY(emit(c, PY_OP_DUP_TOP, 0));
        TRY(emit(c, PY_OP_CALL_FUNCTION, 3));
        TRY(await_top(c, 2));
        return emit(c, PY_OP_POP_TOP, 0);
    case FB_HANDLER:
        TRY(emit(c, PY_OP_POP_BLOCK, 0));
        if (preserve)
            TRY(emit(c, PY_OP_ROT_TWO, 0));
        TRY(emit(c, PY_OP_POP_EXCEPT, 0));
        return fb->name ? clear_name(c, fb->name) : 0;
    case FB_POP_VALUE:
        if (preserve)
            TRY(emit(c, PY_OP_ROT_TWO, 0));
        return emit(c, PY_OP_POP_TOP, 0);
    case FB_STAR_HANDLER: /* refused before unwinding (star_exit_error) */
        return 0;
    }
    return 0;
}

/* CPython's SyntaxError for return (to_loop false) or break/continue
 * leaving an except* body.  0, or -1 with the error. */
static int star_exit_error(compiler *c, ast_node *s, bool to_loop)
{
    for (int i = c->u->nfb - 1; i >= 0; i--) {
        fb_kind k = c->u->fb[i].kind;
        if (to_loop && (k == FB_WHILE || k == FB_FOR))
            return 0;
        if (k == FB_STAR_HANDLER)
            return error_at(c, s,
                            "'break', 'continue' and 'return' cannot appear "
                            "in an except* block");
    }
    return 0;
}

/* Unwind every block (return) or up to the innermost loop (break /
 * continue; *loop gets it, NULL if none). */
static int unwind_all(compiler *c, bool preserve, bool to_loop, fblock **loop)
{
    unit *u = c->u;
    for (int i = u->nfb - 1; i >= 0; i--) {
        fblock *fb = &u->fb[i];
        if (to_loop && (fb->kind == FB_WHILE || fb->kind == FB_FOR)) {
            *loop = fb;
            return 0;
        }
        fblock saved_fb[MAX_FBLOCKS];
        int saved = u->nfb;
        memcpy(saved_fb, u->fb, sizeof saved_fb);
        u->nfb = i; /* code emitted while unwinding sees the outer blocks */
        int r = unwind(c, &saved_fb[i], preserve);
        memcpy(u->fb, saved_fb, sizeof saved_fb);
        u->nfb = saved;
        TRY(r);
    }
    if (to_loop)
        *loop = NULL;
    return 0;
}

/* ------------------------------------------------------------ functions */

static int closure_for(compiler *c, py_code *co)
{
    ssize_t n = PY_TUPLE_SIZE(co->freevars);
    if (n == 0)
        return 0;
    for (ssize_t i = 0; i < n; i++) {
        int idx = cell_index(c->u, PY_TUPLE_ITEMS(co->freevars)[i]);
        if (idx < 0) {
            py_err_format(py_exc_SyntaxError, "compiler: no cell for '%s'",
                          PY_STR_DATA(PY_TUPLE_ITEMS(co->freevars)[i]));
            return -1;
        }
        TRY(emit(c, PY_OP_LOAD_CLOSURE, idx));
    }
    TRY(emit(c, PY_OP_BUILD_TUPLE, (int)n));
    return 8;
}

/* Push the function made from co (STEALS co); flags: defaults/kwdefaults
 * already pushed. */
static int make_function(compiler *c, py_code *co, int flags)
{
    int cl = closure_for(c, co);
    int idx = cl < 0 ? -1 : const_index(c, (py_obj *)co);
    PY_DECREF(co);
    if (idx < 0)
        return -1;
    TRY(emit(c, PY_OP_LOAD_CONST, idx));
    return emit(c, PY_OP_MAKE_FUNCTION, flags | cl);
}

/* Defaults tuple and kw-only defaults dict; returns MAKE_FUNCTION flags. */
static int defaults(compiler *c, ast_node *args)
{
    int flags = 0;
    ast_seq *d = &args->v.arguments.defaults;
    if (d->n) {
        for (int i = 0; i < d->n; i++)
            TRY(expr(c, d->items[i]));
        TRY(emit(c, PY_OP_BUILD_TUPLE, d->n));
        flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < args->v.arguments.kwonly.n; i++) {
        ast_node *def = args->v.arguments.kw_defaults.items[i];
        if (!def)
            continue;
        TRY(load_const(c, args->v.arguments.kwonly.items[i]->v.arg.arg));
        TRY(expr(c, def));
        nkw++;
    }
    if (nkw) {
        TRY(emit(c, PY_OP_BUILD_MAP, nkw));
        flags |= 2;
    }
    return flags;
}

static bool is_docstring(ast_seq *body)
{
    if (!body->n)
        return false;
    ast_node *s = body->items[0];
    return s->kind == AST_EXPR && s->v.value.value->kind == AST_CONSTANT &&
           PY_TYPE(s->v.value.value->v.constant.value) == &py_str_type;
}

static int decorators(compiler *c, ast_seq *decos)
{
    for (int i = 0; i < decos->n; i++)
        TRY(expr(c, decos->items[i]));
    return 0;
}

static int apply_decorators(compiler *c, ast_seq *decos)
{
    for (int i = 0; i < decos->n; i++)
        TRY(emit(c, PY_OP_CALL_FUNCTION, 1));
    return 0;
}

static int first_lineno(ast_node *n, ast_seq *decos)
{
    return decos->n ? decos->items[0]->lineno : n->lineno;
}

static int function_body(compiler *c, ast_node *n)
{
    ast_seq *body = &n->v.func.body;
    int start = 0;
    if (is_docstring(body)) {
        TRY(const_index(c, body->items[0]->v.value.value->v.constant.value));
        c->u->flags |= PY_CO_HAS_DOCSTRING;
        start = 1;
    } else {
        TRY(const_index(c, py_None)); /* consts[0] is always the doc */
    }
    TRY(add_params(c, n->v.func.args));
    for (int i = start; i < body->n; i++)
        TRY(stmt(c, body->items[i]));
    ast_node *last = body->items[body->n - 1];
    if (last->kind != AST_RETURN) {
        c->u->cur =
            (py_srcpos){last->end_lineno, last->end_lineno, -1, -1, -1, -1};
        TRY(load_none(c));
        TRY(emit(c, PY_OP_RETURN_VALUE, 0));
    }
    return 0;
}

/* An annotation's value: evaluated, or under `from __future__ import
 * annotations` its source text as a constant str. */
static int annotation_value(compiler *c, ast_node *ann)
{
    if (!c->future_annotations)
        return expr(c, ann);
    py_obj *s = py_ast_unparse(ann);
    if (!s)
        return -1;
    int r = load_const(c, s);
    PY_DECREF(s);
    return r;
}

/* Push one name: annotation pair if the parameter p is annotated.
 * Returns the number of pairs pushed (0 or 1), or -1. */
static int annotation_pair(compiler *c, py_obj *name, ast_node *ann)
{
    if (!ann)
        return 0;
    py_obj *m = mangle(c, name);
    if (!m)
        return -1;
    int r = load_const(c, m);
    PY_DECREF(m);
    TRY(r);
    TRY(annotation_value(c, ann));
    return 1;
}

/* The annotations dict of a def, in CPython 3.11's order (args before
 * positional-only ones, then *args, keyword-only, **kw, return).
 * Returns MAKE_FUNCTION flag 4 when one was pushed, 0 when none, -1. */
static int annotations(compiler *c, ast_node *n)
{
    ast_node *a = n->v.func.args;
    ast_seq *lists[] = {&a->v.arguments.args, &a->v.arguments.posonly};
    ast_node *var[] = {a->v.arguments.vararg, a->v.arguments.kwarg};
    int count = 0, r;
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < lists[k]->n; i++) {
            ast_node *p = lists[k]->items[i];
            TRY(r = annotation_pair(c, p->v.arg.arg, p->v.arg.annotation));
            count += r;
        }
    for (int k = 0; k < 2; k++) {
        ast_node *p = var[k];
        if (p) {
            TRY(r = annotation_pair(c, p->v.arg.arg, p->v.arg.annotation));
            count += r;
        }
        for (int i = 0; k == 0 && i < a->v.arguments.kwonly.n; i++) {
            p = a->v.arguments.kwonly.items[i];
            TRY(r = annotation_pair(c, p->v.arg.arg, p->v.arg.annotation));
            count += r;
        }
    }
    if (n->v.func.returns) {
        py_obj *ret = py_str_from_cstr("return");
        if (!ret)
            return -1;
        r = annotation_pair(c, ret, n->v.func.returns);
        PY_DECREF(ret);
        TRY(r);
        count += r;
    }
    if (!count)
        return 0;
    TRY(emit(c, PY_OP_BUILD_MAP, count));
    return 4;
}

static int funcdef(compiler *c, ast_node *n)
{
    st_scope *ste = py_st_child(c->u->ste, n);
    TRY(decorators(c, &n->v.func.decorators));
    int flags = defaults(c, n->v.func.args), ann;
    TRY(flags);
    TRY(ann = annotations(c, n));
    flags |= ann;
    TRY(enter_unit(c, ste, first_lineno(n, &n->v.func.decorators)));
    py_code *co = function_body(c, n) < 0 ? NULL : assemble(c);
    leave_unit(c);
    if (!co)
        return -1;
    TRY(make_function(c, co, flags));
    TRY(apply_decorators(c, &n->v.func.decorators));
    return nameop(c, n->v.func.name, AST_STORE);
}

static int lambda(compiler *c, ast_node *e)
{
    st_scope *ste = py_st_child(c->u->ste, e);
    int flags = defaults(c, e->v.lambda.args);
    TRY(flags);
    TRY(enter_unit(c, ste, e->lineno));
    py_code *co = NULL;
    if (const_index(c, py_None) >= 0 && /* no docstring: None first */
        add_params(c, e->v.lambda.args) >= 0 &&
        expr(c, e->v.lambda.body) >= 0 && emit(c, PY_OP_RETURN_VALUE, 0) >= 0)
        co = assemble(c);
    leave_unit(c);
    return co ? make_function(c, co, flags) : -1;
}

/* Does body hold an annotated assignment outside nested scopes?  Then
 * the module or class namespace gets an __annotations__ dict first. */
static bool find_ann(ast_seq *body)
{
    for (int i = 0; i < body->n; i++) {
        ast_node *s = body->items[i];
        bool found = false;
        switch (s->kind) {
        case AST_ANNASSIGN:
            return true;
        case AST_FOR:
            found = find_ann(&s->v.for_.body) || find_ann(&s->v.for_.orelse);
            break;
        case AST_WHILE:
        case AST_IF:
            found = find_ann(&s->v.if_.body) || find_ann(&s->v.if_.orelse);
            break;
        case AST_WITH:
            found = find_ann(&s->v.with.body);
            break;
        case AST_TRY:
            found = find_ann(&s->v.try_.body) || find_ann(&s->v.try_.orelse) ||
                    find_ann(&s->v.try_.finalbody);
            for (int h = 0; !found && h < s->v.try_.handlers.n; h++)
                found = find_ann(&s->v.try_.handlers.items[h]->v.handler.body);
            break;
        case AST_MATCH:
            for (int k = 0; !found && k < s->v.match.cases.n; k++)
                found = find_ann(&s->v.match.cases.items[k]->v.mcase.body);
            break;
        default:
            break;
        }
        if (found)
            return true;
    }
    return false;
}

/* CPython's SETUP_ANNOTATIONS for a fresh namespace: __annotations__ = {}. */
static int setup_annotations(compiler *c, ast_seq *body)
{
    if (!find_ann(body))
        return 0;
    TRY(emit(c, PY_OP_BUILD_MAP, 0));
    return store_cname(c, "__annotations__");
}

/* x: T = v.  The value is assigned; in a module or class body T is then
 * evaluated and, for a simple name, stored in __annotations__ (functions
 * never evaluate variable annotations). */
static int annassign(compiler *c, ast_node *s)
{
    ast_node *t = s->v.aug.target;
    if (s->v.aug.value) {
        TRY(expr(c, s->v.aug.value));
        TRY(assign_to(c, t));
    }
    if (c->u->ste->kind != ST_MODULE && c->u->ste->kind != ST_CLASS)
        return 0;
    if (!s->v.aug.value && t->kind == AST_ATTRIBUTE) {
        TRY(expr(c, t->v.attr.value));
        TRY(emit(c, PY_OP_POP_TOP, 0));
    }
    if (c->future_annotations && (t->kind != AST_NAME || !s->v.aug.simple))
        return 0; /* not evaluated at all */
    TRY(annotation_value(c, s->v.aug.annotation));
    if (t->kind != AST_NAME || !s->v.aug.simple)
        return emit(c, PY_OP_POP_TOP, 0);
    py_obj *ann = py_str_interned("__annotations__"), *m = NULL;
    int r = ann ? nameop(c, ann, AST_LOAD) : -1;
    if (r >= 0 && (m = mangle(c, t->v.name.id)) != NULL)
        r = load_const(c, m);
    else
        r = -1;
    PY_XDECREF(ann);
    PY_XDECREF(m);
    TRY(r);
    return emit(c, PY_OP_STORE_SUBSCR, 0);
}

static int class_body(compiler *c, ast_node *n)
{
    unit *u = c->u;
    u->private_name = n->v.cls.name;
    py_obj *nm = py_str_interned("__name__");
    if (!nm)
        return -1;
    int r = nameop(c, nm, AST_LOAD);
    PY_DECREF(nm);
    TRY(r);
    TRY(store_cname(c, "__module__"));
    TRY(load_const(c, u->qualname));
    TRY(store_cname(c, "__qualname__"));
    ast_seq *body = &n->v.cls.body;
    int start = 0;
    TRY(setup_annotations(c, body));
    if (is_docstring(body)) {
        c->u->cur = pos_of(body->items[0]);
        TRY(expr(c, body->items[0]->v.value.value));
        TRY(store_cname(c, "__doc__"));
        start = 1;
    }
    for (int i = start; i < body->n; i++)
        TRY(stmt(c, body->items[i]));
    if (u->ste->needs_class_cell) {
        py_obj *cls = py_str_interned("__class__");
        if (!cls)
            return -1;
        int i = cell_index(u, cls);
        PY_DECREF(cls);
        TRY(emit(c, PY_OP_LOAD_CLOSURE, i));
        TRY(store_cname(c, "__classcell__"));
    }
    TRY(load_none(c));
    return emit(c, PY_OP_RETURN_VALUE, 0);
}

static int call_helper(compiler *c, int npushed, ast_seq *args, ast_seq *kws);

static int classdef(compiler *c, ast_node *n)
{
    st_scope *ste = py_st_child(c->u->ste, n);
    TRY(decorators(c, &n->v.cls.decorators));
    TRY(emit(c, PY_OP_LOAD_BUILD_CLASS, 0));
    TRY(enter_unit(c, ste, first_lineno(n, &n->v.cls.decorators)));
    py_code *co = class_body(c, n) < 0 ? NULL : assemble(c);
    leave_unit(c);
    if (!co)
        return -1;
    TRY(make_function(c, co, 0));
    TRY(load_const(c, n->v.cls.name));
    TRY(call_helper(c, 3, &n->v.cls.bases, &n->v.cls.keywords));
    TRY(apply_decorators(c, &n->v.cls.decorators));
    return nameop(c, n->v.cls.name, AST_STORE);
}

/* ------------------------------------------------------------- calls */

static bool has_starred(ast_seq *s)
{
    for (int i = 0; i < s->n; i++)
        if (s->items[i]->kind == AST_STARRED)
            return true;
    return false;
}

static bool has_dstar(ast_seq *kws)
{
    for (int i = 0; i < kws->n; i++)
        if (!kws->items[i]->v.keyword.arg)
            return true;
    return false;
}

static int kwnames_const(compiler *c, ast_seq *kws)
{
    py_obj *t = py_tuple_new(kws->n);
    if (!t)
        return -1;
    for (int i = 0; i < kws->n; i++)
        PY_TUPLE_ITEMS(t)[i] = py_newref(kws->items[i]->v.keyword.arg);
    int idx = const_index(c, t);
    PY_DECREF(t);
    return idx < 0 ? -1 : emit(c, PY_OP_LOAD_CONST, idx);
}

/* Arguments as a tuple (for CALL_FUNCTION_EX). */
static int args_tuple(compiler *c, ast_seq *args, int extra_on_stack)
{
    TRY(emit(c, PY_OP_BUILD_LIST, extra_on_stack));
    for (int i = 0; i < args->n; i++) {
        ast_node *a = args->items[i];
        if (a->kind == AST_STARRED) {
            TRY(expr(c, a->v.starred.value));
            TRY(emit(c, PY_OP_LIST_EXTEND, 1));
        } else {
            TRY(expr(c, a));
            TRY(emit(c, PY_OP_LIST_APPEND, 1));
        }
    }
    return emit(c, PY_OP_LIST_TO_TUPLE, 0);
}

/* Merge the *run pending name=value pairs on the stack into the call's
 * keyword dict, so a name repeated from a **mapping is a TypeError. */
static int flush_keywords(compiler *c, int *run)
{
    if (*run == 0)
        return 0;
    TRY(emit(c, PY_OP_BUILD_MAP, *run));
    *run = 0;
    return emit(c, PY_OP_DICT_MERGE, 1);
}

/* The keyword dict of a call with **: runs of name=value are built as a
 * map and merged like each **mapping, as CPython 3.11 does. */
static int kwargs_dict(compiler *c, ast_seq *kws)
{
    int run = 0;
    TRY(emit(c, PY_OP_BUILD_MAP, 0));
    for (int i = 0; i < kws->n; i++) {
        ast_node *k = kws->items[i];
        if (k->v.keyword.arg) {
            TRY(load_const(c, k->v.keyword.arg));
            TRY(expr(c, k->v.keyword.value));
            run++;
            continue;
        }
        TRY(flush_keywords(c, &run));
        TRY(expr(c, k->v.keyword.value));
        TRY(emit(c, PY_OP_DICT_MERGE, 1));
    }
    return flush_keywords(c, &run);
}

/* The callable (and npushed-1 leading arguments) are on the stack. */
static int call_helper(compiler *c, int npushed, ast_seq *args, ast_seq *kws)
{
    int extra = npushed - 1;
    if (has_starred(args) || has_dstar(kws)) {
        if (extra == 0 && args->n == 1 && args->items[0]->kind == AST_STARRED)
            TRY(expr(c,
                     args->items[0]->v.starred.value)); /* f(*x): VM checks x */
        else
            TRY(args_tuple(c, args, extra));
        if (kws->n) {
            TRY(kwargs_dict(c, kws));
            return emit(c, PY_OP_CALL_FUNCTION_EX, 1);
        }
        return emit(c, PY_OP_CALL_FUNCTION_EX, 0);
    }
    for (int i = 0; i < args->n; i++)
        TRY(expr(c, args->items[i]));
    for (int i = 0; i < kws->n; i++)
        TRY(expr(c, kws->items[i]->v.keyword.value));
    int n = extra + args->n + kws->n;
    if (kws->n) {
        TRY(kwnames_const(c, kws));
        return emit(c, PY_OP_CALL_FUNCTION_KW, n);
    }
    return emit(c, PY_OP_CALL_FUNCTION, n);
}

static int call(compiler *c, ast_node *e)
{
    ast_node *f = e->v.call.func;
    ast_seq *args = &e->v.call.args, *kws = &e->v.call.keywords;
    TRY(check_caller(c, e));
    if (f->kind == AST_ATTRIBUTE && !has_starred(args) && !has_dstar(kws)) {
        TRY(expr(c, f->v.attr.value));
        py_srcpos saved = c->u->cur;
        c->u->cur = pos_of(f);
        TRY(attr_op(c, PY_OP_LOAD_METHOD, f->v.attr.attr));
        c->u->cur = saved;
        for (int i = 0; i < args->n; i++)
            TRY(expr(c, args->items[i]));
        for (int i = 0; i < kws->n; i++)
            TRY(expr(c, kws->items[i]->v.keyword.value));
        if (kws->n) {
            TRY(kwnames_const(c, kws));
            return emit(c, PY_OP_CALL_METHOD_KW, args->n + kws->n);
        }
        return emit(c, PY_OP_CALL_METHOD, args->n);
    }
    TRY(expr(c, f));
    return call_helper(c, 1, args, kws);
}

/* ------------------------------------------------------- comprehensions */

/* The head of an async for loop at label start, with [aiter] on the
 * stack: SETUP_FINALLY except; GET_ANEXT; await; POP_BLOCK -> [aiter,
 * item].  The caller binds `except` (the label after its loop) to
 * END_ASYNC_FOR. */
static int async_next(compiler *c, int except)
{
    TRY(emit_jump(c, PY_OP_SETUP_FINALLY, except));
    TRY(emit(c, PY_OP_GET_ANEXT, 0));
    TRY(load_none(c));
    TRY(emit(c, PY_OP_YIELD_FROM, 0));
    return emit(c, PY_OP_POP_BLOCK, 0);
}

static int comp_generator(compiler *c, ast_node *e, int gen_index, int depth)
{
    ast_seq *gens = &e->v.comp.generators;
    ast_node *g = gens->items[gen_index];
    int start = new_label(c), end = new_label(c), except = new_label(c);
    TRY(start);
    TRY(end);
    TRY(except);
    bool is_async = g->v.comprehension.is_async;
    if (gen_index == 0) {
        py_obj *dot0 = PY_LIST_ITEMS(c->u->varnames)[0];
        TRY(emit(c, PY_OP_LOAD_FAST, var_index(c, dot0)));
    } else {
        TRY(expr(c, g->v.comprehension.iter));
        TRY(emit(c, is_async ? PY_OP_GET_AITER : PY_OP_GET_ITER, 0));
    }
    bind(c, start);
    if (is_async)
        TRY(async_next(c, except));
    else
        TRY(emit_jump(c, PY_OP_FOR_ITER, end));
    TRY(expr(c, g->v.comprehension.target));
    for (int i = 0; i < g->v.comprehension.ifs.n; i++) {
        TRY(expr(c, g->v.comprehension.ifs.items[i]));
        TRY(emit_jump(c, PY_OP_POP_JUMP_IF_FALSE, start));
    }
    if (gen_index + 1 < gens->n) {
        TRY(comp_generator(c, e, gen_index + 1, depth + 1));
    } else {
        switch (e->kind) {
        case AST_GENEXP:
            TRY(expr(c, e->v.comp.elt));
            TRY(emit(c, PY_OP_YIELD_VALUE,
                     (c->u->flags & PY_CO_ASYNC_GENERATOR) != 0));
            TRY(emit(c, PY_OP_POP_TOP, 0));
            break;
        case AST_LISTCOMP:
            TRY(expr(c, e->v.comp.elt));
            TRY(emit(c, PY_OP_LIST_APPEND, depth + 1));
            break;
        case AST_SETCOMP:
            TRY(expr(c, e->v.comp.elt));
            TRY(emit(c, PY_OP_SET_ADD, depth + 1));
            break;
        default:
            TRY(expr(c, e->v.comp.elt));
            TRY(expr(c, e->v.comp.value));
            TRY(emit(c, PY_OP_MAP_ADD, depth + 1));
        }
    }
    TRY(emit_jump(c, PY_OP_JUMP_BACKWARD, start));
    if (is_async) {
        bind(c, except);
        TRY(emit(c, PY_OP_END_ASYNC_FOR, 0));
    }
    bind(c, end);
    return 0;
}

static int comprehension(compiler *c, ast_node *e)
{
    st_scope *ste = py_st_child(c->u->ste, e);
    bool awaited = ste->coroutine && e->kind != AST_GENEXP;
    if (awaited && !in_async_function(c) && c->u->ste->kind != ST_COMP)
        return error_at(c, e,
                        "asynchronous comprehension outside of an "
                        "asynchronous function");
    TRY(enter_unit(c, ste, e->lineno));
    py_code *co = NULL;
    c->u->cur = pos_of(e);
    c->u->argcount = 1;
    py_obj *dot0 = py_str_interned(".0");
    int ok = dot0 ? var_index(c, dot0) : -1;
    PY_XDECREF(dot0);
    if (ok >= 0) {
        int build = e->kind == AST_LISTCOMP   ? PY_OP_BUILD_LIST
                    : e->kind == AST_SETCOMP  ? PY_OP_BUILD_SET
                    : e->kind == AST_DICTCOMP ? PY_OP_BUILD_MAP
                                              : -1;
        if ((build < 0 || emit(c, build, 0) >= 0) &&
            comp_generator(c, e, 0, 1) >= 0 &&
            (build >= 0 || load_none(c) >= 0) &&
            emit(c, PY_OP_RETURN_VALUE, 0) >= 0)
            co = assemble(c);
    }
    leave_unit(c);
    if (!co)
        return -1;
    TRY(make_function(c, co, 0));
    ast_node *g0 = e->v.comp.generators.items[0];
    TRY(expr(c, g0->v.comprehension.iter));
    TRY(emit(c, g0->v.comprehension.is_async ? PY_OP_GET_AITER : PY_OP_GET_ITER,
             0));
    TRY(emit(c, PY_OP_CALL_FUNCTION, 1));
    return awaited ? await_top(c, 0) : 0;
}

/* ----------------------------------------------------------- displays */

static bool all_constant(ast_seq *elts)
{
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind != AST_CONSTANT)
            return false;
    return true;
}

static py_obj *const_tuple(ast_seq *elts)
{
    py_obj *t = py_tuple_new(elts->n);
    if (!t)
        return NULL;
    for (int i = 0; i < elts->n; i++)
        PY_TUPLE_ITEMS(t)[i] = py_newref(elts->items[i]->v.constant.value);
    return t;
}

#define SMALL_DISPLAY 30

/* Replace tuple t (owned) by a frozenset of its items (NULL on error). */
#define Py_SETREF_FS(t)                                                        \
    do {                                                                       \
        py_obj *fs_ = py_frozenset_new(t);                                     \
        PY_DECREF(t);                                                          \
        (t) = fs_;                                                             \
    } while (0)

/* list / tuple / set displays (Load context). */
static int sequence(compiler *c, ast_node *e)
{
    ast_seq *elts = &e->v.seq.elts;
    int build = e->kind == AST_SET    ? PY_OP_BUILD_SET
                : e->kind == AST_LIST ? PY_OP_BUILD_LIST
                                      : PY_OP_BUILD_TUPLE;
    bool starred = has_starred(elts);
    if (!starred && elts->n > 0 && all_constant(elts) &&
        (e->kind == AST_TUPLE || elts->n > 2)) {
        py_obj *t = const_tuple(elts);
        if (t && e->kind == AST_SET) /* {1, 2, 3}: a frozenset constant */
            Py_SETREF_FS(t);
        if (!t)
            return -1;
        int idx = const_index(c, t);
        PY_DECREF(t);
        TRY(idx);
        if (e->kind == AST_TUPLE)
            return emit(c, PY_OP_LOAD_CONST, idx);
        TRY(emit(c, build, 0));
        TRY(emit(c, PY_OP_LOAD_CONST, idx));
        return emit(
            c, e->kind == AST_SET ? PY_OP_SET_UPDATE : PY_OP_LIST_EXTEND, 1);
    }
    if (!starred && elts->n <= SMALL_DISPLAY) {
        for (int i = 0; i < elts->n; i++)
            TRY(expr(c, elts->items[i]));
        return emit(c, build, elts->n);
    }
    bool set = e->kind == AST_SET;
    TRY(emit(c, set ? PY_OP_BUILD_SET : PY_OP_BUILD_LIST, 0));
    for (int i = 0; i < elts->n; i++) {
        ast_node *x = elts->items[i];
        if (x->kind == AST_STARRED) {
            TRY(expr(c, x->v.starred.value));
            TRY(emit(c, set ? PY_OP_SET_UPDATE : PY_OP_LIST_EXTEND, 1));
        } else {
            TRY(expr(c, x));
            TRY(emit(c, set ? PY_OP_SET_ADD : PY_OP_LIST_APPEND, 1));
        }
    }
    return e->kind == AST_TUPLE ? emit(c, PY_OP_LIST_TO_TUPLE, 0) : 0;
}

static int dict_display(compiler *c, ast_node *e)
{
    ast_seq *keys = &e->v.dict.keys, *vals = &e->v.dict.values;
    bool dstar = false;
    for (int i = 0; i < keys->n; i++)
        dstar |= keys->items[i] == NULL;
    if (!dstar && keys->n <= SMALL_DISPLAY) {
        for (int i = 0; i < keys->n; i++) {
            TRY(expr(c, keys->items[i]));
            TRY(expr(c, vals->items[i]));
        }
        return emit(c, PY_OP_BUILD_MAP, keys->n);
    }
    TRY(emit(c, PY_OP_BUILD_MAP, 0));
    for (int i = 0; i < keys->n; i++) {
        if (keys->items[i]) {
            TRY(expr(c, keys->items[i]));
            TRY(expr(c, vals->items[i]));
            TRY(emit(c, PY_OP_MAP_ADD, 1));
        } else {
            TRY(expr(c, vals->items[i]));
            TRY(emit(c, PY_OP_DICT_UPDATE, 1));
        }
    }
    return 0;
}

/* ---------------------------------------------------------- f-strings */

static int joined_str(compiler *c, ast_node *e)
{
    ast_seq *v = &e->v.joined.values;
    if (v->n == 0) /* f"": no constant, as CPython */
        return emit(c, PY_OP_BUILD_STRING, 0);
    for (int i = 0; i < v->n; i++)
        TRY(expr(c, v->items[i]));
    if (v->n == 1) /* one formatted value, or a wrapped constant */
        return 0;
    return emit(c, PY_OP_BUILD_STRING, v->n);
}

static int formatted_value(compiler *c, ast_node *e)
{
    TRY(expr(c, e->v.fv.value));
    int conv = e->v.fv.conversion, arg = conv == 's'   ? 1
                                         : conv == 'r' ? 2
                                         : conv == 'a' ? 3
                                                       : 0;
    if (e->v.fv.format_spec) {
        TRY(expr(c, e->v.fv.format_spec));
        arg |= 4;
    }
    return emit(c, PY_OP_FORMAT_VALUE, arg);
}

/* ----------------------------------------------------------- operators */

static int compare_emit(compiler *c, int op)
{
    switch (op) {
    case AST_CMP_IS:
        return emit(c, PY_OP_IS_OP, 0);
    case AST_CMP_ISNOT:
        return emit(c, PY_OP_IS_OP, 1);
    case AST_CMP_IN:
        return emit(c, PY_OP_CONTAINS_OP, 0);
    case AST_CMP_NOTIN:
        return emit(c, PY_OP_CONTAINS_OP, 1);
    default:
        return emit(c, PY_OP_COMPARE_OP, op);
    }
}

static int compare(compiler *c, ast_node *e)
{
    ast_seq *cmp = &e->v.compare.comparators;
    TRY(check_compare(c, e));
    TRY(expr(c, e->v.compare.left));
    if (cmp->n == 1) {
        TRY(expr(c, cmp->items[0]));
        return compare_emit(c, e->v.compare.ops[0]);
    }
    int cleanup = new_label(c), end = new_label(c);
    TRY(cleanup);
    TRY(end);
    for (int i = 0; i < cmp->n - 1; i++) {
        TRY(expr(c, cmp->items[i]));
        TRY(emit(c, PY_OP_DUP_TOP, 0));
        TRY(emit(c, PY_OP_ROT_THREE, 0));
        TRY(compare_emit(c, e->v.compare.ops[i]));
        TRY(emit_jump(c, PY_OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    TRY(expr(c, cmp->items[cmp->n - 1]));
    TRY(compare_emit(c, e->v.compare.ops[cmp->n - 1]));
    TRY(emit_jump(c, PY_OP_JUMP, end));
    bind(c, cleanup);
    TRY(emit(c, PY_OP_ROT_TWO, 0));
    TRY(emit(c, PY_OP_POP_TOP, 0));
    bind(c, end);
    return 0;
}

static int boolop(compiler *c, ast_node *e)
{
    int end = new_label(c);
    TRY(end);
    int op = e->v.boolop.op == AST_AND ? PY_OP_JUMP_IF_FALSE_OR_POP
                                       : PY_OP_JUMP_IF_TRUE_OR_POP;
    ast_seq *v = &e->v.boolop.values;
    for (int i = 0; i < v->n - 1; i++) {
        TRY(expr(c, v->items[i]));
        TRY(emit_jump(c, op, end));
    }
    TRY(expr(c, v->items[v->n - 1]));
    bind(c, end);
    return 0;
}

/* Jump to label when e's truth equals cond. */
static int jump_if(compiler *c, ast_node *e, bool cond, int label)
{
    if (e->kind == AST_UNARYOP && e->v.unary.op == AST_NOT)
        return jump_if(c, e->v.unary.operand, !cond, label);
    if (e->kind == AST_BOOLOP) {
        bool is_or = e->v.boolop.op == AST_OR;
        ast_seq *v = &e->v.boolop.values;
        int next = label;
        if (is_or != cond)
            TRY(next = new_label(c));
        for (int i = 0; i < v->n - 1; i++)
            TRY(jump_if(c, v->items[i], is_or, is_or == cond ? label : next));
        TRY(jump_if(c, v->items[v->n - 1], cond, label));
        if (next != label)
            bind(c, next);
        return 0;
    }
    py_srcpos saved = c->u->cur;
    TRY(expr(c, e));
    /* CPython 3.11 leaves a comparison's location in force after it, so
     * an assert's raise points at `a == b` (caret line), not the line. */
    c->u->cur = e->kind == AST_COMPARE ? pos_of(e) : saved;
    return emit_jump(c, cond ? PY_OP_POP_JUMP_IF_TRUE : PY_OP_POP_JUMP_IF_FALSE,
                     label);
}

static int ifexp(compiler *c, ast_node *e)
{
    int orelse = new_label(c), end = new_label(c);
    TRY(orelse);
    TRY(end);
    TRY(jump_if(c, e->v.ifexp.test, false, orelse));
    TRY(expr(c, e->v.ifexp.body));
    TRY(emit_jump(c, PY_OP_JUMP, end));
    bind(c, orelse);
    TRY(expr(c, e->v.ifexp.orelse));
    bind(c, end);
    return 0;
}

static int unaryop(compiler *c, ast_node *e)
{
    ast_node *o = e->v.unary.operand;
    if (e->v.unary.op == AST_USUB && o->kind == AST_CONSTANT &&
        (PY_TYPE(o->v.constant.value) == &py_int_type ||
         PY_TYPE(o->v.constant.value) == &py_float_type)) {
        py_obj *v = py_neg(o->v.constant.value);
        if (!v)
            return -1;
        int r = load_const(c, v);
        PY_DECREF(v);
        return r;
    }
    TRY(expr(c, o));
    static const int ops[] = {PY_OP_UNARY_POSITIVE, PY_OP_UNARY_NEGATIVE,
                              PY_OP_UNARY_NOT, PY_OP_UNARY_INVERT};
    return emit(c, ops[e->v.unary.op], 0);
}

static int slice_expr(compiler *c, ast_node *s)
{
    if (s->v.slice.lower)
        TRY(expr(c, s->v.slice.lower));
    else
        TRY(load_none(c));
    if (s->v.slice.upper)
        TRY(expr(c, s->v.slice.upper));
    else
        TRY(load_none(c));
    if (s->v.slice.step) {
        TRY(expr(c, s->v.slice.step));
        return emit(c, PY_OP_BUILD_SLICE, 3);
    }
    return emit(c, PY_OP_BUILD_SLICE, 2);
}

/* --------------------------------------------------------- assignment */

static int unpack(compiler *c, ast_node *t)
{
    ast_seq *elts = &t->v.seq.elts;
    int star = -1;
    for (int i = 0; i < elts->n; i++) {
        if (elts->items[i]->kind != AST_STARRED)
            continue;
        if (star >= 0)
            return error_at(c, t, "multiple starred expressions in assignment");
        star = i;
    }
    if (star < 0) {
        TRY(emit(c, PY_OP_UNPACK_SEQUENCE, elts->n));
    } else {
        int after = elts->n - star - 1;
        if (star > 255 || after > 0xffff)
            return error_at(
                c, t, "too many expressions in star-unpacking assignment");
        TRY(emit(c, PY_OP_UNPACK_EX, star | (after << 8)));
    }
    for (int i = 0; i < elts->n; i++) {
        ast_node *x = elts->items[i];
        TRY(assign_to(c, x->kind == AST_STARRED ? x->v.starred.value : x));
    }
    return 0;
}

/* Store TOS into target t. */
static int assign_to(compiler *c, ast_node *t)
{
    py_srcpos saved = c->u->cur;
    c->u->cur = anchored_pos(t);
    int r;
    switch (t->kind) {
    case AST_NAME:
        r = nameop(c, t->v.name.id, AST_STORE);
        break;
    case AST_ATTRIBUTE:
        r = expr(c, t->v.attr.value);
        if (r >= 0)
            r = attr_op(c, PY_OP_STORE_ATTR, t->v.attr.attr);
        break;
    case AST_SUBSCRIPT:
        r = expr(c, t->v.subscript.value);
        if (r >= 0)
            r = expr(c, t->v.subscript.slice);
        if (r >= 0)
            r = emit(c, PY_OP_STORE_SUBSCR, 0);
        break;
    case AST_TUPLE:
    case AST_LIST:
        r = unpack(c, t);
        break;
    case AST_STARRED:
        r = error_at(c, t,
                     "starred assignment target must be in a list or tuple");
        break;
    default:
        r = error_at(c, t, "cannot assign to expression");
    }
    c->u->cur = saved;
    return r;
}

static int delete_target(compiler *c, ast_node *t)
{
    c->u->cur = anchored_pos(t);
    switch (t->kind) {
    case AST_NAME:
        return nameop(c, t->v.name.id, AST_DEL);
    case AST_ATTRIBUTE:
        TRY(expr(c, t->v.attr.value));
        return attr_op(c, PY_OP_DELETE_ATTR, t->v.attr.attr);
    case AST_SUBSCRIPT:
        TRY(expr(c, t->v.subscript.value));
        TRY(expr(c, t->v.subscript.slice));
        return emit(c, PY_OP_DELETE_SUBSCR, 0);
    case AST_TUPLE:
    case AST_LIST:
        for (int i = 0; i < t->v.seq.elts.n; i++)
            TRY(delete_target(c, t->v.seq.elts.items[i]));
        return 0;
    default:
        return error_at(c, t, "cannot delete expression");
    }
}

/* Augmented assignment.  As in CPython 3.11, the loads and stores of the
 * target carry the target's position (so an UnboundLocalError points at
 * the name) and only the in-place operation spans the statement. */
static int augassign(compiler *c, ast_node *s)
{
    ast_node *t = s->v.aug.target;
    py_srcpos pos = pos_of(s), tpos = anchored_pos(t);
    switch (t->kind) {
    case AST_NAME:
        c->u->cur = tpos;
        TRY(nameop(c, t->v.name.id, AST_LOAD));
        TRY(expr(c, s->v.aug.value));
        c->u->cur = pos;
        TRY(emit(c, PY_OP_INPLACE_OP, s->v.aug.op));
        c->u->cur = tpos;
        return nameop(c, t->v.name.id, AST_STORE);
    case AST_ATTRIBUTE:
        TRY(expr(c, t->v.attr.value));
        c->u->cur = tpos;
        TRY(emit(c, PY_OP_DUP_TOP, 0));
        TRY(attr_op(c, PY_OP_LOAD_ATTR, t->v.attr.attr));
        TRY(expr(c, s->v.aug.value));
        c->u->cur = pos;
        TRY(emit(c, PY_OP_INPLACE_OP, s->v.aug.op));
        c->u->cur = tpos;
        TRY(emit(c, PY_OP_ROT_TWO, 0));
        return attr_op(c, PY_OP_STORE_ATTR, t->v.attr.attr);
    default: /* subscript */
        TRY(expr(c, t->v.subscript.value));
        TRY(expr(c, t->v.subscript.slice));
        c->u->cur = tpos;
        TRY(emit(c, PY_OP_DUP_TOP_TWO, 0));
        TRY(emit(c, PY_OP_BINARY_SUBSCR, 0));
        TRY(expr(c, s->v.aug.value));
        c->u->cur = pos;
        TRY(emit(c, PY_OP_INPLACE_OP, s->v.aug.op));
        c->u->cur = tpos;
        TRY(emit(c, PY_OP_ROT_THREE, 0));
        return emit(c, PY_OP_STORE_SUBSCR, 0);
    }
}

/* ---------------------------------------------------------- expressions */

static int yield_expr(compiler *c, ast_node *e)
{
    if (e->kind == AST_YIELDFROM && in_async_function(c))
        return error_at(c, e, "'yield from' inside async function");
    if (e->kind == AST_YIELDFROM) {
        TRY(expr(c, e->v.value.value));
        TRY(emit(c, PY_OP_GET_YIELD_FROM_ITER, 0));
        TRY(load_none(c));
        return emit(c, PY_OP_YIELD_FROM, 0);
    }
    if (e->v.value.value)
        TRY(expr(c, e->v.value.value));
    else
        TRY(load_none(c));
    return emit(c, PY_OP_YIELD_VALUE,
                (c->u->flags & PY_CO_ASYNC_GENERATOR) != 0);
}

static int expr_inner(compiler *c, ast_node *e)
{
    switch (e->kind) {
    case AST_BOOLOP:
        return boolop(c, e);
    case AST_NAMEDEXPR:
        TRY(expr(c, e->v.aug.value));
        TRY(emit(c, PY_OP_DUP_TOP, 0));
        return assign_to(c, e->v.aug.target);
    case AST_BINOP:
        TRY(expr(c, e->v.binop.left));
        TRY(expr(c, e->v.binop.right));
        return emit(c, PY_OP_BINARY_OP, e->v.binop.op);
    case AST_UNARYOP:
        return unaryop(c, e);
    case AST_LAMBDA:
        return lambda(c, e);
    case AST_IFEXP:
        return ifexp(c, e);
    case AST_DICT:
        return dict_display(c, e);
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE:
        if (e->v.seq.ctx == AST_STORE)
            return assign_to(c, e);
        return sequence(c, e);
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP:
        return comprehension(c, e);
    case AST_YIELD:
    case AST_YIELDFROM:
        return yield_expr(c, e);
    case AST_AWAIT:
        return await_expr(c, e);
    case AST_COMPARE:
        return compare(c, e);
    case AST_CALL:
        return call(c, e);
    case AST_FORMATTEDVALUE:
        return formatted_value(c, e);
    case AST_JOINEDSTR:
        return joined_str(c, e);
    case AST_CONSTANT:
        return load_const(c, e->v.constant.value);
    case AST_ATTRIBUTE:
        if (e->v.attr.ctx == AST_STORE)
            return assign_to(c, e);
        TRY(expr(c, e->v.attr.value));
        return attr_op(c, PY_OP_LOAD_ATTR, e->v.attr.attr);
    case AST_SUBSCRIPT:
        if (e->v.subscript.ctx == AST_STORE)
            return assign_to(c, e);
        TRY(check_subscripter(c, e));
        TRY(check_index(c, e));
        TRY(expr(c, e->v.subscript.value));
        TRY(expr(c, e->v.subscript.slice));
        return emit(c, PY_OP_BINARY_SUBSCR, 0);
    case AST_STARRED:
        if (e->v.starred.ctx == AST_STORE)
            return assign_to(c, e);
        return error_at(c, e, "can't use starred expression here");
    case AST_NAME:
        return nameop(c, e->v.name.id, e->v.name.ctx);
    case AST_SLICE:
        return slice_expr(c, e);
    default:
        return error_at(c, e, "invalid syntax");
    }
}

static int expr(compiler *c, ast_node *e)
{
    if (++c->depth > MAX_DEPTH) {
        py_err_set(py_exc_RecursionError,
                   "maximum recursion depth exceeded during compilation");
        return -1;
    }
    py_srcpos saved = c->u->cur;
    c->u->cur = anchored_pos(e);
    int r = expr_inner(c, e);
    c->u->cur = saved;
    c->depth--;
    return r;
}

/* ----------------------------------------------------------- statements */

static int if_stmt(compiler *c, ast_node *s)
{
    int orelse = new_label(c), end = new_label(c);
    TRY(orelse);
    TRY(end);
    TRY(jump_if(c, s->v.if_.test, false, orelse));
    TRY(stmts(c, &s->v.if_.body));
    if (s->v.if_.orelse.n) {
        TRY(emit_jump(c, PY_OP_JUMP, end));
        bind(c, orelse);
        TRY(stmts(c, &s->v.if_.orelse));
    } else {
        bind(c, orelse);
    }
    bind(c, end);
    return 0;
}

static bool const_true(ast_node *e)
{
    if (e->kind != AST_CONSTANT)
        return false;
    py_obj *v = e->v.constant.value;
    return v == py_True || (PY_TYPE(v) == &py_int_type && PY_INT_IS_SMALL(v) &&
                            PY_INT_VAL(v) != 0);
}

static int while_stmt(compiler *c, ast_node *s)
{
    int start = new_label(c), orelse = new_label(c), end = new_label(c);
    TRY(start);
    TRY(orelse);
    TRY(end);
    bind(c, start);
    if (!const_true(s->v.if_.test))
        TRY(jump_if(c, s->v.if_.test, false, orelse));
    TRY(push_fb(c, s, FB_WHILE, start, end));
    TRY(stmts(c, &s->v.if_.body));
    pop_fb(c);
    c->u->cur = pos_of(s);
    TRY(emit_jump(c, PY_OP_JUMP_BACKWARD, start));
    bind(c, orelse);
    TRY(stmts(c, &s->v.if_.orelse));
    bind(c, end);
    return 0;
}

static int for_stmt(compiler *c, ast_node *s)
{
    bool is_async = s->v.for_.is_async;
    if (is_async && !in_async_function(c))
        return error_at(c, s, "'async for' outside async function");
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    TRY(start);
    TRY(cleanup);
    TRY(end);
    TRY(expr(c, s->v.for_.iter));
    TRY(emit(c, is_async ? PY_OP_GET_AITER : PY_OP_GET_ITER, 0));
    bind(c, start);
    if (is_async)
        TRY(async_next(c, cleanup));
    else
        TRY(emit_jump(c, PY_OP_FOR_ITER, cleanup));
    TRY(assign_to(c, s->v.for_.target));
    TRY(push_fb(c, s, FB_FOR, start, end));
    TRY(stmts(c, &s->v.for_.body));
    pop_fb(c);
    c->u->cur = pos_of(s->v.for_.target);
    TRY(emit_jump(c, PY_OP_JUMP_BACKWARD, start));
    bind(c, cleanup);
    if (is_async) {
        c->u->cur = pos_of(s);
        TRY(emit(c, PY_OP_END_ASYNC_FOR, 0));
    }
    TRY(stmts(c, &s->v.for_.orelse));
    bind(c, end);
    return 0;
}

static int return_stmt(compiler *c, ast_node *s)
{
    st_kind k = c->u->ste->kind;
    if (k != ST_FUNCTION)
        return error_at(c, s, "'return' outside function");
    ast_node *v = s->v.value.value;
    if (v && (c->u->flags & PY_CO_ASYNC_GENERATOR))
        return error_at(c, s, "'return' with value in async generator");
    TRY(star_exit_error(c, s, false));
    bool preserve = v && v->kind != AST_CONSTANT;
    if (preserve)
        TRY(expr(c, v));
    fblock *dummy;
    TRY(unwind_all(c, preserve, false, &dummy));
    c->u->cur = pos_of(s);
    if (!preserve)
        TRY(v ? load_const(c, v->v.constant.value) : load_none(c));
    return emit(c, PY_OP_RETURN_VALUE, 0);
}

static int break_continue(compiler *c, ast_node *s, bool is_break)
{
    fblock *loop;
    unit *u = c->u;
    bool found = false;
    for (int i = u->nfb - 1; i >= 0; i--)
        if (u->fb[i].kind == FB_WHILE || u->fb[i].kind == FB_FOR)
            found = true;
    TRY(star_exit_error(c, s, true)); /* CPython checks this first */
    if (!found)
        return error_at(c, s,
                        is_break ? "'break' outside loop"
                                 : "'continue' not properly in loop");
    TRY(unwind_all(c, false, true, &loop));
    c->u->cur = pos_of(s);
    if (is_break) {
        if (loop->kind == FB_FOR)
            TRY(emit(c, PY_OP_POP_TOP, 0));
        return emit_jump(c, PY_OP_JUMP, loop->exit);
    }
    return emit_jump(c, PY_OP_JUMP_BACKWARD, loop->start);
}

/* [.., prev, exc] -> restore prev as handled, re-raise exc. */
static int restore_and_reraise(compiler *c)
{
    TRY(emit(c, PY_OP_ROT_TWO, 0));
    TRY(emit(c, PY_OP_POP_EXCEPT, 0));
    return emit(c, PY_OP_RERAISE, 0);
}

/* [.., x, prev2, exc2] -> [.., exc2] */
static int drop_two_below(compiler *c)
{
    TRY(emit(c, PY_OP_ROT_TWO, 0));
    TRY(emit(c, PY_OP_POP_TOP, 0));
    TRY(emit(c, PY_OP_ROT_TWO, 0));
    return emit(c, PY_OP_POP_TOP, 0);
}

static int handler(compiler *c, ast_node *h, int end, int next)
{
    c->u->cur = pos_of(h);
    if (h->v.handler.type) {
        TRY(expr(c, h->v.handler.type));
        TRY(emit(c, PY_OP_CHECK_EXC_MATCH, 0));
        TRY(emit_jump(c, PY_OP_POP_JUMP_IF_FALSE, next));
    }
    TRY(emit(c, PY_OP_POP_BLOCK, 0)); /* the matching block */
    py_obj *name = h->v.handler.name;
    if (name)
        TRY(nameop(c, name, AST_STORE));
    else
        TRY(emit(c, PY_OP_POP_TOP, 0));
    int cleanup = new_label(c);
    TRY(cleanup);
    TRY(emit_jump(c, PY_OP_SETUP_FINALLY, cleanup));
    TRY(push_fb(c, h, FB_HANDLER, -1, -1));
    c->u->fb[c->u->nfb - 1].name = name;
    TRY(stmts(c, &h->v.handler.body));
    pop_fb(c);
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    TRY(emit(c, PY_OP_POP_EXCEPT, 0));
    if (name)
        TRY(clear_name(c, name));
    TRY(emit_jump(c, PY_OP_JUMP, end));
    /* the handler body raised: [prev, prev2, exc2] */
    bind(c, cleanup);
    if (name)
        TRY(clear_name(c, name));
    TRY(emit(c, PY_OP_ROT_TWO, 0));
    TRY(emit(c, PY_OP_POP_TOP, 0));
    return restore_and_reraise(c);
}

/* The part try/except and try/except* share: the body under a handler
 * block at h, the else clause, a jump to end; then, at h with [prev, exc]
 * on the stack, a block at match_fail around the clauses. */
static int try_body(compiler *c, ast_node *s, int h, int end, int match_fail)
{
    TRY(emit_jump(c, PY_OP_SETUP_FINALLY, h));
    TRY(push_fb(c, s, FB_TRY_EXCEPT, -1, -1));
    TRY(stmts(c, &s->v.try_.body));
    pop_fb(c);
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    TRY(stmts(c, &s->v.try_.orelse));
    TRY(emit_jump(c, PY_OP_JUMP, end));
    bind(c, h); /* [prev, exc] */
    return emit_jump(c, PY_OP_SETUP_FINALLY, match_fail);
}

/* A clause raised: [prev, exc, prev2, exc2] -> restore prev, raise exc2;
 * then the end label. */
static int try_clause_raised(compiler *c, int match_fail, int end)
{
    bind(c, match_fail);
    TRY(drop_two_below(c));
    TRY(restore_and_reraise(c));
    bind(c, end);
    return 0;
}

static int try_except(compiler *c, ast_node *s)
{
    int h = new_label(c), end = new_label(c), match_fail = new_label(c);
    TRY(h);
    TRY(end);
    TRY(match_fail);
    TRY(try_body(c, s, h, end, match_fail));
    ast_seq *hs = &s->v.try_.handlers;
    for (int i = 0; i < hs->n; i++) {
        int next = new_label(c);
        TRY(next);
        TRY(handler(c, hs->items[i], end, next));
        bind(c, next);
    }
    c->u->cur = pos_of(s);
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    TRY(restore_and_reraise(c));
    return try_clause_raised(c, match_fail, end);
}

/* One except* clause; the stack holds [prev, orig, res, rest] (res the
 * list of what the handlers raised, rest what no clause matched yet). */
static int star_handler(compiler *c, ast_node *h)
{
    int no_match = new_label(c), next = new_label(c), cleanup = new_label(c);
    TRY(no_match);
    TRY(next);
    TRY(cleanup);
    c->u->cur = pos_of(h);
    TRY(expr(c, h->v.handler.type));
    TRY(emit(c, PY_OP_CHECK_EG_MATCH, 0)); /* [.., rest', match] */
    TRY(emit(c, PY_OP_DUP_TOP, 0));
    TRY(load_none(c));
    TRY(emit(c, PY_OP_IS_OP, 0));
    TRY(emit_jump(c, PY_OP_POP_JUMP_IF_TRUE, no_match));
    py_obj *name = h->v.handler.name;
    if (name)
        TRY(nameop(c, name, AST_STORE));
    else
        TRY(emit(c, PY_OP_POP_TOP, 0));
    TRY(emit_jump(c, PY_OP_SETUP_FINALLY, cleanup));
    TRY(push_fb(c, h, FB_STAR_HANDLER, -1, -1));
    TRY(stmts(c, &h->v.handler.body));
    pop_fb(c);
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    if (name)
        TRY(clear_name(c, name));
    TRY(emit_jump(c, PY_OP_JUMP, next));
    /* the body raised: [.., res, rest, prev2, exc2]; exc2 joins res */
    bind(c, cleanup);
    if (name)
        TRY(clear_name(c, name));
    TRY(emit(c, PY_OP_LIST_APPEND, 3));
    TRY(emit(c, PY_OP_POP_EXCEPT, 0));
    TRY(emit_jump(c, PY_OP_JUMP, next));
    bind(c, no_match); /* [.., res, rest, None] */
    TRY(emit(c, PY_OP_POP_TOP, 0));
    bind(c, next);
    return 0;
}

/* try / except* (PEP 654): each clause takes the part of the exception
 * group its types match; what the clauses raise and what none matched
 * is raised again, combined as CPython's PREP_RERAISE_STAR does. */
static int try_star_except(compiler *c, ast_node *s)
{
    int h = new_label(c), end = new_label(c), match_fail = new_label(c),
        reraise = new_label(c);
    TRY(h);
    TRY(end);
    TRY(match_fail);
    TRY(reraise);
    TRY(try_body(c, s, h, end, match_fail)); /* [prev, orig] */
    TRY(emit(c, PY_OP_DUP_TOP, 0));
    TRY(emit(c, PY_OP_BUILD_LIST, 0));
    TRY(emit(c, PY_OP_ROT_TWO, 0)); /* [prev, orig, res, rest] */
    ast_seq *hs = &s->v.try_.handlers;
    for (int i = 0; i < hs->n; i++)
        TRY(star_handler(c, hs->items[i]));
    c->u->cur = pos_of(s);
    TRY(emit(c, PY_OP_LIST_APPEND, 1));       /* [prev, orig, res] */
    TRY(emit(c, PY_OP_PREP_RERAISE_STAR, 0)); /* [prev, exc or None] */
    TRY(emit(c, PY_OP_DUP_TOP, 0));
    TRY(load_none(c));
    TRY(emit(c, PY_OP_IS_OP, 1));
    TRY(emit_jump(c, PY_OP_POP_JUMP_IF_TRUE, reraise));
    TRY(emit(c, PY_OP_POP_TOP, 0));
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    TRY(emit(c, PY_OP_POP_EXCEPT, 0));
    TRY(emit_jump(c, PY_OP_JUMP, end));
    bind(c, reraise); /* [prev, exc] */
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    TRY(restore_and_reraise(c));
    return try_clause_raised(c, match_fail, end);
}

static int try_finally(compiler *c, ast_node *s)
{
    int h = new_label(c), end = new_label(c), cleanup = new_label(c);
    TRY(h);
    TRY(end);
    TRY(cleanup);
    TRY(emit_jump(c, PY_OP_SETUP_FINALLY, h));
    TRY(push_fb(c, s, FB_FINALLY_TRY, -1, -1));
    c->u->fb[c->u->nfb - 1].finalbody = &s->v.try_.finalbody;
    if (s->v.try_.handlers.n && s->v.try_.is_star)
        TRY(try_star_except(c, s));
    else if (s->v.try_.handlers.n)
        TRY(try_except(c, s));
    else
        TRY(stmts(c, &s->v.try_.body));
    pop_fb(c);
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    TRY(stmts(c, &s->v.try_.finalbody));
    TRY(emit_jump(c, PY_OP_JUMP, end));
    bind(c, h); /* [prev, exc] */
    TRY(emit_jump(c, PY_OP_SETUP_FINALLY, cleanup));
    TRY(push_fb(c, s, FB_FINALLY_END, -1, -1));
    TRY(stmts(c, &s->v.try_.finalbody));
    pop_fb(c);
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    TRY(restore_and_reraise(c));
    return try_clause_raised(c, cleanup, end); /* the finally body raised */
}

static int with_items(compiler *c, ast_node *s, int i)
{
    ast_node *item = s->v.with.items.items[i];
    int h = new_label(c), end = new_label(c), suppress = new_label(c),
        cleanup = new_label(c);
    TRY(h);
    TRY(end);
    TRY(suppress);
    TRY(cleanup);
    bool is_async = s->v.with.is_async;
    TRY(expr(c, item->v.withitem.context_expr));
    c->u->cur = pos_of(item);
    if (is_async) {
        TRY(emit(c, PY_OP_BEFORE_ASYNC_WITH, 0));
        TRY(await_top(c, 1));
        TRY(emit_jump(c, PY_OP_SETUP_ASYNC_WITH, h));
    } else {
        TRY(emit_jump(c, PY_OP_SETUP_WITH, h));
    }
    TRY(push_fb(c, s, is_async ? FB_ASYNC_WITH : FB_WITH, -1, -1));
    if (item->v.withitem.optional_vars)
        TRY(assign_to(c, item->v.withitem.optional_vars));
    else
        TRY(emit(c, PY_OP_POP_TOP, 0));
    if (i + 1 < s->v.with.items.n)
        TRY(with_items(c, s, i + 1));
    else
        TRY(stmts(c, &s->v.with.body));
    pop_fb(c);
    c->u->cur = pos_of(s);
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    TRY(load_none(c));
    TRY(emit(c, PY_OP_DUP_TOP, 0));
    TRY(emit(c, PY_OP_DUP_TOP, 0));
    TRY(emit(c, PY_OP_CALL_FUNCTION, 3));
    if (is_async)
        TRY(await_top(c, 2));
    TRY(emit(c, PY_OP_POP_TOP, 0));
    TRY(emit_jump(c, PY_OP_JUMP, end));
    bind(c, h); /* [exit, prev, exc] */
    TRY(emit_jump(c, PY_OP_SETUP_FINALLY, cleanup));
    TRY(emit(c, PY_OP_WITH_EXCEPT_START, 0));
    if (is_async)
        TRY(await_top(c, 2));
    TRY(emit_jump(c, PY_OP_POP_JUMP_IF_TRUE, suppress));
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    TRY(restore_and_reraise(c));
    bind(c, suppress);
    TRY(emit(c, PY_OP_POP_BLOCK, 0));
    TRY(emit(c, PY_OP_POP_TOP, 0));
    TRY(emit(c, PY_OP_POP_EXCEPT, 0));
    TRY(emit(c, PY_OP_POP_TOP, 0));
    TRY(emit_jump(c, PY_OP_JUMP, end));
    bind(c, cleanup); /* [exit, prev, exc, prev2, exc2] */
    TRY(drop_two_below(c));
    TRY(restore_and_reraise(c));
    bind(c, end);
    return 0;
}

static int import_stmt(compiler *c, ast_node *s)
{
    for (int i = 0; i < s->v.import.names.n; i++) {
        ast_node *a = s->v.import.names.items[i];
        py_obj *full = a->v.alias.name;
        TRY(load_none(c));
        TRY(emit(c, PY_OP_IMPORT_NAME, name_index(c, full)));
        const char *str = PY_STR_DATA(full), *dot = strchr(str, '.');
        if (a->v.alias.asname) {
            /* import a.b.c as d: d = a.b.c, each step an IMPORT_FROM (as
             * CPython: a submodule missing as an attribute is looked up
             * in sys.modules, and the error is an ImportError) */
            while (dot) {
                const char *next = strchr(dot + 1, '.');
                size_t n = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
                py_obj *part = py_str_new(dot + 1, n);
                if (!part)
                    return -1;
                py_str_intern_inplace(&part);
                int r = emit(c, PY_OP_IMPORT_FROM, name_index(c, part));
                PY_DECREF(part);
                TRY(r);
                TRY(emit(c, PY_OP_ROT_TWO, 0));
                TRY(emit(c, PY_OP_POP_TOP, 0));
                dot = next;
            }
            TRY(nameop(c, a->v.alias.asname, AST_STORE));
        } else if (dot) {
            py_obj *top = py_str_new(str, (size_t)(dot - str));
            if (!top)
                return -1;
            py_str_intern_inplace(&top);
            int r = nameop(c, top, AST_STORE);
            PY_DECREF(top);
            TRY(r);
        } else {
            TRY(nameop(c, full, AST_STORE));
        }
    }
    return 0;
}

static int from_import(compiler *c, ast_node *s)
{
    ast_seq *names = &s->v.import.names;
    py_obj *fromlist = py_tuple_new(names->n);
    if (!fromlist)
        return -1;
    for (int i = 0; i < names->n; i++)
        PY_TUPLE_ITEMS(fromlist)[i] = py_newref(names->items[i]->v.alias.name);
    int r = load_const(c, fromlist);
    PY_DECREF(fromlist);
    TRY(r);
    py_obj *mod;
    int level = s->v.import.level;
    const char *m = s->v.import.module ? PY_STR_DATA(s->v.import.module) : "";
    if (level) {
        size_t ml = strlen(m);
        char *buf = malloc((size_t)level + ml + 1);
        if (!buf)
            return -1;
        memset(buf, '.', (size_t)level);
        memcpy(buf + level, m, ml + 1);
        mod = py_str_from_cstr(buf);
        free(buf);
    } else {
        mod = py_newref(s->v.import.module);
    }
    if (!mod)
        return -1;
    py_str_intern_inplace(&mod);
    int idx = name_index(c, mod);
    PY_DECREF(mod);
    TRY(emit(c, PY_OP_IMPORT_NAME, idx));
    if (names->n == 1 && py_str_eq_cstr(names->items[0]->v.alias.name, "*"))
        return emit(c, PY_OP_IMPORT_STAR, 0);
    for (int i = 0; i < names->n; i++) {
        ast_node *a = names->items[i];
        TRY(emit(c, PY_OP_IMPORT_FROM, name_index(c, a->v.alias.name)));
        TRY(nameop(c, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name,
                   AST_STORE));
    }
    return emit(c, PY_OP_POP_TOP, 0);
}

static int assert_stmt(compiler *c, ast_node *s)
{
    int end = new_label(c);
    TRY(end);
    ast_node *test = s->v.assert_.test;
    bool tuple = (test->kind == AST_TUPLE && test->v.seq.elts.n > 0) ||
                 (test->kind == AST_CONSTANT &&
                  PY_TYPE(test->v.constant.value) == &py_tuple_type &&
                  PY_TUPLE_SIZE(test->v.constant.value) > 0);
    if (tuple)
        TRY(warn_at(c, s,
                    "assertion is always true, perhaps remove parentheses?"));
    TRY(jump_if(c, s->v.assert_.test, true, end));
    TRY(emit(c, PY_OP_LOAD_ASSERTION_ERROR, 0));
    if (s->v.assert_.msg) {
        TRY(expr(c, s->v.assert_.msg));
        TRY(emit(c, PY_OP_CALL_FUNCTION, 1));
    }
    TRY(emit(c, PY_OP_RAISE_VARARGS, 1));
    bind(c, end);
    return 0;
}

static int raise_stmt(compiler *c, ast_node *s)
{
    int n = 0;
    if (s->v.raise.exc) {
        TRY(expr(c, s->v.raise.exc));
        n = 1;
        if (s->v.raise.cause) {
            TRY(expr(c, s->v.raise.cause));
            n = 2;
        }
    }
    return emit(c, PY_OP_RAISE_VARARGS, n);
}

static int expr_stmt(compiler *c, ast_node *s)
{
    ast_node *v = s->v.value.value;
    if (c->mode == PY_MODE_SINGLE && c->u->ste->kind == ST_MODULE) {
        TRY(expr(c, v));
        return emit(c, PY_OP_PRINT_EXPR, 0);
    }
    if (v->kind == AST_CONSTANT)
        return 0; /* docstrings and other constants: no code */
    TRY(expr(c, v));
    return emit(c, PY_OP_POP_TOP, 0);
}

/* ------------------------------------------------------------ match */

/* The state of compiling one case's pattern (CPython's approach): the
 * captured values wait on the stack, below the items being worked on,
 * until the whole pattern matched; then they are stored in `stores`
 * order.  A failing check jumps to fail_pop[n], which pops the n items
 * above the case's base (on_top work items plus the captures). */
typedef struct pctx {
    py_obj *stores;         /* list of captured names, in stack order */
    bool allow_irrefutable; /* may this (sub)pattern always match? */
    int *fail_pop;          /* labels; fail_pop[n] pops n items */
    int nfail;
    int on_top;    /* work items above the captures */
    ast_node *loc; /* the pattern compiled last: where errors point, as
                      CPython's location is left after a sub-pattern */
} pctx;

static int pattern(compiler *c, ast_node *p, pctx *pc);

/* Error about node n with a %s-style argument formatted in. */
static int error_fmt(compiler *c, ast_node *n, const char *fmt, py_obj *arg)
{
    py_obj *r = arg ? py_repr(arg) : NULL;
    if (arg && !r)
        return -1;
    char msg[300];
    snprintf(msg, sizeof msg, fmt, r ? PY_STR_DATA(r) : "");
    PY_XDECREF(r);
    return error_at(c, n, msg);
}

/* Is name (interned) in the list of names? */
static int name_in(py_obj *list, py_obj *name)
{
    for (ssize_t i = 0; i < PY_LIST_SIZE(list); i++)
        if (PY_LIST_ITEMS(list)[i] == name)
            return 1;
    return 0;
}

static int load_small_int(compiler *c, int n)
{
    py_obj *v = py_int_from_i64(n);
    if (!v)
        return -1;
    int r = load_const(c, v);
    PY_DECREF(v);
    return r;
}

static bool is_wildcard(ast_node *p)
{
    return p->kind == AST_PAT_AS && !p->v.pat.value && !p->v.pat.name;
}

static bool is_star_wildcard(ast_node *p)
{
    return p->kind == AST_PAT_STAR && !p->v.pat.name;
}

/* [.. x] -> [x ..]: move TOS down under n - 1 items. */
static int rotate(compiler *c, int n)
{
    return n > 1 ? emit(c, PY_OP_ROT_N, n) : 0;
}

static int ensure_fail_pop(compiler *c, pctx *pc, int n)
{
    if (n < pc->nfail)
        return 0;
    int *v = py_mem_realloc(pc->fail_pop, (size_t)(n + 1) * sizeof *v);
    if (!v)
        return py_err_nomemory(), -1;
    pc->fail_pop = v;
    while (pc->nfail <= n) {
        int l = new_label(c);
        TRY(l);
        pc->fail_pop[pc->nfail++] = l;
    }
    return 0;
}

/* Jump (op) to the failure path popping what is on the stack now. */
static int jump_to_fail_pop(compiler *c, pctx *pc, int op)
{
    int pops = pc->on_top + (int)PY_LIST_SIZE(pc->stores);
    TRY(ensure_fail_pop(c, pc, pops));
    return emit_jump(c, op, pc->fail_pop[pops]);
}

/* Emit the failure paths: fail_pop[n]: POP_TOP, fail_pop[n-1]: ... */
static int emit_fail_pop(compiler *c, pctx *pc)
{
    if (!pc->nfail)
        return 0;
    for (int i = pc->nfail - 1; i > 0; i--) {
        bind(c, pc->fail_pop[i]);
        TRY(emit(c, PY_OP_POP_TOP, 0));
    }
    bind(c, pc->fail_pop[0]);
    py_mem_free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->nfail = 0;
    return 0;
}

/* Capture TOS as name (NULL: drop it) for pattern node p. */
static int store_capture(compiler *c, ast_node *p, py_obj *name, pctx *pc)
{
    if (!name)
        return emit(c, PY_OP_POP_TOP, 0);
    if (py_str_eq_cstr(name, "__debug__"))
        return error_at(c, pc->loc ? pc->loc : p, "cannot assign to __debug__");
    int dup = name_in(pc->stores, name);
    TRY(dup);
    if (dup)
        return error_fmt(c, pc->loc ? pc->loc : p,
                         "multiple assignments to name %s in pattern", name);
    TRY(rotate(c, pc->on_top + (int)PY_LIST_SIZE(pc->stores) + 1));
    return py_list_append(pc->stores, name);
}

/* A sub-pattern may be irrefutable. */
static int subpattern(compiler *c, ast_node *p, pctx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    int r = pattern(c, p, pc);
    pc->allow_irrefutable = allow;
    return r;
}

static int pattern_as(compiler *c, ast_node *p, pctx *pc)
{
    if (!p->v.pat.value) {
        if (!pc->allow_irrefutable) {
            if (p->v.pat.name)
                return error_fmt(c, p,
                                 "name capture %s makes remaining patterns "
                                 "unreachable",
                                 p->v.pat.name);
            return error_at(c, p,
                            "wildcard makes remaining patterns unreachable");
        }
        return store_capture(c, p, p->v.pat.name, pc);
    }
    pc->on_top++;
    TRY(emit(c, PY_OP_COPY, 1));
    TRY(pattern(c, p->v.pat.value, pc));
    pc->on_top--;
    return store_capture(c, p, p->v.pat.name, pc);
}

/* The items of a sequence: unpacked (with a star: UNPACK_EX). */
static int sequence_unpack(compiler *c, ast_seq *pats, int star, pctx *pc)
{
    int n = pats->n;
    if (star < 0)
        TRY(emit(c, PY_OP_UNPACK_SEQUENCE, n));
    else
        TRY(emit(c, PY_OP_UNPACK_EX, star | ((n - star - 1) << 8)));
    pc->on_top += n;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        TRY(subpattern(c, pats->items[i], pc));
    }
    return 0;
}

/* [a, *_, b]: pick the items by index instead of unpacking. */
static int sequence_subscr(compiler *c, ast_seq *pats, int star, pctx *pc)
{
    int n = pats->n;
    pc->on_top++;
    for (int i = 0; i < n; i++) {
        ast_node *p = pats->items[i];
        if (is_wildcard(p) || i == star)
            continue;
        TRY(emit(c, PY_OP_COPY, 1));
        if (i < star) {
            TRY(load_small_int(c, i));
        } else {
            TRY(emit(c, PY_OP_GET_LEN, 0));
            TRY(load_small_int(c, n - i));
            TRY(emit(c, PY_OP_BINARY_OP, PY_NB_SUB));
        }
        TRY(emit(c, PY_OP_BINARY_SUBSCR, 0));
        TRY(subpattern(c, p, pc));
    }
    pc->on_top--;
    return emit(c, PY_OP_POP_TOP, 0);
}

static int pattern_sequence(compiler *c, ast_node *p, pctx *pc)
{
    ast_seq *pats = &p->v.pat.patterns;
    int n = pats->n, star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < n; i++) {
        ast_node *q = pats->items[i];
        if (q->kind == AST_PAT_STAR) {
            if (star >= 0)
                return error_at(c, p,
                                "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    pc->on_top++;
    TRY(emit(c, PY_OP_MATCH_SEQUENCE, 0));
    TRY(jump_to_fail_pop(c, pc, PY_OP_POP_JUMP_IF_FALSE));
    if (star < 0 || n > 1) {
        TRY(emit(c, PY_OP_GET_LEN, 0));
        TRY(load_small_int(c, star < 0 ? n : n - 1));
        TRY(emit(c, PY_OP_COMPARE_OP, star < 0 ? PY_EQ : PY_GE));
        TRY(jump_to_fail_pop(c, pc, PY_OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard)
        return emit(c, PY_OP_POP_TOP, 0);
    if (star_wildcard)
        return sequence_subscr(c, pats, star, pc);
    return sequence_unpack(c, pats, star, pc);
}

/* The keys of a mapping pattern: literals (no duplicates) or dotted
 * names, built into a tuple. */
static int mapping_keys(compiler *c, ast_node *p)
{
    ast_seq *keys = &p->v.pat.keys;
    py_obj *seen = py_set_new(NULL);
    if (!seen)
        return -1;
    int r = 0;
    for (int i = 0; i < keys->n && r >= 0; i++) {
        ast_node *k = keys->items[i];
        if (k->kind == AST_CONSTANT) {
            py_obj *v = k->v.constant.value;
            r = py_set_contains(seen, v);
            if (r > 0)
                r = error_fmt(c, p, "mapping pattern checks duplicate key (%s)",
                              v);
            else if (r == 0)
                r = py_set_add(seen, v);
        } else if (k->kind != AST_ATTRIBUTE) {
            r = error_at(c, p,
                         "mapping pattern keys may only match literals and "
                         "attribute lookups");
        }
        if (r >= 0)
            r = expr(c, k);
    }
    PY_DECREF(seen);
    TRY(r);
    return emit(c, PY_OP_BUILD_TUPLE, keys->n);
}

static int pattern_mapping(compiler *c, ast_node *p, pctx *pc)
{
    int n = p->v.pat.keys.n;
    py_obj *rest = p->v.pat.name;
    pc->on_top++;
    TRY(emit(c, PY_OP_MATCH_MAPPING, 0));
    TRY(jump_to_fail_pop(c, pc, PY_OP_POP_JUMP_IF_FALSE));
    if (!n && !rest) {
        pc->on_top--;
        return emit(c, PY_OP_POP_TOP, 0);
    }
    if (n) {
        TRY(emit(c, PY_OP_GET_LEN, 0));
        TRY(load_small_int(c, n));
        TRY(emit(c, PY_OP_COMPARE_OP, PY_GE));
        TRY(jump_to_fail_pop(c, pc, PY_OP_POP_JUMP_IF_FALSE));
    }
    TRY(mapping_keys(c, p));
    TRY(emit(c, PY_OP_MATCH_KEYS, 0));
    pc->on_top += 2;
    TRY(emit(c, PY_OP_COPY, 1));
    TRY(load_none(c));
    TRY(emit(c, PY_OP_IS_OP, 1));
    TRY(jump_to_fail_pop(c, pc, PY_OP_POP_JUMP_IF_FALSE));
    TRY(emit(c, PY_OP_UNPACK_SEQUENCE, n));
    pc->on_top += n - 1;
    for (int i = 0; i < n; i++) {
        pc->on_top--;
        TRY(subpattern(c, p->v.pat.patterns.items[i], pc));
    }
    pc->on_top -= 2;
    if (rest) {
        TRY(emit(c, PY_OP_MATCH_REST, 0));
        return store_capture(c, p, rest, pc);
    }
    TRY(emit(c, PY_OP_POP_TOP, 0));
    return emit(c, PY_OP_POP_TOP, 0);
}

/* The keyword attribute names of a class pattern as a constant tuple;
 * a repeated name is an error. */
static int class_attr_names(compiler *c, ast_node *p)
{
    ast_seq *attrs = &p->v.pat.kwd_attrs;
    for (int i = 0; i < attrs->n; i++)
        for (int j = i + 1; j < attrs->n; j++)
            if (attrs->items[i]->v.name.id == attrs->items[j]->v.name.id) {
                char msg[200];
                snprintf(msg, sizeof msg,
                         "attribute name repeated in class pattern: %s",
                         PY_STR_DATA(attrs->items[j]->v.name.id));
                return error_at(c, p->v.pat.kwd_patterns.items[j], msg);
            }
    py_obj *t = py_tuple_new(attrs->n);
    if (!t)
        return -1;
    for (int i = 0; i < attrs->n; i++)
        PY_TUPLE_ITEMS(t)[i] = py_newref(attrs->items[i]->v.name.id);
    int r = load_const(c, t);
    PY_DECREF(t);
    return r;
}

static int pattern_class(compiler *c, ast_node *p, pctx *pc)
{
    int nargs = p->v.pat.patterns.n, nattrs = p->v.pat.kwd_attrs.n;
    TRY(expr(c, p->v.pat.value));
    TRY(class_attr_names(c, p));
    TRY(emit(c, PY_OP_MATCH_CLASS, nargs));
    TRY(emit(c, PY_OP_COPY, 1));
    TRY(load_none(c));
    TRY(emit(c, PY_OP_IS_OP, 1));
    pc->on_top++;
    TRY(jump_to_fail_pop(c, pc, PY_OP_POP_JUMP_IF_FALSE));
    TRY(emit(c, PY_OP_UNPACK_SEQUENCE, nargs + nattrs));
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        ast_node *q = i < nargs ? p->v.pat.patterns.items[i]
                                : p->v.pat.kwd_patterns.items[i - nargs];
        if (is_wildcard(q))
            TRY(emit(c, PY_OP_POP_TOP, 0));
        else
            TRY(subpattern(c, q, pc));
    }
    return 0;
}

/* Bring the captures of one alternative into the order of the first
 * (control); error if it binds other names. */
static int or_reorder(compiler *c, ast_node *alt, py_obj *control, pctx *pc)
{
    ssize_t n = PY_LIST_SIZE(pc->stores);
    alt = pc->loc ? pc->loc : alt;
    if (n != PY_LIST_SIZE(control))
        return error_at(c, alt, "alternative patterns bind different names");
    for (ssize_t ic = n - 1; ic >= 0; ic--) {
        py_obj *name = PY_LIST_ITEMS(control)[ic];
        ssize_t is = -1;
        for (ssize_t k = 0; k < n; k++)
            if (PY_LIST_ITEMS(pc->stores)[k] == name)
                is = k;
        if (is < 0)
            return error_at(c, alt,
                            "alternative patterns bind different names");
        if (is == ic)
            continue;
        /* move stores[0..is] to just before index ic - is ... as the
         * stack rotations below do */
        ssize_t rot = is + 1;
        py_obj *moved[64];
        if (rot > 64)
            return error_at(c, alt, "too many names in alternative pattern");
        for (ssize_t k = 0; k < rot; k++)
            moved[k] = py_newref(PY_LIST_ITEMS(pc->stores)[k]);
        for (ssize_t k = 0; k + rot < n; k++)
            PY_SETREF(PY_LIST_ITEMS(pc->stores)[k],
                      py_newref(PY_LIST_ITEMS(pc->stores)[k + rot]));
        for (ssize_t k = n - rot; k < n; k++)
            PY_DECREF(PY_LIST_ITEMS(pc->stores)[k]);
        /* stores = rest[:ic-is] + moved + rest[ic-is:] */
        py_obj **v = PY_LIST_ITEMS(pc->stores);
        ssize_t at = ic - is;
        memmove(v + at + rot, v + at, (size_t)(n - rot - at) * sizeof *v);
        for (ssize_t k = 0; k < rot; k++)
            v[at + k] = moved[k];
        while (rot--)
            TRY(rotate(c, (int)ic + 1));
    }
    return 0;
}

static int pattern_or(compiler *c, ast_node *p, pctx *pc)
{
    int end = new_label(c);
    TRY(end);
    ast_seq *alts = &p->v.pat.patterns;
    pctx old = *pc;
    py_obj *control = NULL;
    int r = 0;
    for (int i = 0; i < alts->n && r >= 0; i++) {
        ast_node *alt = alts->items[i];
        c->u->cur = pos_of(alt);
        pc->stores = py_list_new(0);
        if (!pc->stores) {
            r = -1;
            break;
        }
        pc->allow_irrefutable = i == alts->n - 1 && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->nfail = 0;
        pc->on_top = 0;
        if (emit(c, PY_OP_COPY, 1) < 0 || pattern(c, alt, pc) < 0)
            r = -1;
        else if (!control)
            control = py_newref(pc->stores);
        else
            r = or_reorder(c, alt, control, pc);
        if (r >= 0)
            r = emit_jump(c, PY_OP_JUMP, end);
        if (r >= 0)
            r = emit_fail_pop(c, pc);
        py_mem_free(pc->fail_pop);
        PY_DECREF(pc->stores);
    }
    ast_node *loc = pc->loc;
    *pc = old;
    pc->loc = loc;
    if (r < 0) {
        PY_XDECREF(control);
        return -1;
    }
    c->u->cur = pos_of(p);
    /* no alternative matched: drop the subject's copy and fail */
    if (emit(c, PY_OP_POP_TOP, 0) < 0 ||
        jump_to_fail_pop(c, pc, PY_OP_JUMP) < 0) {
        PY_DECREF(control);
        return -1;
    }
    bind(c, end);
    ssize_t n = PY_LIST_SIZE(control);
    int nrots = (int)n + 1 + pc->on_top + (int)PY_LIST_SIZE(pc->stores);
    for (ssize_t i = 0; i < n && r >= 0; i++) {
        py_obj *name = PY_LIST_ITEMS(control)[i];
        r = rotate(c, nrots);
        if (r >= 0 && name_in(pc->stores, name) > 0)
            r = error_fmt(c, pc->loc,
                          "multiple assignments to name %s in pattern", name);
        if (r >= 0)
            r = py_list_append(pc->stores, name);
    }
    PY_DECREF(control);
    TRY(r);
    return emit(c, PY_OP_POP_TOP, 0);
}

static int pattern_value(compiler *c, ast_node *p, pctx *pc)
{
    ast_node *v = p->v.pat.value;
    if (v->kind == AST_JOINEDSTR)
        return error_at(c, v,
                        "patterns may only match literals and attribute "
                        "lookups");
    TRY(expr(c, v));
    if (p->kind == AST_PAT_SINGLETON)
        TRY(emit(c, PY_OP_IS_OP, 0));
    else
        TRY(emit(c, PY_OP_COMPARE_OP, PY_EQ));
    return jump_to_fail_pop(c, pc, PY_OP_POP_JUMP_IF_FALSE);
}

/* Match the subject on top of the stack (consumed) against p. */
static int pattern(compiler *c, ast_node *p, pctx *pc)
{
    py_srcpos saved = c->u->cur;
    c->u->cur = pos_of(p);
    pc->loc = p;
    int r;
    switch (p->kind) {
    case AST_PAT_VALUE:
    case AST_PAT_SINGLETON:
        r = pattern_value(c, p, pc);
        break;
    case AST_PAT_SEQUENCE:
        r = pattern_sequence(c, p, pc);
        break;
    case AST_PAT_MAPPING:
        r = pattern_mapping(c, p, pc);
        break;
    case AST_PAT_CLASS:
        r = pattern_class(c, p, pc);
        break;
    case AST_PAT_STAR:
        r = store_capture(c, p, p->v.pat.name, pc);
        break;
    case AST_PAT_AS:
        r = pattern_as(c, p, pc);
        break;
    case AST_PAT_OR:
        r = pattern_or(c, p, pc);
        break;
    default:
        r = error_at(c, p, "invalid pattern");
    }
    c->u->cur = saved;
    return r;
}

/* One case (not a trailing `case _`): match, store the captures, test
 * the guard, run the body.  copy: keep the subject for later cases. */
static int match_case(compiler *c, ast_node *m, bool last, bool copy, int end)
{
    pctx pc = {.allow_irrefutable = m->v.mcase.guard != NULL || last};
    c->u->cur = pos_of(m->v.mcase.pattern);
    if (copy)
        TRY(emit(c, PY_OP_COPY, 1));
    if (!(pc.stores = py_list_new(0)))
        return -1;
    int r = pattern(c, m->v.mcase.pattern, &pc);
    for (ssize_t i = 0; r >= 0 && i < PY_LIST_SIZE(pc.stores); i++)
        r = nameop(c, PY_LIST_ITEMS(pc.stores)[i], AST_STORE);
    PY_DECREF(pc.stores);
    if (r >= 0 && m->v.mcase.guard) {
        r = ensure_fail_pop(c, &pc, 0);
        if (r >= 0)
            r = jump_if(c, m->v.mcase.guard, false, pc.fail_pop[0]);
    }
    if (r >= 0 && copy)
        r = emit(c, PY_OP_POP_TOP, 0);
    if (r >= 0)
        r = stmts(c, &m->v.mcase.body);
    if (r >= 0)
        r = emit_jump(c, PY_OP_JUMP, end);
    c->u->cur = pos_of(m->v.mcase.pattern);
    if (r >= 0)
        r = emit_fail_pop(c, &pc);
    py_mem_free(pc.fail_pop);
    return r;
}

static int match_stmt(compiler *c, ast_node *s)
{
    int end = new_label(c);
    TRY(end);
    TRY(expr(c, s->v.match.subject));
    ast_seq *cases = &s->v.match.cases;
    int n = cases->n;
    ast_node *lastc = cases->items[n - 1];
    bool has_default = is_wildcard(lastc->v.mcase.pattern) && n > 1;
    for (int i = 0; i < n - has_default; i++)
        TRY(match_case(c, cases->items[i], i == n - 1, i != n - has_default - 1,
                       end));
    if (has_default) {
        c->u->cur = pos_of(lastc->v.mcase.pattern);
        TRY(emit(c, PY_OP_NOP, 0));
        if (lastc->v.mcase.guard)
            TRY(jump_if(c, lastc->v.mcase.guard, false, end));
        TRY(stmts(c, &lastc->v.mcase.body));
    }
    bind(c, end);
    return 0;
}

static int stmt_inner(compiler *c, ast_node *s)
{
    switch (s->kind) {
    case AST_FUNCTIONDEF:
        return funcdef(c, s);
    case AST_CLASSDEF:
        return classdef(c, s);
    case AST_RETURN:
        return return_stmt(c, s);
    case AST_DELETE:
        for (int i = 0; i < s->v.assign.targets.n; i++)
            TRY(delete_target(c, s->v.assign.targets.items[i]));
        return 0;
    case AST_ASSIGN: {
        ast_seq *t = &s->v.assign.targets;
        TRY(expr(c, s->v.assign.value));
        for (int i = 0; i < t->n; i++) {
            if (i + 1 < t->n)
                TRY(emit(c, PY_OP_DUP_TOP, 0));
            TRY(assign_to(c, t->items[i]));
        }
        return 0;
    }
    case AST_AUGASSIGN:
        return augassign(c, s);
    case AST_ANNASSIGN:
        return annassign(c, s);
    case AST_FOR:
        return for_stmt(c, s);
    case AST_WHILE:
        return while_stmt(c, s);
    case AST_IF:
        return if_stmt(c, s);
    case AST_MATCH:
        return match_stmt(c, s);
    case AST_WITH:
        if (s->v.with.is_async && !in_async_function(c))
            return error_at(c, s, "'async with' outside async function");
        return with_items(c, s, 0);
    case AST_RAISE:
        return raise_stmt(c, s);
    case AST_TRY:
        return s->v.try_.finalbody.n ? try_finally(c, s)
               : s->v.try_.is_star   ? try_star_except(c, s)
                                     : try_except(c, s);
    case AST_ASSERT:
        return assert_stmt(c, s);
    case AST_IMPORT:
        return import_stmt(c, s);
    case AST_IMPORTFROM:
        TRY(check_future_import(c, s));
        return from_import(c, s);
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS:
        return 0;
    case AST_EXPR:
        return expr_stmt(c, s);
    case AST_BREAK:
        return break_continue(c, s, true);
    case AST_CONTINUE:
        return break_continue(c, s, false);
    default:
        return error_at(c, s, "invalid syntax");
    }
}

static int stmt(compiler *c, ast_node *s)
{
    if (++c->depth > MAX_DEPTH) {
        py_err_set(py_exc_RecursionError,
                   "maximum recursion depth exceeded during compilation");
        return -1;
    }
    c->u->cur = pos_of(s);
    int r = stmt_inner(c, s);
    c->depth--;
    return r;
}

static int stmts(compiler *c, ast_seq *body)
{
    for (int i = 0; i < body->n; i++)
        TRY(stmt(c, body->items[i]));
    return 0;
}

/* ---------------------------------------------------------------- entry */

/* The __future__ imports at the top of a module (after its docstring):
 * the features they name, CPython's errors for unknown ones; the nodes
 * are remembered so that a later one is an error where it stands.  0 or
 * -1. */
static int future_features(compiler *c, ast_node *mod)
{
    static const char *const known[] = {"nested_scopes",    "generators",
                                        "division",         "absolute_import",
                                        "with_statement",   "print_function",
                                        "unicode_literals", "barry_as_FLUFL",
                                        "generator_stop",   "annotations"};
    ast_seq *body = &mod->v.module.body;
    for (int i = is_docstring(body) ? 1 : 0; i < body->n; i++) {
        ast_node *s = body->items[i];
        if (s->kind != AST_IMPORTFROM || !s->v.import.module ||
            s->v.import.level ||
            strcmp(PY_STR_DATA(s->v.import.module), "__future__") != 0 ||
            c->nfuture == 16)
            break;
        c->future[c->nfuture++] = s;
        for (int k = 0; k < s->v.import.names.n; k++) {
            const char *f =
                PY_STR_DATA(s->v.import.names.items[k]->v.alias.name);
            size_t j = 0;
            while (j < sizeof known / sizeof known[0] && strcmp(known[j], f))
                j++;
            if (strcmp(f, "braces") == 0) /* future.c: no end offset */
                return error_span(c, s, PY_SE_NONE_END, "not a chance");
            if (j == sizeof known / sizeof known[0]) {
                char msg[160];
                snprintf(msg, sizeof msg,
                         "future feature %.100s is not defined", f);
                return error_span(c, s, PY_SE_NONE_END, msg);
            }
            c->future_annotations |= strcmp(f, "annotations") == 0;
        }
    }
    return 0;
}

/* A `from __future__ import` away from the top of the module. */
static int check_future_import(compiler *c, ast_node *s)
{
    if (!s->v.import.module || s->v.import.level ||
        strcmp(PY_STR_DATA(s->v.import.module), "__future__") != 0)
        return 0;
    for (int i = 0; i < c->nfuture; i++)
        if (c->future[i] == s)
            return 0;
    return error_at(c, s,
                    "from __future__ imports must occur at the beginning of "
                    "the file");
}

/* The line CPython 3.11 gives a module's implicit `return None`: it
 * has no line of its own and takes that of the instruction before it,
 * so it is the start line of the last statement (a def, a class, a
 * loop's header, a multi-line call), or inside the last compound
 * statement: the else branch of an if, the else or finally of a try
 * or loop, else the try's body.  (The branch actually taken can differ
 * at run time; this is the static choice.) */
static int implicit_return_line(const ast_node *s)
{
    for (;;) {
        const ast_seq *next = NULL;
        switch (s->kind) {
        case AST_IF:
            next = s->v.if_.orelse.n ? &s->v.if_.orelse : &s->v.if_.body;
            break;
        case AST_WHILE:
            next = s->v.if_.orelse.n ? &s->v.if_.orelse : NULL;
            break;
        case AST_FOR:
            next = s->v.for_.orelse.n ? &s->v.for_.orelse : NULL;
            break;
        case AST_TRY:
            next = s->v.try_.finalbody.n ? &s->v.try_.finalbody
                   : s->v.try_.orelse.n  ? &s->v.try_.orelse
                                         : &s->v.try_.body;
            break;
        case AST_MATCH:
            return s->end_lineno;
        default:
            break;
        }
        if (!next || !next->n)
            return s->lineno;
        s = next->items[next->n - 1];
    }
}

static int module_body(compiler *c, ast_node *mod)
{
    ast_seq *body = &mod->v.module.body;
    if (c->mode == PY_MODE_EVAL) {
        TRY(expr(c, body->items[0]->v.value.value));
        return emit(c, PY_OP_RETURN_VALUE, 0);
    }
    int start = 0;
    TRY(setup_annotations(c, body));
    if (c->mode == PY_MODE_EXEC && is_docstring(body)) {
        c->u->cur = pos_of(body->items[0]);
        TRY(expr(c, body->items[0]->v.value.value));
        TRY(store_cname(c, "__doc__"));
        start = 1;
    }
    for (int i = start; i < body->n; i++)
        TRY(stmt(c, body->items[i]));
    if (body->n) {
        int line = implicit_return_line(body->items[body->n - 1]);
        c->u->cur = (py_srcpos){line, line, -1, -1, -1, -1};
    }
    TRY(load_none(c));
    return emit(c, PY_OP_RETURN_VALUE, 0);
}

py_code *py_compile(const char *src, size_t len, const char *filename,
                    py_compile_mode mode)
{
    ast_arena arena;
    ast_arena_init(&arena);
    compiler c;
    memset(&c, 0, sizeof c);
    c.src = src;
    c.len = len;
    c.filename = filename ? filename : "<string>";
    c.mode = mode;
    py_code *co = NULL;
    char *translated = NULL; /* src with universal newlines, when needed */
    if (memchr(src, '\r', len)) {
        if (!(translated = malloc(len + 1))) {
            py_err_nomemory();
            goto done;
        }
        len = lx_translate_newlines(translated, src, len);
        translated[len] = '\0';
        src = c.src = translated;
        c.len = len;
    }
    ast_node *mod = py_parse(&arena, src, len, c.filename, mode);
    if (!mod || (mode != PY_MODE_EVAL && future_features(&c, mod) < 0) ||
        py_ast_optimize(mod, &arena, mode == PY_MODE_EXEC,
                        c.future_annotations) < 0 ||
        py_symtable_build(&c.st, mod, &arena, src, len, c.filename) < 0)
        goto done;
    if (!(c.filename_obj = py_str_from_cstr(c.filename)) ||
        !(c.const_cache = py_dict_new()))
        goto done;
    if (enter_unit(&c, c.st.top, 1) >= 0 && module_body(&c, mod) >= 0)
        co = assemble(&c);
    while (c.u)
        leave_unit(&c);
done:
    PY_XDECREF(c.filename_obj);
    PY_XDECREF(c.const_cache);
    ast_arena_free(&arena);
    free(translated);
    return co;
}
