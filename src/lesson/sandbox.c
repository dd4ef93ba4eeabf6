/*
 * sandbox.c -- the Lua state a lesson file runs in.
 *
 * Lesson files are untrusted input.  Each gets its own Lua 5.4 state
 * with:
 *   - only the base, string, table, math and utf8 libraries, minus
 *     everything that reaches the host (dofile, loadfile, print, warn,
 *     collectgarbage, string.dump; io, os, debug, package, coroutine are
 *     never opened), load() restricted to text chunks;
 *   - a memory cap (the allocator refuses to grow past SB_MEM_LIMIT; Lua
 *     then collects garbage and retries before it gives up);
 *   - a CPU cap (a count hook every SB_HOOK_EVERY instructions, each call
 *     charged SB_CALL_COST more; C loops
 *     that could run long -- pattern matching, string.rep of "",
 *     table.move -- are bounded or charged to the same budget);
 *   - limits that stick: once a run trips one, pcall/xpcall rethrow
 *     instead of catching, so `while true do pcall(f) end` still ends;
 *   - no __gc metamethods from Lua code (finalizers run with hooks off,
 *     so a looping one could hang lua_close).
 * Every error comes back as "file:line: message".
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "lesson_int.h"

/* ---------------------------------------------------------- allocator */

/* Lua's allocator: ptr == NULL means osize is a type tag, not a size. */
static void *sb_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->mem_used -= old;
        return NULL;
    }
    if (nsize > old && sb->mem_used + (nsize - old) > sb->mem_limit) {
        sb->capped = true;
        return NULL; /* Lua collects, retries, then raises LUA_ERRMEM */
    }
    if (nsize > old && sb->fail_at && ++sb->nalloc >= sb->fail_at &&
        sb->nalloc <= sb->fail_at + 1)
        return NULL; /* the test hook (sb_new): Lua's retry fails too */
    void *np = realloc(ptr, nsize);
    if (np)
        sb->mem_used = sb->mem_used - old + nsize;
    return np;
}

sandbox *sb_of(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

/* ---------------------------------------------------------- CPU limit */

static void raise_cpu(lua_State *L)
{
    sb_of(L)->tripped = SB_CPU;
    luaL_error(
        L, "CPU limit exceeded: the lesson ran too long (an endless loop?)");
}

/* The hook: on calls, charge SB_CALL_COST instructions (a call, and
 * above all a call into C, costs far more than one instruction: without
 * this `local function f() return f() end` or `pcall(error)` in a loop
 * runs many times longer than plain code before the budget is spent);
 * on counts, remember where the lesson is.  Stop the run when over. */
/* CPU seconds used by the process. */
static double cpu_seconds(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
        return 0;
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The instruction budget does not see work done inside C functions
 * (string.rep, concatenation of long strings, the collector), so every
 * 64 hooks the run's CPU time is checked against SB_CPU_SECONDS too. */
static bool over_time(sandbox *sb)
{
    return (sb->ticks & 63) == 0 &&
           cpu_seconds() - sb->cpu_start > SB_CPU_SECONDS;
}

static void sb_hook(lua_State *L, lua_Debug *ar)
{
    sandbox *sb = sb_of(L);
    if (ar->event != LUA_HOOKCOUNT) {
        sb->calls += SB_CALL_COST;
        if (sb->calls < SB_HOOK_EVERY)
            return;
        sb->calls -= SB_HOOK_EVERY;
    } else if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0 &&
               ar->source[0] == '@' && strcmp(ar->source + 1, sb->path) == 0)
        sb->last_line = ar->currentline;
    if (++sb->ticks > sb->tick_limit || sb->tripped == SB_CPU || over_time(sb))
        raise_cpu(L);
}

void sb_charge(lua_State *L, uint64_t n)
{
    sandbox *sb = sb_of(L);
    sb->ticks += n;
    if (sb->ticks > sb->tick_limit)
        raise_cpu(L);
}

/* ------------------------------------------------- restricted globals */

/* After a protected call failed: is it a limit, which must go on up? */
static bool limit_hit(lua_State *L, int status)
{
    sandbox *sb = sb_of(L);
    if (status == LUA_ERRMEM)
        sb->tripped = SB_MEM;
    return sb->tripped != SB_OK;
}

/* pcall that does not catch a tripped limit. */
static int safe_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    int st = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    if (st != LUA_OK && limit_hit(L, st))
        return lua_error(L);
    lua_pushboolean(L, st == LUA_OK);
    lua_insert(L, 1);
    return lua_gettop(L);
}

