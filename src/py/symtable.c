/*
 * symtable.c -- building and resolving scopes (see symtable.h).
 *
 * Pass 1 (visit_*) walks the tree, opening a scope at each def, class,
 * lambda and comprehension and recording name uses with their flags.
 * Pass 2 (analyze) resolves names top-down with the set of names bound
 * by enclosing function scopes, then bottom-up turns locals captured by
 * inner scopes into cells and threads free variables through the scopes
 * in between (as CPython's symtable.c analyze_block does).
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "parser.h"
#include "symtable.h"

#define MAX_DEPTH 2000

/* ------------------------------------------------------------- helpers */

static int fail_node(symtable *st, ast_node *n, const char *fmt, py_obj *name)
{
    char msg[300];
    snprintf(msg, sizeof msg, fmt, name ? PY_STR_DATA(name) : "");
    py_compile_error(msg, st->filename, st->src, st->len, n->lineno, n->col,
                     n->end_lineno, n->end_col);
    return -1;
}

st_sym *py_st_lookup(st_scope *s, py_obj *name)
{
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].name == name)
            return &s->syms[i];
    return NULL;
}

st_scope *py_st_child(st_scope *parent, ast_node *node)
{
    for (int i = 0; i < parent->nchildren; i++)
        if (parent->children[i]->node == node)
            return parent->children[i];
    return NULL;
}

/* Grow *v (n used, *cap slots of size sz) in the arena. */
static int grow(symtable *st, void **v, int n, int *cap, size_t sz)
{
    if (n < *cap)
        return 0;
    int nc = *cap ? *cap * 2 : 8;
    void *nv = ast_alloc(st->arena, (size_t)nc * sz);
    if (!nv)
        return -1;
    if (n)
        memcpy(nv, *v, (size_t)n * sz);
    *v = nv;
    *cap = nc;
    return 0;
}

static st_sym *add_sym(symtable *st, st_scope *s, py_obj *name, int flags)
{
    st_sym *sym = py_st_lookup(s, name);
    if (sym) {
        sym->flags |= flags;
        return sym;
    }
    if (grow(st, (void **)&s->syms, s->nsyms, &s->capsyms, sizeof(st_sym)) < 0)
        return NULL;
    sym = &s->syms[s->nsyms++];
    sym->name = name;
    sym->flags = flags;
    sym->scope = ST_SCOPE_NONE;
    return sym;
}

static st_scope *new_scope(symtable *st, st_scope *parent, st_kind k,
                           py_obj *name, ast_node *node)
{
    st_scope *s = ast_alloc(st->arena, sizeof *s);
    if (!s)
        return NULL;
    s->kind = k;
    s->name = name;
    s->node = node;
    s->parent = parent;
    s->lineno = node->lineno;
    if (parent) {
        if (grow(st, (void **)&parent->children, parent->nchildren,
                 &parent->capchildren, sizeof(st_scope *)) < 0)
            return NULL;
        parent->children[parent->nchildren++] = s;
    }
    return s;
}

static py_obj *intern(symtable *st, const char *s)
{
    py_obj *o = py_str_interned(s);
    return o ? ast_keep(st->arena, o) : NULL;
}

/* ------------------------------------------------------------- pass 1 */

static int visit_expr(symtable *st, st_scope *s, ast_node *e);
static int visit_stmts(symtable *st, st_scope *s, ast_seq *body);
static int visit_match(symtable *st, st_scope *s, ast_node *n);

static int visit_exprs(symtable *st, st_scope *s, ast_seq *v)
{
    for (int i = 0; i < v->n; i++)
        if (v->items[i] && visit_expr(st, s, v->items[i]) < 0)
            return -1;
    return 0;
}

/* Whether name is __debug__, which nothing may bind (CPython's
 * forbidden_name). */
static bool is_debug(py_obj *name)
{
    return py_str_eq_cstr(name, "__debug__");
}

/* The SyntaxError for binding __debug__, located at n as CPython's
 * compiler (the statement, call or target it checks). */
static int debug_store(symtable *st, ast_node *n)
{
    return fail_node(st, n, "cannot assign to __debug__", NULL);
}

