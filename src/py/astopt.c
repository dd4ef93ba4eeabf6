/*
 * astopt.c -- constant folding on the syntax tree, between the parser and
 * the symbol table (CPython 3.11's AST optimiser, by its behaviour).
 *
 * What is folded, each node after its children:
 *
 * - unary operators (-, +, ~, not) on a constant; `not (a in b)` and
 *   `not (a is b)` with one comparison become `a not in b`, `a is not b`;
 * - binary operators (all but @) on two constants, within size limits:
 *   an int result of * ** << stays under MAX_INT_SIZE bits, a repeated
 *   str/bytes under MAX_STR_SIZE characters, a repeated tuple/frozenset
 *   under MAX_COLLECTION_SIZE items and MAX_TOTAL_ITEMS nested ones;
 *   `%` on a str or bytes is never folded;
 * - tuple displays of constants (Load context), `()` included;
 * - subscripts of a constant by a constant (`"abc"[0]`);
 * - the iterable of `for` and of comprehensions, and the right operand of
 *   a final `in` / `not in`: a list display becomes a tuple (a constant
 *   when all items are), a set display of constants a frozenset;
 * - `__debug__` (True).
 *
 * An operation that raises (1/0) is left as it is and its exception
 * dropped, except KeyboardInterrupt (the step budget), which fails the
 * compilation.  A folded str is interned when it looks like an identifier,
 * as CPython interns such constants.  When folding makes the first
 * statement of a body a str constant, it is wrapped in a JoinedStr so it
 * does not become a docstring.
 *
 * Folded values are owned by the arena (ast_keep), like every constant.
 */
#include <string.h>

#include "ast.h"
#include "core.h"
#include "objects.h"
#include "runtime.h"

#define MAX_INT_SIZE        128  /* bits */
#define MAX_COLLECTION_SIZE 256  /* items */
#define MAX_STR_SIZE        4096 /* characters */
#define MAX_TOTAL_ITEMS     1024 /* including nested collections */
#define MAX_OPT_DEPTH       1500

typedef struct opt {
    ast_arena *arena;
    int depth;
    bool keep_annotations; /* from __future__ import annotations */
} opt;

static int fold_expr(opt *o, ast_node *e);
static int fold_body(opt *o, ast_seq *body);

/* --------------------------------------------------------- helpers */

static bool is_int(py_obj *v)
{
    return PY_TYPE(v) == &py_int_type || PY_TYPE(v) == &py_bool_type;
}

static bool is_const(ast_node *e)
{
    return e && e->kind == AST_CONSTANT;
}

/* Number of bits of |v| for an int v (0 for 0). */
static size_t int_bits(py_obj *v)
{
    py_int *i = (py_int *)v;
    if (i->big)
        return mpz_sizeinbase(i->big, 2);
    uint64_t u = i->v < 0 ? 0 - (uint64_t)i->v : (uint64_t)i->v;
    size_t n = 0;
    for (; u; u >>= 1)
        n++;
    return n;
}

static int int_sign(py_obj *v)
{
    py_int *i = (py_int *)v;
    if (i->big)
        return mpz_sgn(i->big);
    return (i->v > 0) - (i->v < 0);
}

