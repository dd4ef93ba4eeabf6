/*
 * unparse.c -- an expression's source text rebuilt from its AST, as
 * CPython 3.11 does for `from __future__ import annotations`: every
 * annotation is stored as this string instead of being evaluated.
 *
 * The text is canonical, not the original: single quotes from repr(),
 * one space around binary operators, parentheses only where the
 * precedence of the enclosing operator needs them.  The precedence
 * levels and their use follow CPython's (and Lib/ast.py's unparse):
 * a node is parenthesised when the level its context asks for is above
 * its own.
 */
#include <math.h>
#include <string.h>

#include "ast.h"
#include "numstr.h"
#include "objects.h"
#include "runtime.h"

enum {
    PR_TUPLE,
    PR_TEST, /* if-else, lambda */
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM
};

typedef struct ubuf {
    char *s;
    size_t len, cap;
    bool failed;
} ubuf;

static void put(ubuf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->cap + n + 1) * 2;
        char *p = py_mem_alloc(cap);
        if (!p) {
            b->failed = true;
            return;
        }
        if (b->s)
            memcpy(p, b->s, b->len);
        py_mem_free(b->s);
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void puts_(ubuf *b, const char *s)
{
    put(b, s, strlen(s));
}

/* repr(o) into b. */
static void put_repr(ubuf *b, py_obj *o)
{
    py_obj *r = py_repr(o);
    if (!r) {
        b->failed = true;
        return;
    }
    put(b, PY_STR_DATA(r), (size_t)PY_STR_NBYTES(r));
    PY_DECREF(r);
}

static void expr(ubuf *b, ast_node *e, int level);

static void open_if(ubuf *b, bool cond)
{
    if (cond)
        puts_(b, "(");
}

static void close_if(ubuf *b, bool cond)
{
    if (cond)
        puts_(b, ")");
}

static void seq(ubuf *b, ast_seq *s, int level)
{
    for (int i = 0; i < s->n; i++) {
        if (i)
            puts_(b, ", ");
        expr(b, s->items[i], level);
    }
}

static const char *const binop_text[] = {
    " + ",  " - ",  " * ", " / ", " // ", " % ", " ** ",
    " << ", " >> ", " & ", " | ", " ^ ",  " @ ",
};

static int binop_level(int op)
{
    switch (op) {
    case PY_NB_ADD:
    case PY_NB_SUB:
        return PR_ARITH;
    case PY_NB_MUL:
    case PY_NB_TRUEDIV:
    case PY_NB_FLOORDIV:
    case PY_NB_MOD:
    case PY_NB_MATMUL:
        return PR_TERM;
    case PY_NB_POW:
        return PR_POWER;
    case PY_NB_LSHIFT:
    case PY_NB_RSHIFT:
        return PR_SHIFT;
    case PY_NB_AND:
        return PR_BAND;
    case PY_NB_XOR:
        return PR_BXOR;
    default:
        return PR_BOR;
    }
}

static void binop(ubuf *b, ast_node *e, int level)
{
    int op = e->v.binop.op, pr = binop_level(op);
    bool rassoc = op == PY_NB_POW;
    open_if(b, level > pr);
    expr(b, e->v.binop.left, rassoc ? pr + 1 : pr);
    puts_(b, binop_text[op]);
    expr(b, e->v.binop.right, rassoc ? pr : pr + 1);
    close_if(b, level > pr);
}

static void unaryop(ubuf *b, ast_node *e, int level)
{
    static const char *const text[] = {"+", "-", "not ", "~"};
    int op = e->v.unary.op, pr = op == AST_NOT ? PR_NOT : PR_FACTOR;
    open_if(b, level > pr);
    puts_(b, text[op]);
    expr(b, e->v.unary.operand, pr);
    close_if(b, level > pr);
}

static void compare(ubuf *b, ast_node *e, int level)
{
    static const char *const text[] = {
        " < ",  " <= ", " == ",     " != ", " > ",
        " >= ", " is ", " is not ", " in ", " not in "};
    open_if(b, level > PR_CMP);
    expr(b, e->v.compare.left, PR_CMP + 1);
    for (int i = 0; i < e->v.compare.comparators.n; i++) {
        puts_(b, text[e->v.compare.ops[i]]);
        expr(b, e->v.compare.comparators.items[i], PR_CMP + 1);
    }
    close_if(b, level > PR_CMP);
}