/* Record a binding or a use of name in s. */
static int def_name(symtable *st, st_scope *s, py_obj *name, int flag,
                    ast_node *at)
{
    if ((flag & ST_DEF_PARAM) && py_str_eq_cstr(name, "__debug__"))
        return fail_node(st, s->node ? s->node : at,
                         "cannot assign to __debug__", NULL);
    st_sym *sym = py_st_lookup(s, name);
    if (sym && (flag & ST_DEF_PARAM) && (sym->flags & ST_DEF_PARAM))
        return fail_node(
            st, at, "duplicate argument '%s' in function definition", name);
    return add_sym(st, s, name, flag) ? 0 : -1;
}

static int declare(symtable *st, st_scope *s, ast_node *n, bool global)
{
    const char *kind = global ? "global" : "nonlocal";
    if (!global && s->kind == ST_MODULE)
        return fail_node(
            st, n, "nonlocal declaration not allowed at module level", NULL);
    for (int i = 0; i < n->v.global.names.n; i++) {
        ast_node *nm = n->v.global.names.items[i];
        py_obj *name = nm->v.name.id;
        st_sym *sym = py_st_lookup(s, name);
        int f = sym ? sym->flags : 0;
        char fmt[120];
        if (f & ST_DEF_PARAM) {
            snprintf(fmt, sizeof fmt, "name '%%s' is parameter and %s", kind);
            return fail_node(st, n, fmt, name);
        }
        /* CPython's order: used, annotated, assigned; a name both global
         * and nonlocal is reported at its first declaration */
        if (f & (ST_USE | ST_DEF_LOCAL | ST_DEF_ANNOT)) {
            if (f & ST_USE)
                snprintf(fmt, sizeof fmt,
                         "name '%%s' is used prior to %s declaration", kind);
            else if (f & ST_DEF_ANNOT)
                snprintf(fmt, sizeof fmt, "annotated name '%%s' can't be %s",
                         kind);
            else
                snprintf(fmt, sizeof fmt,
                         "name '%%s' is assigned to before %s declaration",
                         kind);
            return fail_node(st, n, fmt, name);
        }
        if (f & (global ? ST_DEF_NONLOCAL : ST_DEF_GLOBAL))
            return fail_node(st, sym->decl ? sym->decl : n,
                             "name '%s' is nonlocal and global", name);
        st_sym *d =
            add_sym(st, s, name, global ? ST_DEF_GLOBAL : ST_DEF_NONLOCAL);
        if (!d)
            return -1;
        d->decl = n;
    }
    return 0;
}

static int visit_params(symtable *st, st_scope *s, ast_node *args)
{
    ast_seq *lists[] = {&args->v.arguments.posonly, &args->v.arguments.args,
                        &args->v.arguments.kwonly};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->n; i++)
            if (def_name(st, s, lists[k]->items[i]->v.arg.arg, ST_DEF_PARAM,
                         lists[k]->items[i]) < 0)
                return -1;
    if (args->v.arguments.vararg &&
        def_name(st, s, args->v.arguments.vararg->v.arg.arg, ST_DEF_PARAM,
                 args->v.arguments.vararg) < 0)
        return -1;
    if (args->v.arguments.kwarg &&
        def_name(st, s, args->v.arguments.kwarg->v.arg.arg, ST_DEF_PARAM,
                 args->v.arguments.kwarg) < 0)
        return -1;
    return 0;
}

static int visit_defaults(symtable *st, st_scope *s, ast_node *args)
{
    if (visit_exprs(st, s, &args->v.arguments.defaults) < 0)
        return -1;
    return visit_exprs(st, s, &args->v.arguments.kw_defaults);
}

/* Parameter and return annotations, evaluated in the defining scope s. */
static int visit_annotations(symtable *st, st_scope *s, ast_node *n)
{
    ast_node *a = n->v.func.args;
    ast_seq *lists[] = {&a->v.arguments.posonly, &a->v.arguments.args,
                        &a->v.arguments.kwonly};
    ast_node *more[] = {a->v.arguments.vararg, a->v.arguments.kwarg};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->n; i++) {
            ast_node *ann = lists[k]->items[i]->v.arg.annotation;
            if (ann && visit_expr(st, s, ann) < 0)
                return -1;
        }
    for (int k = 0; k < 2; k++)
        if (more[k] && more[k]->v.arg.annotation &&
            visit_expr(st, s, more[k]->v.arg.annotation) < 0)
            return -1;
    return n->v.func.returns ? visit_expr(st, s, n->v.func.returns) : 0;
}

