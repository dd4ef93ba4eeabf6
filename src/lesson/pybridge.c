/*
 * pybridge.c -- the learner's interpreter as seen by lessons.
 *
 * Runs Python through py.h only: a fresh interpreter per run or check
 * (pyb_start / pyb_stop), output captured into buffers, input() fed from
 * a list of lines, a step budget and heap cap so learner code cannot run
 * away.  For checks it builds the `py` table (exec, eval, stdout, stderr,
 * refcount, is_same, type, gc_count, run_with_input).  Python values
 * cross into Lua as plain data: None -> nil, bool, int -> integer (big
 * ints -> decimal string), float, str, list/tuple -> array, dict ->
 * table, set -> {item = true}, anything else -> its repr.
 *
 * Lua errors longjmp, so no py_value or error string is ever held across
 * one: values are converted under lua_pcall and freed before the error
 * is re-raised.
 */
#define _GNU_SOURCE /* memrchr */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "lesson_int.h"
#include "obs.h"
#include "py.h"

#define OUTPUT_CAP  (1u << 20) /* bytes of output kept per run */
#define VALUE_DEPTH 64         /* nesting converted; deeper is "..." */

/* The interpreter that is running, and a generation number so that a
 * `py` table kept by a lesson past its check cannot reach a dead one. */
static pyrun_ctx *active;
static unsigned active_gen;

/* ------------------------------------------------------------ sinks */

static void capture(sbuf *b, const char *s, size_t n)
{
    if (b->n >= OUTPUT_CAP)
        return;
    if (b->n + n > OUTPUT_CAP) {
        sbuf_add(b, s, OUTPUT_CAP - b->n);
        sbuf_adds(b, "\n[output truncated]\n");
        return;
    }
    sbuf_add(b, s, n);
}

static void sink_out(void *ud, const char *s, size_t n)
{
    capture(&((pyrun_ctx *)ud)->out, s, n);
}
static void sink_err(void *ud, const char *s, size_t n)
{
    capture(&((pyrun_ctx *)ud)->err, s, n);
}

/* input(): the next line, or NULL (EOFError) when they run out. */
static char *feed_line(void *ud, const char *prompt)
{
    pyrun_ctx *ctx = ud;
    (void)prompt;
    if (!ctx->input || !ctx->input[ctx->input_pos])
        return NULL;
    return strdup(ctx->input[ctx->input_pos++]);
}

uint64_t pyb_step_budget = PY_STEP_BUDGET;

int pyb_start(pyrun_ctx *ctx)
{
    py_options opt;
    memset(&opt, 0, sizeof opt);
    opt.out = sink_out, opt.err = sink_err;
    opt.out_ud = opt.err_ud = ctx;
    opt.readline = feed_line, opt.readline_ud = ctx;
    opt.heap_cap = PY_HEAP_CAP;
    opt.sealed = true; /* lesson code: the standard library only, no files */
    sbuf_add(&ctx->out, "", 0);
    sbuf_add(&ctx->err, "", 0);
    if (pyapi_start(&opt) != 0)
        return -1;
    pyapi_set_step_budget(pyb_step_budget);
    active = ctx;
    active_gen++;
    return 0;
}

void pyb_stop(pyrun_ctx *ctx)
{
    if (active == ctx) {
        pyapi_stop();
        active = NULL;
        active_gen++;
    }
}