static void boolop(ubuf *b, ast_node *e, int level)
{
    int pr = e->v.boolop.op == AST_AND ? PR_AND : PR_OR;
    open_if(b, level > pr);
    for (int i = 0; i < e->v.boolop.values.n; i++) {
        if (i)
            puts_(b, pr == PR_AND ? " and " : " or ");
        expr(b, e->v.boolop.values.items[i], pr + 1);
    }
    close_if(b, level > pr);
}

static void tuple(ubuf *b, ast_node *e, int level)
{
    if (e->v.seq.elts.n == 0) {
        puts_(b, "()");
        return;
    }
    open_if(b, level > PR_TUPLE);
    seq(b, &e->v.seq.elts, PR_TEST);
    if (e->v.seq.elts.n == 1)
        puts_(b, ",");
    close_if(b, level > PR_TUPLE);
}

static void arg(ubuf *b, ast_node *a, ast_node *dflt)
{
    put(b, PY_STR_DATA(a->v.arg.arg), (size_t)PY_STR_NBYTES(a->v.arg.arg));
    if (dflt) {
        puts_(b, "=");
        expr(b, dflt, PR_TEST);
    }
}

static void arguments(ubuf *b, ast_node *a)
{
    bool first = true;
    int npos = a->v.arguments.posonly.n + a->v.arguments.args.n;
    int ndef = a->v.arguments.defaults.n;
    for (int i = 0; i < npos; i++) {
        bool po = i < a->v.arguments.posonly.n;
        ast_node *p =
            po ? a->v.arguments.posonly.items[i]
               : a->v.arguments.args.items[i - a->v.arguments.posonly.n];
        int d = i - (npos - ndef);
        if (!first)
            puts_(b, ", ");
        first = false;
        arg(b, p, d >= 0 ? a->v.arguments.defaults.items[d] : NULL);
        if (po && i + 1 == a->v.arguments.posonly.n)
            puts_(b, ", /");
    }
    if (a->v.arguments.vararg || a->v.arguments.kwonly.n) {
        puts_(b, first ? "*" : ", *");
        first = false;
        if (a->v.arguments.vararg)
            arg(b, a->v.arguments.vararg, NULL);
    }
    for (int i = 0; i < a->v.arguments.kwonly.n; i++) {
        puts_(b, ", ");
        arg(b, a->v.arguments.kwonly.items[i],
            a->v.arguments.kw_defaults.items[i]);
    }
    if (a->v.arguments.kwarg) {
        puts_(b, first ? "**" : ", **");
        arg(b, a->v.arguments.kwarg, NULL);
    }
}

static void lambda(ubuf *b, ast_node *e, int level)
{
    ast_node *a = e->v.lambda.args;
    bool any = a->v.arguments.posonly.n || a->v.arguments.args.n ||
               a->v.arguments.vararg || a->v.arguments.kwonly.n ||
               a->v.arguments.kwarg;
    open_if(b, level > PR_TEST);
    puts_(b, any ? "lambda " : "lambda");
    arguments(b, a);
    puts_(b, ": ");
    expr(b, e->v.lambda.body, PR_TEST);
    close_if(b, level > PR_TEST);
}

static void comprehension(ubuf *b, ast_seq *gens)
{
    for (int i = 0; i < gens->n; i++) {
        ast_node *g = gens->items[i];
        puts_(b, g->v.comprehension.is_async ? " async for " : " for ");
        expr(b, g->v.comprehension.target, PR_TUPLE);
        puts_(b, " in ");
        expr(b, g->v.comprehension.iter, PR_TEST + 1);
        for (int k = 0; k < g->v.comprehension.ifs.n; k++) {
            puts_(b, " if ");
            expr(b, g->v.comprehension.ifs.items[k], PR_TEST + 1);
        }
    }
}

static void comp(ubuf *b, ast_node *e)
{
    const char *open = e->kind == AST_LISTCOMP ? "["
                       : e->kind == AST_GENEXP ? "("
                                               : "{";
    const char *close = e->kind == AST_LISTCOMP ? "]"
                        : e->kind == AST_GENEXP ? ")"
                                                : "}";
    puts_(b, open);
    if (e->kind == AST_DICTCOMP) {
        expr(b, e->v.comp.elt, PR_TEST);
        puts_(b, ": ");
        expr(b, e->v.comp.value, PR_TEST);
    } else {
        expr(b, e->v.comp.elt, PR_TEST);
    }
    comprehension(b, &e->v.comp.generators);
    puts_(b, close);
}