static int visit_function(symtable *st, st_scope *s, ast_node *n)
{
    if (visit_exprs(st, s, &n->v.func.decorators) < 0 ||
        visit_defaults(st, s, n->v.func.args) < 0 ||
        visit_annotations(st, s, n) < 0 ||
        def_name(st, s, n->v.func.name, ST_DEF_LOCAL, n) < 0)
        return -1;
    st_scope *f = new_scope(st, s, ST_FUNCTION, n->v.func.name, n);
    if (!f || visit_params(st, f, n->v.func.args) < 0)
        return -1;
    f->coroutine = n->v.func.is_async;
    return visit_stmts(st, f, &n->v.func.body);
}

static int visit_class(symtable *st, st_scope *s, ast_node *n)
{
    if (visit_exprs(st, s, &n->v.cls.decorators) < 0 ||
        visit_exprs(st, s, &n->v.cls.bases) < 0)
        return -1;
    for (int i = 0; i < n->v.cls.keywords.n; i++)
        if (visit_expr(st, s, n->v.cls.keywords.items[i]->v.keyword.value) < 0)
            return -1;
    if (def_name(st, s, n->v.cls.name, ST_DEF_LOCAL, n) < 0)
        return -1;
    st_scope *c = new_scope(st, s, ST_CLASS, n->v.cls.name, n);
    return c ? visit_stmts(st, c, &n->v.cls.body) : -1;
}

static int visit_import(symtable *st, st_scope *s, ast_node *n)
{
    for (int i = 0; i < n->v.import.names.n; i++) {
        ast_node *a = n->v.import.names.items[i];
        py_obj *name = a->v.alias.asname;
        if (!name) {
            const char *full = PY_STR_DATA(a->v.alias.name);
            if (!strcmp(full, "*")) {
                if (s->kind != ST_MODULE)
                    return fail_node(
                        st, a, "import * only allowed at module level", NULL);
                continue;
            }
            const char *dot = strchr(full, '.');
            if (dot) {
                py_obj *o = py_str_new(full, (size_t)(dot - full));
                if (!o)
                    return -1;
                py_str_intern_inplace(&o);
                if (!(name = ast_keep(st->arena, o)))
                    return -1;
            } else {
                name = a->v.alias.name;
            }
        }
        if (py_str_eq_cstr(name, "__debug__"))
            return fail_node(st, n, "cannot assign to __debug__", NULL);
        if (def_name(st, s, name, ST_DEF_LOCAL, n) < 0)
            return -1;
    }
    return 0;
}