/* xpcall(f, msgh, ...): same rule. */
static int safe_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2); /* msgh stays at 2; true, f below the arguments */
    int st = lua_pcall(L, n - 2, LUA_MULTRET, 2);
    if (st != LUA_OK) {
        if (limit_hit(L, st))
            return lua_error(L);
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - 2;
}

/* load(chunk [, name [, mode [, env]]]) with mode forced to "t". */
static int safe_load(lua_State *L)
{
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    if (n >= 2)
        lua_pushvalue(L, 2);
    else
        lua_pushnil(L);
    lua_pushliteral(L, "t");
    if (n >= 4)
        lua_pushvalue(L, 4);
    lua_call(L, n >= 4 ? 4 : 3, LUA_MULTRET);
    return lua_gettop(L) - n;
}

/* setmetatable refusing __gc (finalizers run with the CPU hook off). */
static int safe_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE && lua_getfield(L, 2, "__gc") != LUA_TNIL)
        return luaL_error(L, "__gc metamethods are not allowed in lessons");
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

/* string.rep of an empty result would loop in C without allocating. */
static int safe_rep(lua_State *L)
{
    size_t l, lsep = 0;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    /* made (the memory cap came first): one instruction per 8 bytes */
    lua_Unsigned bytes = (lua_Unsigned)n * (l + lsep);
    sandbox *sb = sb_of(L);
    lua_Unsigned due = sb->calls + bytes / 8;
    sb->calls = (unsigned)(due % SB_HOOK_EVERY);
    sb_charge(L, due / SB_HOOK_EVERY);
    return 1;
}

/* table.move(a1, f, e, t [, a2]): its C loop is charged to the budget. */
static int safe_move(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f) {
        lua_Unsigned count = (lua_Unsigned)e - (lua_Unsigned)f;
        sb_charge(L, count / SB_HOOK_EVERY);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* _G's __index: reading an undefined global is an author's typo. */
static int unknown_global(lua_State *L)
{
    const char *name = lua_tostring(L, 2);
    if (!name)
        return 0;
    const char *cands[64];
    int n = 0;
    lua_pushnil(L);
    while (n < 63 && lua_next(L, 1)) {
        if (lua_type(L, -2) == LUA_TSTRING)
            cands[n++] = lua_tostring(L, -2); /* anchored by _G */
        lua_pop(L, 1);
    }
    cands[n] = NULL;
    const char *near = lesson_nearest(name, cands);
    if (near)
        return luaL_error(L, "unknown name '%s' (did you mean '%s'?)", name,
                          near);
    return luaL_error(L, "unknown name '%s'", name);
}

/* Replace t[name] (t on top) by a C closure over the original. */
static void wrap_field(lua_State *L, const char *name, lua_CFunction f)
{
    lua_getfield(L, -1, name);
    lua_pushcclosure(L, f, 1);
    lua_setfield(L, -2, name);
}

static void remove_fields(lua_State *L, const char *const *names)
{
    for (; *names; names++) {
        lua_pushnil(L);
        lua_setfield(L, -2, *names);
    }
}

static void open_lib(lua_State *L, const char *name, lua_CFunction f)
{
    luaL_requiref(L, name, f, 1);
    lua_pop(L, 1);
}

static void restrict_base(lua_State *L)
{
    static const char *const gone[] = {"dofile", "loadfile", "collectgarbage",
                                       "print",  "warn",     NULL};
    lua_pushglobaltable(L);
    remove_fields(L, gone);
    wrap_field(L, "load", safe_load);
    wrap_field(L, "setmetatable", safe_setmetatable);
    lua_pushcfunction(L, safe_pcall);
    lua_setfield(L, -2, "pcall");
    lua_pushcfunction(L, safe_xpcall);
    lua_setfield(L, -2, "xpcall");
    lua_pop(L, 1);
}

static void restrict_string(lua_State *L)
{
    static const char *const gone[] = {"dump", NULL};
    lua_getglobal(L, "string");
    remove_fields(L, gone);
    wrap_field(L, "rep", safe_rep);
    lesson_open_patterns(L);
    lua_pop(L, 1);
    lua_getglobal(L, "table");
    wrap_field(L, "move", safe_move);
    lua_pop(L, 1);
}

/* ------------------------------------------------- read-only libraries */

/* A lesson can reach the string, table, math and utf8 libraries and the
 * metatable strings share.  None of them may change: the checks and steps
 * that run after the code that tried would see the change.  Each library
 * global is a proxy -- an empty table whose metatable (hidden by
 * __metatable) reads from the real library, refuses writes, and iterates
 * the real library through a closure that never hands the table out.  The
 * string metatable is hidden the same way, so ("x"):upper() keeps using
 * the real, unreachable string table.  rawset() refuses the proxies. */

#define SB_READONLY_KEY "pyscope.readonly" /* registry: proxy -> true */

static int readonly_newindex(lua_State *L)
{
    const char *k = lua_tostring(L, 2);
    return luaL_error(L, "the '%s' field of a library is read-only in lessons",
                      k ? k : "?");
}

/* __pairs: next over the real library (upvalue 1), the proxy as state. */
static int readonly_next(lua_State *L)
{
    lua_settop(L, 2);
    lua_remove(L, 1);
    return lua_next(L, lua_upvalueindex(1)) ? 2 : (lua_pushnil(L), 1);
}

static int readonly_pairs(lua_State *L)
{
    lua_getmetatable(L, 1); /* the __metatable field hides it from Lua only */
    lua_getfield(L, -1, "__index");
    lua_pushcclosure(L, readonly_next, 1);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* Replace the global `name` by a read-only proxy of it. */
static void make_readonly(lua_State *L, const char *name)
{
    lua_newtable(L);          /* proxy */
    lua_createtable(L, 0, 4); /* its metatable */
    lua_getglobal(L, name);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, readonly_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, readonly_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, SB_READONLY_KEY);
    lua_pushvalue(L, -2);
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    lua_setglobal(L, name);
}

/* rawset refusing the read-only proxies (it would bypass __newindex). */
static int safe_rawset(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, SB_READONLY_KEY);
    lua_pushvalue(L, 1);
    bool ro = lua_rawget(L, -2) != LUA_TNIL;
    lua_pop(L, 2);
    if (ro)
        return luaL_error(L, "libraries are read-only in lessons");
    lua_settop(L, 3);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 3, 1);
    return 1;
}