static void dict(ubuf *b, ast_node *e)
{
    puts_(b, "{");
    for (int i = 0; i < e->v.dict.values.n; i++) {
        if (i)
            puts_(b, ", ");
        ast_node *k = e->v.dict.keys.items[i];
        if (k) {
            expr(b, k, PR_TEST);
            puts_(b, ": ");
            expr(b, e->v.dict.values.items[i], PR_TEST);
        } else {
            puts_(b, "**");
            expr(b, e->v.dict.values.items[i], PR_EXPR);
        }
    }
    puts_(b, "}");
}

static void call(ubuf *b, ast_node *e)
{
    expr(b, e->v.call.func, PR_ATOM);
    ast_seq *args = &e->v.call.args;
    if (args->n == 1 && args->items[0]->kind == AST_GENEXP &&
        e->v.call.keywords.n == 0) {
        expr(b, args->items[0], PR_TEST); /* f(x for x in y) */
        return;
    }
    puts_(b, "(");
    seq(b, args, PR_TEST);
    for (int i = 0; i < e->v.call.keywords.n; i++) {
        ast_node *k = e->v.call.keywords.items[i];
        if (i || args->n)
            puts_(b, ", ");
        if (k->v.keyword.arg) {
            put(b, PY_STR_DATA(k->v.keyword.arg),
                (size_t)PY_STR_NBYTES(k->v.keyword.arg));
            puts_(b, "=");
        } else {
            puts_(b, "**");
        }
        expr(b, k->v.keyword.value, PR_TEST);
    }
    puts_(b, ")");
}

static void slice_part(ubuf *b, ast_node *e)
{
    if (e->kind != AST_SLICE) {
        expr(b, e, PR_TEST);
        return;
    }
    if (e->v.slice.lower)
        expr(b, e->v.slice.lower, PR_TEST);
    puts_(b, ":");
    if (e->v.slice.upper)
        expr(b, e->v.slice.upper, PR_TEST);
    if (e->v.slice.step) {
        puts_(b, ":");
        expr(b, e->v.slice.step, PR_TEST);
    }
}

static void subscript(ubuf *b, ast_node *e)
{
    expr(b, e->v.subscript.value, PR_ATOM);
    puts_(b, "[");
    ast_node *s = e->v.subscript.slice;
    if (s->kind == AST_TUPLE && s->v.seq.elts.n > 0) {
        for (int i = 0; i < s->v.seq.elts.n; i++) {
            if (i)
                puts_(b, ", ");
            slice_part(b, s->v.seq.elts.items[i]);
        }
        if (s->v.seq.elts.n == 1)
            puts_(b, ",");
    } else {
        slice_part(b, s);
    }
    puts_(b, "]");
}

static void attribute(ubuf *b, ast_node *e)
{
    ast_node *v = e->v.attr.value;
    expr(b, v, PR_ATOM);
    /* 1 .real: an int literal needs a space before the dot */
    if (v->kind == AST_CONSTANT && PY_TYPE(v->v.constant.value) == &py_int_type)
        puts_(b, " ");
    puts_(b, ".");
    put(b, PY_STR_DATA(e->v.attr.attr), (size_t)PY_STR_NBYTES(e->v.attr.attr));
}

static void constant(ubuf *b, py_obj *v)
{
    if (v == py_Ellipsis)
        puts_(b, "...");
    else if (PY_TYPE(v) == &py_float_type && !isfinite(PY_FLOAT_VAL(v)) &&
             !isnan(PY_FLOAT_VAL(v)))
        puts_(b, PY_FLOAT_VAL(v) > 0 ? "1e309" : "-1e309");
    else
        put_repr(b, v);
}

/* The body of an f-string (or of a format spec inside one, where
 * braces are not doubled): literal text and {value!conv:spec} fields. */
static void fstring_body(ubuf *b, ast_node *e, bool spec)
{
    for (int i = 0; e->kind == AST_JOINEDSTR && i < e->v.joined.values.n; i++) {
        ast_node *p = e->v.joined.values.items[i];
        if (p->kind == AST_CONSTANT && py_is_str(p->v.constant.value)) {
            py_obj *s = p->v.constant.value;
            const char *t = PY_STR_DATA(s);
            for (ssize_t k = 0; k < PY_STR_NBYTES(s); k++) {
                bool brace = !spec && (t[k] == '{' || t[k] == '}');
                put(b, brace ? (t[k] == '{' ? "{{" : "}}") : &t[k],
                    brace ? 2 : 1);
            }
            continue;
        }
        if (p->kind != AST_FORMATTEDVALUE)
            continue;
        puts_(b, "{");
        ubuf v = {0};
        expr(&v, p->v.fv.value, PR_TEST + 1);
        if (v.s && v.s[0] == '{')
            puts_(b, " ");
        if (v.s)
            puts_(b, v.s);
        b->failed |= v.failed;
        py_mem_free(v.s);
        if (p->v.fv.conversion > 0) {
            char conv[3] = {'!', (char)p->v.fv.conversion, 0};
            puts_(b, conv);
        }
        if (p->v.fv.format_spec) {
            puts_(b, ":");
            fstring_body(b, p->v.fv.format_spec, true);
        }
        puts_(b, "}");
    }
}