/* The value of int v when it fits 0..limit, else -1. */
static int64_t small_count(py_obj *v, int64_t limit)
{
    int64_t n;
    if (py_int_as_i64(v, &n) != 1 || n < 0 || n > limit)
        return -1;
    return n;
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

/* Turn e into the constant v (STOLEN; NULL: the operation raised).
 * A raised exception is dropped unless it is KeyboardInterrupt, which
 * (like a MemoryError of the arena) makes this -1. */
static int make_const(opt *o, ast_node *e, py_obj *v)
{
    if (!v) {
        if (py_err_matches(PY_OBJ(py_exc_KeyboardInterrupt)))
            return -1;
        py_err_clear();
        return 0;
    }
    if (PY_TYPE(v) == &py_str_type && name_chars(v))
        py_str_intern_inplace(&v);
    if (!ast_keep(o->arena, v))
        return -1;
    e->kind = AST_CONSTANT;
    e->v.constant.value = v;
    return 0;
}

/* A tuple of the values of elts when all are constants.  NEW, or NULL
 * (no exception) when one is not, NULL with MemoryError. */
static py_obj *const_tuple(ast_seq *elts)
{
    for (int i = 0; i < elts->n; i++)
        if (!is_const(elts->items[i]))
            return NULL;
    py_obj *t = py_tuple_new(elts->n);
    if (!t)
        return NULL;
    for (int i = 0; i < elts->n; i++)
        PY_TUPLE_ITEMS(t)[i] = py_newref(elts->items[i]->v.constant.value);
    return t;
}

/* -------------------------------------------------- safe operations */

/* limit less the items of v and of the tuples nested in it (a negative
 * result means over the limit). */
static int64_t complexity(py_obj *v, int64_t limit)
{
    if (PY_TYPE(v) == &py_tuple_type) {
        limit -= PY_TUPLE_SIZE(v);
        for (ssize_t i = 0; limit >= 0 && i < PY_TUPLE_SIZE(v); i++)
            limit = complexity(PY_TUPLE_ITEMS(v)[i], limit);
    } else if (PY_TYPE(v) == &py_frozenset_type) {
        limit -= py_len(v);
    }
    return limit;
}

static bool is_seq_const(py_obj *v)
{
    py_type *t = PY_TYPE(v);
    return t == &py_tuple_type || t == &py_frozenset_type ||
           t == &py_str_type || t == &py_bytes_type;
}

/* v * w, or NULL without exception when the result would be too big. */
static py_obj *safe_multiply(py_obj *v, py_obj *w)
{
    if (is_int(v) && is_int(w) && int_sign(v) && int_sign(w)) {
        if (int_bits(v) + int_bits(w) > MAX_INT_SIZE)
            return NULL;
    } else if (is_int(v) && is_seq_const(w)) {
        ssize_t size = py_len(w);
        if (size < 0)
            return NULL;
        if (size) {
            bool coll = PY_TYPE(w) == &py_tuple_type ||
                        PY_TYPE(w) == &py_frozenset_type;
            int64_t n = small_count(
                v, (coll ? MAX_COLLECTION_SIZE : MAX_STR_SIZE) / size);
            if (n < 0)
                return NULL;
            if (coll && n && complexity(w, MAX_TOTAL_ITEMS / n) < 0)
                return NULL;
        }
    } else if (is_int(w) && is_seq_const(v)) {
        return safe_multiply(w, v);
    }
    return py_binop(v, w, PY_NB_MUL);
}

static py_obj *safe_power(py_obj *v, py_obj *w)
{
    if (is_int(v) && is_int(w) && int_sign(v) && int_sign(w) > 0) {
        int64_t e;
        if (py_int_as_i64(w, &e) != 1 ||
            (int64_t)int_bits(v) > MAX_INT_SIZE / e)
            return NULL;
    }
    return py_binop(v, w, PY_NB_POW);
}

static py_obj *safe_lshift(py_obj *v, py_obj *w)
{
    if (is_int(v) && is_int(w) && int_sign(v) && int_sign(w)) {
        int64_t s;
        if (py_int_as_i64(w, &s) != 1 || s < 0 || s > MAX_INT_SIZE ||
            (int64_t)int_bits(v) > MAX_INT_SIZE - s)
            return NULL;
    }
    return py_binop(v, w, PY_NB_LSHIFT);
}

static py_obj *safe_mod(py_obj *v, py_obj *w)
{
    if (PY_TYPE(v) == &py_str_type || PY_TYPE(v) == &py_bytes_type)
        return NULL;
    return py_binop(v, w, PY_NB_MOD);
}

/* ------------------------------------------------------ the folds */

static py_obj *unary_value(int op, py_obj *v)
{
    switch (op) {
    case AST_UADD:
        return py_pos(v);
    case AST_USUB:
        return py_neg(v);
    case AST_INVERT:
        return py_invert(v);
    default: {
        int t = py_is_true(v);
        return t < 0 ? NULL : py_newref(t ? py_False : py_True);
    }
    }
}

/* `not (a OP b)` with OP one of is / is not / in / not in: the inverse
 * comparison replaces the whole node (with the comparison's position). */
static void fold_not_compare(ast_node *e, ast_node *arg)
{
    if (arg->kind != AST_COMPARE || arg->v.compare.comparators.n != 1)
        return;
    int *op = &arg->v.compare.ops[0];
    switch (*op) {
    case AST_CMP_IS:
        *op = AST_CMP_ISNOT;
        break;
    case AST_CMP_ISNOT:
        *op = AST_CMP_IS;
        break;
    case AST_CMP_IN:
        *op = AST_CMP_NOTIN;
        break;
    case AST_CMP_NOTIN:
        *op = AST_CMP_IN;
        break;
    default:
        return; /* == != < ... cannot be safely inverted */
    }
    *e = *arg;
}

static int fold_unary(opt *o, ast_node *e)
{
    ast_node *arg = e->v.unary.operand;
    if (!is_const(arg)) {
        if (e->v.unary.op == AST_NOT)
            fold_not_compare(e, arg);
        return 0;
    }
    return make_const(o, e, unary_value(e->v.unary.op, arg->v.constant.value));
}

static int fold_binop(opt *o, ast_node *e)
{
    ast_node *l = e->v.binop.left, *r = e->v.binop.right;
    if (!is_const(l) || !is_const(r) || e->v.binop.op == PY_NB_MATMUL)
        return 0;
    py_obj *v = l->v.constant.value, *w = r->v.constant.value, *res;
    switch (e->v.binop.op) {
    case PY_NB_MUL:
        res = safe_multiply(v, w);
        break;
    case PY_NB_POW:
        res = safe_power(v, w);
        break;
    case PY_NB_LSHIFT:
        res = safe_lshift(v, w);
        break;
    case PY_NB_MOD:
        res = safe_mod(v, w);
        break;
    default:
        res = py_binop(v, w, (py_binop_kind)e->v.binop.op);
    }
    return make_const(o, e, res);
}

static int fold_tuple(opt *o, ast_node *e)
{
    if (e->v.seq.ctx != AST_LOAD)
        return 0;
    py_obj *t = const_tuple(&e->v.seq.elts);
    if (!t && py_err_occurred())
        return -1;
    return t ? make_const(o, e, t) : 0;
}

static int fold_subscript(opt *o, ast_node *e)
{
    ast_node *v = e->v.subscript.value, *s = e->v.subscript.slice;
    if (e->v.subscript.ctx != AST_LOAD || !is_const(v) || !is_const(s))
        return 0;
    return make_const(o, e,
                      py_getitem(v->v.constant.value, s->v.constant.value));
}

static bool has_starred(ast_seq *elts)
{
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind == AST_STARRED)
            return true;
    return false;
}