static int visit_stmt(symtable *st, st_scope *s, ast_node *n)
{
    switch (n->kind) {
    case AST_FUNCTIONDEF:
        if (is_debug(n->v.func.name))
            return debug_store(st, n);
        return visit_function(st, s, n);
    case AST_CLASSDEF:
        if (is_debug(n->v.cls.name))
            return debug_store(st, n);
        return visit_class(st, s, n);
    case AST_RETURN:
    case AST_EXPR:
        return n->v.value.value ? visit_expr(st, s, n->v.value.value) : 0;
    case AST_DELETE:
        return visit_exprs(st, s, &n->v.assign.targets);
    case AST_ASSIGN:
        if (visit_expr(st, s, n->v.assign.value) < 0)
            return -1;
        return visit_exprs(st, s, &n->v.assign.targets);
    case AST_AUGASSIGN:
        if (visit_expr(st, s, n->v.aug.value) < 0)
            return -1;
        if (n->v.aug.target->kind == AST_NAME) {
            py_obj *id = n->v.aug.target->v.name.id;
            if (is_debug(id))
                return debug_store(st, n->v.aug.target);
            return add_sym(st, s, id, ST_DEF_LOCAL | ST_USE) ? 0 : -1;
        }
        return visit_expr(st, s, n->v.aug.target);
    case AST_ANNASSIGN:
        if (n->v.aug.value && visit_expr(st, s, n->v.aug.value) < 0)
            return -1;
        if (n->v.aug.target->kind == AST_NAME) {
            py_obj *id = n->v.aug.target->v.name.id;
            if (is_debug(id)) /* with a value the stored target */
                return debug_store(st, n->v.aug.value ? n->v.aug.target : n);
            st_sym *sym = py_st_lookup(s, id);
            int f = sym ? sym->flags : 0;
            if (s->kind != ST_MODULE && (f & (ST_DEF_GLOBAL | ST_DEF_NONLOCAL)))
                return fail_node(st, n,
                                 f & ST_DEF_GLOBAL
                                     ? "annotated name '%s' can't be global"
                                     : "annotated name '%s' can't be nonlocal",
                                 id);
            return add_sym(st, s, id, ST_DEF_LOCAL | ST_DEF_ANNOT) ? 0 : -1;
        }
        return visit_expr(st, s, n->v.aug.target);
    case AST_FOR:
        if (visit_expr(st, s, n->v.for_.target) < 0 ||
            visit_expr(st, s, n->v.for_.iter) < 0 ||
            visit_stmts(st, s, &n->v.for_.body) < 0)
            return -1;
        return visit_stmts(st, s, &n->v.for_.orelse);
    case AST_WHILE:
    case AST_IF:
        if (visit_expr(st, s, n->v.if_.test) < 0 ||
            visit_stmts(st, s, &n->v.if_.body) < 0)
            return -1;
        return visit_stmts(st, s, &n->v.if_.orelse);
    case AST_WITH:
        for (int i = 0; i < n->v.with.items.n; i++) {
            ast_node *w = n->v.with.items.items[i];
            if (visit_expr(st, s, w->v.withitem.context_expr) < 0 ||
                (w->v.withitem.optional_vars &&
                 visit_expr(st, s, w->v.withitem.optional_vars) < 0))
                return -1;
        }
        return visit_stmts(st, s, &n->v.with.body);
    case AST_RAISE:
        if (n->v.raise.exc && visit_expr(st, s, n->v.raise.exc) < 0)
            return -1;
        return n->v.raise.cause ? visit_expr(st, s, n->v.raise.cause) : 0;
    case AST_TRY:
        if (visit_stmts(st, s, &n->v.try_.body) < 0)
            return -1;
        for (int i = 0; i < n->v.try_.handlers.n; i++) {
            ast_node *h = n->v.try_.handlers.items[i];
            if (h->v.handler.type && visit_expr(st, s, h->v.handler.type) < 0)
                return -1;
            if (h->v.handler.name && is_debug(h->v.handler.name))
                return debug_store(st, h);
            if (h->v.handler.name &&
                def_name(st, s, h->v.handler.name, ST_DEF_LOCAL, h) < 0)
                return -1;
            if (visit_stmts(st, s, &h->v.handler.body) < 0)
                return -1;
        }
        if (visit_stmts(st, s, &n->v.try_.orelse) < 0)
            return -1;
        return visit_stmts(st, s, &n->v.try_.finalbody);
    case AST_ASSERT:
        if (visit_expr(st, s, n->v.assert_.test) < 0)
            return -1;
        return n->v.assert_.msg ? visit_expr(st, s, n->v.assert_.msg) : 0;
    case AST_IMPORT:
    case AST_IMPORTFROM:
        return visit_import(st, s, n);
    case AST_MATCH:
        return visit_match(st, s, n);
    case AST_GLOBAL:
        return declare(st, s, n, true);
    case AST_NONLOCAL:
        return declare(st, s, n, false);
    default:
        return 0;
    }
}

/* A pattern of a case: its captures are local bindings, its values and
 * classes expressions of the scope. */
static int visit_pattern(symtable *st, st_scope *s, ast_node *n)
{
    if (n->kind == AST_PAT_VALUE || n->kind == AST_PAT_SINGLETON)
        return visit_expr(st, s, n->v.pat.value);
    if (n->kind == AST_PAT_CLASS && visit_expr(st, s, n->v.pat.value) < 0)
        return -1;
    if (n->kind == AST_PAT_AS && n->v.pat.value &&
        visit_pattern(st, s, n->v.pat.value) < 0)
        return -1;
    if (visit_exprs(st, s, &n->v.pat.keys) < 0)
        return -1;
    ast_seq *lists[] = {&n->v.pat.patterns, &n->v.pat.kwd_patterns};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < lists[k]->n; i++)
            if (visit_pattern(st, s, lists[k]->items[i]) < 0)
                return -1;
    if (n->v.pat.name && !add_sym(st, s, n->v.pat.name, ST_DEF_LOCAL))
        return -1;
    return 0;
}

static int visit_match(symtable *st, st_scope *s, ast_node *n)
{
    if (visit_expr(st, s, n->v.match.subject) < 0)
        return -1;
    for (int i = 0; i < n->v.match.cases.n; i++) {
        ast_node *c = n->v.match.cases.items[i];
        if (visit_pattern(st, s, c->v.mcase.pattern) < 0 ||
            (c->v.mcase.guard && visit_expr(st, s, c->v.mcase.guard) < 0) ||
            visit_stmts(st, s, &c->v.mcase.body) < 0)
            return -1;
    }
    return 0;
}

