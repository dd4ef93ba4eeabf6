/*
 * theme.c -- colour themes: the role enum of tui_int.h crossed with a
 * theme table loaded from themes/NAME.lua (format in themes/README.md).
 *
 * A theme file is data only: it runs in a bare Lua 5.4 state with no
 * libraries, an empty _ENV, an instruction budget and a memory cap, and
 * must return { name = ..., roles = { ROLE = { fg, bg, fg8, bg8, attrs,
 * mono } } }.  Each role becomes one colour pair (role + 1).  With 256
 * colours fg/bg are used, with 8 colours fg8/bg8; under NO_COLOR (or a
 * terminal without colours) only attributes are used: `mono` when given,
 * else `attrs`, else the built-in attribute of the role.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "datadir.h"
#include "tui_int.h"

const char *const theme_role_names[R_NROLES] = {
    "normal",    "border",    "border_focus", "title",     "keyword",
    "string",    "number",    "comment",      "builtin",   "current_line",
    "new",       "changed",   "freed",        "gen0",      "gen1",
    "gen2",      "ok",        "error",        "hint",      "id",
    "arrow",     "status",    "select",       "area_code", "area_variables",
    "area_heap", "area_free", "area_stack",   "emph",      "code"};

typedef struct role_style {
    short fg, bg, fg8, bg8; /* -1 = terminal default */
    attr_t attrs, mono;
    bool has_mono;
} role_style;

/* Attributes a role keeps without colour: what NO_COLOR shows. */
static const attr_t builtin_mono[R_NROLES] = {
    [R_BORDER_FOCUS] = A_BOLD,  [R_TITLE] = A_BOLD,
    [R_KEYWORD] = A_BOLD,       [R_COMMENT] = A_DIM,
    [R_CURLINE] = A_REVERSE,    [R_NEW] = A_BOLD,
    [R_CHANGED] = A_UNDERLINE,  [R_FREED] = A_DIM,
    [R_GEN2] = A_BOLD,          [R_GOOD] = A_BOLD,
    [R_ERROR] = A_BOLD,         [R_HINT] = A_DIM,
    [R_STATUS] = A_REVERSE,     [R_SELECT] = A_REVERSE,
    [R_AREA_CODE] = A_REVERSE,  [R_AREA_HEAP] = A_REVERSE,
    [R_AREA_STACK] = A_REVERSE, [R_EMPH] = A_BOLD,
    [R_CODE] = A_UNDERLINE};

static role_style styles[R_NROLES];
static char current[64] = "default";
static bool no_color;
static bool loaded; /* false: built-in attributes only */
char theme_error[256];

static const char *const cycle_order[] = {"default", "light", "mono"};

/* ------------------------------------------------------ parsing values */

static const char *const colour_names[] = {
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};

static short parse_colour(lua_State *L, int idx)
{
    if (lua_isinteger(L, idx)) {
        lua_Integer n = lua_tointeger(L, idx);
        return n >= 0 && n <= 255 ? (short)n : -1;
    }
    const char *s = lua_tostring(L, idx);
    for (short i = 0; s && i < 8; i++)
        if (strcmp(s, colour_names[i]) == 0)
            return i;
    return -1; /* "default" and anything unknown */
}

static attr_t parse_attrs(const char *s)
{
    static const struct {
        const char *name;
        attr_t a;
    } tab[] = {{"bold", A_BOLD},           {"dim", A_DIM},
               {"underline", A_UNDERLINE}, {"reverse", A_REVERSE},
               {"italic", A_ITALIC},       {"standout", A_STANDOUT}};
    attr_t a = 0;
    for (size_t i = 0; s && i < sizeof tab / sizeof tab[0]; i++)
        if (strstr(s, tab[i].name))
            a |= tab[i].a;
    return a;
}

static short field_colour(lua_State *L, const char *key, short dflt)
{
    short c = dflt;
    if (lua_getfield(L, -1, key) != LUA_TNIL)
        c = parse_colour(L, -1);
    lua_pop(L, 1);
    return c;
}

static void read_role(lua_State *L, role_style *r)
{
    r->fg = field_colour(L, "fg", -1);
    r->bg = field_colour(L, "bg", -1);
    r->fg8 = field_colour(L, "fg8", r->fg < 8 ? r->fg : -1);
    r->bg8 = field_colour(L, "bg8", r->bg < 8 ? r->bg : -1);
    lua_getfield(L, -1, "attrs");
    r->attrs = parse_attrs(lua_tostring(L, -1));
    lua_pop(L, 1);
    r->has_mono = lua_getfield(L, -1, "mono") == LUA_TSTRING;
    r->mono = parse_attrs(lua_tostring(L, -1));
    lua_pop(L, 1);
}