/* An iterable that is only iterated (or searched): a list display
 * becomes a tuple, a constant one a constant tuple; a set display of
 * constants a frozenset constant. */
static int fold_iter(opt *o, ast_node *e)
{
    if (e->kind != AST_LIST && e->kind != AST_SET)
        return 0;
    if (e->kind == AST_LIST) {
        if (has_starred(&e->v.seq.elts))
            return 0;
        e->kind = AST_TUPLE;
    }
    py_obj *t = const_tuple(&e->v.seq.elts);
    if (!t)
        return py_err_occurred() ? -1 : 0;
    if (e->kind == AST_SET) {
        py_obj *fs = py_frozenset_new(t);
        PY_DECREF(t);
        if (!fs)
            return py_err_matches(PY_OBJ(py_exc_KeyboardInterrupt))
                       ? -1
                       : (py_err_clear(), 0);
        t = fs;
    }
    return make_const(o, e, t);
}

static int fold_compare(opt *o, ast_node *e)
{
    ast_seq *cmp = &e->v.compare.comparators;
    int op = e->v.compare.ops[cmp->n - 1];
    if (op == AST_CMP_IN || op == AST_CMP_NOTIN)
        return fold_iter(o, cmp->items[cmp->n - 1]);
    return 0;
}

/* ---------------------------------------------------------- walking */

static int fold_seq(opt *o, ast_seq *s)
{
    for (int i = 0; i < s->n; i++)
        if (s->items[i] && fold_expr(o, s->items[i]) < 0)
            return -1;
    return 0;
}