static int visit_stmts(symtable *st, st_scope *s, ast_seq *body)
{
    for (int i = 0; i < body->n; i++)
        if (visit_stmt(st, s, body->items[i]) < 0)
            return -1;
    return 0;
}

static const char *comp_name(ast_kind k)
{
    return k == AST_LISTCOMP   ? "<listcomp>"
           : k == AST_SETCOMP  ? "<setcomp>"
           : k == AST_DICTCOMP ? "<dictcomp>"
                               : "<genexpr>";
}

/* A comprehension's iterable, where := is refused (CPython's rule). */
static int visit_comp_iter(symtable *st, st_scope *s, ast_node *iter)
{
    s->comp_iter_expr++;
    int r = visit_expr(st, s, iter);
    s->comp_iter_expr--;
    return r;
}

static int visit_comp(symtable *st, st_scope *s, ast_node *e)
{
    ast_seq *gens = &e->v.comp.generators;
    ast_node *g0 = gens->items[0];
    if (visit_comp_iter(st, s, g0->v.comprehension.iter) < 0)
        return -1;
    py_obj *name = intern(st, comp_name(e->kind)), *dot0 = intern(st, ".0");
    if (!name || !dot0)
        return -1;
    st_scope *c = new_scope(st, s, ST_COMP, name, e);
    if (!c || !add_sym(st, c, dot0, ST_DEF_PARAM))
        return -1;
    c->generator = c->comp_is_genexp = e->kind == AST_GENEXP;
    for (int i = 0; i < gens->n; i++) {
        ast_node *g = gens->items[i];
        if (g->v.comprehension.is_async)
            c->coroutine = true;
        if (i > 0 && visit_comp_iter(st, c, g->v.comprehension.iter) < 0)
            return -1;
        if (visit_expr(st, c, g->v.comprehension.target) < 0 ||
            visit_exprs(st, c, &g->v.comprehension.ifs) < 0)
            return -1;
    }
    if (e->v.comp.value && visit_expr(st, c, e->v.comp.value) < 0)
        return -1;
    if (visit_expr(st, c, e->v.comp.elt) < 0)
        return -1;
    /* 3.11: a comprehension awaiting an inner asynchronous one (not a
     * genexp, which is just created) becomes asynchronous itself */
    if (c->coroutine && !c->comp_is_genexp && s->kind == ST_COMP)
        s->coroutine = true;
    return 0;
}

/* Mark the iteration variables of comprehension targets. */
static void mark_comp_iter(st_scope *c, ast_node *t)
{
    if (t->kind == AST_NAME) {
        st_sym *sym = py_st_lookup(c, t->v.name.id);
        if (sym)
            sym->flags |= ST_DEF_COMP_ITER;
    } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->v.seq.elts.n; i++)
            mark_comp_iter(c, t->v.seq.elts.items[i]);
    } else if (t->kind == AST_STARRED) {
        mark_comp_iter(c, t->v.starred.value);
    }
}

/* x := v inside comprehensions binds x in the enclosing function. */
static int named_in_comp(symtable *st, st_scope *s, ast_node *e)
{
    ast_node *t = e->v.aug.target;
    py_obj *name = t->v.name.id;
    st_scope *outer = s;
    for (st_scope *c = s; c->kind == ST_COMP; c = c->parent) {
        ast_seq *gens = &c->node->v.comp.generators;
        for (int i = 0; i < gens->n; i++)
            mark_comp_iter(c, gens->items[i]->v.comprehension.target);
        st_sym *sym = py_st_lookup(c, name);
        if (sym && (sym->flags & ST_DEF_COMP_ITER))
            return fail_node(st, e,
                             "assignment expression cannot rebind "
                             "comprehension iteration variable '%s'",
                             name);
        outer = c->parent;
    }
    if (outer->kind == ST_CLASS)
        return fail_node(st, e,
                         "assignment expression within a comprehension "
                         "cannot be used in a class body",
                         NULL);
    /* a name the function declares global stays global in the
     * comprehension too */
    st_sym *osym = py_st_lookup(outer, name);
    int flag =
        outer->kind == ST_MODULE || (osym && (osym->flags & ST_DEF_GLOBAL))
            ? ST_DEF_GLOBAL
            : ST_DEF_NONLOCAL;
    for (st_scope *c = s; c->kind == ST_COMP; c = c->parent)
        if (!add_sym(st, c, name, flag))
            return -1;
    return add_sym(st, outer, name, ST_DEF_LOCAL) ? 0 : -1;
}

