/*
 * astmodule.c -- the _ast module: CPython 3.11's syntax-tree node classes,
 * and the conversion of pyscope's parser tree (ast.h) into instances of
 * them, which is what compile(..., PyCF_ONLY_AST) -- ast.parse -- returns.
 *
 * As in CPython, ast.AST is a built-in type whose instances keep their
 * fields in a __dict__; every other node class (mod, stmt, expr, ...,
 * FunctionDef, Name, Load, ...) is an ordinary class made at import by
 * calling type(name, (base,), ns), with _fields, __match_args__,
 * _attributes, a class-level None for each optional field, __module__
 * 'ast' and the ASDL signature as __doc__.  The class table below lists
 * CPython 3.11's node classes as its _ast module exposes them (bases
 * before subclasses).  Node classes without fields of the simple sums
 * (Load, Add, Eq, ...) are shared: a parse returns the same Load()
 * instance every time, as CPython does.
 *
 * Per-interpreter state (the classes, the shared instances and the
 * interned field names) lives in one tuple, py_rt.ast_state, made when
 * _ast is first imported.  Compiling a tree back to code is not
 * supported: compile() raises a TypeError naming that.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "builtins.h"
#include "gc.h"
#include "lexer.h"
#include "objects.h"
#include "parser.h"
#include "runtime.h"

/* ============================================================ AST type */

typedef struct ast_obj {
    PY_HEAD;
    py_obj *dict; /* the node's fields and attributes */
} ast_obj;

#define ASTO(o) ((ast_obj *)(o))

py_type py_ast_type;

static py_obj *ast_tp_new(py_type *t, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    py_obj *o = py_obj_alloc(t, 0);
    if (!o)
        return NULL;
    if (!(ASTO(o)->dict = py_dict_new())) {
        PY_DECREF(o);
        return NULL;
    }
    gc_track(o);
    return o;
}

/* The __name__ of o's class, for messages. */
static const char *short_name(py_obj *o)
{
    const char *n = py_type_name(o), *dot = strrchr(n, '.');
    return dot ? dot + 1 : n;
}

/* AST.__init__(*args, **kwargs): positional arguments are assigned to the
 * names of type(self)._fields in order (more than there are fields is
 * CPython's TypeError), keyword arguments become attributes of any
 * name.  0 or -1. */
static int ast_tp_init(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    py_obj *fields = NULL, *key = py_str_interned("_fields");
    int rc = -1;
    if (!key || py_lookup_attr(PY_OBJ(PY_TYPE(self)), key, &fields) < 0)
        goto done;
    ssize_t nfields = fields ? py_len(fields) : 0;
    if (nfields < 0)
        goto done;
    if ((ssize_t)nargs > nfields) {
        py_err_format(py_exc_TypeError,
                      "%s constructor takes at most %zd positional "
                      "argument%s",
                      short_name(self), nfields, nfields == 1 ? "" : "s");
        goto done;
    }
    for (size_t i = 0; i < nargs; i++) {
        py_obj *idx = py_int_from_i64((int64_t)i);
        py_obj *name = idx ? py_getitem(fields, idx) : NULL;
        PY_XDECREF(idx);
        int r = name ? py_setattr(self, name, args[i]) : -1;
        PY_XDECREF(name);
        if (r < 0)
            goto done;
    }
    ssize_t nkw = kwnames ? PY_TUPLE_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++)
        if (py_setattr(self, PY_TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0)
            goto done;
    rc = 0;
done:
    PY_XDECREF(fields);
    PY_XDECREF(key);
    return rc;
}

static void ast_dealloc(py_obj *o)
{
    PY_CLEAR(ASTO(o)->dict);
    py_obj_free(o);
}

static int ast_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    return ASTO(o)->dict && visit(ASTO(o)->dict, arg);
}

static int ast_clear(py_obj *o)
{
    PY_CLEAR(ASTO(o)->dict);
    return 0;
}

/* AST.__reduce__(): (type(self), (), self.__dict__).  NEW tuple. */
static py_obj *ast_reduce(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__reduce__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    py_obj *empty = py_tuple_new(0);
    py_obj *dict = ASTO(self)->dict ? ASTO(self)->dict : empty;
    py_obj *r =
        empty ? py_tuple_pack(3, PY_OBJ(PY_TYPE(self)), empty, dict) : NULL;
    PY_XDECREF(empty);
    return r;
}

/* node.__dict__: its fields and attributes.  NEW dict. */
static py_obj *ast_get_dict(py_obj *self)
{
    if (!ASTO(self)->dict && !(ASTO(self)->dict = py_dict_new()))
        return NULL;
    return py_newref(ASTO(self)->dict);
}

static int ast_set_dict(py_obj *self, py_obj *value)
{
    if (!value || !PY_TYPE_CHECK(value, &py_dict_type)) {
        py_err_set(py_exc_TypeError,
                   value ? "__dict__ must be set to a dictionary"
                         : "cannot delete __dict__");
        return -1;
    }
    PY_SETREF(ASTO(self)->dict, py_newref(value));
    return 0;
}