static int fold_opt(opt *o, ast_node *e)
{
    return e ? fold_expr(o, e) : 0;
}

/* An annotation: folded, unless it is kept as text. */
static int fold_ann(opt *o, ast_node *e)
{
    return o->keep_annotations ? 0 : fold_opt(o, e);
}

static int fold_arguments(opt *o, ast_node *a)
{
    ast_seq *lists[] = {&a->v.arguments.posonly, &a->v.arguments.args,
                        &a->v.arguments.kwonly};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->n; i++)
            if (fold_ann(o, lists[k]->items[i]->v.arg.annotation) < 0)
                return -1;
    if ((a->v.arguments.vararg &&
         fold_ann(o, a->v.arguments.vararg->v.arg.annotation) < 0) ||
        (a->v.arguments.kwarg &&
         fold_ann(o, a->v.arguments.kwarg->v.arg.annotation) < 0))
        return -1;
    if (fold_seq(o, &a->v.arguments.defaults) < 0)
        return -1;
    return fold_seq(o, &a->v.arguments.kw_defaults);
}

static int fold_comprehensions(opt *o, ast_seq *gens)
{
    for (int i = 0; i < gens->n; i++) {
        ast_node *g = gens->items[i];
        if (fold_expr(o, g->v.comprehension.target) < 0 ||
            fold_expr(o, g->v.comprehension.iter) < 0 ||
            fold_seq(o, &g->v.comprehension.ifs) < 0 ||
            fold_iter(o, g->v.comprehension.iter) < 0)
            return -1;
    }
    return 0;
}

static int fold_keywords(opt *o, ast_seq *kws)
{
    for (int i = 0; i < kws->n; i++)
        if (fold_expr(o, kws->items[i]->v.keyword.value) < 0)
            return -1;
    return 0;
}

static int fold_expr_inner(opt *o, ast_node *e)
{
    switch (e->kind) {
    case AST_BOOLOP:
        return fold_seq(o, &e->v.boolop.values);
    case AST_NAMEDEXPR:
        return fold_expr(o, e->v.aug.value);
    case AST_BINOP:
        if (fold_expr(o, e->v.binop.left) < 0 ||
            fold_expr(o, e->v.binop.right) < 0)
            return -1;
        return fold_binop(o, e);
    case AST_UNARYOP:
        if (fold_expr(o, e->v.unary.operand) < 0)
            return -1;
        return fold_unary(o, e);
    case AST_LAMBDA:
        if (fold_arguments(o, e->v.lambda.args) < 0)
            return -1;
        return fold_expr(o, e->v.lambda.body);
    case AST_IFEXP:
        if (fold_expr(o, e->v.ifexp.test) < 0 ||
            fold_expr(o, e->v.ifexp.body) < 0)
            return -1;
        return fold_expr(o, e->v.ifexp.orelse);
    case AST_DICT:
        if (fold_seq(o, &e->v.dict.keys) < 0)
            return -1;
        return fold_seq(o, &e->v.dict.values);
    case AST_SET:
    case AST_LIST:
        return fold_seq(o, &e->v.seq.elts);
    case AST_TUPLE:
        if (fold_seq(o, &e->v.seq.elts) < 0)
            return -1;
        return fold_tuple(o, e);
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP:
        if (fold_opt(o, e->v.comp.elt) < 0 || fold_opt(o, e->v.comp.value) < 0)
            return -1;
        return fold_comprehensions(o, &e->v.comp.generators);
    case AST_YIELD:
    case AST_YIELDFROM:
    case AST_AWAIT:
        return fold_opt(o, e->v.value.value);
    case AST_COMPARE:
        if (fold_expr(o, e->v.compare.left) < 0 ||
            fold_seq(o, &e->v.compare.comparators) < 0)
            return -1;
        return fold_compare(o, e);
    case AST_CALL:
        if (fold_expr(o, e->v.call.func) < 0 ||
            fold_seq(o, &e->v.call.args) < 0)
            return -1;
        return fold_keywords(o, &e->v.call.keywords);
    case AST_FORMATTEDVALUE:
        if (fold_expr(o, e->v.fv.value) < 0)
            return -1;
        return fold_opt(o, e->v.fv.format_spec);
    case AST_JOINEDSTR:
        return fold_seq(o, &e->v.joined.values);
    case AST_ATTRIBUTE:
        return fold_expr(o, e->v.attr.value);
    case AST_SUBSCRIPT:
        if (fold_expr(o, e->v.subscript.value) < 0 ||
            fold_expr(o, e->v.subscript.slice) < 0)
            return -1;
        return fold_subscript(o, e);
    case AST_STARRED:
        return fold_expr(o, e->v.starred.value);
    case AST_SLICE:
        if (fold_opt(o, e->v.slice.lower) < 0 ||
            fold_opt(o, e->v.slice.upper) < 0)
            return -1;
        return fold_opt(o, e->v.slice.step);
    case AST_NAME:
        if (e->v.name.ctx == AST_LOAD &&
            strcmp(PY_STR_DATA(e->v.name.id), "__debug__") == 0)
            return make_const(o, e, py_newref(py_True));
        return 0;
    default:
        return 0;
    }
}