static int visit_name(symtable *st, st_scope *s, ast_node *e)
{
    py_obj *id = e->v.name.id;
    if (e->v.name.ctx != AST_LOAD && py_str_eq_cstr(id, "__debug__"))
        return fail_node(st, e,
                         e->v.name.ctx == AST_DEL
                             ? "cannot delete __debug__"
                             : "cannot assign to __debug__",
                         NULL);
    if (e->v.name.ctx == AST_LOAD) {
        if (!add_sym(st, s, id, ST_USE))
            return -1;
        if (s->kind != ST_MODULE && s->kind != ST_CLASS &&
            (py_str_eq_cstr(id, "super") || py_str_eq_cstr(id, "__class__"))) {
            py_obj *cls = intern(st, "__class__");
            return cls && add_sym(st, s, cls, ST_USE) ? 0 : -1;
        }
        return 0;
    }
    return add_sym(st, s, id, ST_DEF_LOCAL) ? 0 : -1;
}

static int visit_yield(symtable *st, st_scope *s, ast_node *e)
{
    if (s->kind == ST_MODULE || s->kind == ST_CLASS)
        return fail_node(st, e, "'yield' outside function", NULL);
    if (s->kind == ST_COMP) {
        const char *w = s->node->kind == AST_LISTCOMP  ? "list comprehension"
                        : s->node->kind == AST_SETCOMP ? "set comprehension"
                        : s->node->kind == AST_DICTCOMP
                            ? "dict comprehension"
                            : "generator expression";
        char fmt[80];
        snprintf(fmt, sizeof fmt, "'yield' inside %s", w);
        return fail_node(st, e, fmt, NULL);
    }
    s->generator = true;
    return e->v.value.value ? visit_expr(st, s, e->v.value.value) : 0;
}

static int visit_expr_inner(symtable *st, st_scope *s, ast_node *e)
{
    switch (e->kind) {
    case AST_BOOLOP:
        return visit_exprs(st, s, &e->v.boolop.values);
    case AST_NAMEDEXPR:
        if (s->comp_iter_expr > 0)
            return fail_node(st, e,
                             "assignment expression cannot be used in a "
                             "comprehension iterable expression",
                             NULL);
        if (visit_expr(st, s, e->v.aug.value) < 0)
            return -1;
        if (s->kind == ST_COMP)
            return named_in_comp(st, s, e);
        return visit_expr(st, s, e->v.aug.target);
    case AST_BINOP:
        if (visit_expr(st, s, e->v.binop.left) < 0)
            return -1;
        return visit_expr(st, s, e->v.binop.right);
    case AST_UNARYOP:
        return visit_expr(st, s, e->v.unary.operand);
    case AST_LAMBDA: {
        if (visit_defaults(st, s, e->v.lambda.args) < 0)
            return -1;
        py_obj *name = intern(st, "<lambda>");
        st_scope *f = name ? new_scope(st, s, ST_FUNCTION, name, e) : NULL;
        if (!f || visit_params(st, f, e->v.lambda.args) < 0)
            return -1;
        return visit_expr(st, f, e->v.lambda.body);
    }
    case AST_IFEXP:
        if (visit_expr(st, s, e->v.ifexp.test) < 0 ||
            visit_expr(st, s, e->v.ifexp.body) < 0)
            return -1;
        return visit_expr(st, s, e->v.ifexp.orelse);
    case AST_DICT:
        if (visit_exprs(st, s, &e->v.dict.keys) < 0)
            return -1;
        return visit_exprs(st, s, &e->v.dict.values);
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE:
        return visit_exprs(st, s, &e->v.seq.elts);
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP:
        return visit_comp(st, s, e);
    case AST_YIELD:
    case AST_YIELDFROM:
        return visit_yield(st, s, e);
    case AST_AWAIT:
        if (s->kind == ST_COMP)
            s->coroutine = true;
        return visit_expr(st, s, e->v.value.value);
    case AST_COMPARE:
        if (visit_expr(st, s, e->v.compare.left) < 0)
            return -1;
        return visit_exprs(st, s, &e->v.compare.comparators);
    case AST_CALL:
        if (visit_expr(st, s, e->v.call.func) < 0 ||
            visit_exprs(st, s, &e->v.call.args) < 0)
            return -1;
        for (int i = 0; i < e->v.call.keywords.n; i++) {
            ast_node *kw = e->v.call.keywords.items[i];
            if (kw->v.keyword.arg && is_debug(kw->v.keyword.arg))
                return debug_store(st, e);
            if (visit_expr(st, s, kw->v.keyword.value) < 0)
                return -1;
        }
        return 0;
    case AST_FORMATTEDVALUE:
        if (visit_expr(st, s, e->v.fv.value) < 0)
            return -1;
        return e->v.fv.format_spec ? visit_expr(st, s, e->v.fv.format_spec) : 0;
    case AST_JOINEDSTR:
        return visit_exprs(st, s, &e->v.joined.values);
    case AST_ATTRIBUTE:
        if (e->v.attr.ctx == AST_STORE && is_debug(e->v.attr.attr))
            return debug_store(st, e); /* (del x.__debug__ is allowed) */
        return visit_expr(st, s, e->v.attr.value);
    case AST_SUBSCRIPT:
        if (visit_expr(st, s, e->v.subscript.value) < 0)
            return -1;
        return visit_expr(st, s, e->v.subscript.slice);
    case AST_STARRED:
        return visit_expr(st, s, e->v.starred.value);
    case AST_NAME:
        return visit_name(st, s, e);
    case AST_SLICE:
        if (e->v.slice.lower && visit_expr(st, s, e->v.slice.lower) < 0)
            return -1;
        if (e->v.slice.upper && visit_expr(st, s, e->v.slice.upper) < 0)
            return -1;
        return e->v.slice.step ? visit_expr(st, s, e->v.slice.step) : 0;
    default:
        return 0;
    }
}