char *pyb_last_line(const char *err)
{
    const char *end = err + strlen(err);
    while (end > err && (end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\r'))
        end--;
    const char *start = end;
    while (start > err && start[-1] != '\n')
        start--;
    return end > start ? xstrndup(start, (size_t)(end - start)) : NULL;
}

/* ---------------------------------------------------------- running */

int lesson_run_code(const char *code, const char *const *input_lines,
                    lesson_run *r)
{
    return lesson_run_explained(code, input_lines, NULL, false, r);
}

/* r->explain (or r->explain_err) about expr, in the running interpreter. */
static void explain(const char *expr, bool graph, lesson_run *r)
{
    uintptr_t id;
    char *err = NULL;
    if (pyapi_object_id(expr, &id, &err) != 0) {
        r->explain_err = err ? err : xstrdup("no such object");
        return;
    }
    r->explain = obs_explain(id, graph ? OBS_REPORT_GRAPH : OBS_REPORT_REFS);
    if (!r->explain)
        r->explain_err = xstrdup("out of memory");
}

/* Run code; then a collection told as text (gen != -2, see
 * lesson_step_collect) and the report on expr (non-NULL). */
static int run_code(const char *code, const char *const *input_lines,
                    const char *expr, bool graph, int gen, lesson_run *r)
{
    pyrun_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    memset(r, 0, sizeof *r);
    ctx.input = input_lines;
    if (pyb_start(&ctx) != 0) {
        r->out = sbuf_take(&ctx.out);
        r->err = xstrdup("pyscope: cannot start the Python interpreter\n");
        free(sbuf_take(&ctx.err));
        r->status = PYR_EXCEPTION;
        return -1;
    }
    r->status = pyapi_exec(code, strlen(code), "main.py");
    if (gen != -2 && r->status == PYR_OK)
        r->collected = obs_collect_text(gen);
    if (expr && r->status == PYR_OK)
        explain(expr, graph, r);
    pyb_stop(&ctx);
    r->out = sbuf_take(&ctx.out);
    r->err = sbuf_take(&ctx.err);
    if (r->status == PYR_EXCEPTION || r->status == PYR_SYNTAX)
        r->exc = pyb_last_line(r->err);
    return 0;
}

int lesson_run_explained(const char *code, const char *const *input_lines,
                         const char *expr, bool graph, lesson_run *r)
{
    return run_code(code, input_lines, expr, graph, -2, r);
}

int lesson_run_step(const lesson_step *s, lesson_run *r)
{
    bool graph = false;
    bool plain = s->kind == LESSON_STEP;
    const char *expr = plain ? lesson_step_inspect(s, &graph) : NULL;
    return run_code(s->code ? s->code : "", lesson_step_input(s), expr, graph,
                    plain ? lesson_step_collect(s) : -2, r);
}

void lesson_run_free(lesson_run *r)
{
    free(r->out);
    free(r->err);
    free(r->exc);
    free(r->explain);
    free(r->explain_err);
    free(r->collected);
    memset(r, 0, sizeof *r);
}

char *lesson_run_exc_type(const lesson_run *r)
{
    if (!r->exc)
        return NULL;
    size_t n = strcspn(r->exc, ":");
    while (n > 0 && r->exc[n - 1] == ' ')
        n--;
    const char *s = r->exc;
    const char *dot = memrchr(s, '.', n);
    if (dot) {
        n -= (size_t)(dot + 1 - s);
        s = dot + 1;
    }
    return xstrndup(s, n);
}

/* ------------------------------------------------- values into Lua */

static void push_value(lua_State *L, const py_value *v, int depth);

static void push_items(lua_State *L, const py_value *v, int depth)
{
    lua_createtable(L, (int)v->n, 0);
    for (size_t i = 0; i < v->n; i++) {
        push_value(L, &v->items[i], depth + 1);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
}

static void push_dict(lua_State *L, const py_value *v, int depth, bool set)
{
    lua_createtable(L, 0, (int)v->n);
    for (size_t i = 0; i < v->n; i++) {
        const py_value *k = set ? &v->items[i] : &v->items[2 * i];
        if (k->kind == PYV_NONE || (k->kind == PYV_FLOAT && isnan(k->f)))
            continue; /* no Lua key for these */
        push_value(L, k, depth + 1);
        if (set)
            lua_pushboolean(L, 1);
        else
            push_value(L, &v->items[2 * i + 1], depth + 1);
        lua_rawset(L, -3);
    }
}

static void push_value(lua_State *L, const py_value *v, int depth)
{
    luaL_checkstack(L, 4, "value nested too deeply");
    if (depth > VALUE_DEPTH) {
        lua_pushliteral(L, "...");
        return;
    }
    switch (v->kind) {
    case PYV_NONE:
        lua_pushnil(L);
        break;
    case PYV_BOOL:
        lua_pushboolean(L, v->b);
        break;
    case PYV_INT:
        lua_pushinteger(L, (lua_Integer)v->i);
        break;
    case PYV_FLOAT:
        lua_pushnumber(L, v->f);
        break;
    case PYV_LIST:
    case PYV_TUPLE:
        push_items(L, v, depth);
        break;
    case PYV_DICT:
        push_dict(L, v, depth, false);
        break;
    case PYV_SET:
        push_dict(L, v, depth, true);
        break;
    default:
        lua_pushstring(L, v->s ? v->s : "");
        break; /* STR, BIGINT, OTHER */
    }
}

static int push_value_protected(lua_State *L)
{
    push_value(L, lua_touserdata(L, 1), 0);
    return 1;
}

/* Evaluate expr and push its value; on a Python error raise it as a Lua
 * error after freeing everything. */
static int eval_push(lua_State *L, const char *expr)
{
    py_value v;
    char *err = NULL;
    if (pyapi_eval(expr, &v, &err) != 0) {
        char msg[1024];
        snprintf(msg, sizeof msg, "%s", err ? err : "the expression failed");
        free(err);
        return luaL_error(L, "%s", msg);
    }
    lua_pushcfunction(L, push_value_protected);
    lua_pushlightuserdata(L, &v);
    int st = lua_pcall(L, 1, 1, 0);
    pyapi_value_free(&v);
    if (st != LUA_OK)
        return lua_error(L);
    return 1;
}

/* ------------------------------------------------------ the py table */

/* The running check's context, or a Lua error.  Every py.* call is
 * charged PYB_CALL_TICKS to the sandbox's CPU budget: a call into the
 * interpreter (compiling an expression, converting a value) costs as much
 * as hundreds of Lua instructions, and charged as one Lua call a check
 * looping over py.eval("1") ran for many seconds past the lesson's CPU
 * limit (fuzz_lesson found it). */
static pyrun_ctx *ctx_of(lua_State *L)
{
    if (!active ||
        (unsigned)lua_tointeger(L, lua_upvalueindex(1)) != active_gen)
        luaL_error(L, "py can only be used while its check runs");
    sb_charge(L, PYB_CALL_TICKS);
    return active;
}

/* Run code; raise the exception's last line if it fails. */
static void exec_or_raise(lua_State *L, pyrun_ctx *ctx, const char *code,
                          size_t len)
{
    size_t mark = ctx->err.n;
    pyr_status st = pyapi_exec(code, len, "<check>");
    if (st == PYR_OK)
        return;
    char *line = pyb_last_line(ctx->err.s ? ctx->err.s + mark : "");
    char msg[1024];
    snprintf(msg, sizeof msg, "%s", line ? line : "the code failed");
    free(line);
    luaL_error(L, "%s", msg);
}

static int py_exec(lua_State *L)
{
    pyrun_ctx *ctx = ctx_of(L);
    size_t len;
    const char *code = luaL_checklstring(L, 1, &len);
    exec_or_raise(L, ctx, code, len);
    lua_pushboolean(L, 1);
    return 1;
}

static int py_eval(lua_State *L)
{
    ctx_of(L);
    return eval_push(L, luaL_checkstring(L, 1));
}

static int py_stdout(lua_State *L)
{
    pyrun_ctx *ctx = ctx_of(L);
    lua_pushlstring(L, ctx->out.s ? ctx->out.s : "", ctx->out.n);
    return 1;
}

static int py_source(lua_State *L)
{
    pyrun_ctx *ctx = ctx_of(L);
    lua_pushstring(L, ctx->source ? ctx->source : "");
    return 1;
}

static int py_stderr(lua_State *L)
{
    pyrun_ctx *ctx = ctx_of(L);
    lua_pushlstring(L, ctx->err.s ? ctx->err.s : "", ctx->err.n);
    return 1;
}

/* Evaluate a Python template around the argument(s). */
static int eval_wrapped(lua_State *L, const char *pre, const char *mid,
                        const char *post, int nargs)
{
    ctx_of(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    luaL_addstring(&b, pre);
    luaL_addstring(&b, luaL_checkstring(L, 1));
    if (nargs == 2) {
        luaL_addstring(&b, mid);
        luaL_addstring(&b, luaL_checkstring(L, 2));
    }
    luaL_addstring(&b, post);
    luaL_pushresult(&b);
    return eval_push(L, lua_tostring(L, -1));
}

static int py_refcount(lua_State *L)
{
    return eval_wrapped(L, "__import__('sys').getrefcount(", "", ")", 1);
}

static int py_is_same(lua_State *L)
{
    return eval_wrapped(L, "(", ") is (", ")", 2);
}

static int py_type(lua_State *L)
{
    return eval_wrapped(L, "type(", "", ").__name__", 1);
}

static int py_gc_count(lua_State *L)
{
    ctx_of(L);
    return eval_push(L, "__import__('gc').get_count()");
}

/* The object a lesson names: an expression in __main__ or an id (a
 * number, e.g. kept from an earlier py.eval("id(a)")).  0, or -1 with
 * *err (malloc'd). */
static int object_arg(lua_State *L, uintptr_t *id, char **err)
{
    ctx_of(L);
    if (lua_type(L, 1) == LUA_TNUMBER) {
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", (long long)luaL_checkinteger(L, 1));
        return pyapi_object_id(buf, id, err);
    }
    return pyapi_object_id(luaL_checkstring(L, 1), id, err);
}

/* referrers(x): the refcount of x explained, one string per counted
 * reference ("a (global in __main__)", "b.next", "xs[0]"); second
 * result: the references the runtime holds besides.  Not counted: the
 * reference the evaluation of x itself makes. */
static int py_referrers(lua_State *L)
{
    uintptr_t id;
    char *err = NULL, msg[512];
    if (object_arg(L, &id, &err) != 0) {
        snprintf(msg, sizeof msg, "referrers: %s", err ? err : "no object");
        free(err);
        return luaL_error(L, "%s", msg);
    }
    obs_referrers r;
    if (obs_referred_by(id, &r) != 0)
        return luaL_error(L, "referrers: out of memory");
    lua_createtable(L, (int)r.n, 0);
    for (size_t i = 0; i < r.n; i++) {
        lua_pushstring(L, r.lines[i].label);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_pushinteger(L, (lua_Integer)r.runtime);
    obs_referrers_free(&r);
    return 2;
}

/* why_alive(x): the chain of references from a variable to x ("xs[0].next
 * (xs: global in __main__)"), or nil and the reason there is none
 * ("freed", "reachable only from itself...", "held only by the
 * runtime..."). */
static int py_why_alive(lua_State *L)
{
    uintptr_t id;
    char *err = NULL;
    if (object_arg(L, &id, &err) != 0) {
        free(err);
        lua_pushnil(L);
        lua_pushstring(L, "freed");
        return 2;
    }
    obs_path p;
    if (obs_why_alive(id, &p) != 0)
        return luaL_error(L, "why_alive: out of memory");
    char text[1024];
    obs_path_text(&p, text, sizeof text);
    int rooted = p.kind == OBS_ALIVE_ROOTED;
    obs_path_free(&p);
    if (rooted) {
        lua_pushstring(L, text);
        return 1;
    }
    lua_pushnil(L);
    lua_pushstring(L, text);
    return 2;
}

/* run_with_input(code, {lines}): the output of this run. */
static int py_run_with_input(lua_State *L)
{
    pyrun_ctx *ctx = ctx_of(L);
    size_t len;
    const char *code = luaL_checklstring(L, 1, &len);
    luaL_checktype(L, 2, LUA_TTABLE);
    size_t n = lua_rawlen(L, 2);
    const char **lines = lua_newuserdatauv(L, (n + 1) * sizeof *lines, 0);
    for (size_t i = 0; i < n; i++) {
        lua_rawgeti(L, 2, (lua_Integer)i + 1);
        lines[i] = lua_tostring(L, -1); /* anchored by the table */
        if (!lines[i])
            return luaL_error(L, "run_with_input: line %d is not a string",
                              (int)i + 1);
        lua_pop(L, 1);
    }
    lines[n] = NULL;
    const char *const *saved = ctx->input;
    size_t saved_pos = ctx->input_pos, mark = ctx->out.n;
    ctx->input = lines, ctx->input_pos = 0;
    size_t emark = ctx->err.n;
    pyr_status st = pyapi_exec(code, len, "<check>");
    ctx->input = saved, ctx->input_pos = saved_pos;
    if (st != PYR_OK) {
        char *line = pyb_last_line(ctx->err.s ? ctx->err.s + emark : "");
        char msg[1024];
        snprintf(msg, sizeof msg, "%s", line ? line : "the code failed");
        free(line);
        return luaL_error(L, "%s", msg);
    }
    lua_pushlstring(L, ctx->out.s ? ctx->out.s + mark : "", ctx->out.n - mark);
    return 1;
}

void pyb_push_table(lua_State *L, pyrun_ctx *ctx)
{
    static const luaL_Reg fns[] = {{"exec", py_exec},
                                   {"eval", py_eval},
                                   {"stdout", py_stdout},
                                   {"stderr", py_stderr},
                                   {"refcount", py_refcount},
                                   {"is_same", py_is_same},
                                   {"type", py_type},
                                   {"gc_count", py_gc_count},
                                   {"run_with_input", py_run_with_input},
                                   {"source", py_source},
                                   {"referrers", py_referrers},
                                   {"why_alive", py_why_alive},
                                   {NULL, NULL}};
    (void)ctx;
    lua_createtable(L, 0, 12);
    lua_pushinteger(L, (lua_Integer)active_gen);
    luaL_setfuncs(L, fns, 1);
}

/* ---------------------------------------------------------- checking */

/* Protected: build `py` and call the check (function at 1). */
static int call_check(lua_State *L)
{
    pyb_push_table(L, lua_touserdata(L, 2));
    lua_remove(L, 2);
    lua_call(L, 1, 0);
    return 0;
}

/* Explain, for the learner, why their own code failed to run. */
static char *code_failure(pyr_status st, const pyrun_ctx *ctx)
{
    char *last = pyb_last_line(ctx->err.s ? ctx->err.s : "");
    char *msg;
    if (last && strncmp(last, "KeyboardInterrupt", 17) == 0)
        msg = xstrdup(
            "Your code ran too long and was stopped (an endless loop?).");
    else if (st == PYR_EXIT)
        msg = xstrdup("Your code called exit() before the check could run.");
    else
        msg = xasprintf("Your code raised an exception:\n%s",
                        ctx->err.s ? ctx->err.s : "");
    free(last);
    return msg;
}

/* A check's message for the learner: without the "file:line: " that
 * assert() and error() put in front (the line goes to *line). */
static char *strip_position(const char *path, char *msg, int *line)
{
    size_t pl = strlen(path);
    char *end;
    if (strncmp(msg, path, pl) != 0 || msg[pl] != ':')
        return msg;
    long n = strtol(msg + pl + 1, &end, 10);
    if (end == msg + pl + 1 || end[0] != ':' || end[1] != ' ')
        return msg;
    *line = (int)n;
    memmove(msg, end + 2, strlen(end + 2) + 1);
    return msg;
}

/* Run the check of step s on the interpreter just loaded with code. */
static int run_check(lesson_t *lesson, const lesson_step *s, pyrun_ctx *ctx,
                     char **message, int *line)
{
    sandbox *sb = lesson->sb;
    lua_pushcfunction(sb->L, call_check);
    lua_rawgeti(sb->L, LUA_REGISTRYINDEX, s->check_ref);
    lua_pushlightuserdata(sb->L, ctx);
    char *err = NULL;
    if (sb_call(sb, 2, 0, &err) == 0)
        return 1;
    if (sb->tripped) {
        *message = err;
        return -1;
    }
    *message = strip_position(lesson->path, err, line);
    return 0;
}

int lesson_check_exercise(lesson_course *course, lesson_t *lesson, size_t step,
                          const char *learner_code, char **message)
{
    int line;
    (void)course;
    return lesson_check_exercise_at(lesson, step, learner_code, message, &line);
}

int lesson_check_exercise_at(lesson_t *lesson, size_t step,
                             const char *learner_code, char **message,
                             int *line)
{
    *message = NULL;
    *line = 0;
    const lesson_step *s = lesson_step_at(lesson, step);
    if (!s || s->kind != LESSON_EXERCISE || s->check_ref == LUA_NOREF) {
        *message = xasprintf("%s:1: step %zu is not an exercise", lesson->path,
                             step + 1);
        return -1;
    }
    const char *code = learner_code ? learner_code : "";
    pyrun_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.source = code;
    ctx.input = (const char *const *)s->input;
    int result;
    if (pyb_start(&ctx) != 0) {
        *message = xasprintf("%s:%d: cannot start the Python interpreter",
                             lesson->path, s->line);
        result = -1;
    } else {
        pyr_status st = pyapi_exec(code, strlen(code), "main.py");
        if (st != PYR_OK) {
            *message = code_failure(st, &ctx);
            result = 0;
        } else {
            result = run_check(lesson, s, &ctx, message, line);
        }
        pyb_stop(&ctx);
    }
    free(sbuf_take(&ctx.out));
    free(sbuf_take(&ctx.err));
    return result;
}