static int fold_expr(opt *o, ast_node *e)
{
    if (++o->depth > MAX_OPT_DEPTH) {
        py_err_set(py_exc_RecursionError,
                   "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = fold_expr_inner(o, e);
    o->depth--;
    return r;
}

/* ------------------------------------------------------- statements */

static int fold_pattern(opt *o, ast_node *p);

static int fold_patterns(opt *o, ast_seq *ps)
{
    for (int i = 0; i < ps->n; i++)
        if (ps->items[i] && fold_pattern(o, ps->items[i]) < 0)
            return -1;
    return 0;
}

static int fold_pattern(opt *o, ast_node *p)
{
    switch (p->kind) {
    case AST_PAT_VALUE:
        return fold_expr(o, p->v.pat.value);
    case AST_PAT_MAPPING:
        if (fold_seq(o, &p->v.pat.keys) < 0)
            return -1;
        return fold_patterns(o, &p->v.pat.patterns);
    case AST_PAT_CLASS:
        if (fold_expr(o, p->v.pat.value) < 0 ||
            fold_patterns(o, &p->v.pat.patterns) < 0)
            return -1;
        return fold_patterns(o, &p->v.pat.kwd_patterns);
    case AST_PAT_SEQUENCE:
    case AST_PAT_OR:
        return fold_patterns(o, &p->v.pat.patterns);
    case AST_PAT_AS:
        return p->v.pat.value ? fold_pattern(o, p->v.pat.value) : 0;
    default:
        return 0;
    }
}

static int fold_stmt(opt *o, ast_node *s);

static int fold_stmts(opt *o, ast_seq *body)
{
    for (int i = 0; i < body->n; i++)
        if (fold_stmt(o, body->items[i]) < 0)
            return -1;
    return 0;
}

static int fold_handlers(opt *o, ast_seq *hs)
{
    for (int i = 0; i < hs->n; i++) {
        ast_node *h = hs->items[i];
        if (fold_opt(o, h->v.handler.type) < 0 ||
            fold_stmts(o, &h->v.handler.body) < 0)
            return -1;
    }
    return 0;
}

static int fold_withitems(opt *o, ast_seq *items)
{
    for (int i = 0; i < items->n; i++) {
        ast_node *w = items->items[i];
        if (fold_expr(o, w->v.withitem.context_expr) < 0 ||
            fold_opt(o, w->v.withitem.optional_vars) < 0)
            return -1;
    }
    return 0;
}

static int fold_match(opt *o, ast_node *s)
{
    if (fold_expr(o, s->v.match.subject) < 0)
        return -1;
    for (int i = 0; i < s->v.match.cases.n; i++) {
        ast_node *mc = s->v.match.cases.items[i];
        if (fold_pattern(o, mc->v.mcase.pattern) < 0 ||
            fold_opt(o, mc->v.mcase.guard) < 0 ||
            fold_stmts(o, &mc->v.mcase.body) < 0)
            return -1;
    }
    return 0;
}

static int fold_def(opt *o, ast_node *s)
{
    if (fold_arguments(o, s->v.func.args) < 0 ||
        fold_body(o, &s->v.func.body) < 0 ||
        fold_seq(o, &s->v.func.decorators) < 0)
        return -1;
    return fold_ann(o, s->v.func.returns);
}

static int fold_stmt_inner(opt *o, ast_node *s)
{
    switch (s->kind) {
    case AST_FUNCTIONDEF:
        return fold_def(o, s);
    case AST_CLASSDEF:
        if (fold_seq(o, &s->v.cls.bases) < 0 ||
            fold_keywords(o, &s->v.cls.keywords) < 0 ||
            fold_body(o, &s->v.cls.body) < 0)
            return -1;
        return fold_seq(o, &s->v.cls.decorators);
    case AST_RETURN:
    case AST_EXPR:
        return fold_opt(o, s->v.value.value);
    case AST_DELETE:
    case AST_ASSIGN:
        if (fold_seq(o, &s->v.assign.targets) < 0)
            return -1;
        return fold_opt(o, s->v.assign.value);
    case AST_AUGASSIGN:
    case AST_ANNASSIGN:
        if (fold_expr(o, s->v.aug.target) < 0 ||
            fold_ann(o, s->v.aug.annotation) < 0)
            return -1;
        return fold_opt(o, s->v.aug.value);
    case AST_FOR:
        if (fold_expr(o, s->v.for_.target) < 0 ||
            fold_expr(o, s->v.for_.iter) < 0 ||
            fold_stmts(o, &s->v.for_.body) < 0 ||
            fold_stmts(o, &s->v.for_.orelse) < 0)
            return -1;
        return s->v.for_.is_async ? 0 : fold_iter(o, s->v.for_.iter);
    case AST_WHILE:
    case AST_IF:
        if (fold_expr(o, s->v.if_.test) < 0 ||
            fold_stmts(o, &s->v.if_.body) < 0)
            return -1;
        return fold_stmts(o, &s->v.if_.orelse);
    case AST_WITH:
        if (fold_withitems(o, &s->v.with.items) < 0)
            return -1;
        return fold_stmts(o, &s->v.with.body);
    case AST_RAISE:
        if (fold_opt(o, s->v.raise.exc) < 0)
            return -1;
        return fold_opt(o, s->v.raise.cause);
    case AST_TRY:
        if (fold_stmts(o, &s->v.try_.body) < 0 ||
            fold_handlers(o, &s->v.try_.handlers) < 0 ||
            fold_stmts(o, &s->v.try_.orelse) < 0)
            return -1;
        return fold_stmts(o, &s->v.try_.finalbody);
    case AST_ASSERT:
        if (fold_expr(o, s->v.assert_.test) < 0)
            return -1;
        return fold_opt(o, s->v.assert_.msg);
    case AST_MATCH:
        return fold_match(o, s);
    default:
        return 0;
    }
}

static int fold_stmt(opt *o, ast_node *s)
{
    if (++o->depth > MAX_OPT_DEPTH) {
        py_err_set(py_exc_RecursionError,
                   "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = fold_stmt_inner(o, s);
    o->depth--;
    return r;
}

static bool docstring_of(ast_seq *body)
{
    if (!body->n || body->items[0]->kind != AST_EXPR)
        return false;
    ast_node *v = body->items[0]->v.value.value;
    return v->kind == AST_CONSTANT &&
           PY_TYPE(v->v.constant.value) == &py_str_type;
}

/* Fold a module, class or function body; a str constant that folding
 * made its first statement is wrapped so it is no docstring. */
static int fold_body(opt *o, ast_seq *body)
{
    bool had = docstring_of(body);
    if (fold_stmts(o, body) < 0)
        return -1;
    if (had || !docstring_of(body))
        return 0;
    ast_node *v = body->items[0]->v.value.value;
    ast_node *j = ast_new(o->arena, AST_JOINEDSTR, v->lineno, v->col,
                          v->end_lineno, v->end_col);
    if (!j || ast_seq_push(o->arena, &j->v.joined.values, v) < 0)
        return -1;
    body->items[0]->v.value.value = j;
    return 0;
}

int py_ast_optimize(ast_node *mod, ast_arena *arena, bool module,
                    bool keep_annotations)
{
    opt o = {arena, 0, keep_annotations};
    ast_seq *body = &mod->v.module.body;
    return module ? fold_body(&o, body) : fold_stmts(&o, body);
}
