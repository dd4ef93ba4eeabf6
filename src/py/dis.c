/*
 * dis.c -- the disassembler (py_dis of code.h) and the opcode names.
 *
 * The listing follows CPython's dis module: the source line where it
 * changes, ">>" before jump targets, the instruction index, the opcode
 * name, its argument and a hint in parentheses (the constant's repr, the
 * name, the comparison, the jump target).  Nested code objects are
 * listed after their parent.
 */
#include <stdio.h>
#include <string.h>

#include "code.h"
#include "core.h"

const char *const py_opcode_names[PY_OP_COUNT] = {
#define X(name, effect, doc) [PY_OP_##name] = #name,
    PY_OPCODES(X)
#undef X
};

typedef struct obuf {
    char *d;
    size_t n, cap;
    bool oom;
} obuf;

static void put(obuf *b, const char *s, size_t n)
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
}

static void putf(obuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void putf(obuf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    put(b, tmp, n < (int)sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* Append repr(o) (or str when use_str). 0 or -1. */
static int put_obj(obuf *b, py_obj *o, bool use_str)
{
    py_obj *r = use_str ? py_str(o) : py_repr(o);
    if (!r)
        return -1;
    put(b, PY_STR_DATA(r), (size_t)PY_STR_NBYTES(r));
    PY_DECREF(r);
    return 0;
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

static py_obj *cell_name(py_code *co, int arg)
{
    ssize_t nc = PY_TUPLE_SIZE(co->cellvars);
    if (arg < nc)
        return PY_TUPLE_ITEMS(co->cellvars)[arg];
    if (arg - nc < PY_TUPLE_SIZE(co->freevars))
        return PY_TUPLE_ITEMS(co->freevars)[arg - nc];
    return NULL;
}

/* The parenthesised hint for one instruction. */
static int hint(obuf *b, py_code *co, int op, int arg)
{
    static const char *const cmp[] = {"<", "<=", "==", "!=", ">", ">="};
    static const char *const binops[] = {
#define X(name, sym, d, r, i) sym,
        PY_BINOPS(X)
#undef X
    };
    static const char *const conv[] = {"", "str", "repr", "ascii"};
    py_obj *name = NULL;
    switch (op) {
    case PY_OP_LOAD_CONST:
        put(b, " (", 2);
        if (put_obj(b, PY_TUPLE_ITEMS(co->consts)[arg], false) < 0)
            return -1;
        put(b, ")", 1);
        return 0;
    case PY_OP_LOAD_NAME:
    case PY_OP_STORE_NAME:
    case PY_OP_DELETE_NAME:
    case PY_OP_LOAD_GLOBAL:
    case PY_OP_STORE_GLOBAL:
    case PY_OP_DELETE_GLOBAL:
    case PY_OP_LOAD_ATTR:
    case PY_OP_STORE_ATTR:
    case PY_OP_DELETE_ATTR:
    case PY_OP_LOAD_METHOD:
    case PY_OP_IMPORT_NAME:
    case PY_OP_IMPORT_FROM:
        name = PY_TUPLE_ITEMS(co->names)[arg];
        break;
    case PY_OP_LOAD_FAST:
    case PY_OP_STORE_FAST:
    case PY_OP_DELETE_FAST:
        name = PY_TUPLE_ITEMS(co->varnames)[arg];
        break;
    case PY_OP_LOAD_DEREF:
    case PY_OP_STORE_DEREF:
    case PY_OP_DELETE_DEREF:
    case PY_OP_LOAD_CLOSURE:
    case PY_OP_LOAD_CLASSDEREF:
        name = cell_name(co, arg);
        break;
    case PY_OP_COMPARE_OP:
        putf(b, " (%s)", arg < 6 ? cmp[arg] : "?");
        return 0;
    case PY_OP_BINARY_OP:
    case PY_OP_INPLACE_OP:
        putf(b, " (%s%s)", arg < PY_NB_COUNT ? binops[arg] : "?",
             op == PY_OP_INPLACE_OP ? "=" : "");
        return 0;
    case PY_OP_IS_OP:
        putf(b, " (%s)", arg ? "is not" : "is");
        return 0;
    case PY_OP_CONTAINS_OP:
        putf(b, " (%s)", arg ? "not in" : "in");
        return 0;
    case PY_OP_FORMAT_VALUE:
        if (arg & 3)
            putf(b, " (%s%s)", conv[arg & 3], arg & 4 ? ", with format" : "");
        else if (arg & 4)
            putf(b, " (with format)");
        return 0;
    default:
        if (is_jump(op))
            putf(b, " (to %d)", arg);
        return 0;
    }
    if (name) {
        put(b, " (", 2);
        put(b, PY_STR_DATA(name), (size_t)PY_STR_NBYTES(name));
        put(b, ")", 1);
    }
    return 0;
}

static bool has_arg(int op)
{
    switch (op) {
    case PY_OP_NOP:
    case PY_OP_POP_TOP:
    case PY_OP_ROT_TWO:
    case PY_OP_ROT_THREE:
    case PY_OP_ROT_FOUR:
    case PY_OP_DUP_TOP:
    case PY_OP_DUP_TOP_TWO:
    case PY_OP_UNARY_POSITIVE:
    case PY_OP_UNARY_NEGATIVE:
    case PY_OP_UNARY_NOT:
    case PY_OP_UNARY_INVERT:
    case PY_OP_BINARY_SUBSCR:
    case PY_OP_STORE_SUBSCR:
    case PY_OP_DELETE_SUBSCR:
    case PY_OP_LIST_TO_TUPLE:
    case PY_OP_GET_ITER:
    case PY_OP_RETURN_VALUE:
    case PY_OP_POP_BLOCK:
    case PY_OP_POP_EXCEPT:
    case PY_OP_RERAISE:
    case PY_OP_CHECK_EXC_MATCH:
    case PY_OP_WITH_EXCEPT_START:
    case PY_OP_LOAD_ASSERTION_ERROR:
    case PY_OP_LOAD_BUILD_CLASS:
    case PY_OP_LOAD_LOCALS:
    case PY_OP_IMPORT_STAR:
    case PY_OP_YIELD_VALUE:
    case PY_OP_GET_YIELD_FROM_ITER:
    case PY_OP_YIELD_FROM:
    case PY_OP_PRINT_EXPR:
        return false;
    default:
        return true;
    }
}

static int dis_one(obuf *b, py_code *co)
{
    bool *target = py_mem_alloc((size_t)co->ncode + 1);
    if (!target)
        return py_err_nomemory(), -1;
    memset(target, 0, (size_t)co->ncode + 1);
    for (int i = 0; i < co->ncode; i++) {
        int op = PY_INSTR_OP(co->code[i]);
        unsigned arg = PY_INSTR_ARG(co->code[i]);
        if (is_jump(op) && arg <= (unsigned)co->ncode)
            target[arg] = true;
    }
    int last_line = -1, r = 0;
    for (int i = 0; i < co->ncode && r == 0; i++) {
        int op = PY_INSTR_OP(co->code[i]), arg = (int)PY_INSTR_ARG(co->code[i]);
        int line = py_code_line(co, i);
        if (line != last_line) {
            if (i > 0)
                put(b, "\n", 1);
            putf(b, "%4d", line);
            last_line = line;
        } else {
            put(b, "    ", 4);
        }
        putf(b, "     %s %6d %-24s", target[i] ? ">>" : "  ", i,
             op < PY_OP_COUNT ? py_opcode_names[op] : "<unknown>");
        if (has_arg(op)) {
            putf(b, " %4d", arg);
            r = hint(b, co, op, arg);
        }
        while (b->n && b->d[b->n - 1] == ' ')
            b->n--;
        put(b, "\n", 1);
    }
    py_mem_free(target);
    return r;
}

static int dis_rec(obuf *b, py_code *co, bool header)
{
    if (header) {
        put(b, "\nDisassembly of ", 16);
        if (put_obj(b, (py_obj *)co, false) < 0)
            return -1;
        put(b, ":\n", 2);
    }
    if (dis_one(b, co) < 0)
        return -1;
    for (ssize_t i = 0; i < PY_TUPLE_SIZE(co->consts); i++) {
        py_obj *c = PY_TUPLE_ITEMS(co->consts)[i];
        if (PY_TYPE(c) == &py_code_type && dis_rec(b, (py_code *)c, true) < 0)
            return -1;
    }
    return 0;
}

py_obj *py_dis(py_code *co)
{
    obuf b = {0};
    py_obj *r = NULL;
    if (dis_rec(&b, co, false) == 0) {
        if (b.oom)
            py_err_nomemory();
        else
            r = py_str_new(b.d ? b.d : "", b.n);
    }
    py_mem_free(b.d);
    return r;
}
