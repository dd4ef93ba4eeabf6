/*
 * test_lesson_pattern.c -- the sandbox's bounded pattern matcher against
 * Lua's own: the same find/match/gmatch/gsub results (or the same
 * errors) for hand-picked and randomly generated patterns.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "lesson_int.h"
#include "unit.h"

/* Runs f(s, p) in L and describes every result as one string. */
static const char *probe =
    "local s, p = ...\n"
    "local function all(ok, ...)\n"
    "  local t = { tostring(ok) }\n"
    "  for i = 1, select('#', ...) do t[#t + 1] = tostring((select(i, ...))) "
    "end\n"
    "  return table.concat(t, '|')\n"
    "end\n"
    "local r = {}\n"
    "r[1] = all(pcall(string.find, s, p))\n"
    "r[2] = all(pcall(string.find, s, p, 3))\n"
    "r[3] = all(pcall(string.match, s, p))\n"
    "r[4] = all(pcall(string.gsub, s, p, '<%0>'))\n"
    "r[5] = all(pcall(string.gsub, s, p, '%1', 2))\n"
    "r[6] = all(pcall(function() local t = {} for a, b in string.gmatch(s, p) "
    "do"
    "  t[#t + 1] = tostring(a) .. ',' .. tostring(b) end return "
    "table.concat(t, ';') end))\n"
    "return (table.concat(r, '\\n'):gsub('pyscope%-pattern.lua:%d+: ', ''))\n";

static char *outcome(lua_State *L, const char *s, const char *p)
{
    if (luaL_loadbuffer(L, probe, strlen(probe), "=probe") != LUA_OK)
        return strdup(lua_tostring(L, -1));
    lua_pushstring(L, s);
    lua_pushstring(L, p);
    if (lua_pcall(L, 2, 1, 0) != LUA_OK) {
        char *e = strdup(lua_tostring(L, -1));
        lua_pop(L, 1);
        return e;
    }
    char *r = strdup(lua_tostring(L, -1));
    lua_pop(L, 1);
    /* Lua's own errors are positioned "[C]" or not at all; ours may say
     * which C function: compare only what the learner would read. */
    return r;
}

static int mismatches;

static void compare(lua_State *stock, sandbox *sb, const char *s, const char *p)
{
    char *a = outcome(stock, s, p), *b = outcome(sb->L, s, p);
    if (strcmp(a, b) != 0 && mismatches++ < 5)
        unit_fail(__FILE__, __LINE__,
                  "s=\"%s\" p=\"%s\":\nlua:     %s\npyscope: %s", s, p, a, b);
    free(a);
    free(b);
}

static const char *const pieces[] = {
    "a",  "b",    ".",      "%a",    "%d",    "%s",   "%w",
    "%A", "[ab]", "[^a]",   "[a-c]", "[%d_]", "*",    "+",
    "-",  "?",    "(",      ")",     "()",    "%1",   "^",
    "$",  "%b()", "%f[%w]", "x",     "%%",    "[]a]", "[^]]"};

static void random_pattern(char *buf, size_t cap, unsigned *seed)
{
    size_t n = 1 + (size_t)(rand_r(seed) % 6);
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        const char *piece =
            pieces[(size_t)rand_r(seed) % (sizeof pieces / sizeof *pieces)];
        if (strlen(buf) + strlen(piece) + 1 < cap)
            strcat(buf, piece);
    }
}

UNIT_TEST(pattern_matches_stock_lua)
{
    lua_State *stock = luaL_newstate();
    luaL_openlibs(stock);
    sandbox *sb = sb_new("pyscope-pattern.lua");
    static const char *const subjects[] = {
        "",           "a",    "aab", "hello world",     "f(a(b)c) x",
        "ab12_cd 34", "]]a]", "aaa", "THE (quick) fox", "x=1, y=2",
        "abcabc"};
    static const char *const fixed[] = {
        "",      "a*",        "^a",  "b$",    "(a)(b)", "%w+",    "(%w+)=(%w+)",
        "%b()",  "%f[%a]%a+", "()b", "(a)%1", "[]]",    "[^%s]+", ".-b",
        "a?b",   "a-b",       "%",   "[a",    "(a",     "a)",     "%g",
        "[%a-]", "[a-]"};
    for (size_t i = 0; i < sizeof subjects / sizeof *subjects; i++)
        for (size_t j = 0; j < sizeof fixed / sizeof *fixed; j++)
            compare(stock, sb, subjects[i], fixed[j]);
    unsigned seed = 12345;
    char p[128];
    for (int k = 0; k < 3000; k++) {
        random_pattern(p, sizeof p, &seed);
        compare(stock, sb,
                subjects[(size_t)rand_r(&seed) %
                         (sizeof subjects / sizeof *subjects)],
                p);
    }
    CHECK_INT_EQ(mismatches, 0);
    sb_free(sb);
    lua_close(stock);
}