/* An f-string: f + repr() of its body. */
static void joined(ubuf *b, ast_node *e)
{
    ubuf inner = {0};
    fstring_body(&inner, e, false);
    py_obj *s = inner.failed ? NULL : py_str_from_cstr(inner.s ? inner.s : "");
    py_mem_free(inner.s);
    if (!s) {
        b->failed = true;
        return;
    }
    puts_(b, "f");
    put_repr(b, s);
    PY_DECREF(s);
}

static void expr(ubuf *b, ast_node *e, int level)
{
    if (b->failed)
        return;
    switch (e->kind) {
    case AST_BOOLOP:
        return boolop(b, e, level);
    case AST_NAMEDEXPR:
        open_if(b, level > PR_TUPLE);
        expr(b, e->v.aug.target, PR_ATOM);
        puts_(b, " := ");
        expr(b, e->v.aug.value, PR_ATOM);
        return close_if(b, level > PR_TUPLE);
    case AST_BINOP:
        return binop(b, e, level);
    case AST_UNARYOP:
        return unaryop(b, e, level);
    case AST_LAMBDA:
        return lambda(b, e, level);
    case AST_IFEXP:
        open_if(b, level > PR_TEST);
        expr(b, e->v.ifexp.body, PR_TEST + 1);
        puts_(b, " if ");
        expr(b, e->v.ifexp.test, PR_TEST + 1);
        puts_(b, " else ");
        expr(b, e->v.ifexp.orelse, PR_TEST);
        return close_if(b, level > PR_TEST);
    case AST_DICT:
        return dict(b, e);
    case AST_SET:
        if (!e->v.seq.elts.n)
            return puts_(b, "{*()}");
        puts_(b, "{");
        seq(b, &e->v.seq.elts, PR_TEST);
        return puts_(b, "}");
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP:
        return comp(b, e);
    case AST_YIELD:
    case AST_YIELDFROM:
        puts_(b, "(");
        puts_(b, e->kind == AST_YIELD ? "yield" : "yield from");
        if (e->v.value.value) {
            puts_(b, " ");
            expr(b, e->v.value.value, PR_TEST);
        }
        return puts_(b, ")");
    case AST_AWAIT:
        open_if(b, level > PR_AWAIT);
        puts_(b, "await ");
        expr(b, e->v.value.value, PR_ATOM);
        return close_if(b, level > PR_AWAIT);
    case AST_COMPARE:
        return compare(b, e, level);
    case AST_CALL:
        return call(b, e);
    case AST_JOINEDSTR:
        return joined(b, e);
    case AST_CONSTANT:
        return constant(b, e->v.constant.value);
    case AST_ATTRIBUTE:
        return attribute(b, e);
    case AST_SUBSCRIPT:
        return subscript(b, e);
    case AST_STARRED:
        puts_(b, "*");
        return expr(b, e->v.starred.value, PR_EXPR);
    case AST_NAME:
        return put(b, PY_STR_DATA(e->v.name.id),
                   (size_t)PY_STR_NBYTES(e->v.name.id));
    case AST_LIST:
        puts_(b, "[");
        seq(b, &e->v.seq.elts, PR_TEST);
        return puts_(b, "]");
    case AST_TUPLE:
        return tuple(b, e, level);
    case AST_SLICE:
        return slice_part(b, e);
    default:
        puts_(b, "...");
        return;
    }
}

py_obj *py_ast_unparse(ast_node *e)
{
    ubuf b = {0};
    expr(&b, e, PR_TEST);
    if (b.failed) {
        py_mem_free(b.s);
        return py_err_occurred() ? NULL : py_err_nomemory();
    }
    py_obj *s = py_str_from_cstr(b.s ? b.s : "");
    py_mem_free(b.s);
    return s;
}