static const py_getset_def ast_getset[] = {
    {"__dict__", ast_get_dict, ast_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

static const py_method_def ast_methods[] = {
    {"__reduce__", ast_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_ast_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "ast.AST",
    .basicsize = sizeof(ast_obj),
    .flags = PY_TPFLAGS_GC | PY_TPFLAGS_BASETYPE,
    .dealloc = ast_dealloc,
    .traverse = ast_traverse,
    .clear = ast_clear,
    .tp_new = ast_tp_new,
    .tp_init = ast_tp_init,
    .methods = ast_methods,
    .getset = ast_getset,
    .dictoffset = offsetof(ast_obj, dict),
};

/* ======================================================= class table */

/* Where a class's _attributes come from. */
typedef enum {
    ATTR_INHERIT, /* not set: inherited from its base */
    ATTR_NONE,    /* _attributes = () */
    ATTR_POS,     /* the four positions, all required (pattern) */
    ATTR_POS_OPT, /* the four positions, end_* optional (class None) */
} attr_kind;

typedef struct ast_class_def {
    const char *name;
    int base;             /* index of the base class, -1 for AST */
    const char *fields;   /* space-separated _fields */
    const char *optional; /* fields whose class attribute is None */
    attr_kind attrs;
    const char *doc; /* the ASDL signature, CPython's __doc__ */
} ast_class_def;

enum {
    K_mod,
    K_Module,
    K_Interactive,
    K_Expression,
    K_FunctionType,
    K_stmt,
    K_FunctionDef,
    K_AsyncFunctionDef,
    K_ClassDef,
    K_Return,
    K_Delete,
    K_Assign,
    K_AugAssign,
    K_AnnAssign,
    K_For,
    K_AsyncFor,
    K_While,
    K_If,
    K_With,
    K_AsyncWith,
    K_Match,
    K_Raise,
    K_Try,
    K_TryStar,
    K_Assert,
    K_Import,
    K_ImportFrom,
    K_Global,
    K_Nonlocal,
    K_Expr,
    K_Pass,
    K_Break,
    K_Continue,
    K_expr,
    K_BoolOp,
    K_NamedExpr,
    K_BinOp,
    K_UnaryOp,
    K_Lambda,
    K_IfExp,
    K_Dict,
    K_Set,
    K_ListComp,
    K_SetComp,
    K_DictComp,
    K_GeneratorExp,
    K_Await,
    K_Yield,
    K_YieldFrom,
    K_Compare,
    K_Call,
    K_FormattedValue,
    K_JoinedStr,
    K_Constant,
    K_Attribute,
    K_Subscript,
    K_Starred,
    K_Name,
    K_List,
    K_Tuple,
    K_Slice,
    K_expr_context,
    K_Load,
    K_Store,
    K_Del,
    K_boolop,
    K_And,
    K_Or,
    K_operator,
    K_Add,
    K_Sub,
    K_Mult,
    K_MatMult,
    K_Div,
    K_Mod,
    K_Pow,
    K_LShift,
    K_RShift,
    K_BitOr,
    K_BitXor,
    K_BitAnd,
    K_FloorDiv,
    K_unaryop,
    K_Invert,
    K_Not,
    K_UAdd,
    K_USub,
    K_cmpop,
    K_Eq,
    K_NotEq,
    K_Lt,
    K_LtE,
    K_Gt,
    K_GtE,
    K_Is,
    K_IsNot,
    K_In,
    K_NotIn,
    K_comprehension,
    K_excepthandler,
    K_ExceptHandler,
    K_arguments,
    K_arg,
    K_keyword,
    K_alias,
    K_withitem,
    K_match_case,
    K_pattern,
    K_MatchValue,
    K_MatchSingleton,
    K_MatchSequence,
    K_MatchMapping,
    K_MatchClass,
    K_MatchStar,
    K_MatchAs,
    K_MatchOr,
    K_type_ignore,
    K_TypeIgnore,
    K_COUNT
};

static const ast_class_def class_defs[K_COUNT] = {
    {"mod", -1, "", "", ATTR_NONE,
     "mod = Module(stmt* body, type_ignore* type_ignores)\n    | "
     "Interactive(stmt* body)\n    | Expression(expr body)\n    | "
     "FunctionType(expr* argtypes, expr returns)"},
    {"Module", K_mod, "body type_ignores", "", ATTR_INHERIT,
     "Module(stmt* body, type_ignore* type_ignores)"},
    {"Interactive", K_mod, "body", "", ATTR_INHERIT, "Interactive(stmt* body)"},
    {"Expression", K_mod, "body", "", ATTR_INHERIT, "Expression(expr body)"},
    {"FunctionType", K_mod, "argtypes returns", "", ATTR_INHERIT,
     "FunctionType(expr* argtypes, expr returns)"},
    {"stmt", -1, "", "", ATTR_POS_OPT,
     "stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* "
     "decorator_list, expr? returns, string? type_comment)\n     | "
     "AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* "
     "decorator_list, expr? returns, string? type_comment)\n     | "
     "ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, "
     "expr* decorator_list)\n     | Return(expr? value)\n     | Delete(expr* "
     "targets)\n     | Assign(expr* targets, expr value, string? "
     "type_comment)\n     | AugAssign(expr target, operator op, expr value)\n  "
     "   | AnnAssign(expr target, expr annotation, expr? value, int simple)\n  "
     "   | For(expr target, expr iter, stmt* body, stmt* orelse, string? "
     "type_comment)\n     | AsyncFor(expr target, expr iter, stmt* body, stmt* "
     "orelse, string? type_comment)\n     | While(expr test, stmt* body, stmt* "
     "orelse)\n     | If(expr test, stmt* body, stmt* orelse)\n     | "
     "With(withitem* items, stmt* body, string? type_comment)\n     | "
     "AsyncWith(withitem* items, stmt* body, string? type_comment)\n     | "
     "Match(expr subject, match_case* cases)\n     | Raise(expr? exc, expr? "
     "cause)\n     | Try(stmt* body, excepthandler* handlers, stmt* orelse, "
     "stmt* finalbody)\n     | TryStar(stmt* body, excepthandler* handlers, "
     "stmt* orelse, stmt* finalbody)\n     | Assert(expr test, expr? msg)\n    "
     " | Import(alias* names)\n     | ImportFrom(identifier? module, alias* "
     "names, int? level)\n     | Global(identifier* names)\n     | "
     "Nonlocal(identifier* names)\n     | Expr(expr value)\n     | Pass\n     "
     "| Break\n     | Continue"},
    {"FunctionDef", K_stmt,
     "name args body decorator_list returns type_comment",
     "returns type_comment", ATTR_INHERIT,
     "FunctionDef(identifier name, arguments args, stmt* body, expr* "
     "decorator_list, expr? returns, string? type_comment)"},
    {"AsyncFunctionDef", K_stmt,
     "name args body decorator_list returns type_comment",
     "returns type_comment", ATTR_INHERIT,
     "AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* "
     "decorator_list, expr? returns, string? type_comment)"},
    {"ClassDef", K_stmt, "name bases keywords body decorator_list", "",
     ATTR_INHERIT,
     "ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, "
     "expr* decorator_list)"},
    {"Return", K_stmt, "value", "value", ATTR_INHERIT, "Return(expr? value)"},
    {"Delete", K_stmt, "targets", "", ATTR_INHERIT, "Delete(expr* targets)"},
    {"Assign", K_stmt, "targets value type_comment", "type_comment",
     ATTR_INHERIT, "Assign(expr* targets, expr value, string? type_comment)"},
    {"AugAssign", K_stmt, "target op value", "", ATTR_INHERIT,
     "AugAssign(expr target, operator op, expr value)"},
    {"AnnAssign", K_stmt, "target annotation value simple", "value",
     ATTR_INHERIT,
     "AnnAssign(expr target, expr annotation, expr? value, int simple)"},
    {"For", K_stmt, "target iter body orelse type_comment", "type_comment",
     ATTR_INHERIT,
     "For(expr target, expr iter, stmt* body, stmt* orelse, string? "
     "type_comment)"},
    {"AsyncFor", K_stmt, "target iter body orelse type_comment", "type_comment",
     ATTR_INHERIT,
     "AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? "
     "type_comment)"},
    {"While", K_stmt, "test body orelse", "", ATTR_INHERIT,
     "While(expr test, stmt* body, stmt* orelse)"},
    {"If", K_stmt, "test body orelse", "", ATTR_INHERIT,
     "If(expr test, stmt* body, stmt* orelse)"},
    {"With", K_stmt, "items body type_comment", "type_comment", ATTR_INHERIT,
     "With(withitem* items, stmt* body, string? type_comment)"},
    {"AsyncWith", K_stmt, "items body type_comment", "type_comment",
     ATTR_INHERIT,
     "AsyncWith(withitem* items, stmt* body, string? type_comment)"},
    {"Match", K_stmt, "subject cases", "", ATTR_INHERIT,
     "Match(expr subject, match_case* cases)"},
    {"Raise", K_stmt, "exc cause", "exc cause", ATTR_INHERIT,
     "Raise(expr? exc, expr? cause)"},
    {"Try", K_stmt, "body handlers orelse finalbody", "", ATTR_INHERIT,
     "Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)"},
    {"TryStar", K_stmt, "body handlers orelse finalbody", "", ATTR_INHERIT,
     "TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* "
     "finalbody)"},
    {"Assert", K_stmt, "test msg", "msg", ATTR_INHERIT,
     "Assert(expr test, expr? msg)"},
    {"Import", K_stmt, "names", "", ATTR_INHERIT, "Import(alias* names)"},
    {"ImportFrom", K_stmt, "module names level", "module level", ATTR_INHERIT,
     "ImportFrom(identifier? module, alias* names, int? level)"},
    {"Global", K_stmt, "names", "", ATTR_INHERIT, "Global(identifier* names)"},
    {"Nonlocal", K_stmt, "names", "", ATTR_INHERIT,
     "Nonlocal(identifier* names)"},
    {"Expr", K_stmt, "value", "", ATTR_INHERIT, "Expr(expr value)"},
    {"Pass", K_stmt, "", "", ATTR_INHERIT, "Pass"},
    {"Break", K_stmt, "", "", ATTR_INHERIT, "Break"},
    {"Continue", K_stmt, "", "", ATTR_INHERIT, "Continue"},
    {"expr", -1, "", "", ATTR_POS_OPT,
     "expr = BoolOp(boolop op, expr* values)\n     | NamedExpr(expr target, "
     "expr value)\n     | BinOp(expr left, operator op, expr right)\n     | "
     "UnaryOp(unaryop op, expr operand)\n     | Lambda(arguments args, expr "
     "body)\n     | IfExp(expr test, expr body, expr orelse)\n     | "
     "Dict(expr* keys, expr* values)\n     | Set(expr* elts)\n     | "
     "ListComp(expr elt, comprehension* generators)\n     | SetComp(expr elt, "
     "comprehension* generators)\n     | DictComp(expr key, expr value, "
     "comprehension* generators)\n     | GeneratorExp(expr elt, comprehension* "
     "generators)\n     | Await(expr value)\n     | Yield(expr? value)\n     | "
     "YieldFrom(expr value)\n     | Compare(expr left, cmpop* ops, expr* "
     "comparators)\n     | Call(expr func, expr* args, keyword* keywords)\n    "
     " | FormattedValue(expr value, int conversion, expr? format_spec)\n     | "
     "JoinedStr(expr* values)\n     | Constant(constant value, string? kind)\n "
     "    | Attribute(expr value, identifier attr, expr_context ctx)\n     | "
     "Subscript(expr value, expr slice, expr_context ctx)\n     | Starred(expr "
     "value, expr_context ctx)\n     | Name(identifier id, expr_context ctx)\n "
     "    | List(expr* elts, expr_context ctx)\n     | Tuple(expr* elts, "
     "expr_context ctx)\n     | Slice(expr? lower, expr? upper, expr? step)"},
    {"BoolOp", K_expr, "op values", "", ATTR_INHERIT,
     "BoolOp(boolop op, expr* values)"},
    {"NamedExpr", K_expr, "target value", "", ATTR_INHERIT,
     "NamedExpr(expr target, expr value)"},
    {"BinOp", K_expr, "left op right", "", ATTR_INHERIT,
     "BinOp(expr left, operator op, expr right)"},
    {"UnaryOp", K_expr, "op operand", "", ATTR_INHERIT,
     "UnaryOp(unaryop op, expr operand)"},
    {"Lambda", K_expr, "args body", "", ATTR_INHERIT,
     "Lambda(arguments args, expr body)"},
    {"IfExp", K_expr, "test body orelse", "", ATTR_INHERIT,
     "IfExp(expr test, expr body, expr orelse)"},
    {"Dict", K_expr, "keys values", "", ATTR_INHERIT,
     "Dict(expr* keys, expr* values)"},
    {"Set", K_expr, "elts", "", ATTR_INHERIT, "Set(expr* elts)"},
    {"ListComp", K_expr, "elt generators", "", ATTR_INHERIT,
     "ListComp(expr elt, comprehension* generators)"},
    {"SetComp", K_expr, "elt generators", "", ATTR_INHERIT,
     "SetComp(expr elt, comprehension* generators)"},
    {"DictComp", K_expr, "key value generators", "", ATTR_INHERIT,
     "DictComp(expr key, expr value, comprehension* generators)"},
    {"GeneratorExp", K_expr, "elt generators", "", ATTR_INHERIT,
     "GeneratorExp(expr elt, comprehension* generators)"},
    {"Await", K_expr, "value", "", ATTR_INHERIT, "Await(expr value)"},
    {"Yield", K_expr, "value", "value", ATTR_INHERIT, "Yield(expr? value)"},
    {"YieldFrom", K_expr, "value", "", ATTR_INHERIT, "YieldFrom(expr value)"},
    {"Compare", K_expr, "left ops comparators", "", ATTR_INHERIT,
     "Compare(expr left, cmpop* ops, expr* comparators)"},
    {"Call", K_expr, "func args keywords", "", ATTR_INHERIT,
     "Call(expr func, expr* args, keyword* keywords)"},
    {"FormattedValue", K_expr, "value conversion format_spec", "format_spec",
     ATTR_INHERIT,
     "FormattedValue(expr value, int conversion, expr? format_spec)"},
    {"JoinedStr", K_expr, "values", "", ATTR_INHERIT,
     "JoinedStr(expr* values)"},
    {"Constant", K_expr, "value kind", "kind", ATTR_INHERIT,
     "Constant(constant value, string? kind)"},
    {"Attribute", K_expr, "value attr ctx", "", ATTR_INHERIT,
     "Attribute(expr value, identifier attr, expr_context ctx)"},
    {"Subscript", K_expr, "value slice ctx", "", ATTR_INHERIT,
     "Subscript(expr value, expr slice, expr_context ctx)"},
    {"Starred", K_expr, "value ctx", "", ATTR_INHERIT,
     "Starred(expr value, expr_context ctx)"},
    {"Name", K_expr, "id ctx", "", ATTR_INHERIT,
     "Name(identifier id, expr_context ctx)"},
    {"List", K_expr, "elts ctx", "", ATTR_INHERIT,
     "List(expr* elts, expr_context ctx)"},
    {"Tuple", K_expr, "elts ctx", "", ATTR_INHERIT,
     "Tuple(expr* elts, expr_context ctx)"},
    {"Slice", K_expr, "lower upper step", "lower upper step", ATTR_INHERIT,
     "Slice(expr? lower, expr? upper, expr? step)"},
    {"expr_context", -1, "", "", ATTR_NONE,
     "expr_context = Load | Store | Del"},
    {"Load", K_expr_context, "", "", ATTR_INHERIT, "Load"},
    {"Store", K_expr_context, "", "", ATTR_INHERIT, "Store"},
    {"Del", K_expr_context, "", "", ATTR_INHERIT, "Del"},
    {"boolop", -1, "", "", ATTR_NONE, "boolop = And | Or"},
    {"And", K_boolop, "", "", ATTR_INHERIT, "And"},
    {"Or", K_boolop, "", "", ATTR_INHERIT, "Or"},
    {"operator", -1, "", "", ATTR_NONE,
     "operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | "
     "RShift | BitOr | BitXor | BitAnd | FloorDiv"},
    {"Add", K_operator, "", "", ATTR_INHERIT, "Add"},
    {"Sub", K_operator, "", "", ATTR_INHERIT, "Sub"},
    {"Mult", K_operator, "", "", ATTR_INHERIT, "Mult"},
    {"MatMult", K_operator, "", "", ATTR_INHERIT, "MatMult"},
    {"Div", K_operator, "", "", ATTR_INHERIT, "Div"},
    {"Mod", K_operator, "", "", ATTR_INHERIT, "Mod"},
    {"Pow", K_operator, "", "", ATTR_INHERIT, "Pow"},
    {"LShift", K_operator, "", "", ATTR_INHERIT, "LShift"},
    {"RShift", K_operator, "", "", ATTR_INHERIT, "RShift"},
    {"BitOr", K_operator, "", "", ATTR_INHERIT, "BitOr"},
    {"BitXor", K_operator, "", "", ATTR_INHERIT, "BitXor"},
    {"BitAnd", K_operator, "", "", ATTR_INHERIT, "BitAnd"},
    {"FloorDiv", K_operator, "", "", ATTR_INHERIT, "FloorDiv"},
    {"unaryop", -1, "", "", ATTR_NONE, "unaryop = Invert | Not | UAdd | USub"},
    {"Invert", K_unaryop, "", "", ATTR_INHERIT, "Invert"},
    {"Not", K_unaryop, "", "", ATTR_INHERIT, "Not"},
    {"UAdd", K_unaryop, "", "", ATTR_INHERIT, "UAdd"},
    {"USub", K_unaryop, "", "", ATTR_INHERIT, "USub"},
    {"cmpop", -1, "", "", ATTR_NONE,
     "cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn"},
    {"Eq", K_cmpop, "", "", ATTR_INHERIT, "Eq"},
    {"NotEq", K_cmpop, "", "", ATTR_INHERIT, "NotEq"},
    {"Lt", K_cmpop, "", "", ATTR_INHERIT, "Lt"},
    {"LtE", K_cmpop, "", "", ATTR_INHERIT, "LtE"},
    {"Gt", K_cmpop, "", "", ATTR_INHERIT, "Gt"},
    {"GtE", K_cmpop, "", "", ATTR_INHERIT, "GtE"},
    {"Is", K_cmpop, "", "", ATTR_INHERIT, "Is"},
    {"IsNot", K_cmpop, "", "", ATTR_INHERIT, "IsNot"},
    {"In", K_cmpop, "", "", ATTR_INHERIT, "In"},
    {"NotIn", K_cmpop, "", "", ATTR_INHERIT, "NotIn"},
    {"comprehension", -1, "target iter ifs is_async", "", ATTR_NONE,
     "comprehension(expr target, expr iter, expr* ifs, int is_async)"},
    {"excepthandler", -1, "", "", ATTR_POS_OPT,
     "excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)"},
    {"ExceptHandler", K_excepthandler, "type name body", "type name",
     ATTR_INHERIT, "ExceptHandler(expr? type, identifier? name, stmt* body)"},
    {"arguments", -1,
     "posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults",
     "vararg kwarg", ATTR_NONE,
     "arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, "
     "expr* kw_defaults, arg? kwarg, expr* defaults)"},
    {"arg", -1, "arg annotation type_comment", "annotation type_comment",
     ATTR_POS_OPT,
     "arg(identifier arg, expr? annotation, string? type_comment)"},
    {"keyword", -1, "arg value", "arg", ATTR_POS_OPT,
     "keyword(identifier? arg, expr value)"},
    {"alias", -1, "name asname", "asname", ATTR_POS_OPT,
     "alias(identifier name, identifier? asname)"},
    {"withitem", -1, "context_expr optional_vars", "optional_vars", ATTR_NONE,
     "withitem(expr context_expr, expr? optional_vars)"},
    {"match_case", -1, "pattern guard body", "guard", ATTR_NONE,
     "match_case(pattern pattern, expr? guard, stmt* body)"},
    {"pattern", -1, "", "", ATTR_POS,
     "pattern = MatchValue(expr value)\n        | MatchSingleton(constant "
     "value)\n        | MatchSequence(pattern* patterns)\n        | "
     "MatchMapping(expr* keys, pattern* patterns, identifier? rest)\n        | "
     "MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* "
     "kwd_patterns)\n        | MatchStar(identifier? name)\n        | "
     "MatchAs(pattern? pattern, identifier? name)\n        | MatchOr(pattern* "
     "patterns)"},
    {"MatchValue", K_pattern, "value", "", ATTR_INHERIT,
     "MatchValue(expr value)"},
    {"MatchSingleton", K_pattern, "value", "", ATTR_INHERIT,
     "MatchSingleton(constant value)"},
    {"MatchSequence", K_pattern, "patterns", "", ATTR_INHERIT,
     "MatchSequence(pattern* patterns)"},
    {"MatchMapping", K_pattern, "keys patterns rest", "rest", ATTR_INHERIT,
     "MatchMapping(expr* keys, pattern* patterns, identifier? rest)"},
    {"MatchClass", K_pattern, "cls patterns kwd_attrs kwd_patterns", "",
     ATTR_INHERIT,
     "MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* "
     "kwd_patterns)"},
    {"MatchStar", K_pattern, "name", "name", ATTR_INHERIT,
     "MatchStar(identifier? name)"},
    {"MatchAs", K_pattern, "pattern name", "pattern name", ATTR_INHERIT,
     "MatchAs(pattern? pattern, identifier? name)"},
    {"MatchOr", K_pattern, "patterns", "", ATTR_INHERIT,
     "MatchOr(pattern* patterns)"},
    {"type_ignore", -1, "", "", ATTR_NONE,
     "type_ignore = TypeIgnore(int lineno, string tag)"},
    {"TypeIgnore", K_type_ignore, "lineno tag", "", ATTR_INHERIT,
     "TypeIgnore(int lineno, string tag)"},
};

/* ====================================================== module state */

/* Field and attribute names the conversion sets, interned once. */
#define AST_NAMES(X)                                                           \
    X(lineno)                                                                  \
    X(col_offset)                                                              \
    X(end_lineno)                                                              \
    X(end_col_offset)                                                          \
    X(body) X(type_ignores) X(name) X(args) X(decorator_list) X(returns) X(    \
        type_comment) X(bases) X(keywords) X(value) X(targets) X(target) X(op) \
        X(annotation) X(simple) X(iter) X(orelse) X(test) X(items) X(subject)  \
            X(cases) X(exc) X(cause) X(handlers) X(finalbody) X(msg) X(names)  \
                X(module) X(level) X(values) X(left) X(right) X(operand) X(    \
                    keys) X(elt) X(key) X(generators) X(ops) X(comparators)    \
                    X(func) X(conversion) X(format_spec) X(kind) X(attr)       \
                        X(ctx) X(slice) X(id) X(elts) X(lower) X(upper)        \
                            X(step) X(ifs) X(is_async) X(type) X(posonlyargs)  \
                                X(vararg) X(kwonlyargs) X(kw_defaults)         \
                                    X(kwarg) X(defaults) X(arg) X(asname)      \
                                        X(context_expr) X(optional_vars)       \
                                            X(pattern) X(guard) X(patterns)    \
                                                X(rest) X(cls) X(kwd_attrs)    \
                                                    X(kwd_patterns)

enum {
#define X(n) F_##n,
    AST_NAMES(X)
#undef X
        F_COUNT
};

static const char *const field_names[F_COUNT] = {
#define X(n) #n,
    AST_NAMES(X)
#undef X
};

/* Layout of py_rt.ast_state: the classes, then for each class its shared
 * instance (or None), then the interned names. */
#define ST_CLASS  0
#define ST_SINGLE K_COUNT
#define ST_NAME   (2 * K_COUNT)
#define ST_SIZE   (2 * K_COUNT + F_COUNT)

/* Whether class k is a constructor of a simple sum (Load, Add, Eq, ...),
 * whose instances a parse shares. */
static bool is_simple(int k)
{
    int b = class_defs[k].base;
    return b == K_expr_context || b == K_boolop || b == K_operator ||
           b == K_unaryop || b == K_cmpop;
}

/* NEW tuple of the words of s (interned strs). */
static py_obj *word_tuple(const char *s)
{
    py_obj *l = py_list_new(0);
    while (l && *s) {
        const char *e = strchr(s, ' ');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        char buf[32];
        snprintf(buf, sizeof buf, "%.*s", (int)n, s);
        py_obj *w = py_str_interned(buf);
        if (!w || py_list_append(l, w) < 0)
            PY_CLEAR(l);
        PY_XDECREF(w);
        s += n + (e != NULL);
    }
    py_obj *t = l ? py_list_as_tuple(l) : NULL;
    PY_XDECREF(l);
    return t;
}

/* Put the _fields / __match_args__ / _attributes / defaults of class d
 * into the namespace ns.  0 or -1. */
static int class_namespace(py_obj *ns, const ast_class_def *d)
{
    py_obj *fields = word_tuple(d->fields), *opt = word_tuple(d->optional);
    py_obj *attrs =
        d->attrs == ATTR_NONE ? word_tuple("")
        : d->attrs >= ATTR_POS
            ? word_tuple("lineno col_offset end_lineno end_col_offset")
            : NULL;
    py_obj *mod = py_str_interned("ast"), *doc = py_str_from_cstr(d->doc);
    int rc = fields && opt && mod && doc && (attrs || d->attrs == ATTR_INHERIT)
                 ? 0
                 : -1;
    if (rc == 0)
        rc = (py_dict_set_str(ns, "__module__", mod) < 0 ||
              py_dict_set_str(ns, "__doc__", doc) < 0 ||
              py_dict_set_str(ns, "_fields", fields) < 0 ||
              py_dict_set_str(ns, "__match_args__", fields) < 0 ||
              (attrs && py_dict_set_str(ns, "_attributes", attrs) < 0))
                 ? -1
                 : 0;
    for (ssize_t i = 0; rc == 0 && i < PY_TUPLE_SIZE(opt); i++)
        rc = py_dict_set(ns, PY_TUPLE_ITEMS(opt)[i], py_None);
    if (rc == 0 && d->attrs == ATTR_POS_OPT)
        rc = (py_dict_set_str(ns, "end_lineno", py_None) < 0 ||
              py_dict_set_str(ns, "end_col_offset", py_None) < 0)
                 ? -1
                 : 0;
    PY_XDECREF(fields), PY_XDECREF(opt), PY_XDECREF(attrs);
    PY_XDECREF(mod), PY_XDECREF(doc);
    return rc;
}

/* NEW node class for d, whose base is already in state st. */
static py_obj *make_class(py_obj *st, const ast_class_def *d)
{
    py_obj *base = d->base < 0 ? PY_OBJ(&py_ast_type)
                               : PY_TUPLE_ITEMS(st)[ST_CLASS + d->base];
    py_obj *name = py_str_from_cstr(d->name), *ns = py_dict_new();
    py_obj *bases = py_tuple_pack(1, base), *cls = NULL;
    if (name && ns && bases && class_namespace(ns, d) == 0)
        cls = py_type_new_class(name, bases, ns);
    PY_XDECREF(name), PY_XDECREF(ns), PY_XDECREF(bases);
    return cls;
}

/* Fill the state tuple st (made of NULLs).  0 or -1. */
static int fill_state(py_obj *st)
{
    py_obj **it = PY_TUPLE_ITEMS(st);
    for (int k = 0; k < K_COUNT; k++) {
        if (!(it[ST_CLASS + k] = make_class(st, &class_defs[k])))
            return -1;
        it[ST_SINGLE + k] = is_simple(k)
                                ? py_type_call(it[ST_CLASS + k], NULL, 0, NULL)
                                : py_none_new();
        if (!it[ST_SINGLE + k])
            return -1;
    }
    for (int f = 0; f < F_COUNT; f++)
        if (!(it[ST_NAME + f] = py_str_interned(field_names[f])))
            return -1;
    return 0;
}

/* Ready the AST type for this runtime (static types are reset by
 * py_fini).  0 or -1. */
static int ready_ast_type(void)
{
    py_type *t = &py_ast_type;
    t->flags &= ~(unsigned)PY_TPFLAGS_READY;
    t->dict = t->mro = t->bases = NULL;
    t->base = NULL;
    if (py_type_ready(t) < 0)
        return -1;
    py_obj *empty = py_tuple_new(0);
    int rc = empty && py_dict_set_str(t->dict, "_fields", empty) == 0 &&
                     py_dict_set_str(t->dict, "__match_args__", empty) == 0 &&
                     py_dict_set_str(t->dict, "_attributes", empty) == 0
                 ? 0
                 : -1;
    PY_XDECREF(empty);
    return rc;
}

/* The _ast module.  NEW module; sets py_rt.ast_state. */
py_obj *py_init_ast(void)
{
    if (ready_ast_type() < 0)
        return NULL;
    py_obj *st = py_tuple_new(ST_SIZE), *m = NULL;
    if (!st || fill_state(st) < 0 || !(m = py_module_new("_ast")))
        goto error;
    if (py_bi_add_object(m, "AST", PY_OBJ(&py_ast_type)) < 0)
        goto error;
    for (int k = 0; k < K_COUNT; k++)
        if (py_bi_add_object(m, class_defs[k].name,
                             PY_TUPLE_ITEMS(st)[ST_CLASS + k]) < 0)
            goto error;
    if (py_bi_add_new(m, "PyCF_ONLY_AST", py_int_from_i64(PY_CF_ONLY_AST)) <
            0 ||
        py_bi_add_new(m, "PyCF_TYPE_COMMENTS",
                      py_int_from_i64(PY_CF_TYPE_COMMENTS)) < 0 ||
        py_bi_add_new(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT",
                      py_int_from_i64(PY_CF_ALLOW_TOP_LEVEL_AWAIT)) < 0)
        goto error;
    PY_SETREF(py_rt.ast_state, st);
    return m;
error:
    PY_XDECREF(st);
    PY_XDECREF(m);
    return NULL;
}

/* Whether o is an ast.AST instance. */
bool py_ast_check(py_obj *o)
{
    return (py_ast_type.flags & PY_TPFLAGS_READY) &&
           PY_TYPE_CHECK(o, &py_ast_type);
}

/* ======================================== parser tree -> node objects */

typedef struct conv {
    py_obj *const *cls;    /* BORROWED classes, by K_ index */
    py_obj *const *single; /* BORROWED shared instances or None */
    py_obj *const *names;  /* BORROWED interned field names */
} conv;

/* A node being filled: o NULL once anything failed (error pending). */
typedef struct bld {
    conv *c;
    py_obj *o;
} bld;

static py_obj *conv_node(conv *c, const ast_node *n);

/* Start a node of class k: NEW instance with an empty dict (b.o NULL
 * with MemoryError). */
static bld start(conv *c, int k)
{
    bld b = {c, py_obj_alloc((py_type *)c->cls[k], 0)};
    if (b.o && !(ASTO(b.o)->dict = py_dict_new()))
        PY_CLEAR(b.o);
    if (b.o)
        gc_track(b.o);
    return b;
}

/* Set field f of the node to v (STOLEN; NULL means an error is
 * pending, which drops the node). */
static void put(bld *b, int f, py_obj *v)
{
    if (b->o && (!v || py_dict_set(ASTO(b->o)->dict, b->c->names[f], v) < 0))
        PY_CLEAR(b->o);
    PY_XDECREF(v);
}

static void put_node(bld *b, int f, const ast_node *n)
{
    put(b, f, b->o ? conv_node(b->c, n) : NULL);
}

/* A BORROWED object or None for NULL. */
static void put_obj(bld *b, int f, py_obj *v)
{
    put(b, f, py_newref(v ? v : py_None));
}

static void put_int(bld *b, int f, int64_t v)
{
    put(b, f, b->o ? py_int_from_i64(v) : NULL);
}

/* NEW list of the converted nodes of s (NULL items become None). */
static py_obj *conv_seq(conv *c, const ast_seq *s)
{
    py_obj *l = py_list_new(0);
    for (int i = 0; l && i < s->n; i++) {
        py_obj *v = conv_node(c, s->items[i]);
        if (!v || py_list_append(l, v) < 0)
            PY_CLEAR(l);
        PY_XDECREF(v);
    }
    return l;
}

static void put_seq(bld *b, int f, const ast_seq *s)
{
    put(b, f, b->o ? conv_seq(b->c, s) : NULL);
}

/* A shared instance (Load, Add, ...) of class k. */
static void put_single(bld *b, int f, int k)
{
    put_obj(b, f, b->c->single[k]);
}

/* The four position attributes of n. */
static void put_pos(bld *b, const ast_node *n)
{
    put_int(b, F_lineno, n->lineno);
    put_int(b, F_col_offset, n->col);
    put_int(b, F_end_lineno, n->end_lineno);
    put_int(b, F_end_col_offset, n->end_col);
}

/* The node with its positions.  NEW (NULL on error). */
static py_obj *finish(bld *b, const ast_node *n)
{
    put_pos(b, n);
    return b->o;
}

/* ----------------------------------------------------------- operators */

static const int binop_class[PY_NB_COUNT] = {
    [PY_NB_ADD] = K_Add,           [PY_NB_SUB] = K_Sub,
    [PY_NB_MUL] = K_Mult,          [PY_NB_TRUEDIV] = K_Div,
    [PY_NB_FLOORDIV] = K_FloorDiv, [PY_NB_MOD] = K_Mod,
    [PY_NB_POW] = K_Pow,           [PY_NB_LSHIFT] = K_LShift,
    [PY_NB_RSHIFT] = K_RShift,     [PY_NB_AND] = K_BitAnd,
    [PY_NB_OR] = K_BitOr,          [PY_NB_XOR] = K_BitXor,
    [PY_NB_MATMUL] = K_MatMult,
};
static const int unaryop_class[] = {
    [AST_UADD] = K_UAdd,
    [AST_USUB] = K_USub,
    [AST_NOT] = K_Not,
    [AST_INVERT] = K_Invert,
};
static const int cmpop_class[] = {
    [PY_LT] = K_Lt,      [PY_LE] = K_LtE,
    [PY_EQ] = K_Eq,      [PY_NE] = K_NotEq,
    [PY_GT] = K_Gt,      [PY_GE] = K_GtE,
    [AST_CMP_IS] = K_Is, [AST_CMP_ISNOT] = K_IsNot,
    [AST_CMP_IN] = K_In, [AST_CMP_NOTIN] = K_NotIn,
};
static const int ctx_class[] = {
    [AST_LOAD] = K_Load, [AST_STORE] = K_Store, [AST_DEL] = K_Del};

/* NEW list of shared cmpop instances for a Compare node. */
static py_obj *cmp_ops(conv *c, const ast_node *n)
{
    py_obj *l = py_list_new(0);
    for (int i = 0; l && i < n->v.compare.comparators.n; i++)
        if (py_list_append(l, c->single[cmpop_class[n->v.compare.ops[i]]]) < 0)
            PY_CLEAR(l);
    return l;
}

/* NEW list of the identifiers of a Global/Nonlocal (AST_NAME nodes) or
 * a MatchClass's keyword attributes. */
static py_obj *name_ids(const ast_seq *s)
{
    py_obj *l = py_list_new(0);
    for (int i = 0; l && i < s->n; i++)
        if (py_list_append(l, s->items[i]->v.name.id) < 0)
            PY_CLEAR(l);
    return l;
}

/* ---------------------------------------------------------- statements */

static py_obj *conv_funcdef(conv *c, const ast_node *n)
{
    bld b = start(c, n->v.func.is_async ? K_AsyncFunctionDef : K_FunctionDef);
    put_obj(&b, F_name, n->v.func.name);
    put_node(&b, F_args, n->v.func.args);
    put_seq(&b, F_body, &n->v.func.body);
    put_seq(&b, F_decorator_list, &n->v.func.decorators);
    put_node(&b, F_returns, n->v.func.returns);
    put_obj(&b, F_type_comment, NULL);
    return finish(&b, n);
}

static py_obj *conv_classdef(conv *c, const ast_node *n)
{
    bld b = start(c, K_ClassDef);
    put_obj(&b, F_name, n->v.cls.name);
    put_seq(&b, F_bases, &n->v.cls.bases);
    put_seq(&b, F_keywords, &n->v.cls.keywords);
    put_seq(&b, F_body, &n->v.cls.body);
    put_seq(&b, F_decorator_list, &n->v.cls.decorators);
    return finish(&b, n);
}

static py_obj *conv_assigns(conv *c, const ast_node *n)
{
    bld b;
    switch (n->kind) {
    case AST_DELETE:
        b = start(c, K_Delete);
        put_seq(&b, F_targets, &n->v.assign.targets);
        break;
    case AST_ASSIGN:
        b = start(c, K_Assign);
        put_seq(&b, F_targets, &n->v.assign.targets);
        put_node(&b, F_value, n->v.assign.value);
        put_obj(&b, F_type_comment, NULL);
        break;
    case AST_AUGASSIGN:
        b = start(c, K_AugAssign);
        put_node(&b, F_target, n->v.aug.target);
        put_single(&b, F_op, binop_class[n->v.aug.op]);
        put_node(&b, F_value, n->v.aug.value);
        break;
    default: /* AST_ANNASSIGN */
        b = start(c, K_AnnAssign);
        put_node(&b, F_target, n->v.aug.target);
        put_node(&b, F_annotation, n->v.aug.annotation);
        put_node(&b, F_value, n->v.aug.value);
        put_int(&b, F_simple, n->v.aug.simple);
    }
    return finish(&b, n);
}

static py_obj *conv_compound(conv *c, const ast_node *n)
{
    bld b;
    switch (n->kind) {
    case AST_FOR:
        b = start(c, n->v.for_.is_async ? K_AsyncFor : K_For);
        put_node(&b, F_target, n->v.for_.target);
        put_node(&b, F_iter, n->v.for_.iter);
        put_seq(&b, F_body, &n->v.for_.body);
        put_seq(&b, F_orelse, &n->v.for_.orelse);
        put_obj(&b, F_type_comment, NULL);
        break;
    case AST_WHILE:
    case AST_IF:
        b = start(c, n->kind == AST_IF ? K_If : K_While);
        put_node(&b, F_test, n->v.if_.test);
        put_seq(&b, F_body, &n->v.if_.body);
        put_seq(&b, F_orelse, &n->v.if_.orelse);
        break;
    case AST_WITH:
        b = start(c, n->v.with.is_async ? K_AsyncWith : K_With);
        put_seq(&b, F_items, &n->v.with.items);
        put_seq(&b, F_body, &n->v.with.body);
        put_obj(&b, F_type_comment, NULL);
        break;
    case AST_MATCH:
        b = start(c, K_Match);
        put_node(&b, F_subject, n->v.match.subject);
        put_seq(&b, F_cases, &n->v.match.cases);
        break;
    default: /* AST_TRY */
        b = start(c, n->v.try_.is_star ? K_TryStar : K_Try);
        put_seq(&b, F_body, &n->v.try_.body);
        put_seq(&b, F_handlers, &n->v.try_.handlers);
        put_seq(&b, F_orelse, &n->v.try_.orelse);
        put_seq(&b, F_finalbody, &n->v.try_.finalbody);
    }
    return finish(&b, n);
}

static py_obj *conv_simple_stmt(conv *c, const ast_node *n)
{
    static const int plain[] = {[AST_PASS] = K_Pass,
                                [AST_BREAK] = K_Break,
                                [AST_CONTINUE] = K_Continue};
    bld b;
    switch (n->kind) {
    case AST_RETURN:
    case AST_EXPR:
        b = start(c, n->kind == AST_RETURN ? K_Return : K_Expr);
        put_node(&b, F_value, n->v.value.value);
        break;
    case AST_RAISE:
        b = start(c, K_Raise);
        put_node(&b, F_exc, n->v.raise.exc);
        put_node(&b, F_cause, n->v.raise.cause);
        break;
    case AST_ASSERT:
        b = start(c, K_Assert);
        put_node(&b, F_test, n->v.assert_.test);
        put_node(&b, F_msg, n->v.assert_.msg);
        break;
    case AST_IMPORT:
        b = start(c, K_Import);
        put_seq(&b, F_names, &n->v.import.names);
        break;
    case AST_IMPORTFROM:
        b = start(c, K_ImportFrom);
        put_obj(&b, F_module, n->v.import.module);
        put_seq(&b, F_names, &n->v.import.names);
        put_int(&b, F_level, n->v.import.level);
        break;
    case AST_GLOBAL:
    case AST_NONLOCAL:
        b = start(c, n->kind == AST_GLOBAL ? K_Global : K_Nonlocal);
        put(&b, F_names, b.o ? name_ids(&n->v.global.names) : NULL);
        break;
    default: /* pass, break, continue */
        b = start(c, plain[n->kind]);
    }
    return finish(&b, n);
}

/* --------------------------------------------------------- expressions */

static py_obj *conv_operators(conv *c, const ast_node *n)
{
    bld b;
    switch (n->kind) {
    case AST_BOOLOP:
        b = start(c, K_BoolOp);
        put_single(&b, F_op, n->v.boolop.op == AST_AND ? K_And : K_Or);
        put_seq(&b, F_values, &n->v.boolop.values);
        break;
    case AST_BINOP:
        b = start(c, K_BinOp);
        put_node(&b, F_left, n->v.binop.left);
        put_single(&b, F_op, binop_class[n->v.binop.op]);
        put_node(&b, F_right, n->v.binop.right);
        break;
    case AST_UNARYOP:
        b = start(c, K_UnaryOp);
        put_single(&b, F_op, unaryop_class[n->v.unary.op]);
        put_node(&b, F_operand, n->v.unary.operand);
        break;
    case AST_COMPARE:
        b = start(c, K_Compare);
        put_node(&b, F_left, n->v.compare.left);
        put(&b, F_ops, b.o ? cmp_ops(c, n) : NULL);
        put_seq(&b, F_comparators, &n->v.compare.comparators);
        break;
    case AST_NAMEDEXPR:
        b = start(c, K_NamedExpr);
        put_node(&b, F_target, n->v.aug.target);
        put_node(&b, F_value, n->v.aug.value);
        break;
    default: /* AST_IFEXP */
        b = start(c, K_IfExp);
        put_node(&b, F_test, n->v.ifexp.test);
        put_node(&b, F_body, n->v.ifexp.body);
        put_node(&b, F_orelse, n->v.ifexp.orelse);
    }
    return finish(&b, n);
}

static py_obj *conv_displays(conv *c, const ast_node *n)
{
    static const int comp[] = {[AST_LISTCOMP] = K_ListComp,
                               [AST_SETCOMP] = K_SetComp,
                               [AST_GENEXP] = K_GeneratorExp};
    bld b;
    switch (n->kind) {
    case AST_DICT:
        b = start(c, K_Dict);
        put_seq(&b, F_keys, &n->v.dict.keys);
        put_seq(&b, F_values, &n->v.dict.values);
        break;
    case AST_SET:
        b = start(c, K_Set);
        put_seq(&b, F_elts, &n->v.seq.elts);
        break;
    case AST_LIST:
    case AST_TUPLE:
        b = start(c, n->kind == AST_LIST ? K_List : K_Tuple);
        put_seq(&b, F_elts, &n->v.seq.elts);
        put_single(&b, F_ctx, ctx_class[n->v.seq.ctx]);
        break;
    case AST_DICTCOMP:
        b = start(c, K_DictComp);
        put_node(&b, F_key, n->v.comp.elt);
        put_node(&b, F_value, n->v.comp.value);
        put_seq(&b, F_generators, &n->v.comp.generators);
        break;
    default: /* list/set comprehension, generator expression */
        b = start(c, comp[n->kind]);
        put_node(&b, F_elt, n->v.comp.elt);
        put_seq(&b, F_generators, &n->v.comp.generators);
    }
    return finish(&b, n);
}

static py_obj *conv_values(conv *c, const ast_node *n)
{
    static const int one[] = {[AST_YIELD] = K_Yield,
                              [AST_YIELDFROM] = K_YieldFrom,
                              [AST_AWAIT] = K_Await};
    bld b;
    switch (n->kind) {
    case AST_CONSTANT:
        b = start(c, K_Constant);
        put_obj(&b, F_value, n->v.constant.value);
        put(&b, F_kind,
            n->v.constant.kind_u ? py_str_from_cstr("u") : py_none_new());
        break;
    case AST_JOINEDSTR:
        b = start(c, K_JoinedStr);
        put_seq(&b, F_values, &n->v.joined.values);
        break;
    case AST_FORMATTEDVALUE:
        b = start(c, K_FormattedValue);
        put_node(&b, F_value, n->v.fv.value);
        put_int(&b, F_conversion, n->v.fv.conversion);
        put_node(&b, F_format_spec, n->v.fv.format_spec);
        break;
    case AST_LAMBDA:
        b = start(c, K_Lambda);
        put_node(&b, F_args, n->v.lambda.args);
        put_node(&b, F_body, n->v.lambda.body);
        break;
    default: /* yield, yield from, await */
        b = start(c, one[n->kind]);
        put_node(&b, F_value, n->v.value.value);
    }
    return finish(&b, n);
}

static py_obj *conv_access(conv *c, const ast_node *n)
{
    bld b;
    switch (n->kind) {
    case AST_CALL:
        b = start(c, K_Call);
        put_node(&b, F_func, n->v.call.func);
        put_seq(&b, F_args, &n->v.call.args);
        put_seq(&b, F_keywords, &n->v.call.keywords);
        break;
    case AST_ATTRIBUTE:
        b = start(c, K_Attribute);
        put_node(&b, F_value, n->v.attr.value);
        put_obj(&b, F_attr, n->v.attr.attr);
        put_single(&b, F_ctx, ctx_class[n->v.attr.ctx]);
        break;
    case AST_SUBSCRIPT:
        b = start(c, K_Subscript);
        put_node(&b, F_value, n->v.subscript.value);
        put_node(&b, F_slice, n->v.subscript.slice);
        put_single(&b, F_ctx, ctx_class[n->v.subscript.ctx]);
        break;
    case AST_STARRED:
        b = start(c, K_Starred);
        put_node(&b, F_value, n->v.starred.value);
        put_single(&b, F_ctx, ctx_class[n->v.starred.ctx]);
        break;
    case AST_NAME:
        b = start(c, K_Name);
        put_obj(&b, F_id, n->v.name.id);
        put_single(&b, F_ctx, ctx_class[n->v.name.ctx]);
        break;
    default: /* AST_SLICE */
        b = start(c, K_Slice);
        put_node(&b, F_lower, n->v.slice.lower);
        put_node(&b, F_upper, n->v.slice.upper);
        put_node(&b, F_step, n->v.slice.step);
    }
    return finish(&b, n);
}

/* ---------------------------------------------------------- the others */

static py_obj *conv_arguments(conv *c, const ast_node *n)
{
    static const ast_node none = {.kind = AST_ARGUMENTS};
    n = n ? n : &none;
    bld b = start(c, K_arguments);
    put_seq(&b, F_posonlyargs, &n->v.arguments.posonly);
    put_seq(&b, F_args, &n->v.arguments.args);
    put_node(&b, F_vararg, n->v.arguments.vararg);
    put_seq(&b, F_kwonlyargs, &n->v.arguments.kwonly);
    put_seq(&b, F_kw_defaults, &n->v.arguments.kw_defaults);
    put_node(&b, F_kwarg, n->v.arguments.kwarg);
    put_seq(&b, F_defaults, &n->v.arguments.defaults);
    return b.o;
}

static py_obj *conv_parts(conv *c, const ast_node *n)
{
    bld b;
    switch (n->kind) {
    case AST_COMPREHENSION:
        b = start(c, K_comprehension);
        put_node(&b, F_target, n->v.comprehension.target);
        put_node(&b, F_iter, n->v.comprehension.iter);
        put_seq(&b, F_ifs, &n->v.comprehension.ifs);
        put_int(&b, F_is_async, n->v.comprehension.is_async);
        return b.o;
    case AST_WITHITEM:
        b = start(c, K_withitem);
        put_node(&b, F_context_expr, n->v.withitem.context_expr);
        put_node(&b, F_optional_vars, n->v.withitem.optional_vars);
        return b.o;
    case AST_MATCH_CASE:
        b = start(c, K_match_case);
        put_node(&b, F_pattern, n->v.mcase.pattern);
        put_node(&b, F_guard, n->v.mcase.guard);
        put_seq(&b, F_body, &n->v.mcase.body);
        return b.o;
    case AST_HANDLER:
        b = start(c, K_ExceptHandler);
        put_node(&b, F_type, n->v.handler.type);
        put_obj(&b, F_name, n->v.handler.name);
        put_seq(&b, F_body, &n->v.handler.body);
        break;
    case AST_ARG:
        b = start(c, K_arg);
        put_obj(&b, F_arg, n->v.arg.arg);
        put_node(&b, F_annotation, n->v.arg.annotation);
        put_obj(&b, F_type_comment, NULL);
        break;
    case AST_KEYWORD:
        b = start(c, K_keyword);
        put_obj(&b, F_arg, n->v.keyword.arg);
        put_node(&b, F_value, n->v.keyword.value);
        break;
    default: /* AST_ALIAS */
        b = start(c, K_alias);
        put_obj(&b, F_name, n->v.alias.name);
        put_obj(&b, F_asname, n->v.alias.asname);
    }
    return finish(&b, n);
}

static py_obj *conv_pattern(conv *c, const ast_node *n)
{
    bld b;
    switch (n->kind) {
    case AST_PAT_VALUE:
        b = start(c, K_MatchValue);
        put_node(&b, F_value, n->v.pat.value);
        break;
    case AST_PAT_SINGLETON:
        b = start(c, K_MatchSingleton);
        put_obj(&b, F_value, n->v.pat.value->v.constant.value);
        break;
    case AST_PAT_SEQUENCE:
    case AST_PAT_OR:
        b = start(c, n->kind == AST_PAT_OR ? K_MatchOr : K_MatchSequence);
        put_seq(&b, F_patterns, &n->v.pat.patterns);
        break;
    case AST_PAT_MAPPING:
        b = start(c, K_MatchMapping);
        put_seq(&b, F_keys, &n->v.pat.keys);
        put_seq(&b, F_patterns, &n->v.pat.patterns);
        put_obj(&b, F_rest, n->v.pat.name);
        break;
    case AST_PAT_CLASS:
        b = start(c, K_MatchClass);
        put_node(&b, F_cls, n->v.pat.value);
        put_seq(&b, F_patterns, &n->v.pat.patterns);
        put(&b, F_kwd_attrs, b.o ? name_ids(&n->v.pat.kwd_attrs) : NULL);
        put_seq(&b, F_kwd_patterns, &n->v.pat.kwd_patterns);
        break;
    case AST_PAT_STAR:
        b = start(c, K_MatchStar);
        put_obj(&b, F_name, n->v.pat.name);
        break;
    default: /* AST_PAT_AS */
        b = start(c, K_MatchAs);
        put_node(&b, F_pattern, n->v.pat.value);
        put_obj(&b, F_name, n->v.pat.name);
    }
    return finish(&b, n);
}

/* The node object for n (None for NULL).  NEW, or NULL with an error
 * (RecursionError for a tree too deep for the C stack). */
static py_obj *conv_node(conv *c, const ast_node *n)
{
    if (!n)
        return py_none_new();
    if (py_c_stack_low()) {
        py_err_set(py_exc_RecursionError,
                   "maximum recursion depth exceeded during ast "
                   "construction");
        return NULL;
    }
    switch (n->kind) {
    case AST_FUNCTIONDEF:
        return conv_funcdef(c, n);
    case AST_CLASSDEF:
        return conv_classdef(c, n);
    case AST_DELETE:
    case AST_ASSIGN:
    case AST_AUGASSIGN:
    case AST_ANNASSIGN:
        return conv_assigns(c, n);
    case AST_FOR:
    case AST_WHILE:
    case AST_IF:
    case AST_WITH:
    case AST_MATCH:
    case AST_TRY:
        return conv_compound(c, n);
    case AST_RETURN:
    case AST_EXPR:
    case AST_RAISE:
    case AST_ASSERT:
    case AST_IMPORT:
    case AST_IMPORTFROM:
    case AST_GLOBAL:
    case AST_NONLOCAL:
    case AST_PASS:
    case AST_BREAK:
    case AST_CONTINUE:
        return conv_simple_stmt(c, n);
    case AST_BOOLOP:
    case AST_BINOP:
    case AST_UNARYOP:
    case AST_COMPARE:
    case AST_NAMEDEXPR:
    case AST_IFEXP:
        return conv_operators(c, n);
    case AST_DICT:
    case AST_SET:
    case AST_LIST:
    case AST_TUPLE:
    case AST_LISTCOMP:
    case AST_SETCOMP:
    case AST_DICTCOMP:
    case AST_GENEXP:
        return conv_displays(c, n);
    case AST_CONSTANT:
    case AST_JOINEDSTR:
    case AST_FORMATTEDVALUE:
    case AST_LAMBDA:
    case AST_YIELD:
    case AST_YIELDFROM:
    case AST_AWAIT:
        return conv_values(c, n);
    case AST_CALL:
    case AST_ATTRIBUTE:
    case AST_SUBSCRIPT:
    case AST_STARRED:
    case AST_NAME:
    case AST_SLICE:
        return conv_access(c, n);
    case AST_ARGUMENTS:
        return conv_arguments(c, n);
    case AST_COMPREHENSION:
    case AST_WITHITEM:
    case AST_MATCH_CASE:
    case AST_HANDLER:
    case AST_ARG:
    case AST_KEYWORD:
    case AST_ALIAS:
        return conv_parts(c, n);
    case AST_PAT_VALUE:
    case AST_PAT_SINGLETON:
    case AST_PAT_SEQUENCE:
    case AST_PAT_MAPPING:
    case AST_PAT_CLASS:
    case AST_PAT_STAR:
    case AST_PAT_AS:
    case AST_PAT_OR:
        return conv_pattern(c, n);
    case AST_MODULE:
        break;
    }
    py_err_set(py_exc_SystemError, "unexpected node in the syntax tree");
    return NULL;
}

/* The mod node for a parsed module: Module(body, type_ignores=[]),
 * Interactive(body) or Expression(body).  NEW. */
static py_obj *conv_mod(conv *c, const ast_node *mod, py_compile_mode mode)
{
    bld b;
    if (mode == PY_MODE_EVAL) {
        b = start(c, K_Expression);
        put_node(&b, F_body, mod->v.module.body.items[0]->v.value.value);
    } else if (mode == PY_MODE_SINGLE) {
        b = start(c, K_Interactive);
        put_seq(&b, F_body, &mod->v.module.body);
    } else {
        b = start(c, K_Module);
        put_seq(&b, F_body, &mod->v.module.body);
        put(&b, F_type_ignores, b.o ? py_list_new(0) : NULL);
    }
    return b.o;
}

/* The _ast state of this runtime, importing _ast when needed.
 * BORROWED tuple or NULL. */
static py_obj *ast_state(void)
{
    if (!py_rt.ast_state) {
        py_obj *name = py_str_interned("_ast");
        py_obj *m = name ? py_import(name) : NULL;
        PY_XDECREF(name);
        if (!m)
            return NULL;
        PY_DECREF(m);
    }
    return py_rt.ast_state;
}

/*
 * ast.parse's work: parse src (UTF-8, len bytes) as compile() does in
 * mode, and return the tree as _ast node objects (Module, Expression or
 * Interactive).  NEW reference, or NULL with SyntaxError etc. set.
 */
py_obj *py_ast_parse(const char *src, size_t len, const char *filename,
                     py_compile_mode mode)
{
    py_obj *st = ast_state(), *r = NULL;
    if (!st)
        return NULL;
    PY_INCREF(st);
    char *translated = NULL; /* src with universal newlines, when needed */
    if (memchr(src, '\r', len)) {
        if (!(translated = malloc(len + 1))) {
            PY_DECREF(st);
            return py_err_nomemory();
        }
        len = lx_translate_newlines(translated, src, len);
        translated[len] = '\0';
        src = translated;
    }
    ast_arena arena;
    ast_arena_init(&arena);
    ast_node *mod = py_parse(&arena, src, len, filename, mode);
    py_obj *const *it = PY_TUPLE_ITEMS(st);
    conv c = {it + ST_CLASS, it + ST_SINGLE, it + ST_NAME};
    if (mod)
        r = conv_mod(&c, mod, mode);
    ast_arena_free(&arena);
    free(translated);
    PY_DECREF(st);
    return r;
}
