/*
 * opcodes.h -- the instruction set, defined once.
 *
 * An instruction is one 32-bit word: opcode in the low 8 bits, argument in
 * the high 24 bits (no EXTENDED_ARG).  Jump targets are absolute
 * instruction indexes.  Each entry: X(NAME, stack effect or VAR, doc).  The
 * compiler (compile.c), the VM (ceval.c) and the disassembler (dis.c) all
 * expand this list; nothing else may define opcode numbers.
 *
 * Stack notation: [a, b] means b is the top (TOS), a is TOS1.
 *
 * Exception handling uses a block stack in the frame (as CPython 3.10):
 * SETUP_FINALLY pushes a handler block recording the value-stack depth.
 * When an exception is raised while the block is active, the VM pops the
 * block, truncates the value stack to the recorded depth, pushes the
 * previously *handled* exception (sys.exception(), or None) and then the
 * new exception instance, makes the new exception the handled one and
 * jumps to the handler: stack [.., prev, exc].  POP_EXCEPT pops `prev`
 * and makes it the handled exception again.  A `with` block uses
 * SETUP_WITH, whose handler sees the same [.., exit, prev, exc] layout.
 */
#ifndef PY_OPCODES_H
#define PY_OPCODES_H

#define PY_STACK_VAR 99 /* stack effect depends on the argument */