/* Hide the metatable shared by all strings: getmetatable("") is false. */
static void hide_string_metatable(lua_State *L)
{
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
}

static void seal_libraries(lua_State *L)
{
    static const char *const libs[] = {LUA_STRLIBNAME, LUA_TABLIBNAME,
                                       LUA_MATHLIBNAME, LUA_UTF8LIBNAME, NULL};
    hide_string_metatable(L);
    for (const char *const *l = libs; *l; l++)
        make_readonly(L, *l);
    lua_pushglobaltable(L);
    wrap_field(L, "rawset", safe_rawset);
    lua_pop(L, 1);
}

/* The undefined-name guard on _G, its metatable hidden and fixed. */
static int guard_globals(lua_State *L)
{
    lua_pushglobaltable(L);
    lua_newtable(L);
    lua_pushcfunction(L, unknown_global);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    return 0;
}

/* Runs protected: building the environment allocates. */
static int open_env(lua_State *L)
{
    open_lib(L, LUA_GNAME, luaopen_base);
    open_lib(L, LUA_STRLIBNAME, luaopen_string);
    open_lib(L, LUA_TABLIBNAME, luaopen_table);
    open_lib(L, LUA_MATHLIBNAME, luaopen_math);
    open_lib(L, LUA_UTF8LIBNAME, luaopen_utf8);
    restrict_base(L);
    restrict_string(L);
    seal_libraries(L);
    return 0;
}

/* ------------------------------------------------------------ states */

sandbox *sb_new(const char *path)
{
    sandbox *sb = xmalloc(sizeof *sb);
    memset(sb, 0, sizeof *sb);
    sb->mem_limit = SB_MEM_LIMIT;
    sb->tick_limit = SB_CPU_LIMIT;
    sb->path = xstrdup(path);
    /* Test hook: fail the Nth allocation that grows this state's memory
     * and the next (Lua retries a failed one once, after an emergency
     * collection; every later one succeeds), to prove a Lua memory error
     * anywhere ends in a message, never a crash
     * (tests/cli/failalloc_lesson.sh). */
    const char *fail = getenv("PYSCOPE_FAIL_LUA_ALLOC");
    sb->fail_at = fail ? atol(fail) : 0;
    sb->L = lua_newstate(sb_alloc, sb);
    if (!sb->L) {
        free(sb->path);
        free(sb);
        return NULL;
    }
    lua_pushcfunction(sb->L, open_env);
    if (lua_pcall(sb->L, 0, 0, 0) != LUA_OK) {
        sb_free(sb);
        return NULL;
    }
    lua_sethook(sb->L, sb_hook, LUA_MASKCOUNT | LUA_MASKCALL, SB_HOOK_EVERY);
    return sb;
}