static void read_roles(lua_State *L)
{
    for (int i = 0; i < R_NROLES; i++) {
        memset(&styles[i], 0, sizeof styles[i]);
        styles[i].fg = styles[i].bg = styles[i].fg8 = styles[i].bg8 = -1;
        if (lua_getfield(L, -1, theme_role_names[i]) == LUA_TTABLE)
            read_role(L, &styles[i]);
        lua_pop(L, 1);
    }
}

/* ---------------------------------------------------------- the sandbox */

enum { THEME_MEM_CAP = 1 << 20, THEME_STEPS = 1000000 };

static void *cap_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    size_t *used = ud;
    if (nsize == 0) {
        *used -= ptr ? osize : 0;
        free(ptr);
        return NULL;
    }
    size_t old = ptr ? osize : 0;
    if (*used - old + nsize > THEME_MEM_CAP)
        return NULL;
    void *p = realloc(ptr, nsize);
    if (p)
        *used = *used - old + nsize;
    return p;
}

static void budget_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    luaL_error(L, "theme runs too long");
}

/* Run the file in an empty environment and leave its result on the
 * stack.  0, or -1 with theme_error set. */
static int run_theme_file(lua_State *L, const char *path)
{
    if (luaL_loadfilex(L, path, "t") != LUA_OK)
        goto fail;
    lua_newtable(L);
    lua_setupvalue(L, -2, 1); /* _ENV = {} */
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, THEME_STEPS);
    if (lua_pcall(L, 0, 1, 0) != LUA_OK)
        goto fail;
    if (!lua_istable(L, -1) || lua_getfield(L, -1, "roles") != LUA_TTABLE) {
        snprintf(theme_error, sizeof theme_error,
                 "%s: must return a table with roles", path);
        return -1;
    }
    return 0;
fail:
    snprintf(theme_error, sizeof theme_error, "%s", lua_tostring(L, -1));
    return -1;
}

static char *theme_path(const char *name)
{
    return data_find("themes", name, ".lua");
}

/* Load themes/NAME.lua and make it current.  0 or -1 (theme_error). */
int theme_load(const char *name)
{
    const char *nc = getenv("NO_COLOR");
    no_color = nc && *nc;
    if (strchr(name, '/') || strlen(name) >= sizeof current) {
        snprintf(theme_error, sizeof theme_error, "bad theme name '%s'", name);
        return -1;
    }
    char *path = theme_path(name);
    if (!path) {
        snprintf(theme_error, sizeof theme_error, "no themes folder found");
        return -1;
    }
    size_t used = 0;
    lua_State *L = lua_newstate(cap_alloc, &used);
    int rc = L ? run_theme_file(L, path) : -1;
    if (rc == 0) {
        read_roles(L);
        loaded = true;
        snprintf(current, sizeof current, "%s", name);
    }
    if (L)
        lua_close(L);
    free(path);
    if (rc == 0 && !isendwin())
        theme_apply_all();
    return rc;
}

void theme_cycle(void)
{
    size_t n = sizeof cycle_order / sizeof cycle_order[0], i = 0;
    while (i < n && strcmp(cycle_order[i], current) != 0)
        i++;
    theme_load(cycle_order[(i + 1) % n]);
}

const char *theme_name(void)
{
    return current;
}

/* ------------------------------------------------------------- pairs */

static bool use_colour(void)
{
    return !no_color && has_colors() && COLOR_PAIRS > R_NROLES;
}

void theme_apply_all(void)
{
    if (!use_colour())
        return;
    bool wide = COLORS >= 256;
    for (int i = 0; i < R_NROLES; i++) {
        short fg = wide ? styles[i].fg : styles[i].fg8;
        short bg = wide ? styles[i].bg : styles[i].bg8;
        init_pair((short)(i + 1), fg, bg);
    }
}

attr_t theme_attr(tui_role r)
{
    const role_style *s = &styles[r];
    if (!loaded)
        return builtin_mono[r];
    if (!use_colour())
        return s->has_mono ? s->mono : s->attrs ? s->attrs : builtin_mono[r];
    return s->attrs | COLOR_PAIR(r + 1);
}