#define PY_OPCODES(X)                                                          \
    X(NOP, 0, "do nothing")                                                    \
    X(POP_TOP, -1, "pop and drop TOS")                                         \
    X(ROT_TWO, 0, "[a, b] -> [b, a]")                                          \
    X(ROT_THREE, 0, "[a, b, c] -> [c, a, b]")                                  \
    X(ROT_FOUR, 0, "[a, b, c, d] -> [d, a, b, c]")                             \
    X(DUP_TOP, 1, "[a] -> [a, a]")                                             \
    X(DUP_TOP_TWO, 2, "[a, b] -> [a, b, a, b]")                                \
    X(LOAD_CONST, 1, "push consts[arg]")                                       \
    X(LOAD_FAST, 1, "push local arg; UnboundLocalError if unbound")            \
    X(STORE_FAST, -1, "pop TOS into local arg")                                \
    X(DELETE_FAST, 0, "unbind local arg; UnboundLocalError if unbound")        \
    X(LOAD_DEREF, 1,                                                           \
      "push contents of cell arg (cells = cellvars then freevars); "           \
      "NameError/UnboundLocalError if empty")                                  \
    X(STORE_DEREF, -1, "pop TOS into cell arg")                                \
    X(DELETE_DEREF, 0, "empty cell arg")                                       \
    X(LOAD_CLOSURE, 1, "push the cell object arg itself")                      \
    X(LOAD_CLASSDEREF, 1,                                                      \
      "class body: look name of cell arg up in the locals dict, else the "     \
      "cell")                                                                  \
    X(LOAD_NAME, 1, "push names[arg] from locals dict, globals, builtins")     \
    X(STORE_NAME, -1, "pop TOS into locals dict as names[arg]")                \
    X(DELETE_NAME, 0, "delete names[arg] from the locals dict")                \
    X(LOAD_GLOBAL, 1, "push names[arg] from globals, then builtins")           \
    X(STORE_GLOBAL, -1, "pop TOS into globals as names[arg]")                  \
    X(DELETE_GLOBAL, 0, "delete names[arg] from globals")                      \
    X(LOAD_ATTR, 0, "[obj] -> [obj.names[arg]]")                               \
    X(STORE_ATTR, -2, "[v, obj] -> []: obj.names[arg] = v")                    \
    X(DELETE_ATTR, -1, "[obj] -> []: del obj.names[arg]")                      \
    X(LOAD_METHOD, 1,                                                          \
      "[obj] -> [meth, obj] when names[arg] is a plain function found on "     \
      "the type (unbound), else [attr, NULL]")                                 \
    X(CALL_METHOD, PY_STACK_VAR,                                               \
      "[meth, self_or_NULL, a1..an] -> [result], n = arg; self (if not "       \
      "NULL) is passed first")                                                 \
    X(CALL_METHOD_KW, PY_STACK_VAR,                                            \
      "[meth, self_or_NULL, a1..an, kwnames] -> [result]; n = arg counts "     \
      "positional and keyword values; kwnames is a tuple of str")              \
    X(CALL_FUNCTION, PY_STACK_VAR, "[f, a1..an] -> [f(a1..an)], n = arg")      \
    X(CALL_FUNCTION_KW, PY_STACK_VAR,                                          \
      "[f, a1..an, kwnames] -> [result]; the last len(kwnames) values are "    \
      "keyword arguments")                                                     \
    X(CALL_FUNCTION_EX, PY_STACK_VAR,                                          \
      "[f, args_tuple] or (arg & 1) [f, args_tuple, kwargs_dict] -> "          \
      "[result]")                                                              \
    X(BINARY_OP, -1, "[a, b] -> [a op b], op = arg (py_binop_kind)")           \
    X(INPLACE_OP, -1, "[a, b] -> [a op= b], op = arg (py_binop_kind)")         \
    X(UNARY_POSITIVE, 0, "[a] -> [+a]")                                        \
    X(UNARY_NEGATIVE, 0, "[a] -> [-a]")                                        \
    X(UNARY_NOT, 0, "[a] -> [not a]")                                          \
    X(UNARY_INVERT, 0, "[a] -> [~a]")                                          \
    X(COMPARE_OP, -1, "[a, b] -> [a cmp b], cmp = arg (PY_LT..PY_GE)")         \
    X(IS_OP, -1, "[a, b] -> [a is b] (arg 1: is not)")                         \
    X(CONTAINS_OP, -1, "[a, b] -> [a in b] (arg 1: not in)")                   \
    X(BINARY_SUBSCR, -1, "[o, k] -> [o[k]]")                                   \
    X(STORE_SUBSCR, -3, "[v, o, k] -> []: o[k] = v")                           \
    X(DELETE_SUBSCR, -2, "[o, k] -> []: del o[k]")                             \
    X(BUILD_SLICE, PY_STACK_VAR,                                               \
      "arg 2: [a, b] -> [slice(a, b)]; arg 3: [a, b, c] -> [slice(a,b,c)]")    \
    X(BUILD_TUPLE, PY_STACK_VAR, "[a1..an] -> [(a1..an)]")                     \
    X(BUILD_LIST, PY_STACK_VAR, "[a1..an] -> [[a1..an]]")                      \
    X(BUILD_SET, PY_STACK_VAR, "[a1..an] -> [{a1..an}]")                       \
    X(BUILD_MAP, PY_STACK_VAR, "[k1, v1 .. kn, vn] -> [{k1: v1 ..}]")          \
    X(BUILD_STRING, PY_STACK_VAR, "[s1..sn] -> [s1 + .. + sn] (all str)")      \
    X(LIST_APPEND, -1,                                                         \
      "[.. list, .. v] -> pop v and append it to the list at depth arg "       \
      "(counted after the pop, 1 = TOS)")                                      \
    X(SET_ADD, -1, "like LIST_APPEND for a set")                               \
    X(MAP_ADD, -2, "[.. dict, .. k, v] -> dict[k] = v, dict at depth arg")     \
    X(LIST_EXTEND, -1, "pop iterable, extend the list at depth arg")           \
    X(SET_UPDATE, -1, "pop iterable, update the set at depth arg")             \
    X(DICT_UPDATE, -1, "pop mapping, update the dict at depth arg ({**m})")    \
    X(DICT_MERGE, -1,                                                          \
      "like DICT_UPDATE for f(**m): TypeError on repeated keyword or "         \
      "non-mapping, naming the function at depth arg+2")                       \
    X(LIST_TO_TUPLE, 0, "[list] -> [tuple(list)]")                             \
    X(UNPACK_SEQUENCE, PY_STACK_VAR,                                           \
      "[seq] -> [vn .. v1] (v1 on top); ValueError on wrong length")           \
    X(UNPACK_EX, PY_STACK_VAR,                                                 \
      "a, *b, c = seq: arg = before | (after << 8); pushes after items, "      \
      "the star list, then before items, first item on top")                   \
    X(FORMAT_VALUE, PY_STACK_VAR,                                              \
      "f-string field: arg & 3: 0 none, 1 str(), 2 repr(), 3 ascii(); "        \
      "arg & 4: [v, spec] else [v] -> [format(v, spec)]")                      \
    X(JUMP, 0, "jump to arg")                                                  \
    X(JUMP_BACKWARD, 0,                                                        \
      "jump to arg (a loop edge: checks interrupt and step budget)")           \
    X(POP_JUMP_IF_FALSE, -1, "pop TOS; jump to arg if falsy")                  \
    X(POP_JUMP_IF_TRUE, -1, "pop TOS; jump to arg if truthy")                  \
    X(JUMP_IF_FALSE_OR_POP, PY_STACK_VAR,                                      \
      "if TOS falsy jump to arg keeping it, else pop it")                      \
    X(JUMP_IF_TRUE_OR_POP, PY_STACK_VAR,                                       \
      "if TOS truthy jump to arg keeping it, else pop it")                     \
    X(GET_ITER, 0, "[o] -> [iter(o)]")                                         \
    X(FOR_ITER, PY_STACK_VAR,                                                  \
      "[it] -> [it, next(it)]; when exhausted pop it and jump to arg")         \
    X(RETURN_VALUE, -1, "return TOS from the frame")                           \
    X(SETUP_FINALLY, 0,                                                        \
      "push a handler block (target arg) at the current stack depth")          \
    X(SETUP_WITH, PY_STACK_VAR,                                                \
      "[mgr] -> [exit, enter_result]; bound __exit__ kept, __enter__() "       \
      "called; pushes a handler block (target arg) below the result")          \
    X(POP_BLOCK, 0, "pop the innermost block")                                 \
    X(POP_EXCEPT, -1,                                                          \
      "[prev] -> []: prev (an exception or None) is handled again")            \
    X(RERAISE, -1,                                                             \
      "[exc] -> raise exc again (no new traceback entry in this frame)")       \
    X(CHECK_EXC_MATCH, 0,                                                      \
      "[exc, t] -> [exc, bool]: isinstance(exc, t); TypeError if t is not "    \
      "an exception class or tuple of them")                                   \
    X(WITH_EXCEPT_START, 1,                                                    \
      "[exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]")           \
    X(RAISE_VARARGS, PY_STACK_VAR,                                             \
      "arg 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 "    \
      "from TOS")                                                              \
    X(LOAD_ASSERTION_ERROR, 1, "push AssertionError")                          \
    X(LOAD_BUILD_CLASS, 1, "push builtins.__build_class__")                    \
    X(MAKE_FUNCTION, PY_STACK_VAR,                                             \
      "[defaults if arg&1, kwdefaults if arg&2, annotations dict if arg&4, "   \
      "closure if arg&8, code] -> "                                            \
      "[function]; name and qualname come from the code")                      \
    X(LOAD_LOCALS, 1, "push the frame's locals dict (class bodies)")           \
    X(IMPORT_NAME, -1,                                                         \
      "[fromlist] -> [module names[arg]]; fromlist is None or a tuple")        \
    X(IMPORT_FROM, 1, "[mod] -> [mod, mod.names[arg]] or ImportError")         \
    X(IMPORT_STAR, -1, "[mod] -> []: copy public names into locals")           \
    X(YIELD_VALUE, 0,                                                          \
      "[v] -> suspend the generator yielding v; on resume [sent]; arg 1: "     \
      "an async generator's own yield (not an await passing through)")         \
    X(GET_YIELD_FROM_ITER, 0, "[o] -> [iter(o)] (generators pass through)")    \
    X(YIELD_FROM, -1,                                                          \
      "[it, v] -> send v into it; if it yields, suspend (re-executing this "   \
      "instruction on resume with the sent value as v); when it returns, "     \
      "[result]")                                                              \
    X(GET_AWAITABLE, 0,                                                        \
      "[o] -> [iterator of await o]: a coroutine itself, else "                \
      "o.__await__(); arg names the source in errors (0 await, 1 "             \
      "__aenter__, 2 __aexit__)")                                              \
    X(GET_AITER, 0, "[o] -> [o.__aiter__()] (async for)")                      \
    X(GET_ANEXT, 1, "[aiter] -> [aiter, awaitable of aiter.__anext__()]")      \
    X(END_ASYNC_FOR, -3,                                                       \
      "[aiter, prev, exc] -> []: the loop ends when exc is "                   \
      "StopAsyncIteration (prev handled again), else exc is re-raised")        \
    X(BEFORE_ASYNC_WITH, 1, "[mgr] -> [bound __aexit__, mgr.__aenter__()]")    \
    X(SETUP_ASYNC_WITH, 0,                                                     \
      "[exit, res] -> same; push a handler block (target arg) below res")      \
    X(ROT_N, 0, "move TOS down under the arg - 1 items below it")              \
    X(COPY, 1, "push the arg-th item (1 = TOS) again")                         \
    X(GET_LEN, 1, "[o] -> [o, len(o)]")                                        \
    X(MATCH_SEQUENCE, 1,                                                       \
      "[o] -> [o, bool]: is o a sequence for a sequence pattern")              \
    X(MATCH_MAPPING, 1,                                                        \
      "[o] -> [o, bool]: is o a mapping for a mapping pattern")                \
    X(MATCH_KEYS, 1,                                                           \
      "[o, keys] -> [o, keys, values tuple or None when a key is missing]")    \
    X(MATCH_CLASS, -2,                                                         \
      "[o, cls, names] -> [tuple of arg positional then the named "            \
      "attributes, or None when o is not a cls or lacks one]")                 \
    X(MATCH_REST, -1, "[o, keys] -> [dict of o's items but keys] (**rest)")    \
    X(PRINT_EXPR, -1, "REPL: pop TOS, print its repr unless None, set _")      \
    X(CHECK_EG_MATCH, 0,                                                       \
      "except*: [rest, type] -> [rest of rest, match or None]; a match "       \
      "becomes the handled exception")                                         \
    X(PREP_RERAISE_STAR, -1,                                                   \
      "except*: [orig, list of raised/unmatched] -> [exception to raise "      \
      "or None]")

typedef enum {
#define X(name, effect, doc) PY_OP_##name,
    PY_OPCODES(X)
#undef X
        PY_OP_COUNT
} py_opcode;

#define PY_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define PY_INSTR_OP(w)    ((py_opcode)((w)&0xff))
#define PY_INSTR_ARG(w)   ((w) >> 8)
#define PY_MAX_ARG        0xffffff

extern const char *const py_opcode_names[PY_OP_COUNT];

#endif