void sb_free(sandbox *sb)
{
    if (!sb)
        return;
    if (sb->L)
        lua_close(sb->L);
    free(sb->path);
    free(sb->src);
    free(sb);
}

/* Install the undefined-name guard once the lesson's globals are set up
 * (constructors are added by schema.c before the file runs). */
static int sb_guard(sandbox *sb)
{
    lua_pushcfunction(sb->L, guard_globals);
    if (lua_pcall(sb->L, 0, 0, 0) == LUA_OK)
        return 0;
    lua_pop(sb->L, 1);
    return -1;
}

/* ------------------------------------------------------ running code */

/* The innermost line of the lesson file on the call stack, or 0. */
static int lesson_line(lua_State *L, const char *path)
{
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 &&
            ar.source[0] == '@' && strcmp(ar.source + 1, path) == 0)
            return ar.currentline;
    }
    return 0;
}

/* Message handler: give position-less messages the lesson's line. */
static int locate_msgh(lua_State *L)
{
    sandbox *sb = sb_of(L);
    const char *msg = lua_tostring(L, 1);
    if (!msg || lua_type(L, 1) != LUA_TSTRING)
        return 1;
    size_t pl = strlen(sb->path);
    if (strncmp(msg, sb->path, pl) == 0 && msg[pl] == ':')
        return 1;
    int line = lesson_line(L, sb->path);
    lua_pushfstring(L, "%s:%d: %s", sb->path, line ? line : sb->last_line, msg);
    return 1;
}

/* The error value on top of the stack as a message, never calling
 * __tostring (which would run lesson code outside protection). */
static char *error_text(sandbox *sb, bool locate)
{
    lua_State *L = sb->L;
    int t = lua_type(L, -1);
    if (sb->tripped == SB_MEM && sb->capped)
        return xasprintf("%s:%d: memory limit exceeded (%u MiB)", sb->path,
                         sb->last_line ? sb->last_line : 1,
                         (unsigned)(sb->mem_limit >> 20));
    if (sb->tripped == SB_MEM) /* the system refused, below the cap */
        return xasprintf("%s:%d: out of memory", sb->path,
                         sb->last_line ? sb->last_line : 1);
    if (t == LUA_TSTRING || t == LUA_TNUMBER) {
        const char *m = lua_tostring(L, -1);
        size_t pl = strlen(sb->path);
        if (locate && !(strncmp(m, sb->path, pl) == 0 && m[pl] == ':'))
            return xasprintf("%s:%d: %s", sb->path,
                             sb->last_line ? sb->last_line : 1, m);
        return xstrdup(m);
    }
    return xasprintf("%s:%d: error object is a %s value", sb->path,
                     sb->last_line ? sb->last_line : 1, lua_typename(L, t));
}

static int run(sandbox *sb, int nargs, int nresults, bool locate, char **err)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    sb->ticks = sb->calls = 0;
    sb->cpu_start = cpu_seconds();
    sb->tripped = SB_OK;
    sb->capped = false;
    if (locate) {
        lua_pushcfunction(L, locate_msgh);
        lua_insert(L, base);
    }
    int st = lua_pcall(L, nargs, nresults, locate ? base : 0);
    if (locate)
        lua_remove(L, base);
    if (st == LUA_OK)
        return 0;
    if (st == LUA_ERRMEM)
        sb->tripped = SB_MEM;
    *err = error_text(sb, locate || sb->tripped);
    lua_pop(L, 1);
    return -1;
}

int sb_call(sandbox *sb, int nargs, int nresults, char **err)
{
    return run(sb, nargs, nresults, false, err);
}

int sb_dofile(sandbox *sb, char **err)
{
    size_t len;
    char *src = lesson_read_file(sb->path, &len);
    if (!src) {
        *err = xasprintf("%s:1: cannot read the file", sb->path);
        return -1;
    }
    char *chunk = xasprintf("@%s", sb->path);
    int st = luaL_loadbufferx(sb->L, src, len, chunk, "t");
    free(chunk);
    free(sb->src);
    sb->src = src;
    if (st != LUA_OK) {
        sb->last_line = 1;
        *err = error_text(sb, true);
        lua_pop(sb->L, 1);
        return -1;
    }
    if (sb_guard(sb) != 0) {
        lua_pop(sb->L, 1);
        *err = xasprintf("%s:1: out of memory", sb->path);
        return -1;
    }
    return run(sb, 0, 1, true, err);
}
