/*
 * unparse.c -- an expression of the syntax tree back to source text, as
 * CPython 3.11's compiler writes annotations under `from __future__
 * import annotations` (PEP 563): minimal parentheses by operator
 * precedence, constants by repr(), subscripts without the parentheses
 * of a tuple index.
 *
 * The kinds annotations are made of (names, attributes, subscripts,
 * calls, constants, operators, displays, slices, conditional and starred
 * expressions) are written from the tree; the rare others (lambda,
 * comprehensions, f-strings, await, yield, :=) as their source text.
 */
#include <string.h>

#include "ast.h"
#include "numstr.h"

/* CPython's precedence levels, loosest first. */
enum {
    PR_TUPLE,
    PR_TEST, /* if-else, lambda */
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_BOR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

typedef struct up {
    py_sbuf sb;
    const char *src; /* the source, for the kinds written as their text */
    size_t len;
    int err; /* -1 once a repr() failed (exception pending) */
} up;

static void unparse(up *u, const ast_node *e, int level);

static void put(up *u, const char *s)
{
    py_sb_puts(&u->sb, s);
}

/* The source text of e (its span), for the kinds not written here. */
static void source_text(up *u, const ast_node *e)
{
    const char *p = u->src, *end = u->src + u->len;
    for (int line = 1; line < e->lineno && p < end; p++)
        if (*p == '\n')
            line++;
    const char *s = p + e->col, *q = s;
    for (int line = e->lineno; line < e->end_lineno && q < end; q++)
        if (*q == '\n')
            line++;
    if (e->end_lineno > e->lineno) {
        while (q > s && q[-1] != '\n')
            q--;
        q += e->end_col;
    } else {
        q = p + e->end_col;
    }
    if (s <= q && q <= end)
        py_sb_put(&u->sb, s, (size_t)(q - s));
}

static void constant(up *u, py_obj *v)
{
    if (v == py_Ellipsis) {
        put(u, "...");
        return;
    }
    py_obj *r = py_repr(v);
    if (!r) {
        u->err = -1;
        return;
    }
    const char *s = PY_STR_DATA(r);
    if (strcmp(s, "inf") == 0 || strcmp(s, "-inf") == 0) /* as CPython */
        put(u, s[0] == '-' ? "-1e309" : "1e309");
    else
        py_sb_put_str(&u->sb, r);
    PY_DECREF(r);
}

static void items(up *u, const ast_seq *s, int level)
{
    for (int i = 0; i < s->n; i++) {
        if (i)
            put(u, ", ");
        unparse(u, s->items[i], level);
    }
}

/* Tuple elements "a, b" ("a," for one), unparenthesised. */
static void tuple_elts(up *u, const ast_node *t)
{
    items(u, &t->v.seq.elts, PR_TEST);
    if (t->v.seq.elts.n == 1)
        put(u, ",");
}

static const char *const binop_text[PY_NB_COUNT] = {
    [PY_NB_ADD] = " + ",     [PY_NB_SUB] = " - ",       [PY_NB_MUL] = " * ",
    [PY_NB_TRUEDIV] = " / ", [PY_NB_FLOORDIV] = " // ", [PY_NB_MOD] = " % ",
    [PY_NB_POW] = " ** ",    [PY_NB_LSHIFT] = " << ",   [PY_NB_RSHIFT] = " >> ",
    [PY_NB_AND] = " & ",     [PY_NB_OR] = " | ",        [PY_NB_XOR] = " ^ ",
    [PY_NB_MATMUL] = " @ ",
};

static int binop_level(int op)
{
    switch (op) {
    case PY_NB_ADD:
    case PY_NB_SUB:
        return PR_ARITH;
    case PY_NB_LSHIFT:
    case PY_NB_RSHIFT:
        return PR_SHIFT;
    case PY_NB_AND:
        return PR_BAND;
    case PY_NB_OR:
        return PR_BOR;
    case PY_NB_XOR:
        return PR_BXOR;
    case PY_NB_POW:
        return PR_POWER;
    default:
        return PR_TERM;
    }
}

static void binop(up *u, const ast_node *e, int level)
{
    int pr = binop_level(e->v.binop.op), right = e->v.binop.op == PY_NB_POW;
    if (level > pr)
        put(u, "(");
    unparse(u, e->v.binop.left, pr + !right);
    put(u, binop_text[e->v.binop.op]);
    unparse(u, e->v.binop.right, pr + right);
    if (level > pr)
        put(u, ")");
}

static void unaryop(up *u, const ast_node *e, int level)
{
    static const char *const text[] = {[AST_UADD] = "+",
                                       [AST_USUB] = "-",
                                       [AST_NOT] = "not ",
                                       [AST_INVERT] = "~"};
    int pr = e->v.unary.op == AST_NOT ? PR_NOT : PR_FACTOR;
    if (level > pr)
        put(u, "(");
    put(u, text[e->v.unary.op]);
    unparse(u, e->v.unary.operand, pr);
    if (level > pr)
        put(u, ")");
}

static void boolop(up *u, const ast_node *e, int level)
{
    int pr = e->v.boolop.op == AST_AND ? PR_AND : PR_OR;
    if (level > pr)
        put(u, "(");
    for (int i = 0; i < e->v.boolop.values.n; i++) {
        if (i)
            put(u, pr == PR_AND ? " and " : " or ");
        unparse(u, e->v.boolop.values.items[i], pr + 1);
    }
    if (level > pr)
        put(u, ")");
}

static void compare(up *u, const ast_node *e, int level)
{
    static const char *const text[] = {
        [PY_LT] = " < ",       [PY_LE] = " <= ",
        [PY_EQ] = " == ",      [PY_NE] = " != ",
        [PY_GT] = " > ",       [PY_GE] = " >= ",
        [AST_CMP_IS] = " is ", [AST_CMP_ISNOT] = " is not ",
        [AST_CMP_IN] = " in ", [AST_CMP_NOTIN] = " not in ",
    };
    if (level > PR_CMP)
        put(u, "(");
    unparse(u, e->v.compare.left, PR_CMP + 1);
    for (int i = 0; i < e->v.compare.comparators.n; i++) {
        put(u, text[e->v.compare.ops[i]]);
        unparse(u, e->v.compare.comparators.items[i], PR_CMP + 1);
    }
    if (level > PR_CMP)
        put(u, ")");
}

static void call(up *u, const ast_node *e)
{
    unparse(u, e->v.call.func, PR_ATOM);
    put(u, "(");
    items(u, &e->v.call.args, PR_TEST);
    for (int i = 0; i < e->v.call.keywords.n; i++) {
        const ast_node *k = e->v.call.keywords.items[i];
        if (i || e->v.call.args.n)
            put(u, ", ");
        if (k->v.keyword.arg) {
            py_sb_put_str(&u->sb, k->v.keyword.arg);
            put(u, "=");
        } else {
            put(u, "**");
        }
        unparse(u, k->v.keyword.value, PR_TEST);
    }
    put(u, ")");
}

static void subscript(up *u, const ast_node *e)
{
    const ast_node *s = e->v.subscript.slice;
    unparse(u, e->v.subscript.value, PR_ATOM);
    put(u, "[");
    if (s->kind == AST_TUPLE && s->v.seq.elts.n)
        tuple_elts(u, s);
    else
        unparse(u, s, PR_TUPLE);
    put(u, "]");
}

static void slice(up *u, const ast_node *e)
{
    if (e->v.slice.lower)
        unparse(u, e->v.slice.lower, PR_TEST);
    put(u, ":");
    if (e->v.slice.upper)
        unparse(u, e->v.slice.upper, PR_TEST);
    if (e->v.slice.step) {
        put(u, ":");
        unparse(u, e->v.slice.step, PR_TEST);
    }
}

static void dict(up *u, const ast_node *e)
{
    put(u, "{");
    for (int i = 0; i < e->v.dict.values.n; i++) {
        if (i)
            put(u, ", ");
        const ast_node *k = e->v.dict.keys.items[i];
        if (k) {
            unparse(u, k, PR_TEST);
            put(u, ": ");
        } else {
            put(u, "**");
        }
        unparse(u, e->v.dict.values.items[i], k ? PR_TEST : PR_BOR);
    }
    put(u, "}");
}

static void displays(up *u, const ast_node *e, int level)
{
    switch (e->kind) {
    case AST_TUPLE:
        if (level > PR_TUPLE || !e->v.seq.elts.n)
            put(u, "(");
        tuple_elts(u, e);
        if (level > PR_TUPLE || !e->v.seq.elts.n)
            put(u, ")");
        break;
    case AST_LIST:
        put(u, "[");
        items(u, &e->v.seq.elts, PR_TEST);
        put(u, "]");
        break;
    case AST_SET:
        put(u, "{");
        items(u, &e->v.seq.elts, PR_TEST);
        put(u, "}");
        break;
    default:
        dict(u, e);
    }
}

static void ifexp(up *u, const ast_node *e, int level)
{
    if (level > PR_TEST)
        put(u, "(");
    unparse(u, e->v.ifexp.body, PR_TEST + 1);
    put(u, " if ");
    unparse(u, e->v.ifexp.test, PR_TEST + 1);
    put(u, " else ");
    unparse(u, e->v.ifexp.orelse, PR_TEST);
    if (level > PR_TEST)
        put(u, ")");
}

static void unparse(up *u, const ast_node *e, int level)
{
    switch (e->kind) {
    case AST_NAME:
        py_sb_put_str(&u->sb, e->v.name.id);
        break;
    case AST_CONSTANT:
        constant(u, e->v.constant.value);
        break;
    case AST_ATTRIBUTE:
        unparse(u, e->v.attr.value, PR_ATOM);
        put(u, ".");
        py_sb_put_str(&u->sb, e->v.attr.attr);
        break;
    case AST_SUBSCRIPT:
        subscript(u, e);
        break;
    case AST_CALL:
        call(u, e);
        break;
    case AST_BINOP:
        binop(u, e, level);
        break;
    case AST_UNARYOP:
        unaryop(u, e, level);
        break;
    case AST_BOOLOP:
        boolop(u, e, level);
        break;
    case AST_COMPARE:
        compare(u, e, level);
        break;
    case AST_TUPLE:
    case AST_LIST:
    case AST_SET:
    case AST_DICT:
        displays(u, e, level);
        break;
    case AST_SLICE:
        slice(u, e);
        break;
    case AST_STARRED:
        put(u, "*");
        unparse(u, e->v.starred.value, PR_BOR);
        break;
    case AST_IFEXP:
        ifexp(u, e, level);
        break;
    default: /* lambda, comprehensions, f-strings, await, yield, := */
        source_text(u, e);
    }
}

/* The source text CPython 3.11 gives annotation e under PEP 563.  src
 * (len bytes) is the text e was parsed from.  NEW str, or NULL with an
 * exception. */
py_obj *py_ast_unparse_annotation(const ast_node *e, const char *src,
                                  size_t len)
{
    up u = {.src = src, .len = len};
    py_sb_init(&u.sb);
    unparse(&u, e, PR_TEST);
    if (u.err < 0) {
        py_sb_free(&u.sb);
        return NULL;
    }
    return py_sb_finish(&u.sb);
}