static int visit_expr(symtable *st, st_scope *s, ast_node *e)
{
    if (++st->depth > MAX_DEPTH) {
        py_err_set(py_exc_RecursionError,
                   "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = visit_expr_inner(st, s, e);
    st->depth--;
    return r;
}

/* ------------------------------------------------------------- pass 2 */

/* A set of interned names (small; linear search). */
typedef struct nameset {
    py_obj **v;
    int n, cap;
} nameset;

static bool ns_has(const nameset *s, py_obj *name)
{
    for (int i = 0; i < s->n; i++)
        if (s->v[i] == name)
            return true;
    return false;
}

static int ns_add(nameset *s, py_obj *name)
{
    if (ns_has(s, name))
        return 0;
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 16;
        py_obj **v = py_mem_realloc(s->v, (size_t)cap * sizeof *v);
        if (!v) {
            py_err_nomemory();
            return -1;
        }
        s->v = v;
        s->cap = cap;
    }
    s->v[s->n++] = name;
    return 0;
}

static void ns_remove(nameset *s, py_obj *name)
{
    for (int i = 0; i < s->n; i++)
        if (s->v[i] == name) {
            s->v[i] = s->v[--s->n];
            return;
        }
}

static void ns_free(nameset *s)
{
    py_mem_free(s->v);
    memset(s, 0, sizeof *s);
}

static int ns_copy(nameset *dst, const nameset *src)
{
    for (int i = 0; i < src->n; i++)
        if (ns_add(dst, src->v[i]) < 0)
            return -1;
    return 0;
}

static int nonlocal_error(symtable *st, ast_node *n, py_obj *name)
{
    char msg[300];
    snprintf(msg, sizeof msg, "no binding for nonlocal '%s' found",
             PY_STR_DATA(name));
    py_compile_error(msg, st->filename, st->src, st->len, n->lineno, n->col,
                     n->end_lineno, n->end_col);
    return -1;
}

/* Resolve the names used in s itself. */
static int analyze_names(symtable *st, st_scope *s, const nameset *bound,
                         nameset *local, nameset *free, nameset *globals)
{
    for (int i = 0; i < s->nsyms; i++) {
        st_sym *sym = &s->syms[i];
        if (sym->flags & ST_DEF_GLOBAL) {
            sym->scope = ST_GLOBAL_EXPLICIT;
            if (ns_add(globals, sym->name) < 0)
                return -1;
        } else if (sym->flags & ST_DEF_NONLOCAL) {
            if (!ns_has(bound, sym->name))
                return nonlocal_error(st, sym->decl ? sym->decl : s->node,
                                      sym->name);
            sym->scope = ST_FREE;
            if (ns_add(free, sym->name) < 0)
                return -1;
        } else if (sym->flags & ST_DEF_BOUND) {
            sym->scope = ST_LOCAL;
            if (ns_add(local, sym->name) < 0)
                return -1;
        } else if (s->kind != ST_MODULE && ns_has(bound, sym->name)) {
            sym->scope = ST_FREE;
            if (ns_add(free, sym->name) < 0)
                return -1;
        } else {
            sym->scope = ST_GLOBAL_IMPLICIT;
        }
    }
    return 0;
}

/* Free names of the children (child_free) meet the symbols of s. */
static int update_symbols(symtable *st, st_scope *s, nameset *child_free,
                          const nameset *bound, nameset *free)
{
    for (int i = 0; i < child_free->n; i++) {
        py_obj *name = child_free->v[i];
        st_sym *sym = py_st_lookup(s, name);
        if (sym) {
            if (s->kind == ST_CLASS) {
                if (sym->flags & (ST_DEF_BOUND | ST_DEF_GLOBAL))
                    sym->flags |= ST_DEF_FREE_CLASS;
                if (sym->scope == ST_GLOBAL_EXPLICIT ||
                    (sym->scope == ST_GLOBAL_IMPLICIT && !ns_has(bound, name)))
                    continue;
                if (ns_add(free, name) < 0)
                    return -1;
                continue;
            }
            if (sym->scope == ST_LOCAL && s->kind != ST_MODULE) {
                sym->scope = ST_CELL;
                continue;
            }
            if (sym->scope == ST_FREE && ns_add(free, name) < 0)
                return -1;
            if (sym->scope == ST_GLOBAL_IMPLICIT && ns_has(bound, name)) {
                sym->scope = ST_FREE;
                if (ns_add(free, name) < 0)
                    return -1;
            }
            continue;
        }
        if (!ns_has(bound, name))
            continue; /* a global */
        if (!add_sym(st, s, name, 0))
            return -1;
        sym = py_st_lookup(s, name);
        sym->scope = ST_FREE;
        if (ns_add(free, name) < 0)
            return -1;
    }
    return 0;
}

static int analyze(symtable *st, st_scope *s, const nameset *bound,
                   nameset *free_out)
{
    nameset local = {0}, free = {0}, globals = {0}, newbound = {0},
            child_free = {0};
    int r = -1;
    if (analyze_names(st, s, bound, &local, &free, &globals) < 0)
        goto done;
    if (s->kind != ST_MODULE && ns_copy(&newbound, bound) < 0)
        goto done;
    if (s->kind == ST_FUNCTION || s->kind == ST_COMP) {
        if (ns_copy(&newbound, &local) < 0)
            goto done;
    }
    for (int i = 0; i < globals.n; i++)
        ns_remove(&newbound, globals.v[i]);
    if (s->kind == ST_CLASS) {
        py_obj *cls = intern(st, "__class__");
        if (!cls || ns_add(&newbound, cls) < 0)
            goto done;
    }
    for (int i = 0; i < s->nchildren; i++) {
        nameset cf = {0};
        if (analyze(st, s->children[i], &newbound, &cf) < 0 ||
            ns_copy(&child_free, &cf) < 0) {
            ns_free(&cf);
            goto done;
        }
        ns_free(&cf);
    }
    if (s->kind == ST_CLASS) {
        py_obj *cls = intern(st, "__class__");
        if (!cls)
            goto done;
        if (ns_has(&child_free, cls)) {
            s->needs_class_cell = true;
            ns_remove(&child_free, cls);
        }
    }
    if (update_symbols(st, s, &child_free, bound, &free) < 0)
        goto done;
    r = ns_copy(free_out, &free);
done:
    ns_free(&local);
    ns_free(&free);
    ns_free(&globals);
    ns_free(&newbound);
    ns_free(&child_free);
    return r;
}

int py_symtable_build(symtable *st, ast_node *mod, ast_arena *arena,
                      const char *src, size_t len, const char *filename)
{
    memset(st, 0, sizeof *st);
    st->arena = arena;
    st->src = src;
    st->len = len;
    st->filename = filename;
    py_obj *name = intern(st, "<module>");
    if (!name || !(st->top = new_scope(st, NULL, ST_MODULE, name, mod)))
        return -1;
    if (visit_stmts(st, st->top, &mod->v.module.body) < 0)
        return -1;
    nameset bound = {0}, free = {0};
    int r = analyze(st, st->top, &bound, &free);
    ns_free(&free);
    return r;
}
