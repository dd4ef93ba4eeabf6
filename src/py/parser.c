/*
 * parser.c -- recursive-descent parser for Python 3.11 (see parser.h).
 *
 * One C function per grammar rule of CPython's Grammar/python.gram, with
 * the same names where possible (star_expressions, disjunction, primary,
 * ...).  Tokens come from the pull lexer through a small ring buffer: the
 * grammar needs at most two tokens of lookahead, so a huge file is parsed
 * without keeping all its tokens.
 *
 * Every rule returns a node, or NULL once an error is recorded in
 * p->err (only the first error is kept).  CPython reports most syntax
 * errors through a second "invalid_" pass; here the equivalent checks sit
 * where the rule fails, which yields the same messages for the common
 * cases ("expected ':'", "Perhaps you forgot a comma?", "cannot assign to
 * ...", indentation errors).  A generic "invalid syntax" is replaced by a
 * tokenizer error found later in the file, as CPython does.
 *
 * The soft keywords `match` and `case` stay ordinary names: a statement
 * starting with `match` is a match statement only when its logical line
 * is a compound header (match_ahead looks ahead with a copy of the
 * lexer); inside it, `case` starts each block.
 *
 * Nesting is bounded (MAX_DEPTH) so hostile input ends in a SyntaxError
 * rather than a C stack overflow.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "lexer.h"
#include "objects.h"
#include "parser.h"
#include "runtime.h"
#include "unicode_db.h"

#define MAX_DEPTH 1000
#define RING      8

typedef struct perr {
    py_type *type;
    char msg[320];
    int line, col, end_line, end_col;
    bool line_only; /* the text is the line without its newline */
    /* an error inside an f-string replacement field's expression, which
     * CPython 3.11 reparses as "(expr)": that text stands for the source
     * (sub_text, sub_len: the expression; sub_line, sub_col: where it
     * starts), and the columns count from its "(" */
    const char *sub_text;
    size_t sub_len;
    int sub_line, sub_col;
} perr;

typedef struct parser {
    lexer lx;
    lx_token ring[RING];
    long ntoks, pos; /* tokens lexed so far; index of the current one */
    int last_end_line, last_end_col;
    ast_arena *a;
    const char *src; /* the whole file (for error texts) */
    size_t len;
    const char *filename;
    int depth;
    bool eval_mode; /* eval(): texts keep the source's missing newline */
    bool failed;
    bool pyerr; /* the error is a pending Python exception (MemoryError) */
    perr err;
    ast_node *bare_genexp; /* the last genexp_tail() made */
    bool class_args;       /* call_args reads class bases: no genexp */
} parser;

typedef struct spos {
    int line, col;
} spos;

static ast_node *expression(parser *p);
static ast_node *star_expressions(parser *p);
static ast_node *named_expression(parser *p);
static ast_node *bitwise_or(parser *p);
static ast_node *disjunction(parser *p);
static ast_node *yield_expr(parser *p);
static ast_node *star_targets(parser *p);
static int block(parser *p, ast_seq *body, const char *what, int line);
static int statement(parser *p, ast_seq *body);
static ast_node *parse_strings(parser *p);

/* ---------------------------------------------------------------- tokens */

static lx_token *peek(parser *p, int k)
{
    while (p->ntoks <= p->pos + k) {
        lx_token *last = p->ntoks ? &p->ring[(p->ntoks - 1) % RING] : NULL;
        if (last && (last->type == TK_ENDMARKER || last->type == TK_ERROR))
            return last;
        lx_next(&p->lx, &p->ring[p->ntoks % RING]);
        p->ntoks++;
    }
    return &p->ring[(p->pos + k) % RING];
}

#define TOK(p)   peek(p, 0)
#define AT(p, t) (peek(p, 0)->type == (t))

static spos here(parser *p)
{
    lx_token *t = TOK(p);
    return (spos){t->line, t->col};
}

static lx_token *advance(parser *p)
{
    lx_token *t = TOK(p);
    if (t->type != TK_ENDMARKER && t->type != TK_ERROR)
        p->pos++;
    /* Node ends are the last non-whitespace token's, as CPython's EXTRA:
     * a compound statement with its body on the same line stops before
     * the NEWLINE. */
    if (t->type != TK_NEWLINE && t->type != TK_INDENT && t->type != TK_DEDENT) {
        p->last_end_line = t->end_line;
        p->last_end_col = t->end_col;
    }
    return t;
}

static bool accept(parser *p, lx_type t)
{
    if (!AT(p, t))
        return false;
    advance(p);
    return true;
}

/* ---------------------------------------------------------------- errors */

static void *set_error(parser *p, py_type *type, int line, int col,
                       int end_line, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static void *set_error(parser *p, py_type *type, int line, int col,
                       int end_line, int end_col, const char *fmt, ...)
{
    if (p->failed)
        return NULL;
    p->failed = true;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err.msg, sizeof p->err.msg, fmt, ap);
    va_end(ap);
    p->err.type = type;
    p->err.line = line;
    p->err.col = col;
    p->err.end_line = end_line;
    p->err.end_col = end_col;
    return NULL;
}

static void *lexer_error(parser *p)
{
    lx_error *e = &p->lx.err;
    bool fresh = !p->failed;
    set_error(p, e->type, e->line, e->col, e->end_line, e->end_col, "%s",
              e->msg);
    if (fresh)
        p->err.line_only = e->line_only;
    return NULL;
}

/* A failed allocation: MemoryError (set here when a parser buffer failed
 * without one). */
static void *nomem(parser *p)
{
    if (!p->failed) {
        p->failed = true;
        p->pyerr = true;
        if (!py_err_occurred()) /* the parser's own buffers fail silently */
            py_err_nomemory();
    }
    return NULL;
}

#define ERR_NODE(p, n, ...)                                                    \
    set_error(p, py_exc_SyntaxError, (n)->lineno, (n)->col, (n)->end_lineno,   \
              (n)->end_col, __VA_ARGS__)
#define ERR_RANGE(p, a, b, ...)                                                \
    set_error(p, py_exc_SyntaxError, (a)->lineno, (a)->col, (b)->end_lineno,   \
              (b)->end_col, __VA_ARGS__)

static void *err_tok(parser *p, lx_token *t, const char *msg)
{
    if (t->type == TK_ERROR)
        return lexer_error(p);
    if (t->type == TK_NEWLINE) /* CPython: an empty range at the newline */
        return set_error(p, py_exc_SyntaxError, t->line, t->col, t->line,
                         t->col, "%s", msg);
    return set_error(p, py_exc_SyntaxError, t->line, t->col, t->end_line,
                     t->end_col, "%s", msg);
}

/* A generic "invalid syntax" at the current token -- unless the rest of
 * the file holds a tokenizer error, which CPython reports instead. */
static void *invalid_syntax(parser *p)
{
    lx_token *t = TOK(p);
    if (p->failed)
        return NULL;
    if (t->type == TK_ERROR)
        return lexer_error(p);
    if (t->type == TK_INDENT)
        return set_error(p, py_exc_IndentationError, t->line, t->end_col - 1,
                         t->line, -1, "unexpected indent");
    if (t->type == TK_DEDENT && t->col > 0)
        return set_error(p, py_exc_IndentationError, t->line, t->col, t->line,
                         -1, "unexpected unindent");
    if (!p->lx.fstring && t->type != TK_ENDMARKER) {
        lx_token tmp;
        lx_type ty;
        do
            ty = lx_next(&p->lx, &tmp);
        while (ty != TK_ERROR && ty != TK_ENDMARKER);
        if (ty == TK_ERROR &&
            (!p->lx.err.eof_in_brackets || p->lx.err.line < t->line))
            return lexer_error(p);
    }
    if (t->type == TK_ENDMARKER && p->lx.fstring)
        return NULL;
    return err_tok(p, t, "invalid syntax");
}

static bool expect(parser *p, lx_type t)
{
    if (accept(p, t))
        return true;
    invalid_syntax(p);
    return false;
}

/* The ':' CPython's grammar forces (&&':' after else, finally, try and a
 * def's signature): anything else there is "expected ':'". */
static bool expect_forced_colon(parser *p)
{
    if (accept(p, TK_COLON))
        return true;
    if (AT(p, TK_ERROR))
        lexer_error(p);
    else
        err_tok(p, TOK(p), "expected ':'");
    return false;
}

/* ':' closing a compound statement header. */
static bool expect_colon(parser *p)
{
    if (accept(p, TK_COLON))
        return true;
    if (AT(p, TK_NEWLINE))
        err_tok(p, TOK(p), "expected ':'");
    else
        invalid_syntax(p);
    return false;
}

static bool enter(parser *p)
{
    if (++p->depth > MAX_DEPTH) {
        lx_token *t = TOK(p);
        set_error(p, py_exc_SyntaxError, t->line, t->col, t->end_line,
                  t->end_col, "too many nested expressions");
        return false;
    }
    return true;
}

/* ------------------------------------------------------------ node helpers */

static ast_node *fin(parser *p, ast_kind k, spos s)
{
    ast_node *n =
        ast_new(p->a, k, s.line, s.col, p->last_end_line, p->last_end_col);
    if (!n)
        nomem(p);
    return n;
}

static ast_node *span(parser *p, ast_kind k, ast_node *a, ast_node *b)
{
    ast_node *n =
        ast_new(p->a, k, a->lineno, a->col, b->end_lineno, b->end_col);
    if (!n)
        nomem(p);
    return n;
}

static bool push(parser *p, ast_seq *s, ast_node *n)
{
    if (!n)
        return false;
    if (ast_seq_push(p->a, s, n) < 0) {
        nomem(p);
        return false;
    }
    return true;
}

/* An interned identifier from token text (BORROWED, owned by the arena);
 * a non-ASCII one in NFKC form, as CPython's _PyPegen_new_identifier. */
static py_obj *ident(parser *p, const char *s, size_t n)
{
    py_obj *o = py_str_new(s, n);
    if (o && !((py_strobj *)o)->ascii) {
        py_obj *k = py_unicode_nfkc(o);
        PY_DECREF(o);
        o = k;
    }
    if (!o)
        return nomem(p);
    py_str_intern_inplace(&o);
    if (!ast_keep(p->a, o))
        return nomem(p);
    return o;
}

static py_obj *keep(parser *p, py_obj *o)
{
    if (!o || !ast_keep(p->a, o))
        return nomem(p);
    return o;
}

static ast_node *name_node(parser *p)
{
    spos s = here(p);
    lx_token *t = TOK(p);
    if (t->type != TK_NAME)
        return invalid_syntax(p);
    py_obj *id = ident(p, t->s, t->n);
    if (!id)
        return NULL;
    advance(p);
    ast_node *n = fin(p, AST_NAME, s);
    if (n)
        n->v.name.id = id;
    return n;
}

static ast_node *constant(parser *p, spos s, py_obj *v)
{
    if (!keep(p, v))
        return NULL;
    ast_node *n = fin(p, AST_CONSTANT, s);
    if (n)
        n->v.constant.value = v;
    return n;
}

/* ------------------------------------------------------ target contexts */

/* The invalid part of an assignment target, or NULL if e is valid. */
static ast_node *invalid_target(ast_node *e, bool del)
{
    switch (e->kind) {
    case AST_NAME:
    case AST_ATTRIBUTE:
    case AST_SUBSCRIPT:
        return NULL;
    case AST_STARRED:
        return del ? e : invalid_target(e->v.starred.value, del);
    case AST_TUPLE:
    case AST_LIST:
        for (int i = 0; i < e->v.seq.elts.n; i++) {
            ast_node *r = invalid_target(e->v.seq.elts.items[i], del);
            if (r)
                return r;
        }
        return NULL;
    default:
        return e;
    }
}

static void set_ctx(ast_node *e, ast_ctx ctx)
{
    switch (e->kind) {
    case AST_NAME:
        e->v.name.ctx = ctx;
        break;
    case AST_ATTRIBUTE:
        e->v.attr.ctx = ctx;
        break;
    case AST_SUBSCRIPT:
        e->v.subscript.ctx = ctx;
        break;
    case AST_STARRED:
        e->v.starred.ctx = ctx;
        set_ctx(e->v.starred.value, ctx);
        break;
    case AST_TUPLE:
    case AST_LIST:
        e->v.seq.ctx = ctx;
        for (int i = 0; i < e->v.seq.elts.n; i++)
            set_ctx(e->v.seq.elts.items[i], ctx);
        break;
    default:
        break;
    }
}

/* Make e an assignment (or del) target, or raise CPython's error. */
static bool to_target(parser *p, ast_node *e, ast_ctx ctx)
{
    ast_node *bad = invalid_target(e, ctx == AST_DEL);
    if (bad) {
        if (bad->kind == AST_YIELD || bad->kind == AST_YIELDFROM) {
            if (ctx != AST_DEL) {
                ERR_NODE(p, bad, "assignment to yield expression not possible");
                return false;
            }
        }
        if (bad->kind == AST_NAMEDEXPR && ctx != AST_DEL) {
            ERR_NODE(p, bad, "cannot assign to named expression");
            return false;
        }
        ERR_NODE(p, bad, "cannot %s %s",
                 ctx == AST_DEL ? "delete" : "assign to", ast_expr_name(bad));
        return false;
    }
    set_ctx(e, ctx);
    return true;
}

/* ------------------------------------------------------------ arguments */

static ast_node *genexp_tail(parser *p, spos s, ast_node *elt);
static ast_node *comprehension(parser *p, ast_kind k, spos s, ast_node *elt,
                               ast_node *value);

/* At `for` or `async for`: a comprehension clause starts here. */
static bool at_for(parser *p)
{
    return AT(p, TK_FOR) || (AT(p, TK_ASYNC) && peek(p, 1)->type == TK_FOR);
}

static bool starts_expression(lx_type t)
{
    switch (t) {
    case TK_NAME:
    case TK_NUMBER:
    case TK_STRING:
    case TK_LPAR:
    case TK_LSQB:
    case TK_LBRACE:
    case TK_MINUS:
    case TK_PLUS:
    case TK_TILDE:
    case TK_NOT:
    case TK_LAMBDA:
    case TK_NONE:
    case TK_TRUE:
    case TK_FALSE:
    case TK_ELLIPSIS:
    case TK_AWAIT:
        return true;
    default:
        return false;
    }
}

/* Inside brackets, an element directly followed by something that starts
 * another expression: CPython's "Perhaps you forgot a comma?". */
static void *missing_comma(parser *p, ast_node *a)
{
    if (p->failed)
        return NULL;
    if (a && p->lx.level > 0 && starts_expression(TOK(p)->type) &&
        TOK(p)->line == a->end_lineno &&
        !(a->kind == AST_NAME && TOK(p)->type == TK_STRING)) {
        ast_node *b = expression(p);
        if (b)
            return ERR_RANGE(p, a, b,
                             "invalid syntax. Perhaps you forgot a comma?");
        return NULL;
    }
    return invalid_syntax(p);
}

static bool is_kwarg_start(parser *p)
{
    return AT(p, TK_NAME) && peek(p, 1)->type == TK_EQUAL;
}

/* One call argument: pushes to args or keywords; checks ordering. */
static bool call_arg(parser *p, ast_node *call, int *state)
{
    bool cls = p->class_args; /* a class's first base (no genexp) */
    p->class_args = false;
    spos s = here(p);
    if (AT(p, TK_DOUBLESTAR)) {
        advance(p);
        ast_node *v = expression(p);
        if (!v)
            return false;
        ast_node *k = fin(p, AST_KEYWORD, s);
        if (!k)
            return false;
        k->v.keyword.value = v;
        *state = 2;
        return push(p, &call->v.call.keywords, k);
    }
    if (is_kwarg_start(p)) {
        py_obj *name = ident(p, TOK(p)->s, TOK(p)->n);
        if (!name)
            return false;
        advance(p);
        advance(p);
        ast_node *v = expression(p);
        if (!v)
            return false;
        ast_node *k = fin(p, AST_KEYWORD, s);
        if (!k)
            return false;
        k->v.keyword.arg = name;
        k->v.keyword.value = v;
        for (int i = 0; i < call->v.call.keywords.n; i++)
            if (call->v.call.keywords.items[i]->v.keyword.arg == name) {
                ERR_NODE(p, k, "keyword argument repeated: %s",
                         PY_STR_DATA(name));
                return false;
            }
        if (*state < 1)
            *state = 1;
        return push(p, &call->v.call.keywords, k);
    }
    ast_node *e;
    if (AT(p, TK_STAR)) {
        advance(p);
        ast_node *v = expression(p);
        if (!v)
            return false;
        if (!(e = fin(p, AST_STARRED, s)))
            return false;
        e->v.starred.value = v;
        if (at_for(p)) { /* f(*a for a in b) */
            comprehension(p, AST_GENEXP, s, e, NULL);
            return false;
        }
        if (*state == 2) {
            set_error(p, py_exc_SyntaxError, e->lineno, e->col, e->lineno,
                      e->col + 1, /* the '*' alone, as CPython */
                      "iterable argument unpacking follows keyword argument "
                      "unpacking");
            return false;
        }
    } else {
        e = named_expression(p);
        if (!e)
            return false;
        if (AT(p, TK_EQUAL)) {
            lx_token *eq = TOK(p); /* CPython's range ends after the '=' */
            set_error(p, py_exc_SyntaxError, e->lineno, e->col, eq->end_line,
                      eq->end_col,
                      "expression cannot contain assignment, perhaps you "
                      "meant \"==\"?");
            return false;
        }
        if (at_for(p) && cls) /* class A(x for x in y) */
            return err_tok(p, TOK(p), "invalid syntax");
        if (at_for(p)) {
            if (!(e = genexp_tail(p, s, e)))
                return false;
            if (call->v.call.args.n || call->v.call.keywords.n ||
                !AT(p, TK_RPAR)) {
                ERR_NODE(p, e, "Generator expression must be parenthesized");
                return false;
            }
        }
        if (*state) {
            err_tok(
                p, TOK(p),
                *state == 2
                    ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
            return false;
        }
    }
    return push(p, &call->v.call.args, e);
}

/* '(' [args] ')' after func; the '(' is current. */
/* The argument parsed last (BORROWED): the later of the last positional
 * argument and the last keyword's value (a class's bases have no func to
 * fall back on: fuzz_compile found `class M(t=1 a)` crashing). */
static ast_node *last_call_arg(ast_node *call)
{
    ast_seq *a = &call->v.call.args, *k = &call->v.call.keywords;
    ast_node *pa = a->n ? a->items[a->n - 1] : NULL;
    ast_node *pk = k->n ? k->items[k->n - 1]->v.keyword.value : NULL;
    if (pa && pa->kind == AST_STARRED) /* CPython's range starts at a */
        pa = pa->v.starred.value;      /* in `*a b` */
    if (!pa || !pk)
        return pa ? pa : pk;
    bool k_later =
        pk->end_lineno > pa->end_lineno ||
        (pk->end_lineno == pa->end_lineno && pk->end_col > pa->end_col);
    return k_later ? pk : pa;
}

static ast_node *call_args(parser *p, ast_node *func, spos s)
{
    spos lpar = here(p);
    advance(p);
    ast_node *call = ast_new(p->a, AST_CALL, 0, 0, 0, 0);
    if (!call)
        return nomem(p);
    call->v.call.func = func;
    int state = 0;
    bool bases = p->class_args; /* this call's own arguments only */
    p->class_args = false;
    while (!AT(p, TK_RPAR)) {
        bool first = bases && !call->v.call.args.n && !call->v.call.keywords.n;
        p->class_args = first;
        bool ok = call_arg(p, call, &state);
        p->class_args = false;
        if (!ok)
            return NULL;
        if (!accept(p, TK_COMMA)) {
            if (AT(p, TK_RPAR))
                break;
            return missing_comma(p, last_call_arg(call));
        }
    }
    advance(p);
    call->lineno = s.line;
    call->col = s.col;
    call->end_lineno = p->last_end_line;
    call->end_col = p->last_end_col;
    ast_node *g = call->v.call.args.n == 1 ? call->v.call.args.items[0] : NULL;
    if (g && g == p->bare_genexp) { /* f(x for x in y): spans "(...)" */
        g->lineno = lpar.line, g->col = lpar.col;
        g->end_lineno = call->end_lineno, g->end_col = call->end_col;
    }
    return call;
}

/* ------------------------------------------------------------- subscripts */

static ast_node *slice_item(parser *p)
{
    spos s = here(p);
    ast_node *lower = NULL, *upper = NULL, *step = NULL;
    if (!AT(p, TK_COLON)) {
        lower = AT(p, TK_STAR) ? NULL : named_expression(p);
        if (AT(p, TK_STAR)) { /* a[*b] (PEP 646) */
            advance(p);
            ast_node *v = bitwise_or(p);
            if (!v || !(lower = fin(p, AST_STARRED, s)))
                return NULL;
            lower->v.starred.value = v;
            return lower;
        }
        if (!lower || !AT(p, TK_COLON))
            return lower;
    }
    advance(p);
    if (!AT(p, TK_COLON) && !AT(p, TK_RSQB) && !AT(p, TK_COMMA))
        if (!(upper = expression(p)))
            return NULL;
    if (accept(p, TK_COLON) && !AT(p, TK_RSQB) && !AT(p, TK_COMMA))
        if (!(step = expression(p)))
            return NULL;
    ast_node *n = fin(p, AST_SLICE, s);
    if (n) {
        n->v.slice.lower = lower;
        n->v.slice.upper = upper;
        n->v.slice.step = step;
    }
    return n;
}

static ast_node *subscript(parser *p, ast_node *value, spos s)
{
    int bracket = TOK(p)->col;
    advance(p);
    spos ss = here(p);
    ast_node *first = slice_item(p);
    if (!first)
        return NULL;
    ast_node *sl = first;
    if (AT(p, TK_COMMA)) {
        if (!(sl = ast_new(p->a, AST_TUPLE, 0, 0, 0, 0)))
            return nomem(p);
        if (!push(p, &sl->v.seq.elts, first))
            return NULL;
        while (accept(p, TK_COMMA) && !AT(p, TK_RSQB))
            if (!push(p, &sl->v.seq.elts, slice_item(p)))
                return NULL;
        sl->lineno = ss.line;
        sl->col = ss.col;
        sl->end_lineno = p->last_end_line;
        sl->end_col = p->last_end_col;
    }
    if (!AT(p, TK_RSQB))
        return missing_comma(p, first);
    advance(p);
    ast_node *n = fin(p, AST_SUBSCRIPT, s);
    if (n) {
        n->v.subscript.value = value;
        n->v.subscript.slice = sl;
        n->v.subscript.bracket_col = bracket;
    }
    return n;
}

/* ---------------------------------------------------------- comprehensions */

/* for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+ */
static bool for_if_clauses(parser *p, ast_seq *gens)
{
    while (at_for(p)) {
        spos s = here(p);
        bool is_async = accept(p, TK_ASYNC);
        advance(p);
        ast_node *target = star_targets(p);
        if (!target || !to_target(p, target, AST_STORE))
            return false;
        if (!AT(p, TK_IN)) {
            invalid_syntax(p);
            return false;
        }
        advance(p);
        ast_node *iter = disjunction(p);
        if (!iter)
            return false;
        ast_node *c = fin(p, AST_COMPREHENSION, s);
        if (!c)
            return false;
        c->v.comprehension.target = target;
        c->v.comprehension.iter = iter;
        c->v.comprehension.is_async = is_async;
        while (accept(p, TK_IF))
            if (!push(p, &c->v.comprehension.ifs, disjunction(p)))
                return false;
        if (!push(p, gens, c))
            return false;
    }
    return true;
}

static ast_node *comprehension(parser *p, ast_kind k, spos s, ast_node *elt,
                               ast_node *value)
{
    ast_node *n = ast_new(p->a, k, 0, 0, 0, 0);
    if (!n)
        return nomem(p);
    n->v.comp.elt = elt;
    n->v.comp.value = value;
    if (!for_if_clauses(p, &n->v.comp.generators))
        return NULL;
    if (elt->kind == AST_STARRED)
        return ERR_NODE(p, elt,
                        "iterable unpacking cannot be used in comprehension");
    n->lineno = s.line;
    n->col = s.col;
    return n;
}

/* A generator expression without its own parentheses (sole argument);
 * its span is fixed by the caller's ')' ... as CPython, it covers the
 * parentheses of the call. */
static ast_node *genexp_tail(parser *p, spos s, ast_node *elt)
{
    ast_node *g = comprehension(p, AST_GENEXP, s, elt, NULL);
    if (!g)
        return NULL;
    g->end_lineno = p->last_end_line;
    g->end_col = p->last_end_col;
    p->bare_genexp = g;
    return g;
}

static void close_span(parser *p, ast_node *n)
{
    n->end_lineno = p->last_end_line;
    n->end_col = p->last_end_col;
}

/* ------------------------------------------------------------------ atoms */

static ast_node *seq_node(parser *p, ast_kind k, spos s)
{
    ast_node *n = ast_new(p->a, k, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    return n;
}

static ast_node *star_named_expression(parser *p)
{
    if (AT(p, TK_STAR)) {
        spos s = here(p);
        advance(p);
        ast_node *v = bitwise_or(p);
        if (!v)
            return NULL;
        ast_node *n = fin(p, AST_STARRED, s);
        if (n)
            n->v.starred.value = v;
        return n;
    }
    return named_expression(p);
}

/* '(' ... ')': group, tuple, generator expression or yield. */
static ast_node *paren_atom(parser *p, spos s)
{
    advance(p);
    if (accept(p, TK_RPAR)) {
        ast_node *n = seq_node(p, AST_TUPLE, s);
        if (n)
            close_span(p, n);
        return n;
    }
    if (AT(p, TK_YIELD)) {
        ast_node *y = yield_expr(p);
        if (!y || !expect(p, TK_RPAR))
            return NULL;
        return y;
    }
    ast_node *first = star_named_expression(p);
    if (!first)
        return NULL;
    if (at_for(p)) {
        ast_node *g = comprehension(p, AST_GENEXP, s, first, NULL);
        if (!g || !expect(p, TK_RPAR))
            return NULL;
        close_span(p, g);
        return g;
    }
    if (accept(p, TK_RPAR)) {
        if (first->kind == AST_STARRED)
            return ERR_NODE(p, first, "cannot use starred expression here");
        return first;
    }
    if (!AT(p, TK_COMMA))
        return missing_comma(p, first);
    ast_node *t = seq_node(p, AST_TUPLE, s);
    if (!t || !push(p, &t->v.seq.elts, first))
        return NULL;
    while (accept(p, TK_COMMA) && !AT(p, TK_RPAR)) {
        ast_node *e = star_named_expression(p);
        if (!push(p, &t->v.seq.elts, e))
            return NULL;
        if (!AT(p, TK_COMMA) && !AT(p, TK_RPAR))
            return missing_comma(p, e);
    }
    if (!expect(p, TK_RPAR))
        return NULL;
    close_span(p, t);
    return t;
}

static ast_node *list_atom(parser *p, spos s)
{
    advance(p);
    ast_node *n = seq_node(p, AST_LIST, s);
    if (!n)
        return NULL;
    while (!AT(p, TK_RSQB)) {
        ast_node *e = star_named_expression(p);
        if (!e)
            return NULL;
        if (at_for(p) && n->v.seq.elts.n == 0) {
            ast_node *c = comprehension(p, AST_LISTCOMP, s, e, NULL);
            if (!c || !expect(p, TK_RSQB))
                return NULL;
            close_span(p, c);
            return c;
        }
        if (!push(p, &n->v.seq.elts, e))
            return NULL;
        if (!accept(p, TK_COMMA) && !AT(p, TK_RSQB))
            return missing_comma(p, e);
    }
    advance(p);
    close_span(p, n);
    return n;
}

static ast_node *dict_rest(parser *p, spos s, ast_node *k, ast_node *v);

/* ':' value of a dict display; a missing value is CPython's error at the
 * ':'. */
static ast_node *dict_value(parser *p)
{
    lx_token colon = *TOK(p);
    advance(p);
    if (AT(p, TK_RBRACE) || AT(p, TK_COMMA))
        return err_tok(p, &colon,
                       "expression expected after dictionary key and ':'");
    return expression(p);
}

static ast_node *brace_atom(parser *p, spos s)
{
    advance(p);
    if (accept(p, TK_RBRACE)) {
        ast_node *d = seq_node(p, AST_DICT, s);
        if (d)
            close_span(p, d);
        return d;
    }
    if (AT(p, TK_DOUBLESTAR)) {
        lx_token star = *TOK(p);
        advance(p);
        ast_node *v = bitwise_or(p);
        if (v && at_for(p)) {
            ast_seq gens = {0};
            if (for_if_clauses(p, &gens) && AT(p, TK_RBRACE))
                set_error(p, py_exc_SyntaxError, star.line, star.col,
                          star.end_line, star.end_col,
                          "dict unpacking cannot be used in dict "
                          "comprehension");
            return invalid_syntax(p);
        }
        return v ? dict_rest(p, s, NULL, v) : NULL;
    }
    ast_node *first = star_named_expression(p);
    if (!first)
        return NULL;
    if (AT(p, TK_COLON)) {
        ast_node *v = dict_value(p);
        if (!v)
            return NULL;
        if (at_for(p)) {
            ast_node *c = comprehension(p, AST_DICTCOMP, s, first, v);
            if (!c || !expect(p, TK_RBRACE))
                return NULL;
            close_span(p, c);
            return c;
        }
        return dict_rest(p, s, first, v);
    }
    if (at_for(p)) {
        ast_node *c = comprehension(p, AST_SETCOMP, s, first, NULL);
        if (!c || !expect(p, TK_RBRACE))
            return NULL;
        close_span(p, c);
        return c;
    }
    ast_node *n = seq_node(p, AST_SET, s);
    if (!n || !push(p, &n->v.seq.elts, first))
        return NULL;
    for (;;) {
        if (!accept(p, TK_COMMA)) {
            if (AT(p, TK_RBRACE))
                break;
            return missing_comma(p, n->v.seq.elts.items[n->v.seq.elts.n - 1]);
        }
        if (AT(p, TK_RBRACE))
            break;
        if (!push(p, &n->v.seq.elts, star_named_expression(p)))
            return NULL;
    }
    advance(p);
    close_span(p, n);
    return n;
}

static ast_node *dict_rest(parser *p, spos s, ast_node *k, ast_node *v)
{
    ast_node *d = seq_node(p, AST_DICT, s);
    if (!d)
        return NULL;
    for (;;) {
        if (ast_seq_push(p->a, &d->v.dict.keys, k) < 0 ||
            ast_seq_push(p->a, &d->v.dict.values, v) < 0)
            return nomem(p);
        if (!accept(p, TK_COMMA)) {
            if (AT(p, TK_RBRACE))
                break;
            return missing_comma(p, v);
        }
        if (AT(p, TK_RBRACE))
            break;
        if (accept(p, TK_DOUBLESTAR)) {
            k = NULL;
            if (!(v = bitwise_or(p)))
                return NULL;
            continue;
        }
        if (!(k = expression(p)))
            return NULL;
        if (!AT(p, TK_COLON)) {
            if (AT(p, TK_COMMA) || AT(p, TK_RBRACE))
                /* CPython points at the key's last character */
                return set_error(p, py_exc_SyntaxError, k->end_lineno,
                                 k->end_col - 1, k->end_lineno, PY_SE_NO_END,
                                 "':' expected after dictionary key");
            return invalid_syntax(p);
        }
        if (!(v = dict_value(p)))
            return NULL;
    }
    advance(p);
    close_span(p, d);
    return d;
}

static ast_node *number(parser *p)
{
    spos s = here(p);
    lx_token *t = advance(p);
    bool isfloat = false;
    bool radix = t->n > 1 && t->s[0] == '0' && strchr("xXoObB", t->s[1]);
    char buf[128], *tmp = buf;
    if (t->n >= sizeof buf && !(tmp = malloc(t->n + 1)))
        return nomem(p);
    size_t k = 0;
    for (size_t i = 0; i < t->n; i++) {
        char c = t->s[i];
        if (c == '_')
            continue;
        if (!radix && (c == '.' || c == 'e' || c == 'E'))
            isfloat = true;
        tmp[k++] = c;
    }
    tmp[k] = 0;
    bool imag = !radix && k && (tmp[k - 1] | 0x20) == 'j';
    if (imag)
        tmp[k - 1] = 0;
    py_obj *v = imag      ? py_complex_new(0.0, strtod(tmp, NULL))
                : isfloat ? py_float_new(strtod(tmp, NULL))
                          : py_int_from_str(t->s, t->n, 0);
    if (tmp != buf)
        free(tmp);
    if (!v)
        return nomem(p);
    return constant(p, s, v);
}

static ast_node *atom(parser *p)
{
    spos s = here(p);
    lx_token *t = TOK(p);
    switch (t->type) {
    case TK_NAME:
        return name_node(p);
    case TK_TRUE:
    case TK_FALSE:
    case TK_NONE:
    case TK_ELLIPSIS: {
        advance(p);
        py_obj *v = t->type == TK_TRUE    ? py_True
                    : t->type == TK_FALSE ? py_False
                    : t->type == TK_NONE  ? py_None
                                          : py_Ellipsis;
        return constant(p, s, py_newref(v));
    }
    case TK_NUMBER:
        return number(p);
    case TK_STRING:
        return parse_strings(p);
    case TK_LPAR:
        return paren_atom(p, s);
    case TK_LSQB:
        return list_atom(p, s);
    case TK_LBRACE:
        return brace_atom(p, s);
    default:
        return invalid_syntax(p);
    }
}

/* primary: atom ('.' NAME | '(' args ')' | '[' slices ']')* */
static ast_node *primary(parser *p)
{
    spos s = here(p);
    ast_node *e = atom(p);
    while (e) {
        if (AT(p, TK_DOT)) {
            advance(p);
            if (!AT(p, TK_NAME))
                return invalid_syntax(p);
            py_obj *attr = ident(p, TOK(p)->s, TOK(p)->n);
            if (!attr)
                return NULL;
            advance(p);
            ast_node *a = fin(p, AST_ATTRIBUTE, s);
            if (!a)
                return NULL;
            a->v.attr.value = e;
            a->v.attr.attr = attr;
            e = a;
        } else if (AT(p, TK_LPAR)) {
            e = call_args(p, e, s);
        } else if (AT(p, TK_LSQB)) {
            e = subscript(p, e, s);
        } else {
            break;
        }
    }
    return e;
}

/* ------------------------------------------------------------ operators */

static ast_node *factor(parser *p);

/* The node spans from s (the first token of the left operand, an opening
 * parenthesis included) to the last token consumed, as CPython's does. */
static ast_node *binop(parser *p, spos s, ast_node *l, int op, lx_token *optok,
                       ast_node *r)
{
    ast_node *n = fin(p, AST_BINOP, s);
    if (!n)
        return NULL;
    n->v.binop.left = l;
    n->v.binop.op = op;
    n->v.binop.right = r;
    n->v.binop.op_col = optok->line == l->end_lineno || optok->line == r->lineno
                            ? optok->col
                            : -1;
    n->v.binop.op_end_col = n->v.binop.op_col >= 0 ? optok->end_col : -1;
    return n;
}

/* await_primary: 'await' primary | primary */
static ast_node *await_primary(parser *p)
{
    if (!AT(p, TK_AWAIT))
        return primary(p);
    spos s = here(p);
    advance(p);
    ast_node *v = primary(p);
    if (!v)
        return NULL;
    ast_node *n = fin(p, AST_AWAIT, s);
    if (n)
        n->v.value.value = v;
    return n;
}

/* power: await_primary ['**' factor] */
static ast_node *power(parser *p)
{
    spos s = here(p);
    ast_node *l = await_primary(p);
    if (!l || !AT(p, TK_DOUBLESTAR))
        return l;
    lx_token op = *advance(p);
    ast_node *r = factor(p);
    return r ? binop(p, s, l, PY_NB_POW, &op, r) : NULL;
}

static ast_node *factor(parser *p)
{
    lx_type t = TOK(p)->type;
    if (t != TK_PLUS && t != TK_MINUS && t != TK_TILDE)
        return power(p);
    spos s = here(p);
    if (!enter(p))
        return NULL;
    advance(p);
    ast_node *v = factor(p);
    p->depth--;
    if (!v)
        return NULL;
    ast_node *n = fin(p, AST_UNARYOP, s);
    if (n) {
        n->v.unary.op = t == TK_PLUS    ? AST_UADD
                        : t == TK_MINUS ? AST_USUB
                                        : AST_INVERT;
        n->v.unary.operand = v;
    }
    return n;
}

/* Left-associative binary levels, tightest first. */
static int binop_of(lx_type t, int level)
{
    switch (level) {
    case 0:
        return t == TK_STAR          ? PY_NB_MUL
               : t == TK_SLASH       ? PY_NB_TRUEDIV
               : t == TK_DOUBLESLASH ? PY_NB_FLOORDIV
               : t == TK_PERCENT     ? PY_NB_MOD
               : t == TK_AT          ? PY_NB_MATMUL
                                     : -1;
    case 1:
        return t == TK_PLUS ? PY_NB_ADD : t == TK_MINUS ? PY_NB_SUB : -1;
    case 2:
        return t == TK_LEFTSHIFT    ? PY_NB_LSHIFT
               : t == TK_RIGHTSHIFT ? PY_NB_RSHIFT
                                    : -1;
    case 3:
        return t == TK_AMPER ? PY_NB_AND : -1;
    case 4:
        return t == TK_CIRCUMFLEX ? PY_NB_XOR : -1;
    default:
        return t == TK_VBAR ? PY_NB_OR : -1;
    }
}

static ast_node *binary_level(parser *p, int level)
{
    spos s = here(p);
    ast_node *l = level == 0 ? factor(p) : binary_level(p, level - 1);
    int op;
    while (l && (op = binop_of(TOK(p)->type, level)) >= 0) {
        lx_token optok = *advance(p);
        ast_node *r = level == 0 ? factor(p) : binary_level(p, level - 1);
        if (!r)
            return NULL;
        l = binop(p, s, l, op, &optok, r);
    }
    return l;
}

static ast_node *bitwise_or(parser *p)
{
    return binary_level(p, 5);
}

static int compare_op(parser *p)
{
    switch (TOK(p)->type) {
    case TK_LESS:
        advance(p);
        return PY_LT;
    case TK_LESSEQUAL:
        advance(p);
        return PY_LE;
    case TK_EQEQUAL:
        advance(p);
        return PY_EQ;
    case TK_NOTEQUAL:
        if (TOK(p)->s[0] == '<') /* "<>" is no operator (no Barry as FLUFL) */
            return -1;
        advance(p);
        return PY_NE;
    case TK_GREATER:
        advance(p);
        return PY_GT;
    case TK_GREATEREQUAL:
        advance(p);
        return PY_GE;
    case TK_IN:
        advance(p);
        return AST_CMP_IN;
    case TK_IS:
        advance(p);
        return accept(p, TK_NOT) ? AST_CMP_ISNOT : AST_CMP_IS;
    case TK_NOT:
        if (peek(p, 1)->type != TK_IN)
            return -1;
        advance(p);
        advance(p);
        return AST_CMP_NOTIN;
    default:
        return -1;
    }
}

static ast_node *comparison(parser *p)
{
    spos s = here(p);
    ast_node *l = bitwise_or(p);
    if (!l)
        return NULL;
    int op = compare_op(p);
    if (op < 0)
        return l;
    ast_node *n = ast_new(p->a, AST_COMPARE, 0, 0, 0, 0);
    int cap = 4, *ops = ast_alloc(p->a, (size_t)cap * sizeof *ops);
    if (!n || !ops)
        return nomem(p);
    int nops = 0;
    while (op >= 0) {
        if (nops == cap) {
            int *o2 = ast_alloc(p->a, (size_t)cap * 2 * sizeof *o2);
            if (!o2)
                return nomem(p);
            memcpy(o2, ops, (size_t)cap * sizeof *o2);
            ops = o2;
            cap *= 2;
        }
        ops[nops++] = op;
        if (!push(p, &n->v.compare.comparators, bitwise_or(p)))
            return NULL;
        op = compare_op(p);
    }
    n->lineno = s.line;
    n->col = s.col;
    n->end_lineno = p->last_end_line;
    n->end_col = p->last_end_col;
    n->v.compare.left = l;
    n->v.compare.ops = ops;
    return n;
}

static ast_node *inversion(parser *p)
{
    if (!AT(p, TK_NOT))
        return comparison(p);
    spos s = here(p);
    if (!enter(p))
        return NULL;
    advance(p);
    ast_node *v = inversion(p);
    p->depth--;
    if (!v)
        return NULL;
    ast_node *n = fin(p, AST_UNARYOP, s);
    if (n) {
        n->v.unary.op = AST_NOT;
        n->v.unary.operand = v;
    }
    return n;
}

static ast_node *boolop(parser *p, int op)
{
    spos s = here(p);
    ast_node *first = op == AST_AND ? inversion(p) : boolop(p, AST_AND);
    lx_type t = op == AST_AND ? TK_AND : TK_OR;
    if (!first || !AT(p, t))
        return first;
    ast_node *n = ast_new(p->a, AST_BOOLOP, 0, 0, 0, 0);
    if (!n || !push(p, &n->v.boolop.values, first))
        return nomem(p);
    n->v.boolop.op = op;
    while (accept(p, t))
        if (!push(p, &n->v.boolop.values,
                  op == AST_AND ? inversion(p) : boolop(p, AST_AND)))
            return NULL;
    n->lineno = s.line;
    n->col = s.col;
    n->end_lineno = p->last_end_line;
    n->end_col = p->last_end_col;
    return n;
}

static ast_node *disjunction(parser *p)
{
    return boolop(p, AST_OR);
}

/* ---------------------------------------------------------- parameters */

static ast_node *param(parser *p, bool annotations)
{
    spos s = here(p);
    if (!AT(p, TK_NAME))
        return invalid_syntax(p);
    py_obj *name = ident(p, TOK(p)->s, TOK(p)->n);
    if (!name)
        return NULL;
    advance(p);
    ast_node *ann = NULL;
    if (annotations && accept(p, TK_COLON) && !(ann = expression(p)))
        return NULL;
    ast_node *a = fin(p, AST_ARG, s);
    if (a) {
        a->v.arg.arg = name;
        a->v.arg.annotation = ann;
    }
    return a;
}

/* One parameter after '*' or in the plain list, with its default. */
static bool param_with_default(parser *p, ast_node *args, bool ann, bool kwonly,
                               bool *seen_default)
{
    ast_node *a = param(p, ann);
    if (!a)
        return false;
    ast_node *def = NULL;
    if (accept(p, TK_EQUAL) && !(def = expression(p)))
        return false;
    if (kwonly) {
        if (ast_seq_push(p->a, &args->v.arguments.kw_defaults, def) < 0) {
            nomem(p);
            return false;
        }
        return push(p, &args->v.arguments.kwonly, a);
    }
    if (def) {
        *seen_default = true;
        if (!push(p, &args->v.arguments.defaults, def))
            return false;
    } else if (*seen_default) {
        ERR_NODE(p, a, "non-default argument follows default argument");
        return false;
    }
    return push(p, &args->v.arguments.args, a);
}

static bool star_params(parser *p, ast_node *args, bool ann, lx_type close)
{
    lx_token st = *advance(p);
    bool dummy = false;
    if (AT(p, TK_COMMA) || AT(p, close)) {
        if (!AT(p, TK_COMMA) || peek(p, 1)->type == close ||
            peek(p, 1)->type == TK_DOUBLESTAR) {
            if (close == TK_COLON) /* lambda: CPython's last token */
                return err_tok(p, AT(p, TK_COMMA) ? peek(p, 1) : TOK(p),
                               "named arguments must follow bare *");
            set_error(p, py_exc_SyntaxError, st.line, st.col, st.end_line,
                      st.end_col, "named arguments must follow bare *");
            return false;
        }
    } else {
        if (!(args->v.arguments.vararg = param(p, ann)))
            return false;
        if (AT(p, TK_EQUAL)) {
            err_tok(p, TOK(p),
                    "var-positional argument cannot have default value");
            return false;
        }
    }
    while (accept(p, TK_COMMA) && !AT(p, close) && !AT(p, TK_DOUBLESTAR)) {
        if (AT(p, TK_STAR)) {
            if (peek(p, 1)->type != TK_NAME)
                return invalid_syntax(p);
            err_tok(p, TOK(p), "* argument may appear only once");
            return false;
        }
        if (AT(p, TK_SLASH))
            return err_tok(p, TOK(p), "/ must be ahead of *");
        if (!param_with_default(p, args, ann, true, &dummy))
            return false;
    }
    return true;
}

/* parameters of def (ann = true, close ')') or lambda (close ':'). */
static ast_node *parameters(parser *p, bool ann, lx_type close)
{
    ast_node *args = ast_new(p->a, AST_ARGUMENTS, 0, 0, 0, 0);
    bool seen_default = false;
    if (!args)
        return nomem(p);
    while (!AT(p, close)) {
        if (AT(p, TK_SLASH)) {
            lx_token *t = TOK(p);
            if (args->v.arguments.posonly.n || !args->v.arguments.args.n)
                return err_tok(p, t,
                               args->v.arguments.posonly.n
                                   ? "/ may appear only once"
                                   : "at least one argument must precede /");
            args->v.arguments.posonly = args->v.arguments.args;
            memset(&args->v.arguments.args, 0, sizeof(ast_seq));
            advance(p);
        } else if (AT(p, TK_STAR)) {
            if (!star_params(p, args, ann, close))
                return NULL;
            if (!AT(p, TK_DOUBLESTAR))
                break;
            continue;
        } else if (AT(p, TK_DOUBLESTAR)) {
            advance(p);
            if (!(args->v.arguments.kwarg = param(p, ann)))
                return NULL;
            if (AT(p, TK_EQUAL))
                return err_tok(
                    p, TOK(p),
                    "var-keyword argument cannot have default value");
            accept(p, TK_COMMA);
            if (!AT(p, close))
                return err_tok(p, TOK(p),
                               "arguments cannot follow var-keyword argument");
            break;
        } else if (!param_with_default(p, args, ann, false, &seen_default)) {
            return NULL;
        }
        if (!accept(p, TK_COMMA))
            break;
    }
    return args;
}

/* ------------------------------------------------------------ expressions */

static ast_node *lambdef(parser *p)
{
    spos s = here(p);
    advance(p);
    ast_node *args = parameters(p, false, TK_COLON);
    if (!args || !expect(p, TK_COLON))
        return NULL;
    ast_node *body = expression(p);
    if (!body)
        return NULL;
    ast_node *n = fin(p, AST_LAMBDA, s);
    if (n) {
        n->v.lambda.args = args;
        n->v.lambda.body = body;
    }
    return n;
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
static ast_node *expression(parser *p)
{
    if (!enter(p))
        return NULL;
    ast_node *r;
    spos s = here(p);
    if (AT(p, TK_LAMBDA)) {
        r = lambdef(p);
    } else {
        r = disjunction(p);
        if (r && AT(p, TK_IF)) {
            advance(p);
            ast_node *test = disjunction(p);
            if (test && !AT(p, TK_ELSE)) {
                ERR_RANGE(p, r, test, "expected 'else' after 'if' expression");
                test = NULL;
            }
            ast_node *orelse =
                test && accept(p, TK_ELSE) ? expression(p) : NULL;
            ast_node *n = orelse ? fin(p, AST_IFEXP, s) : NULL;
            if (n) {
                n->v.ifexp.test = test;
                n->v.ifexp.body = r;
                n->v.ifexp.orelse = orelse;
            }
            r = n;
        }
    }
    p->depth--;
    return r;
}

/* named_expression: NAME ':=' expression | expression */
static ast_node *named_expression(parser *p)
{
    ast_node *e = expression(p);
    if (!e || !AT(p, TK_COLONEQUAL))
        return e;
    if (e->kind != AST_NAME)
        return ERR_NODE(p, e, "cannot use assignment expressions with %s",
                        ast_expr_name(e));
    advance(p);
    ast_node *v = expression(p);
    if (!v)
        return NULL;
    ast_node *n = span(p, AST_NAMEDEXPR, e, v);
    if (n) {
        e->v.name.ctx = AST_STORE;
        n->v.assign.targets.items = NULL;
        n->v.aug.target = e;
        n->v.aug.value = v;
    }
    return n;
}

static ast_node *star_expression(parser *p)
{
    if (AT(p, TK_STAR)) {
        spos s = here(p);
        advance(p);
        ast_node *v = bitwise_or(p);
        if (!v)
            return NULL;
        ast_node *n = fin(p, AST_STARRED, s);
        if (n)
            n->v.starred.value = v;
        return n;
    }
    return expression(p);
}

/* Comma-separated items (a tuple when there is a comma).  item parses one
 * element; stop tells which tokens cannot start another element. */
static ast_node *comma_list(parser *p, ast_node *(*item)(parser *))
{
    ast_node *first = item(p);
    if (!first || !AT(p, TK_COMMA))
        return first;
    ast_node *t = ast_new(p->a, AST_TUPLE, first->lineno, first->col, 0, 0);
    if (!t || !push(p, &t->v.seq.elts, first))
        return nomem(p);
    while (accept(p, TK_COMMA)) {
        if (!starts_expression(TOK(p)->type) && !AT(p, TK_STAR))
            break;
        if (!push(p, &t->v.seq.elts, item(p)))
            return NULL;
    }
    close_span(p, t);
    return t;
}

static ast_node *star_expressions(parser *p)
{
    return comma_list(p, star_expression);
}

static ast_node *star_target(parser *p)
{
    if (AT(p, TK_STAR)) {
        spos s = here(p);
        advance(p);
        ast_node *v = bitwise_or(p);
        if (!v)
            return NULL;
        ast_node *n = fin(p, AST_STARRED, s);
        if (n)
            n->v.starred.value = v;
        return n;
    }
    return bitwise_or(p);
}

/* Targets of for loops and comprehensions: no comparisons (`in`). */
static ast_node *star_targets(parser *p)
{
    return comma_list(p, star_target);
}

static ast_node *yield_expr(parser *p)
{
    spos s = here(p);
    advance(p);
    if (accept(p, TK_FROM)) {
        ast_node *v = expression(p);
        if (!v)
            return NULL;
        ast_node *n = fin(p, AST_YIELDFROM, s);
        if (n)
            n->v.value.value = v;
        return n;
    }
    ast_node *v = NULL;
    if (starts_expression(TOK(p)->type) || AT(p, TK_STAR))
        if (!(v = star_expressions(p)))
            return NULL;
    ast_node *n = fin(p, AST_YIELD, s);
    if (n)
        n->v.value.value = v;
    return n;
}

/* ================================================================ strings */

typedef struct sbuf {
    char *d;
    size_t n, cap;
    bool oom;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->n + n + 1) * 2;
        char *d = py_mem_realloc(b->d, cap);
        if (!d) {
            b->oom = true;
            return;
        }
        b->d = d;
        b->cap = cap;
    }
    memcpy(b->d + b->n, s, n);
    b->n += n;
    b->d[b->n] = 0;
}

static void sb_putc(sbuf *b, char c)
{
    sb_put(b, &c, 1);
}

static void sb_put_cp(sbuf *b, long cp)
{
    char u[4];
    if (cp < 0x80) {
        sb_putc(b, (char)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xc0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3f));
        sb_put(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xe0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (char)(0x80 | (cp & 0x3f));
        sb_put(b, u, 3);
    } else {
        u[0] = (char)(0xf0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[3] = (char)(0x80 | (cp & 0x3f));
        sb_put(b, u, 4);
    }
}

/* One string token split into its parts. */
typedef struct strlit {
    bool bytes, raw, fmt;
    const char *body; /* between the quotes */
    size_t n;
    int line, col; /* position of body[0] */
    lx_token tok;
} strlit;

static void split_string(lx_token *t, strlit *st)
{
    const char *s = t->s;
    memset(st, 0, sizeof *st);
    st->tok = *t;
    while (*s != '\'' && *s != '"') {
        char c = (char)(*s | 0x20);
        st->bytes |= c == 'b';
        st->raw |= c == 'r';
        st->fmt |= c == 'f';
        s++;
    }
    size_t q = (t->s + t->n - s >= 6 && s[1] == s[0] && s[2] == s[0]) ? 3 : 1;
    st->body = s + q;
    st->n = (size_t)(t->s + t->n - s) - 2 * q;
    st->line = t->line;
    st->col = t->col + (int)(st->body - t->s);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static void *escape_error(parser *p, strlit *st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void *escape_error(parser *p, strlit *st, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return set_error(p, py_exc_SyntaxError, st->tok.end_line, st->tok.end_col,
                     st->tok.end_line, st->tok.end_col, "%s", msg);
}

/* The DeprecationWarning of 3.11 for the first invalid escape of a
 * string part, bad pointing after its backslash ("\\d", or "\\777" for an
 * octal escape over 0o377).  When a filter makes it an error, that is a
 * SyntaxError at the string.  Returns false after recording an error. */
static bool warn_escape(parser *p, strlit *st, const char *bad)
{
    char msg[64];
    unsigned char c = (unsigned char)*bad;
    if (c >= '4' && c <= '7')
        snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.3s'",
                 bad);
    else if (c < 0x80)
        snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", c);
    else /* the byte taken as a code point, as CPython's %c does */
        snprintf(msg, sizeof msg, "invalid escape sequence '\\%c%c'",
                 0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    if (py_warn_compile(py_exc_DeprecationWarning, msg, p->filename,
                        st->tok.line, p->src, p->len) == 0)
        return true;
    if (!py_err_matches(PY_OBJ(py_exc_DeprecationWarning)))
        return nomem(p), false; /* a pending exception of its own */
    py_err_clear();
    set_error(p, py_exc_SyntaxError, st->tok.line, st->tok.col,
              st->tok.end_line, st->tok.end_col, "%s", msg);
    return false;
}

/* The \N{NAME} escape of a str literal, bs at its backslash (at position
 * pos, for CPython's unicodeescape errors), *s just past the N: append the
 * named character (a name or an alias, as unicodedata.lookup without the
 * named sequences) and move *s past the brace.  False after an error. */
static bool named_escape(parser *p, strlit *st, const char *bs, const char **s,
                         const char *e, size_t pos, sbuf *b)
{
    const char *q = *s, *msg = "malformed \\N character escape";
    uint32_t cp[4];
    if (q < e && *q == '{') {
        const char *name = ++q;
        while (q < e && *q != '}')
            q++;
        *s = q;
        if (q < e && q > name) {
            *s = q + 1;
            if (udb_lookup(name, (size_t)(q - name), false, cp) == 1) {
                sb_put_cp(b, cp[0]);
                return true;
            }
            msg = "unknown Unicode character name";
        }
    }
    return escape_error(p, st,
                        "(unicode error) 'unicodeescape' codec can't decode "
                        "bytes in position %zu-%zu: %s",
                        pos, pos + (size_t)(*s - bs) - 1, msg),
           false;
}

/* Decode the escapes of s[0..n) (part of st's body starting at offset
 * base) into b, warning about the first invalid one.  Returns false after
 * recording an error. */
static bool decode_escapes(parser *p, strlit *st, const char *s, size_t n,
                           size_t base, sbuf *b)
{
    const char *e = s + n, *bad = NULL;
    while (s < e) {
        const char *bs = memchr(s, '\\', (size_t)(e - s));
        if (!bs || st->raw) {
            sb_put(b, s, (size_t)(e - s));
            break;
        }
        sb_put(b, s, (size_t)(bs - s));
        s = bs + 1;
        size_t pos = (size_t)(bs - st->body) - base + base;
        if (s >= e) {
            sb_putc(b, '\\');
            break;
        }
        char c = *s++;
        switch (c) {
        case '\n':
            break;
        case '\\':
            sb_putc(b, '\\');
            break;
        case '\'':
            sb_putc(b, '\'');
            break;
        case '"':
            sb_putc(b, '"');
            break;
        case 'a':
            sb_putc(b, '\a');
            break;
        case 'b':
            sb_putc(b, '\b');
            break;
        case 'f':
            sb_putc(b, '\f');
            break;
        case 'n':
            sb_putc(b, '\n');
            break;
        case 'r':
            sb_putc(b, '\r');
            break;
        case 't':
            sb_putc(b, '\t');
            break;
        case 'v':
            sb_putc(b, '\v');
            break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            long v = c - '0';
            for (int i = 0; i < 2 && s < e && *s >= '0' && *s <= '7'; i++)
                v = v * 8 + (*s++ - '0');
            if (v > 0377 && !bad)
                bad = bs + 1;
            if (st->bytes)
                sb_putc(b, (char)(v & 0xff));
            else
                sb_put_cp(b, v);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            int len = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (c != 'x' && st->bytes) {
                sb_putc(b, '\\');
                sb_putc(b, c);
                bad = bad ? bad : bs + 1;
                break;
            }
            long v = 0;
            int i = 0;
            for (; i < len && s + i < e && hexval(s[i]) >= 0; i++)
                v = v * 16 + hexval(s[i]);
            if (i < len) {
                if (st->bytes)
                    return escape_error(p, st,
                                        "(value error) invalid \\x escape at "
                                        "position %zu",
                                        pos),
                           false;
                return escape_error(
                           p, st,
                           "(unicode error) 'unicodeescape' codec can't decode "
                           "bytes in position %zu-%zu: truncated \\%c%s escape",
                           pos, pos + 1 + (size_t)i, c,
                           c == 'x'   ? "XX"
                           : c == 'u' ? "XXXX"
                                      : "XXXXXXXX"),
                       false;
            }
            if (v > 0x10ffff)
                return escape_error(p, st,
                                    "(unicode error) 'unicodeescape' codec "
                                    "can't decode bytes in position %zu-%zu: "
                                    "illegal Unicode character",
                                    pos, pos + 1 + (size_t)len),
                       false;
            s += len;
            if (st->bytes)
                sb_putc(b, (char)v);
            else
                sb_put_cp(b, v);
            break;
        }
        case 'N':
            if (!st->bytes) {
                if (!named_escape(p, st, bs, &s, e, pos, b))
                    return false;
                break;
            }
            /* fall through */
        default:
            sb_putc(b, '\\');
            sb_putc(b, c);
            bad = bad ? bad : bs + 1;
        }
    }
    return bad ? warn_escape(p, st, bad) : true;
}

/* -------------------------------------------------------------- f-strings */

typedef struct fparts {
    ast_seq values; /* Constant str and FormattedValue nodes */
    sbuf lit;       /* pending literal text */
} fparts;

static bool flush_literal(parser *p, fparts *fp, spos s)
{
    if (fp->lit.oom) {
        nomem(p);
        return false;
    }
    if (fp->lit.n == 0)
        return true;
    py_obj *v = py_str_new(fp->lit.d, fp->lit.n);
    fp->lit.n = 0;
    if (!v) {
        nomem(p);
        return false;
    }
    ast_node *c = constant(p, s, v);
    return push(p, &fp->values, c);
}

static void *fstring_error(parser *p, strlit *st, const char *msg)
{
    lx_token *next = TOK(p); /* CPython 3.11 points at the next token */
    if (next->type != TK_NEWLINE && next->type != TK_ENDMARKER &&
        next->line == next->end_line && next->line >= st->tok.end_line)
        return set_error(p, py_exc_SyntaxError, next->line, next->col,
                         next->end_line, next->end_col, "%s", msg);
    if (p->eval_mode) /* CPython 3.11 places these one column earlier and
                         without an end when compiling for eval() */
        return set_error(p, py_exc_SyntaxError, st->tok.end_line,
                         st->tok.end_col - 1, st->tok.end_line, -1, "%s", msg);
    return set_error(p, py_exc_SyntaxError, st->tok.end_line, st->tok.end_col,
                     st->tok.end_line, st->tok.end_col, "%s", msg);
}

static bool fstring_parts(parser *p, strlit *st, const char **sp, const char *e,
                          fparts *fp, spos s, int nest);

/* Whether the expression text s[0..n) has a '#' outside its string
 * literals (CPython's fstring_find_expr refuses it). */
static bool has_comment(const char *s, size_t n)
{
    char quote = 0;
    for (size_t i = 0; i < n; i++) {
        if (quote) {
            if (s[i] == quote)
                quote = 0;
        } else if (s[i] == '\'' || s[i] == '"') {
            quote = s[i];
        } else if (s[i] == '#') {
            return true;
        }
    }
    return false;
}

/* Parse the expression s[0..n) of a replacement field with a sub-parser. */
static ast_node *fstring_expr(parser *p, strlit *st, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && strchr(" \t\n\r\f", s[i]))
        i++;
    if (i == n && (s[n] == '!' || s[n] == ':' || s[n] == '=')) {
        char m[64]; /* what ended the (missing) expression */
        snprintf(m, sizeof m, "f-string: expression required before '%c'",
                 s[n]);
        return fstring_error(p, st, m);
    }
    if (i == n)
        return fstring_error(p, st, "f-string: empty expression not allowed");
    if (memchr(s, '\\', n))
        return fstring_error(
            p, st, "f-string expression part cannot include a backslash");
    if (has_comment(s, n))
        return fstring_error(p, st,
                             "f-string expression part cannot include '#'");
    /* locate s in the source: line and column */
    int line = st->line, col = st->col;
    for (const char *q = st->body; q < s; q++) {
        if (*q == '\n')
            line++, col = 0;
        else
            col++;
    }
    parser sub;
    memset(&sub, 0, sizeof sub);
    lx_init_fstring(&sub.lx, s, n, line, col);
    sub.a = p->a;
    sub.src = p->src;
    sub.len = p->len;
    sub.filename = p->filename;
    sub.depth = p->depth;
    sub.eval_mode = p->eval_mode;
    spos start = here(&sub);
    ast_node *e =
        AT(&sub, TK_YIELD) ? yield_expr(&sub) : star_expressions(&sub);
    if (e && e->kind != AST_TUPLE && at_for(&sub)) {
        /* "(x for x in y)": a generator expression */
        e = comprehension(&sub, AST_GENEXP, start, e, NULL);
        if (e)
            close_span(&sub, e);
    }
    bool reparsed = true; /* the error is one of "(expr)" for CPython */
    if (e && !AT(&sub, TK_ENDMARKER)) {
        ast_node *a = e;
        e = NULL;
        if (AT(&sub, TK_ERROR)) {
            lexer_error(&sub);
        } else if (starts_expression(TOK(&sub)->type) &&
                   TOK(&sub)->line == a->end_lineno &&
                   !(a->kind == AST_NAME && TOK(&sub)->type == TK_STRING)) {
            /* "(a b)": two expressions side by side in the parentheses */
            ast_node *b = expression(&sub);
            if (b && !sub.failed)
                ERR_RANGE(&sub, a, b,
                          "invalid syntax. Perhaps you forgot a comma?");
            else if (!sub.failed)
                err_tok(&sub, TOK(&sub), "f-string: invalid syntax");
        } else {
            err_tok(&sub, TOK(&sub), "f-string: invalid syntax");
        }
    } else if (e && e->kind == AST_STARRED) { /* "(*x)" */
        ERR_RANGE(&sub, e, e, "cannot use starred expression here");
        e = NULL;
    }
    if (!e && !sub.failed) /* no rule matched and none said why */
        err_tok(&sub, TOK(&sub), "f-string: invalid syntax");
    if (!e) {
        p->failed = true;
        p->pyerr = sub.pyerr;
        p->err = sub.err;
        if (reparsed && !sub.pyerr && !p->err.line_only) {
            p->err.sub_text = s;
            p->err.sub_len = n;
            p->err.sub_line = line;
            p->err.sub_col = col;
        }
        if (!sub.pyerr && strncmp(p->err.msg, "f-string", 8)) {
            char m[340];
            snprintf(m, sizeof m, "f-string: %s", sub.err.msg);
            snprintf(p->err.msg, sizeof p->err.msg, "%.300s", m);
        }
    }
    return e;
}

/* Find the end of a replacement field's expression: the first '!', ':',
 * '=' (debug) or '}' outside brackets and strings. */
static const char *field_expr_end(const char *s, const char *e)
{
    const char *start = s;
    int depth = 0;
    char quote = 0;
    for (; s < e; s++) {
        char c = *s;
        if (quote) {
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"')
            quote = c;
        else if (c == '(' || c == '[' || c == '{')
            depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0)
            depth--;
        else if (depth == 0) {
            if (c == '}' || c == ':')
                return s;
            if (c == '!' && !(s + 1 < e && s[1] == '='))
                return s;
            if (c == '=' && s + 1 < e && s[1] != '=' &&
                !(s > start && strchr("=!<>", s[-1])))
                return s;
        }
    }
    return e;
}

/* One replacement field; *sp is just after the '{'. */
static bool fstring_field(parser *p, strlit *st, const char **sp, const char *e,
                          fparts *fp, spos s, int nest)
{
    const char *x = *sp, *xe = field_expr_end(x, e);
    if (xe >= e) {
        fstring_error(p, st, "f-string: expecting '}'");
        return false;
    }
    ast_node *expr = fstring_expr(p, st, x, (size_t)(xe - x));
    if (!expr)
        return false;
    const char *q = xe;
    int conv = -1;
    if (*q == '=') {
        q++;
        while (q < e && strchr(" \t\n", *q))
            q++;
        sb_put(&fp->lit, x, (size_t)(q - x));
    }
    if (!flush_literal(p, fp, s))
        return false;
    if (q < e && *q == '!') {
        q++;
        if (q >= e || !strchr("sra", *q) || q + 1 >= e ||
            (q[1] != '}' && q[1] != ':')) {
            if (q >= e || *q == '}' || *q == ':' || strchr("sra", *q) == NULL)
                fstring_error(p, st,
                              "f-string: invalid conversion character: "
                              "expected 's', 'r', or 'a'");
            else
                fstring_error(p, st, "f-string: expecting '}'");
            return false;
        }
        conv = *q++;
    }
    ast_node *spec = NULL;
    if (q < e && *q == ':') {
        q++;
        fparts sub = {{0}, {0}};
        if (!fstring_parts(p, st, &q, e, &sub, s, nest + 1)) {
            py_mem_free(sub.lit.d);
            return false;
        }
        bool ok = flush_literal(p, &sub, s);
        py_mem_free(sub.lit.d);
        if (!ok || !(spec = fin(p, AST_JOINEDSTR, s)))
            return false;
        spec->v.joined.values = sub.values;
    }
    if (q >= e || *q != '}') {
        fstring_error(p, st, "f-string: expecting '}'");
        return false;
    }
    *sp = q + 1;
    if (*xe == '=' && conv < 0 && !spec)
        conv = 'r';
    ast_node *fv = fin(p, AST_FORMATTEDVALUE, s);
    if (!fv)
        return false;
    fv->v.fv.value = expr;
    fv->v.fv.conversion = conv;
    fv->v.fv.format_spec = spec;
    return push(p, &fp->values, fv);
}

/* Past one character of f-string literal text at q: an escape is two,
 * except before a brace, and \N{...} goes past its closing brace (its
 * braces start no field), as CPython's fstring_find_literal. */
static const char *literal_step(strlit *st, const char *q, const char *e)
{
    if (st->raw || *q != '\\' || q + 1 >= e)
        return q + 1;
    if (q[1] == '{' || q[1] == '}')
        return q + 1;
    if (q[1] != 'N' || q + 2 >= e)
        return q + 2;
    if (q[2] != '{') /* CPython takes this character as literal text */
        return q + 3;
    for (q += 3; q < e && *q != '}';)
        q++;
    return q < e ? q + 1 : q;
}

/* Literal text and fields up to e (nest 0) or up to the '}' ending a
 * format spec (nest > 0, left current). */
static bool fstring_parts(parser *p, strlit *st, const char **sp, const char *e,
                          fparts *fp, spos s, int nest)
{
    const char *q = *sp;
    while (q < e) {
        const char *lit = q;
        while (q < e && *q != '{' && *q != '}')
            q = literal_step(st, q, e);
        if (q > lit) {
            if (!decode_escapes(p, st, lit, (size_t)(q - lit), 0, &fp->lit))
                return false;
        }
        if (q >= e)
            break;
        if (*q == '}') {
            if (nest > 0)
                break;
            if (q + 1 < e && q[1] == '}') {
                sb_putc(&fp->lit, '}');
                q += 2;
                continue;
            }
            fstring_error(p, st, "f-string: single '}' is not allowed");
            return false;
        }
        if (q + 1 < e && q[1] == '{' && nest == 0) {
            sb_putc(&fp->lit, '{');
            q += 2;
            continue;
        }
        if (nest >= 2) { /* a field in a format spec's format spec */
            fstring_error(p, st, "f-string: expressions nested too deeply");
            return false;
        }
        q++;
        if (!fstring_field(p, st, &q, e, fp, s, nest))
            return false;
    }
    *sp = q;
    return true;
}

static bool all_name_chars(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
              (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            return false;
    return true;
}

/* Adjacent string tokens: one Constant (str / bytes) or a JoinedStr. */
static ast_node *parse_strings(parser *p)
{
    spos s = here(p);
    fparts fp = {{0}, {0}};
    bool any_f = false, first = true, bytes = false;
    bool kind_u = TOK(p)->s[0] == 'u'; /* ast's Constant.kind, as CPython */
    ast_node *r = NULL;
    while (AT(p, TK_STRING)) {
        strlit st;
        split_string(advance(p), &st);
        if (!first && st.bytes != bytes) {
            set_error(p, py_exc_SyntaxError, p->last_end_line, p->last_end_col,
                      p->last_end_line, p->last_end_col,
                      "cannot mix bytes and nonbytes literals");
            goto done;
        }
        first = false;
        bytes = st.bytes;
        if (st.bytes) {
            for (size_t i = 0; i < st.n; i++)
                if ((unsigned char)st.body[i] >= 0x80) {
                    set_error(
                        p, py_exc_SyntaxError, st.tok.line, st.tok.col,
                        st.tok.end_line, st.tok.end_col,
                        "bytes can only contain ASCII literal characters");
                    goto done;
                }
        }
        if (st.fmt) {
            any_f = true;
            const char *q = st.body;
            if (!fstring_parts(p, &st, &q, st.body + st.n, &fp, s, 0))
                goto done;
        } else if (!decode_escapes(p, &st, st.body, st.n, 0, &fp.lit)) {
            goto done;
        }
    }
    if (fp.lit.oom) {
        nomem(p);
        goto done;
    }
    if (!any_f) {
        py_obj *v = bytes ? py_bytes_new(fp.lit.d ? fp.lit.d : "", fp.lit.n)
                          : py_str_new(fp.lit.d ? fp.lit.d : "", fp.lit.n);
        if (v && !bytes && all_name_chars(fp.lit.d, fp.lit.n))
            py_str_intern_inplace(
                &v); /* as CPython: identifier-like constants */
        r = v ? constant(p, s, v) : nomem(p);
        if (r)
            r->v.constant.kind_u = kind_u;
        goto done;
    }
    if (!flush_literal(p, &fp, s))
        goto done;
    if ((r = fin(p, AST_JOINEDSTR, s))) {
        r->v.joined.values = fp.values;
        for (int i = 0; i < fp.values.n;
             i++) { /* parts span the whole string */
            ast_node *v = fp.values.items[i];
            v->lineno = r->lineno, v->col = r->col;
            v->end_lineno = r->end_lineno, v->end_col = r->end_col;
        }
    }
done:
    py_mem_free(fp.lit.d);
    return r;
}

/* ============================================================ statements */

static ast_node *stmt_node(parser *p, ast_kind k, spos s)
{
    return fin(p, k, s);
}

static ast_node *return_stmt(parser *p)
{
    spos s = here(p);
    advance(p);
    ast_node *v = NULL;
    if (starts_expression(TOK(p)->type) || AT(p, TK_STAR))
        if (!(v = star_expressions(p)))
            return NULL;
    ast_node *n = stmt_node(p, AST_RETURN, s);
    if (n)
        n->v.value.value = v;
    return n;
}

static ast_node *raise_stmt(parser *p)
{
    spos s = here(p);
    advance(p);
    ast_node *exc = NULL, *cause = NULL;
    if (starts_expression(TOK(p)->type)) {
        if (!(exc = expression(p)))
            return NULL;
        if (accept(p, TK_FROM) && !(cause = expression(p)))
            return NULL;
    }
    ast_node *n = stmt_node(p, AST_RAISE, s);
    if (n) {
        n->v.raise.exc = exc;
        n->v.raise.cause = cause;
    }
    return n;
}

static ast_node *global_stmt(parser *p, ast_kind k)
{
    spos s = here(p);
    advance(p);
    ast_node *n = ast_new(p->a, k, 0, 0, 0, 0);
    if (!n)
        return nomem(p);
    do {
        if (!push(p, &n->v.global.names, name_node(p)))
            return NULL;
    } while (accept(p, TK_COMMA));
    n->lineno = s.line, n->col = s.col;
    close_span(p, n);
    return n;
}

static ast_node *del_stmt(parser *p)
{
    spos s = here(p);
    advance(p);
    ast_node *n = ast_new(p->a, AST_DELETE, 0, 0, 0, 0);
    if (!n)
        return nomem(p);
    do {
        if (AT(p, TK_STAR)) { /* CPython's invalid_del_stmt */
            ast_node *t = star_named_expression(p);
            if (t)
                ERR_NODE(p, t, "cannot delete starred");
            return NULL;
        }
        if (!starts_expression(TOK(p)->type))
            break;
        ast_node *t = bitwise_or(p);
        if (!t || !to_target(p, t, AST_DEL) ||
            !push(p, &n->v.assign.targets, t))
            return NULL;
    } while (accept(p, TK_COMMA));
    if (!n->v.assign.targets.n)
        return invalid_syntax(p);
    n->lineno = s.line, n->col = s.col;
    close_span(p, n);
    return n;
}

static ast_node *assert_stmt(parser *p)
{
    spos s = here(p);
    advance(p);
    ast_node *test = expression(p), *msg = NULL;
    if (!test)
        return NULL;
    if (accept(p, TK_COMMA) && !(msg = expression(p)))
        return NULL;
    ast_node *n = stmt_node(p, AST_ASSERT, s);
    if (n) {
        n->v.assert_.test = test;
        n->v.assert_.msg = msg;
    }
    return n;
}

/* dotted_name: NAME ('.' NAME)* as one interned str. */
static py_obj *dotted_name(parser *p)
{
    sbuf b = {0};
    for (;;) {
        if (!AT(p, TK_NAME)) {
            py_mem_free(b.d);
            return invalid_syntax(p);
        }
        lx_token *t = advance(p);
        sb_put(&b, t->s, t->n);
        if (!AT(p, TK_DOT))
            break;
        advance(p);
        sb_putc(&b, '.');
    }
    py_obj *r = b.oom ? nomem(p) : ident(p, b.d, b.n);
    py_mem_free(b.d);
    return r;
}

static ast_node *alias(parser *p, bool dotted)
{
    spos s = here(p);
    py_obj *name = dotted ? dotted_name(p)
                          : (AT(p, TK_NAME) ? ident(p, TOK(p)->s, TOK(p)->n)
                                            : invalid_syntax(p));
    if (!name)
        return NULL;
    if (!dotted)
        advance(p);
    py_obj *as = NULL;
    if (accept(p, TK_AS)) {
        if (!AT(p, TK_NAME))
            return invalid_syntax(p);
        if (!(as = ident(p, TOK(p)->s, TOK(p)->n)))
            return NULL;
        advance(p);
    }
    ast_node *n = fin(p, AST_ALIAS, s);
    if (n) {
        n->v.alias.name = name;
        n->v.alias.asname = as;
    }
    return n;
}

static ast_node *import_stmt(parser *p)
{
    spos s = here(p);
    advance(p);
    ast_node *n = ast_new(p->a, AST_IMPORT, 0, 0, 0, 0);
    if (!n)
        return nomem(p);
    do {
        if (!push(p, &n->v.import.names, alias(p, true)))
            return NULL;
    } while (accept(p, TK_COMMA));
    n->lineno = s.line, n->col = s.col;
    close_span(p, n);
    return n;
}

static ast_node *from_stmt(parser *p)
{
    spos s = here(p);
    advance(p);
    int level = 0;
    while (AT(p, TK_DOT) || AT(p, TK_ELLIPSIS))
        level += advance(p)->type == TK_DOT ? 1 : 3;
    py_obj *mod = NULL;
    if (!AT(p, TK_IMPORT) || level == 0)
        if (!(mod = dotted_name(p)))
            return NULL;
    if (!expect(p, TK_IMPORT))
        return NULL;
    ast_node *n = ast_new(p->a, AST_IMPORTFROM, 0, 0, 0, 0);
    if (!n)
        return nomem(p);
    n->v.import.module = mod;
    n->v.import.level = level;
    if (AT(p, TK_STAR)) {
        spos a = here(p);
        advance(p);
        ast_node *al = fin(p, AST_ALIAS, a);
        if (!al || !(al->v.alias.name = ident(p, "*", 1)) ||
            !push(p, &n->v.import.names, al))
            return NULL;
    } else {
        bool paren = accept(p, TK_LPAR);
        do {
            if (paren && AT(p, TK_RPAR))
                break;
            if (!paren && n->v.import.names.n && AT(p, TK_NEWLINE))
                return err_tok(p, TOK(p),
                               "trailing comma not allowed without "
                               "surrounding parentheses");
            if (!push(p, &n->v.import.names, alias(p, false)))
                return NULL;
        } while (accept(p, TK_COMMA));
        if (paren && !expect(p, TK_RPAR))
            return NULL;
    }
    n->lineno = s.line, n->col = s.col;
    close_span(p, n);
    return n;
}

static const char *augassign_op(lx_type t, int *op)
{
    static const struct {
        lx_type t;
        int op;
    } map[] = {
        {TK_PLUSEQUAL, PY_NB_ADD},
        {TK_MINEQUAL, PY_NB_SUB},
        {TK_STAREQUAL, PY_NB_MUL},
        {TK_SLASHEQUAL, PY_NB_TRUEDIV},
        {TK_DOUBLESLASHEQUAL, PY_NB_FLOORDIV},
        {TK_PERCENTEQUAL, PY_NB_MOD},
        {TK_DOUBLESTAREQUAL, PY_NB_POW},
        {TK_LEFTSHIFTEQUAL, PY_NB_LSHIFT},
        {TK_RIGHTSHIFTEQUAL, PY_NB_RSHIFT},
        {TK_AMPEREQUAL, PY_NB_AND},
        {TK_VBAREQUAL, PY_NB_OR},
        {TK_CIRCUMFLEXEQUAL, PY_NB_XOR},
        {TK_ATEQUAL, PY_NB_MATMUL},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (map[i].t == t) {
            *op = map[i].op;
            return "";
        }
    return NULL;
}

static ast_node *rhs(parser *p)
{
    return AT(p, TK_YIELD) ? yield_expr(p) : star_expressions(p);
}

/* Whether e is written in parentheses: the source before it, past blanks,
 * is '(' (a group; a call's '(' does not reach here). */
static bool parenthesized(parser *p, const ast_node *e)
{
    size_t n;
    const char *t = lx_line_text(p->src, p->len, e->lineno, &n);
    if (t && e->kind == AST_TUPLE && (size_t)e->col < n && t[e->col] == '(') {
        /* a tuple's span has its parentheses: do they enclose it all? */
        if (e->end_lineno != e->lineno)
            return true;
        int depth = 0;
        for (int i = e->col; i < e->end_col && (size_t)i < n; i++) {
            depth += t[i] == '(' || t[i] == '[' || t[i] == '{';
            depth -= t[i] == ')' || t[i] == ']' || t[i] == '}';
            if (depth == 0)
                return i == e->end_col - 1;
        }
        return false;
    }
    if (!t || e->col < 1 || (size_t)e->col > n)
        return false;
    int i = e->col - 1;
    while (i > 0 && (t[i] == ' ' || t[i] == '\t'))
        i--;
    return t[i] == '(';
}

/* Whether e parses as CPython's bitwise_or (an operand of a comparison):
 * not a comparison, not/and/or, conditional, lambda, starred or yield,
 * unless written in parentheses. */
static bool bitwise_or_level(parser *p, const ast_node *e)
{
    switch (e->kind) {
    case AST_COMPARE:
    case AST_BOOLOP:
    case AST_IFEXP:
    case AST_LAMBDA:
    case AST_NAMEDEXPR:
    case AST_STARRED:
    case AST_YIELD:
    case AST_YIELDFROM:
    case AST_TUPLE:
        return parenthesized(p, e);
    case AST_UNARYOP:
        return e->v.unary.op != AST_NOT || parenthesized(p, e);
    default:
        return true;
    }
}

/* The first operand of value that CPython's bitwise_or would take: the
 * first item of a tuple, the left side of a comparison, and/or chain or
 * conditional (unless parenthesized). */
static ast_node *leftmost_operand(parser *p, ast_node *value)
{
    for (;;) {
        ast_node *next = NULL;
        if (value->kind == AST_TUPLE && value->v.seq.elts.n)
            next = value->v.seq.elts.items[0];
        else if (value->kind == AST_COMPARE)
            next = value->v.compare.left;
        else if (value->kind == AST_BOOLOP)
            next = value->v.boolop.values.items[0];
        else if (value->kind == AST_IFEXP)
            next = value->v.ifexp.body;
        if (!next || parenthesized(p, value))
            return value;
        value = next;
    }
}

/* CPython's invalid_named_expression: `target = value` where an
 * expression was expected, value a bitwise_or not followed by '=' or ':='
 * (a tuple value: its first item, followed by ','). Sets the error and
 * returns true when the rule applies. */
static bool eq_for_compare(parser *p, ast_node *target, ast_node *value)
{
    ast_node *v = leftmost_operand(p, value);
    if (v == value && (AT(p, TK_EQUAL) || AT(p, TK_COLONEQUAL)))
        return false;
    value = v;
    if (!bitwise_or_level(p, value))
        return false;
    if (target->kind == AST_NAME) {
        ERR_RANGE(p, target, value,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of "
                  "'='?");
        return true;
    }
    if (!bitwise_or_level(p, target) || target->kind == AST_LIST ||
        target->kind == AST_TUPLE || target->kind == AST_GENEXP ||
        (target->kind == AST_CONSTANT &&
         (target->v.constant.value == py_None ||
          target->v.constant.value == py_True ||
          target->v.constant.value == py_False)))
        return false;
    ERR_NODE(p, target,
             "cannot assign to %s here. Maybe you meant '==' instead of '='?",
             ast_expr_name(target));
    return true;
}

/* `target = value` errors for a target that is not assignable; first: it
 * is the statement's first target; prev: the only target before it. */
static void *bad_assign(parser *p, ast_node *e, ast_node *value, bool first,
                        ast_node *prev)
{
    if (e->kind == AST_YIELD || e->kind == AST_YIELDFROM)
        return ERR_NODE(p, e, "assignment to yield expression not possible");
    ast_node *bad = invalid_target(e, false);
    if (first && bad == e && eq_for_compare(p, e, value))
        return NULL;
    if (!first && prev && prev->kind == AST_NAME && bad == e &&
        leftmost_operand(p, e) != e && eq_for_compare(p, prev, e))
        return NULL; /* x = a < b = 1: CPython's message for `x = a` */
    if (first && e->kind == AST_TUPLE && !parenthesized(p, e) &&
        e->v.seq.elts.n && bad == e->v.seq.elts.items[e->v.seq.elts.n - 1] &&
        eq_for_compare(p, bad, value))
        return NULL;
    to_target(p, e, AST_STORE);
    return NULL;
}

/* target: annotation [= value]; s is where the statement began, so a
 * parenthesised name (not "simple", not stored in __annotations__) is
 * told apart from a bare one. */
static ast_node *annassign(parser *p, ast_node *target, spos s)
{
    advance(p);
    if (target->kind == AST_TUPLE && !parenthesized(p, target) &&
        target->v.seq.elts.n) /* a, b: int -- CPython marks the first */
        return ERR_NODE(p, target->v.seq.elts.items[0],
                        "only single target (not tuple) can be annotated");
    if (target->kind != AST_NAME && target->kind != AST_ATTRIBUTE &&
        target->kind != AST_SUBSCRIPT)
        return ERR_NODE(p, target,
                        target->kind == AST_TUPLE
                            ? "only single target (not tuple) can be annotated"
                        : target->kind == AST_LIST
                            ? "only single target (not list) can be annotated"
                            : "illegal target for annotation");
    ast_node *ann = expression(p), *value = NULL;
    if (!ann)
        return NULL;
    if (accept(p, TK_EQUAL) && !(value = rhs(p)))
        return NULL;
    set_ctx(target, AST_STORE);
    ast_node *n = ast_new(p->a, AST_ANNASSIGN, s.line, s.col, p->last_end_line,
                          p->last_end_col);
    if (!n)
        return nomem(p);
    n->v.aug.target = target;
    n->v.aug.annotation = ann;
    n->v.aug.value = value;
    n->v.aug.simple = target->kind == AST_NAME && target->lineno == s.line &&
                      target->col == s.col;
    return n;
}

static ast_node *expr_or_assign(parser *p)
{
    spos s = here(p);
    ast_node *e = rhs(p);
    if (!e)
        return NULL;
    if (AT(p, TK_COLON))
        return annassign(p, e, s);
    int op;
    if (augassign_op(TOK(p)->type, &op)) {
        if (e->kind != AST_NAME && e->kind != AST_ATTRIBUTE &&
            e->kind != AST_SUBSCRIPT)
            return ERR_NODE(
                p, e, "'%s' is an illegal expression for augmented assignment",
                ast_expr_name(e));
        advance(p);
        ast_node *v = rhs(p);
        if (!v)
            return NULL;
        set_ctx(e, AST_STORE);
        ast_node *n = stmt_node(p, AST_AUGASSIGN, s);
        if (n) {
            n->v.aug.target = e;
            n->v.aug.op = op;
            n->v.aug.value = v;
        }
        return n;
    }
    if (!AT(p, TK_EQUAL)) {
        ast_node *n = stmt_node(p, AST_EXPR, s);
        if (n)
            n->v.value.value = e;
        if (n && e->kind == AST_NAME && starts_expression(TOK(p)->type) &&
            (py_str_eq_cstr(e->v.name.id, "print") ||
             py_str_eq_cstr(e->v.name.id, "exec"))) {
            const char *nm = PY_STR_DATA(e->v.name.id);
            ast_node *arg = star_expressions(p);
            if (arg)
                ERR_RANGE(p, e, arg,
                          "Missing parentheses in call to '%s'. Did you mean "
                          "%s(...)?",
                          nm, nm);
            return NULL;
        }
        return n;
    }
    ast_node *n = ast_new(p->a, AST_ASSIGN, 0, 0, 0, 0);
    if (!n)
        return nomem(p);
    ast_node *cur = e;
    while (accept(p, TK_EQUAL)) {
        ast_node *next = rhs(p);
        if (!next)
            return NULL;
        if (invalid_target(cur, false) || cur->kind == AST_YIELD) {
            bad_assign(p, cur, next, n->v.assign.targets.n == 0,
                       n->v.assign.targets.n == 1 ? n->v.assign.targets.items[0]
                                                  : NULL);
            return NULL;
        }
        set_ctx(cur, AST_STORE);
        if (!push(p, &n->v.assign.targets, cur))
            return NULL;
        cur = next;
    }
    n->v.assign.value = cur;
    n->lineno = s.line, n->col = s.col;
    close_span(p, n);
    return n;
}

static ast_node *simple_stmt(parser *p)
{
    spos s = here(p);
    switch (TOK(p)->type) {
    case TK_PASS:
    case TK_BREAK:
    case TK_CONTINUE: {
        lx_type t = advance(p)->type;
        return stmt_node(p,
                         t == TK_PASS    ? AST_PASS
                         : t == TK_BREAK ? AST_BREAK
                                         : AST_CONTINUE,
                         s);
    }
    case TK_RETURN:
        return return_stmt(p);
    case TK_RAISE:
        return raise_stmt(p);
    case TK_GLOBAL:
        return global_stmt(p, AST_GLOBAL);
    case TK_NONLOCAL:
        return global_stmt(p, AST_NONLOCAL);
    case TK_DEL:
        return del_stmt(p);
    case TK_ASSERT:
        return assert_stmt(p);
    case TK_IMPORT:
        return import_stmt(p);
    case TK_FROM:
        return from_stmt(p);
    default:
        if (!starts_expression(TOK(p)->type) && !AT(p, TK_STAR) &&
            !AT(p, TK_YIELD))
            return invalid_syntax(p);
        return expr_or_assign(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int simple_stmts(parser *p, ast_seq *body)
{
    for (;;) {
        if (!push(p, body, simple_stmt(p)))
            return -1;
        if (!accept(p, TK_SEMI))
            break;
        if (AT(p, TK_NEWLINE))
            break;
    }
    if (!accept(p, TK_NEWLINE)) {
        ast_node *last = body->items[body->n - 1];
        if (last->kind == AST_EXPR && p->lx.level == 0)
            return missing_comma(p, last->v.value.value), -1;
        invalid_syntax(p);
        return -1;
    }
    return 0;
}

/* --------------------------------------------------------- compound */

/* The condition of if / elif / while, with the `=` hint. */
static ast_node *condition(parser *p)
{
    ast_node *c = named_expression(p);
    if (c && AT(p, TK_EQUAL)) {
        lx_token eq = *TOK(p);
        advance(p);
        ast_node *b = expression(p);
        if (b && !eq_for_compare(p, c, b))
            err_tok(p, &eq, "invalid syntax");
        return NULL;
    }
    return c;
}

static ast_node *if_stmt(parser *p, const char *what)
{
    spos s = here(p);
    advance(p);
    ast_node *n = ast_new(p->a, AST_IF, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    char desc[32];
    snprintf(desc, sizeof desc, "'%s' statement", what);
    if (!(n->v.if_.test = condition(p)) || !expect_colon(p) ||
        block(p, &n->v.if_.body, desc, s.line) < 0)
        return NULL;
    if (AT(p, TK_ELIF)) {
        if (!push(p, &n->v.if_.orelse, if_stmt(p, "elif")))
            return NULL;
    } else if (AT(p, TK_ELSE)) {
        int line = TOK(p)->line;
        advance(p);
        if (!expect_forced_colon(p) ||
            block(p, &n->v.if_.orelse, "'else' statement", line) < 0)
            return NULL;
    }
    close_span(p, n);
    return n;
}

static bool else_block(parser *p, ast_seq *orelse)
{
    if (!AT(p, TK_ELSE))
        return true;
    int line = TOK(p)->line;
    advance(p);
    return expect_forced_colon(p) &&
           block(p, orelse, "'else' statement", line) >= 0;
}

static ast_node *while_stmt(parser *p)
{
    spos s = here(p);
    advance(p);
    ast_node *n = ast_new(p->a, AST_WHILE, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    if (!(n->v.if_.test = condition(p)) || !expect_colon(p) ||
        block(p, &n->v.if_.body, "'while' statement", s.line) < 0 ||
        !else_block(p, &n->v.if_.orelse))
        return NULL;
    close_span(p, n);
    return n;
}

static ast_node *for_stmt(parser *p, spos s, bool is_async)
{
    advance(p);
    ast_node *n = ast_new(p->a, AST_FOR, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    n->v.for_.is_async = is_async;
    ast_node *t = star_targets(p);
    if (!t || !to_target(p, t, AST_STORE))
        return NULL;
    if (!expect(p, TK_IN))
        return NULL;
    n->v.for_.target = t;
    if (!(n->v.for_.iter = star_expressions(p)) || !expect_colon(p) ||
        block(p, &n->v.for_.body, "'for' statement", s.line) < 0 ||
        !else_block(p, &n->v.for_.orelse))
        return NULL;
    close_span(p, n);
    return n;
}

static ast_node *with_item(parser *p)
{
    spos s = here(p);
    ast_node *e = expression(p), *t = NULL;
    if (!e)
        return NULL;
    if (accept(p, TK_AS)) {
        if (!(t = star_target(p)) || !to_target(p, t, AST_STORE))
            return NULL;
    }
    ast_node *w = fin(p, AST_WITHITEM, s);
    if (w) {
        w->v.withitem.context_expr = e;
        w->v.withitem.optional_vars = t;
    }
    return w;
}

static ast_node *with_stmt(parser *p, spos s, bool is_async)
{
    advance(p);
    ast_node *n = ast_new(p->a, AST_WITH, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    n->v.with.is_async = is_async;
    /* `with (a as b, c as d):` -- parenthesised items */
    bool paren = false;
    if (AT(p, TK_LPAR)) {
        /* look for `as` or a trailing ',' ')' ':' pattern cheaply: treat
         * '(' as grouping only when an `as` follows before the ')'. */
        paren = false;
    }
    do {
        if (!push(p, &n->v.with.items, with_item(p)))
            return NULL;
    } while (accept(p, TK_COMMA));
    if (paren && !expect(p, TK_RPAR))
        return NULL;
    if (!expect_colon(p) ||
        block(p, &n->v.with.body, "'with' statement", s.line) < 0)
        return NULL;
    close_span(p, n);
    return n;
}

/* except [*] [type [as name]] ':' block; *star tells whether it was
 * an except* clause (which needs a type). */
static ast_node *except_clause(parser *p, bool *star)
{
    spos s = here(p);
    int line = s.line;
    advance(p);
    ast_node *h = ast_new(p->a, AST_HANDLER, s.line, s.col, 0, 0);
    if (!h)
        return nomem(p);
    *star = accept(p, TK_STAR);
    if (*star && AT(p, TK_COLON))
        return set_error(p, py_exc_SyntaxError, TOK(p)->line, TOK(p)->col,
                         TOK(p)->line, TOK(p)->end_col,
                         "expected one or more exception types");
    if (!AT(p, TK_COLON)) {
        if (!*star && AT(p, TK_NEWLINE)) /* a bare `except` line */
            return err_tok(p, TOK(p), "expected ':'");
        ast_node *t = expression(p);
        if (!t)
            return NULL;
        if (AT(p, TK_COMMA)) {
            ast_node *tup = ast_new(p->a, AST_TUPLE, t->lineno, t->col, 0, 0);
            if (!tup || !push(p, &tup->v.seq.elts, t))
                return nomem(p);
            while (accept(p, TK_COMMA) && !AT(p, TK_COLON) && !AT(p, TK_AS))
                if (!push(p, &tup->v.seq.elts, expression(p)))
                    return NULL;
            close_span(p, tup);
            return ERR_NODE(p, tup,
                            "multiple exception types must be parenthesized");
        }
        h->v.handler.type = t;
        if (accept(p, TK_AS)) {
            if (!AT(p, TK_NAME))
                return invalid_syntax(p);
            if (!(h->v.handler.name = ident(p, TOK(p)->s, TOK(p)->n)))
                return NULL;
            advance(p);
        }
    }
    if (!expect_colon(p))
        return NULL;
    h->end_lineno = p->last_end_line;
    h->end_col = p->last_end_col;
    if (block(p, &h->v.handler.body, "'except' statement", line) < 0)
        return NULL;
    close_span(p, h);
    return h;
}

static void token_position(parser *p, lx_token *t, int *line, int *col,
                           int *end_line, int *end_col);

static ast_node *try_stmt(parser *p)
{
    spos s = here(p);
    advance(p);
    ast_node *n = ast_new(p->a, AST_TRY, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    if (!expect_forced_colon(p) ||
        block(p, &n->v.try_.body, "'try' statement", s.line) < 0)
        return NULL;
    for (int i = 0; AT(p, TK_EXCEPT); i++) {
        bool star;
        ast_node *h = except_clause(p, &star);
        if (!push(p, &n->v.try_.handlers, h))
            return NULL;
        if (i > 0 && star != n->v.try_.is_star)
            return ERR_NODE(p, h,
                            "cannot have both 'except' and 'except*' on the "
                            "same 'try'");
        n->v.try_.is_star = star;
    }
    for (int i = 0; i + 1 < n->v.try_.handlers.n; i++)
        if (!n->v.try_.handlers.items[i]->v.handler.type)
            return ERR_NODE(p, n->v.try_.handlers.items[i],
                            "default 'except:' must be last");
    if (n->v.try_.handlers.n && !else_block(p, &n->v.try_.orelse))
        return NULL;
    if (AT(p, TK_FINALLY)) {
        int line = TOK(p)->line;
        advance(p);
        if (!expect_forced_colon(p) ||
            block(p, &n->v.try_.finalbody, "'finally' statement", line) < 0)
            return NULL;
    }
    if (!n->v.try_.handlers.n && !n->v.try_.finalbody.n) {
        int l, c, el, ec; /* at the token after the body, as CPython */
        token_position(p, TOK(p), &l, &c, &el, &ec);
        return set_error(p, py_exc_SyntaxError, l, c, el, ec,
                         "expected 'except' or 'finally' block");
    }
    close_span(p, n);
    return n;
}

static ast_node *funcdef(parser *p, spos s, ast_seq *decorators)
{
    bool is_async = accept(p, TK_ASYNC);
    int line = TOK(p)->line;
    advance(p);
    ast_node *n = ast_new(p->a, AST_FUNCTIONDEF, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    n->v.func.is_async = is_async;
    if (!AT(p, TK_NAME))
        return invalid_syntax(p);
    if (!(n->v.func.name = ident(p, TOK(p)->s, TOK(p)->n)))
        return NULL;
    advance(p);
    if (!accept(p, TK_LPAR)) /* CPython's forced token &&'(' */
        return AT(p, TK_ERROR) ? invalid_syntax(p)
                               : err_tok(p, TOK(p), "expected '('");
    if (!(n->v.func.args = parameters(p, true, TK_RPAR)) || !expect(p, TK_RPAR))
        return NULL;
    if (AT(p, TK_RARROW) && !starts_expression(peek(p, 1)->type))
        return err_tok(p, TOK(p), "expected ':'"); /* def f() -> : */
    if (accept(p, TK_RARROW) && !(n->v.func.returns = expression(p)))
        return NULL;
    if (decorators)
        n->v.func.decorators = *decorators;
    if (!expect_forced_colon(p) ||
        block(p, &n->v.func.body, "function definition", line) < 0)
        return NULL;
    close_span(p, n);
    return n;
}

static ast_node *classdef(parser *p, spos s, ast_seq *decorators)
{
    int line = TOK(p)->line;
    advance(p);
    ast_node *n = ast_new(p->a, AST_CLASSDEF, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    if (!AT(p, TK_NAME))
        return invalid_syntax(p);
    if (!(n->v.cls.name = ident(p, TOK(p)->s, TOK(p)->n)))
        return NULL;
    advance(p);
    if (AT(p, TK_LPAR)) {
        p->class_args = true;
        ast_node *call = call_args(p, NULL, here(p));
        p->class_args = false;
        if (!call)
            return NULL;
        n->v.cls.bases = call->v.call.args;
        n->v.cls.keywords = call->v.call.keywords;
    }
    if (decorators)
        n->v.cls.decorators = *decorators;
    if (!expect_colon(p) ||
        block(p, &n->v.cls.body, "class definition", line) < 0)
        return NULL;
    close_span(p, n);
    return n;
}

static ast_node *decorated(parser *p)
{
    ast_seq decos = {0};
    while (AT(p, TK_AT)) {
        advance(p);
        if (!push(p, &decos, named_expression(p)) || !expect(p, TK_NEWLINE))
            return NULL;
    }
    spos s = here(p);
    if (AT(p, TK_DEF) || (AT(p, TK_ASYNC) && peek(p, 1)->type == TK_DEF))
        return funcdef(p, s, &decos);
    if (AT(p, TK_CLASS))
        return classdef(p, s, &decos);
    return invalid_syntax(p);
}

/* 'async' (funcdef | with_stmt | for_stmt) */
static ast_node *async_stmt(parser *p, spos s)
{
    switch (peek(p, 1)->type) {
    case TK_DEF:
        return funcdef(p, s, NULL);
    case TK_FOR:
        advance(p);
        return for_stmt(p, s, true);
    case TK_WITH:
        advance(p);
        return with_stmt(p, s, true);
    default:
        advance(p);
        return invalid_syntax(p);
    }
}

static int compound_stmt(parser *p, ast_seq *body)
{
    ast_node *n;
    spos s = here(p);
    switch (TOK(p)->type) {
    case TK_IF:
        n = if_stmt(p, "if");
        break;
    case TK_WHILE:
        n = while_stmt(p);
        break;
    case TK_FOR:
        n = for_stmt(p, s, false);
        break;
    case TK_TRY:
        n = try_stmt(p);
        break;
    case TK_WITH:
        n = with_stmt(p, s, false);
        break;
    case TK_DEF:
        n = funcdef(p, s, NULL);
        break;
    case TK_CLASS:
        n = classdef(p, s, NULL);
        break;
    case TK_AT:
        n = decorated(p);
        break;
    case TK_ASYNC:
        n = async_stmt(p, s);
        break;
    default:
        return 1; /* not a compound statement */
    }
    return push(p, body, n) ? 0 : -1;
}

static bool tok_is(const lx_token *t, const char *name)
{
    return t->type == TK_NAME && t->n == strlen(name) &&
           memcmp(t->s, name, t->n) == 0;
}

/* ------------------------------------------------------ match statements */

static ast_node *pattern(parser *p);
static ast_node *maybe_star_pattern(parser *p);

static ast_node *pat_node(parser *p, ast_kind k, spos s)
{
    return fin(p, k, s);
}

/* signed_number ['+'|'-' imaginary]: a literal number, maybe negated. */
static ast_node *signed_number(parser *p)
{
    spos s = here(p);
    bool neg = accept(p, TK_MINUS);
    if (!AT(p, TK_NUMBER))
        return invalid_syntax(p);
    ast_node *n = number(p);
    if (!n || !neg)
        return n;
    ast_node *u = fin(p, AST_UNARYOP, s);
    if (u) {
        u->v.unary.op = AST_USUB;
        u->v.unary.operand = n;
    }
    return u;
}

static bool is_imaginary(ast_node *n)
{
    return PY_TYPE(n->v.constant.value) == &py_complex_type;
}

/* A number literal of a pattern: signed_number, or the complex literal
 * real ('+'|'-') imaginary as a BinOp the optimiser folds (CPython's
 * rule: the left part real, the right part imaginary). */
static ast_node *number_literal(parser *p)
{
    spos s = here(p);
    ast_node *n = signed_number(p);
    if (!n || (!AT(p, TK_PLUS) && !AT(p, TK_MINUS)))
        return n;
    ast_node *real = n->kind == AST_UNARYOP ? n->v.unary.operand : n;
    if (is_imaginary(real))
        return ERR_NODE(p, real, "real number required in complex literal");
    lx_token *optok = advance(p);
    if (!AT(p, TK_NUMBER))
        return invalid_syntax(p);
    ast_node *r = number(p);
    if (!r)
        return NULL;
    if (!is_imaginary(r))
        return ERR_NODE(p, r, "imaginary number required in complex literal");
    return binop(p, s, n, optok->type == TK_PLUS ? PY_NB_ADD : PY_NB_SUB, optok,
                 r);
}

/* name_or_attr: NAME ('.' NAME)*; *dotted tells whether a '.' was seen. */
static ast_node *name_or_attr(parser *p, bool *dotted)
{
    spos s = here(p);
    ast_node *e = name_node(p);
    *dotted = false;
    while (e && AT(p, TK_DOT)) {
        advance(p);
        if (!AT(p, TK_NAME))
            return invalid_syntax(p);
        py_obj *attr = ident(p, TOK(p)->s, TOK(p)->n);
        if (!attr)
            return NULL;
        advance(p);
        ast_node *a = fin(p, AST_ATTRIBUTE, s);
        if (!a)
            return NULL;
        a->v.attr.value = e;
        a->v.attr.attr = attr;
        e = a;
        *dotted = true;
    }
    return e;
}

static bool is_wildcard_name(const lx_token *t)
{
    return t->type == TK_NAME && t->n == 1 && t->s[0] == '_';
}

/* pattern_capture_target: a NAME other than _ (BORROWED) or NULL. */
static py_obj *capture_target(parser *p)
{
    if (!AT(p, TK_NAME) || is_wildcard_name(TOK(p)))
        return invalid_syntax(p);
    py_obj *id = ident(p, TOK(p)->s, TOK(p)->n);
    if (id)
        advance(p);
    return id;
}

/* class_pattern arguments after '(' : positional patterns, then
 * keyword patterns NAME '=' pattern. */
static ast_node *class_pattern(parser *p, spos s, ast_node *cls)
{
    advance(p);
    ast_node *n = ast_new(p->a, AST_PAT_CLASS, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    n->v.pat.value = cls;
    ast_node *bad_first = NULL, *bad_last = NULL;
    while (!AT(p, TK_RPAR)) {
        if (AT(p, TK_NAME) && peek(p, 1)->type == TK_EQUAL) {
            ast_node *k = name_node(p);
            advance(p);
            if (!push(p, &n->v.pat.kwd_attrs, k) ||
                !push(p, &n->v.pat.kwd_patterns, pattern(p)))
                return NULL;
        } else {
            ast_node *a = pattern(p);
            if (!a)
                return NULL;
            if (n->v.pat.kwd_attrs.n) {
                bad_first = bad_first ? bad_first : a;
                bad_last = a;
            } else if (!push(p, &n->v.pat.patterns, a)) {
                return NULL;
            }
        }
        if (!accept(p, TK_COMMA))
            break;
    }
    if (bad_first && AT(p, TK_RPAR))
        return ERR_RANGE(p, bad_first, bad_last,
                         "positional patterns follow keyword patterns");
    if (!expect(p, TK_RPAR))
        return NULL;
    close_span(p, n);
    return n;
}

/* NAME-led patterns: capture, wildcard, value (dotted) or class. */
static ast_node *name_pattern(parser *p)
{
    spos s = here(p);
    bool wild = is_wildcard_name(TOK(p)), dotted;
    ast_node *e = name_or_attr(p, &dotted);
    if (!e)
        return NULL;
    if (AT(p, TK_LPAR))
        return class_pattern(p, s, e);
    if (dotted) {
        ast_node *n = pat_node(p, AST_PAT_VALUE, s);
        if (n)
            n->v.pat.value = e;
        return n;
    }
    ast_node *n = pat_node(p, AST_PAT_AS, s);
    if (n && !wild)
        n->v.pat.name = e->v.name.id;
    return n;
}

/* The items of a sequence pattern up to the closing token. */
static ast_node *sequence_items(parser *p, spos s, lx_type close,
                                ast_node *first)
{
    ast_node *n = ast_new(p->a, AST_PAT_SEQUENCE, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    if (first && !push(p, &n->v.pat.patterns, first))
        return NULL;
    if (first && !accept(p, TK_COMMA) && !AT(p, close))
        return invalid_syntax(p);
    while (!AT(p, close)) {
        if (!push(p, &n->v.pat.patterns, maybe_star_pattern(p)))
            return NULL;
        if (!accept(p, TK_COMMA))
            break;
    }
    if (!expect(p, close))
        return NULL;
    close_span(p, n);
    return n;
}

/* '(' pattern ')' (a group) or '(' sequence ')'. */
static ast_node *paren_pattern(parser *p)
{
    spos s = here(p);
    advance(p);
    if (AT(p, TK_RPAR))
        return sequence_items(p, s, TK_RPAR, NULL);
    ast_node *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (first->kind != AST_PAT_STAR && accept(p, TK_RPAR))
        return first;
    if (!AT(p, TK_COMMA))
        return invalid_syntax(p);
    return sequence_items(p, s, TK_RPAR, first);
}

/* A mapping pattern key: a literal or a dotted name. */
static ast_node *mapping_key(parser *p)
{
    spos s = here(p);
    switch (TOK(p)->type) {
    case TK_NUMBER:
    case TK_MINUS:
        return number_literal(p);
    case TK_STRING:
        return parse_strings(p);
    case TK_NONE:
    case TK_TRUE:
    case TK_FALSE:
        return atom(p);
    case TK_NAME: {
        bool dotted;
        (void)s;
        ast_node *e = name_or_attr(p, &dotted);
        return e && !dotted ? invalid_syntax(p) : e;
    }
    default:
        return invalid_syntax(p);
    }
}

static ast_node *mapping_pattern(parser *p)
{
    spos s = here(p);
    advance(p);
    ast_node *n = ast_new(p->a, AST_PAT_MAPPING, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    while (!AT(p, TK_RBRACE)) {
        if (accept(p, TK_DOUBLESTAR)) {
            if (!(n->v.pat.name = capture_target(p)))
                return NULL;
            accept(p, TK_COMMA);
            break;
        }
        ast_node *k = mapping_key(p);
        if (!k || !expect(p, TK_COLON))
            return NULL;
        if (!push(p, &n->v.pat.keys, k) ||
            !push(p, &n->v.pat.patterns, pattern(p)))
            return NULL;
        if (!accept(p, TK_COMMA))
            break;
    }
    if (!expect(p, TK_RBRACE))
        return NULL;
    close_span(p, n);
    return n;
}

static ast_node *closed_pattern(parser *p)
{
    spos s = here(p);
    switch (TOK(p)->type) {
    case TK_NUMBER:
    case TK_MINUS:
    case TK_STRING: {
        ast_node *v = AT(p, TK_STRING) ? parse_strings(p) : number_literal(p);
        ast_node *n = v ? pat_node(p, AST_PAT_VALUE, s) : NULL;
        if (n)
            n->v.pat.value = v;
        return n;
    }
    case TK_NONE:
    case TK_TRUE:
    case TK_FALSE: {
        ast_node *v = atom(p);
        ast_node *n = v ? pat_node(p, AST_PAT_SINGLETON, s) : NULL;
        if (n)
            n->v.pat.value = v;
        return n;
    }
    case TK_NAME:
        return name_pattern(p);
    case TK_LPAR:
        return paren_pattern(p);
    case TK_LSQB:
        advance(p);
        return sequence_items(p, s, TK_RSQB, NULL);
    case TK_LBRACE:
        return mapping_pattern(p);
    default:
        return invalid_syntax(p);
    }
}

/* or_pattern: '|'.closed_pattern+ */
static ast_node *or_pattern(parser *p)
{
    spos s = here(p);
    ast_node *first = closed_pattern(p);
    if (!first || !AT(p, TK_VBAR))
        return first;
    ast_node *n = ast_new(p->a, AST_PAT_OR, s.line, s.col, 0, 0);
    if (!n || !push(p, &n->v.pat.patterns, first))
        return n ? NULL : nomem(p);
    while (accept(p, TK_VBAR))
        if (!push(p, &n->v.pat.patterns, closed_pattern(p)))
            return NULL;
    close_span(p, n);
    return n;
}

/* pattern: or_pattern ['as' pattern_capture_target] */
static ast_node *pattern(parser *p)
{
    if (!enter(p))
        return NULL;
    spos s = here(p);
    ast_node *o = or_pattern(p);
    p->depth--;
    if (!o || !AT(p, TK_AS))
        return o;
    advance(p);
    lx_token *t = TOK(p);
    if (is_wildcard_name(t))
        return err_tok(p, t, "cannot use '_' as a target");
    if (t->type != TK_NAME) {
        ast_node *e = expression(p);
        return e ? ERR_NODE(p, e, "invalid pattern target") : NULL;
    }
    py_obj *name = capture_target(p);
    ast_node *n = name ? pat_node(p, AST_PAT_AS, s) : NULL;
    if (n) {
        n->v.pat.value = o;
        n->v.pat.name = name;
    }
    return n;
}

/* maybe_star_pattern: '*' (NAME | '_') | pattern */
static ast_node *maybe_star_pattern(parser *p)
{
    if (!AT(p, TK_STAR))
        return pattern(p);
    spos s = here(p);
    advance(p);
    py_obj *name = NULL;
    if (!is_wildcard_name(TOK(p)) && !(name = capture_target(p)))
        return NULL;
    if (!name)
        advance(p);
    ast_node *n = pat_node(p, AST_PAT_STAR, s);
    if (n)
        n->v.pat.name = name;
    return n;
}

/* patterns: open_sequence_pattern | pattern (the pattern of a case). */
static ast_node *case_patterns(parser *p)
{
    spos s = here(p);
    ast_node *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (!AT(p, TK_COMMA)) {
        if (first->kind == AST_PAT_STAR)
            return err_tok(p, TOK(p), "invalid syntax");
        return first;
    }
    ast_node *n = ast_new(p->a, AST_PAT_SEQUENCE, s.line, s.col, 0, 0);
    if (!n || !push(p, &n->v.pat.patterns, first))
        return n ? NULL : nomem(p);
    while (accept(p, TK_COMMA)) {
        if (AT(p, TK_COLON) || AT(p, TK_IF))
            break;
        if (!push(p, &n->v.pat.patterns, maybe_star_pattern(p)))
            return NULL;
    }
    close_span(p, n);
    return n;
}

/* case_block: "case" patterns guard? ':' block */
static ast_node *case_block(parser *p)
{
    spos s = here(p);
    int line = s.line;
    advance(p);
    ast_node *n = ast_new(p->a, AST_MATCH_CASE, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    if (!(n->v.mcase.pattern = case_patterns(p)))
        return NULL;
    if (accept(p, TK_IF) && !(n->v.mcase.guard = named_expression(p)))
        return NULL;
    if (!expect_colon(p) ||
        block(p, &n->v.mcase.body, "'case' statement", line) < 0)
        return NULL;
    close_span(p, n);
    return n;
}

/* subject_expr: star_named_expression ',' star_named_expressions? |
 * named_expression */
static ast_node *subject_expr(parser *p)
{
    spos s = here(p);
    ast_node *first = star_named_expression(p);
    if (!first || !AT(p, TK_COMMA)) {
        if (first && first->kind == AST_STARRED)
            return invalid_syntax(p);
        return first;
    }
    ast_node *t = seq_node(p, AST_TUPLE, s);
    if (!t || !push(p, &t->v.seq.elts, first))
        return NULL;
    while (accept(p, TK_COMMA) && !AT(p, TK_COLON) && !AT(p, TK_NEWLINE))
        if (!push(p, &t->v.seq.elts, star_named_expression(p)))
            return NULL;
    close_span(p, t);
    return t;
}

/* match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
static ast_node *match_stmt(parser *p)
{
    spos s = here(p);
    int line = s.line;
    advance(p);
    ast_node *n = ast_new(p->a, AST_MATCH, s.line, s.col, 0, 0);
    if (!n)
        return nomem(p);
    if (!(n->v.match.subject = subject_expr(p)) || !expect_colon(p) ||
        !expect(p, TK_NEWLINE))
        return NULL;
    if (!AT(p, TK_INDENT)) {
        lx_token *t = TOK(p);
        if (t->type == TK_ERROR)
            return lexer_error(p);
        return set_error(p, py_exc_IndentationError, t->line, t->col,
                         t->end_line, t->end_col,
                         "expected an indented block after 'match' "
                         "statement on line %d",
                         line);
    }
    advance(p);
    do {
        if (!tok_is(TOK(p), "case"))
            return invalid_syntax(p);
        if (!push(p, &n->v.match.cases, case_block(p)))
            return NULL;
    } while (!AT(p, TK_DEDENT) && !AT(p, TK_ENDMARKER));
    if (!accept(p, TK_DEDENT) && !AT(p, TK_ENDMARKER))
        return invalid_syntax(p);
    close_span(p, n);
    return n;
}

/* Is the `match` at the current token the soft keyword?  It is when its
 * logical line ends with ':' (a compound statement header), or when the
 * line is `match <something>` followed by an indented `case` (then
 * CPython says "expected ':'"). */
static bool match_ahead(parser *p)
{
    lx_type last = TK_NEWLINE;
    int after = 0; /* tokens looked at past the NEWLINE */
    lexer lx = p->lx;
    for (long k = 1;; k++) {
        lx_token tmp, *t = &tmp;
        if (p->pos + k < p->ntoks)
            t = &p->ring[(p->pos + k) % RING];
        else
            lx_next(&lx, &tmp);
        if (t->type == TK_ERROR || t->type == TK_ENDMARKER)
            return false;
        if (after == 0 && t->type != TK_NEWLINE) {
            last = t->type;
        } else if (after == 0) {
            if (last == TK_COLON)
                return true;
            if (k == 1)
                return false;
            after = 1;
        } else if (after == 1) {
            if (t->type != TK_INDENT)
                return false;
            after = 2;
        } else {
            return tok_is(t, "case");
        }
    }
}

static int statement(parser *p, ast_seq *body)
{
    int r = compound_stmt(p, body);
    if (r <= 0)
        return r;
    if (tok_is(TOK(p), "match") && match_ahead(p))
        return push(p, body, match_stmt(p)) ? 0 : -1;
    return simple_stmts(p, body);
}

/* Where CPython places a token at the end of the source: the end of its
 * last line (the one its final newline ends), with no end column. */
static void eof_position(parser *p, int *line, int *col, int *end_line,
                         int *end_col)
{
    size_t len = p->len;
    if (len && p->src[len - 1] == '\n')
        len--;
    int l = 1;
    size_t start = 0;
    for (size_t i = 0; i < len; i++)
        if (p->src[i] == '\n')
            l++, start = i + 1;
    *line = *end_line = l;
    *col = (int)(len - start);
    *end_col = -1;
}

/* Where CPython's _PyPegen_raise_error places an error at token t: a
 * DEDENT has no column (offset 0), one at the end of the source or the
 * ENDMARKER is at the end of the last line. */
static void token_position(parser *p, lx_token *t, int *line, int *col,
                           int *end_line, int *end_col)
{
    if (t->type == TK_DEDENT || t->type == TK_ENDMARKER) {
        int k = 0; /* the DEDENTs before the ENDMARKER are at the end */
        while (k < RING - 1 && peek(p, k)->type == TK_DEDENT)
            k++;
        int tl = t->line;
        if (peek(p, k)->type == TK_ENDMARKER) {
            eof_position(p, line, col, end_line, end_col);
        } else {
            *line = *end_line = tl;
            *col = PY_SE_NO_END;
            *end_col = -1;
        }
        return;
    }
    *line = t->line, *col = t->col;
    *end_line = t->end_line, *end_col = t->end_col;
}

/* block: NEWLINE INDENT statement+ DEDENT | simple_stmts */
static int block(parser *p, ast_seq *body, const char *what, int line)
{
    if (!AT(p, TK_NEWLINE))
        return simple_stmts(p, body);
    advance(p);
    if (!AT(p, TK_INDENT)) {
        lx_token *t = TOK(p);
        if (t->type == TK_ERROR)
            return lexer_error(p), -1;
        int l, c, el, ec;
        token_position(p, t, &l, &c, &el, &ec);
        set_error(p, py_exc_IndentationError, l, c, el, ec,
                  "expected an indented block after %s on line %d", what, line);
        return -1;
    }
    advance(p);
    if (!enter(p))
        return -1;
    while (!AT(p, TK_DEDENT)) {
        if (AT(p, TK_ENDMARKER) || AT(p, TK_ERROR) || AT(p, TK_INDENT)) {
            invalid_syntax(p);
            return -1;
        }
        if (statement(p, body) < 0)
            return -1;
    }
    p->depth--;
    advance(p);
    return 0;
}

/* ================================================================ driver */

static void syntax_error_text(py_type *t, const char *msg, const char *filename,
                              const char *src, size_t len, int line, int col,
                              int end_line, int end_col, bool nl);

static void syntax_error_at(py_type *t, const char *msg, const char *filename,
                            const char *src, size_t len, int line, int col,
                            int end_line, int end_col, bool nl, int tline,
                            int tend_line);

static void raise_error(parser *p)
{
    if (p->pyerr)
        return;
    perr *e = &p->err;
    if (e->sub_text && e->line >= e->sub_line) {
        /* the text is "(expr)", its columns counted from the "(" */
        char *buf = py_mem_alloc(e->sub_len + 3);
        if (!buf) {
            py_err_nomemory();
            return;
        }
        buf[0] = '(';
        memcpy(buf + 1, e->sub_text, e->sub_len);
        buf[e->sub_len + 1] = ')';
        buf[e->sub_len + 2] = '\0';
        int col = e->line == e->sub_line ? e->col - e->sub_col + 1 : e->col;
        int end_col = e->end_col;
        if (end_col >= 0 && e->end_line == e->sub_line)
            end_col = end_col - e->sub_col + 1;
        if (e->end_line == e->line && end_col == col &&
            col == (int)e->sub_len + 1) /* at the end: the ")" token */
            end_col = col + 1;
        syntax_error_at(e->type, e->msg, p->filename, buf, e->sub_len + 2,
                        e->line, col, e->end_line, end_col, true,
                        e->line - e->sub_line + 1,
                        e->end_line - e->sub_line + 1);
        py_mem_free(buf);
        return;
    }
    /* eval()'s source gets no newline appended: the last line's text
     * has none when the source has none */
    bool nl = !e->line_only;
    if (nl && p->eval_mode && p->len && p->src[p->len - 1] != '\n') {
        size_t n;
        const char *t = lx_line_text(p->src, p->len, e->line, &n);
        if (t && t + n >= p->src + p->len)
            nl = false;
    }
    syntax_error_text(e->type, e->msg, p->filename, p->src, p->len, e->line,
                      e->col, e->end_line, e->end_col, nl);
}

static ast_node *file_input(parser *p, ast_node *mod)
{
    while (!AT(p, TK_ENDMARKER)) {
        if (AT(p, TK_NEWLINE)) {
            advance(p);
            continue;
        }
        if (AT(p, TK_ERROR) || AT(p, TK_INDENT) || AT(p, TK_DEDENT))
            return invalid_syntax(p);
        if (statement(p, &mod->v.module.body) < 0)
            return NULL;
    }
    return mod;
}

static ast_node *eval_input(parser *p, ast_node *mod)
{
    spos s = here(p);
    ast_node *e = star_expressions(p);
    if (!e)
        return NULL;
    while (accept(p, TK_NEWLINE))
        ;
    if (!AT(p, TK_ENDMARKER))
        return invalid_syntax(p);
    ast_node *st = fin(p, AST_EXPR, s);
    if (!st)
        return NULL;
    st->v.value.value = e;
    return push(p, &mod->v.module.body, st) ? mod : NULL;
}

/* Source with a NUL byte at src[nul]: a file's SyntaxError shows the
 * line up to the NUL and no caret; a string's has no location, as 3.11. */
static void null_bytes(const char *src, size_t nul, const char *filename)
{
    if (!filename || filename[0] == '<') {
        py_err_set(py_exc_SyntaxError,
                   "source code string cannot contain null bytes");
        return;
    }
    int line = 1;
    for (size_t i = 0; i < nul; i++)
        line += src[i] == '\n';
    py_syntax_error(py_exc_SyntaxError, "source code cannot contain null bytes",
                    filename, src, nul, line, -1, line, -1);
}

/* A source file that is not UTF-8: CPython's tokenizer reports it with
 * a SyntaxError that has a message only (no location lines). */
static void non_utf8_file(const char *src, size_t len, const char *filename,
                          const lx_error *e)
{
    size_t n;
    const char *lt = lx_line_text(src, len, e->line, &n);
    unsigned char c = (unsigned char)lt[e->col];
    py_err_format(py_exc_SyntaxError,
                  "Non-UTF-8 code starting with '\\x%02x' in file %s on line "
                  "%d, but no encoding declared; see "
                  "https://peps.python.org/pep-0263/ for details",
                  c, filename, e->line);
}

ast_node *py_parse(ast_arena *arena, const char *src, size_t len,
                   const char *filename, py_compile_mode mode)
{
    parser p;
    memset(&p, 0, sizeof p);
    lx_error uerr;
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0)
        src += 3, len -= 3; /* a UTF-8 byte order mark is skipped */
    /* a NUL byte is reported unless a bad UTF-8 byte comes before it */
    const char *nul = memchr(src, '\0', len);
    if (nul && lx_check_utf8(src, (size_t)(nul - src), &uerr)) {
        null_bytes(src, (size_t)(nul - src), filename);
        return NULL;
    }
    if (!lx_check_utf8(src, len, &uerr)) {
        if (filename && filename[0] != '<')
            non_utf8_file(src, len, filename, &uerr);
        else
            py_syntax_error(py_exc_SyntaxError, uerr.msg, filename, src, len,
                            uerr.line, uerr.col, uerr.end_line, uerr.end_col);
        return NULL;
    }
    lx_init(&p.lx, src, len);
    p.a = arena;
    p.src = src;
    p.len = len;
    p.filename = filename;
    ast_node *mod = ast_new(arena, AST_MODULE, 1, 0, 1, 0);
    if (!mod)
        return NULL;
    p.eval_mode = mode == PY_MODE_EVAL;
    if (mode == PY_MODE_EVAL) {
        while (AT(&p, TK_NEWLINE) || AT(&p, TK_INDENT))
            advance(&p);
    }
    ast_node *r =
        mode == PY_MODE_EVAL ? eval_input(&p, mod) : file_input(&p, mod);
    if (!r) {
        if (!p.failed)
            invalid_syntax(&p);
        raise_error(&p);
    }
    return r;
}

/* ---------------------------------------------------------- SyntaxError */

/* 1-based character offset of byte column col in line (0 if col < 0). */
static long char_offset(const char *line, size_t n, int col)
{
    if (col < 0)
        return col;
    long chars = 0;
    for (size_t i = 0; i < (size_t)col && i < n; i++)
        if (((unsigned char)line[i] & 0xc0) != 0x80)
            chars++;
    if ((size_t)col > n)
        chars += col - (long)n;
    return chars + 1;
}

static py_obj *line_obj(const char *src, size_t len, int line, bool nl)
{
    if (!src || line < 1)
        return py_none_new();
    size_t n;
    const char *t = lx_line_text(src, len, line, &n);
    if (n && t[n - 1] == '\r')
        n--;
    /* invalid UTF-8 in the line: replace each bad byte with U+FFFD */
    char *buf = py_mem_alloc(n * 3 + 2);
    if (!buf)
        return py_err_nomemory();
    size_t k = 0;
    for (const char *q = t, *e = t + n; q < e;) {
        const char *s = q;
        if (lx_utf8_decode(&q, e) < 0) {
            memcpy(buf + k, "\xef\xbf\xbd", 3), k += 3, q = s + 1;
        } else {
            memcpy(buf + k, s, (size_t)(q - s)), k += (size_t)(q - s);
        }
    }
    if (nl)
        buf[k++] = '\n';
    py_obj *r = py_str_new(buf, k);
    py_mem_free(buf);
    return r;
}

void py_compile_error(const char *msg, const char *filename, const char *src,
                      size_t len, int line, int col, int end_line, int end_col)
{
    /* a real path keeps the text: pyscope's lessons run their code as a
     * "main.py" that is not on disk */
    bool pseudo = !filename || filename[0] == '<';
    py_syntax_error(py_exc_SyntaxError, msg, filename, pseudo ? NULL : src,
                    pseudo ? 0 : len, line, col, end_line, end_col);
}

void py_syntax_error(py_type *t, const char *msg, const char *filename,
                     const char *src, size_t len, int line, int col,
                     int end_line, int end_col)
{
    syntax_error_text(t, msg, filename, src, len, line, col, end_line, end_col,
                      true);
}

/* Raise t(msg) located at line:col..end_line:end_col of src; its text is
 * the line, with a newline when nl (CPython's parser adds one; its
 * tokenizer's own errors have none). */
static void syntax_error_text(py_type *t, const char *msg, const char *filename,
                              const char *src, size_t len, int line, int col,
                              int end_line, int end_col, bool nl)
{
    syntax_error_at(t, msg, filename, src, len, line, col, end_line, end_col,
                    nl, line, end_line);
}

/* syntax_error_text with the text taken from line tline of src (and the
 * end on tend_line), while the exception names lines line..end_line. */
static void syntax_error_at(py_type *t, const char *msg, const char *filename,
                            const char *src, size_t len, int line, int col,
                            int end_line, int end_col, bool nl, int tline,
                            int tend_line)
{
    size_t n = 0;
    const char *lt = src && tline >= 1 ? lx_line_text(src, len, tline, &n) : "";
    py_obj *text = line_obj(src, len, tline, nl);
    long off = col == PY_SE_NO_END ? 0 : char_offset(lt, n, col);
    long end_off = end_col == PY_SE_NO_END ? 0
                   : end_col < 0           ? end_col
                   : tend_line == tline    ? char_offset(lt, n, end_col)
                                           : end_col + 1;
    py_obj *fn = py_str_from_cstr(filename ? filename : "<string>");
    py_obj *m = py_str_from_cstr(msg);
    py_obj *ln = py_int_from_i64(line), *of = py_int_from_i64(off);
    py_obj *eln = py_int_from_i64(end_line);
    py_obj *eof =
        end_col == PY_SE_NONE_END ? py_none_new() : py_int_from_i64(end_off);
    py_obj *loc = NULL, *exc = NULL;
    if (!text || !fn || !m || !ln || !of || !eln || !eof)
        goto done;
    loc = py_tuple_pack(6, fn, ln, of, text, eln, eof);
    if (!loc)
        goto done;
    py_obj *args[2] = {m, loc};
    exc = py_exc_new(t, args, 2);
    if (!exc)
        goto done;
    static const char *const names[] = {
        "msg",  "filename",   "lineno",     "offset",
        "text", "end_lineno", "end_offset", "print_file_and_line"};
    py_obj *vals[] = {m, fn, ln, of, text, eln, eof, py_None};
    for (int i = 0; i < 8; i++) {
        py_obj *k = py_str_interned(names[i]);
        int r = k ? py_setattr(exc, k, vals[i]) : -1;
        PY_XDECREF(k);
        if (r < 0)
            goto done;
    }
    py_err_set_obj(exc);
done:
    PY_XDECREF(exc);
    PY_XDECREF(loc);
    PY_XDECREF(text);
    PY_XDECREF(fn);
    PY_XDECREF(m);
    PY_XDECREF(ln);
    PY_XDECREF(of);
    PY_XDECREF(eln);
    PY_XDECREF(eof);
}
