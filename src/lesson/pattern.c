/*
 * pattern.c -- Lua patterns with a step counter, for the sandbox.
 *
 * Lua's count hook never fires inside C functions, and the stock
 * string.find/match/gmatch/gsub backtrack without bound: the pattern
 * ".-.-.-.-b" against 5000 "a"s runs for minutes.  This is a matcher for
 * the same pattern language (classes, sets, quantifiers, anchors,
 * captures, %b, %f, back-references) written for pyscope, that charges
 * every step to the sandbox's CPU budget (sb_charge), so a runaway
 * pattern ends with the same "CPU limit exceeded" error as a runaway
 * loop.  Plain searches use memmem (linear).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <string.h>

#include <lauxlib.h>

#include "lesson_int.h"

#define MAXCAPTURES    32
#define MAXDEPTH       200 /* nested matcher calls */
#define STEPS_PER_TICK 250 /* matcher steps per CPU budget unit */
#define CAP_UNFINISHED (-1)
#define CAP_POSITION   (-2)
#define SPECIALS       "^$*+?.([%-"

typedef struct matcher {
    lua_State *L;
    const char *src, *src_end; /* subject */
    const char *p_end;         /* end of pattern */
    int level, depth;          /* captures open or closed; recursion */
    unsigned steps;            /* since the last charge */
    struct {
        const char *init;
        ptrdiff_t len; /* or CAP_UNFINISHED / CAP_POSITION */
    } cap[MAXCAPTURES];
} matcher;

static const char *do_match(matcher *m, const char *s, const char *p);

static void tick(matcher *m)
{
    if (++m->steps >= STEPS_PER_TICK) {
        m->steps = 0;
        sb_charge(m->L, 1);
    }
}

/* ------------------------------------------------------ single items */

/* End of the single-character class starting at p. */
static const char *class_end(matcher *m, const char *p)
{
    char c = *p++;
    if (c == '%') {
        if (p >= m->p_end)
            luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c != '[')
        return p;
    if (*p == '^')
        p++;
    do { /* the first character may be a literal ']' */
        if (p >= m->p_end)
            luaL_error(m->L, "malformed pattern (missing ']')");
        if (*p++ == '%' && p < m->p_end)
            p++;
    } while (*p != ']');
    return p + 1;
}

/* Does c belong to the class %cl? */
static bool class_match(int c, int cl)
{
    bool r;
    switch (tolower(cl)) {
    case 'a':
        r = isalpha(c);
        break;
    case 'c':
        r = iscntrl(c);
        break;
    case 'd':
        r = isdigit(c);
        break;
    case 'g':
        r = isgraph(c);
        break;
    case 'l':
        r = islower(c);
        break;
    case 'p':
        r = ispunct(c);
        break;
    case 's':
        r = isspace(c);
        break;
    case 'u':
        r = isupper(c);
        break;
    case 'w':
        r = isalnum(c);
        break;
    case 'x':
        r = isxdigit(c);
        break;
    default:
        return cl == c;
    }
    return isupper(cl) ? !r : r;
}

/* Does c belong to the set [...] from p ('[') to ec (its ']')? */
static bool set_match(int c, const char *p, const char *ec)
{
    bool neg = false;
    p++;
    if (*p == '^') {
        neg = true;
        p++;
    }
    while (p < ec) {
        if (*p == '%' && p + 1 < ec) {
            if (class_match(c, (unsigned char)p[1]))
                return !neg;
            p += 2;
        } else if (p + 2 < ec && p[1] == '-') {
            if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2])
                return !neg;
            p += 3;
        } else {
            if ((unsigned char)*p == c)
                return !neg;
            p++;
        }
    }
    return neg;
}

/* Does the character at s match the single item p..ep? */
static bool single_match(matcher *m, const char *s, const char *p,
                         const char *ep)
{
    if (s >= m->src_end)
        return false;
    int c = (unsigned char)*s;
    switch (*p) {
    case '.':
        return true;
    case '%':
        return class_match(c, (unsigned char)p[1]);
    case '[':
        return set_match(c, p, ep - 1);
    default:
        return (unsigned char)*p == c;
    }
}

/* ------------------------------------------------------- repetitions */

static const char *max_expand(matcher *m, const char *s, const char *p,
                              const char *ep)
{
    ptrdiff_t i = 0;
    while (single_match(m, s + i, p, ep)) {
        tick(m);
        i++;
    }
    for (; i >= 0; i--) {
        const char *r = do_match(m, s + i, ep + 1);
        if (r)
            return r;
    }
    return NULL;
}

static const char *min_expand(matcher *m, const char *s, const char *p,
                              const char *ep)
{
    for (;;) {
        const char *r = do_match(m, s, ep + 1);
        if (r)
            return r;
        if (!single_match(m, s, p, ep))
            return NULL;
        s++;
    }
}

/* ---------------------------------------------------------- captures */

static const char *start_capture(matcher *m, const char *s, const char *p,
                                 ptrdiff_t what)
{
    if (m->level >= MAXCAPTURES)
        luaL_error(m->L, "too many captures");
    m->cap[m->level].init = s;
    m->cap[m->level].len = what;
    m->level++;
    const char *r = do_match(m, s, p);
    if (!r)
        m->level--;
    return r;
}

static const char *end_capture(matcher *m, const char *s, const char *p)
{
    int l = m->level - 1;
    while (l >= 0 && m->cap[l].len != CAP_UNFINISHED)
        l--;
    if (l < 0)
        luaL_error(m->L, "invalid pattern capture");
    m->cap[l].len = s - m->cap[l].init;
    const char *r = do_match(m, s, p);
    if (!r)
        m->cap[l].len = CAP_UNFINISHED;
    return r;
}

/* %1..%9: the text of an earlier capture again. */
static const char *back_reference(matcher *m, const char *s, int digit)
{
    int l = digit - '1';
    if (l < 0 || l >= m->level || m->cap[l].len == CAP_UNFINISHED)
        luaL_error(m->L, "invalid capture index %%%d", l + 1);
    ptrdiff_t len = m->cap[l].len;
    if (len < 0 || m->src_end - s < len ||
        memcmp(m->cap[l].init, s, (size_t)len) != 0)
        return NULL;
    return s + len;
}

/* %bxy: a balanced run from x to the matching y. */
static const char *balance(matcher *m, const char *s, const char *p)
{
    if (p + 1 >= m->p_end)
        luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    if (s >= m->src_end || *s != p[0])
        return NULL;
    int depth = 1;
    while (++s < m->src_end) {
        tick(m);
        if (*s == p[1]) {
            if (--depth == 0)
                return s + 1;
        } else if (*s == p[0]) {
            depth++;
        }
    }
    return NULL;
}

/* %f[set]: a frontier, where the previous character is not in the set
 * and the current one is.  Returns the pattern after it, or NULL. */
static const char *frontier(matcher *m, const char *s, const char *p)
{
    if (*p != '[')
        luaL_error(m->L, "missing '[' after '%%f' in pattern");
    const char *ep = class_end(m, p);
    int prev = s == m->src ? 0 : (unsigned char)s[-1];
    int cur = s < m->src_end ? (unsigned char)*s : 0;
    if (!set_match(prev, p, ep - 1) && set_match(cur, p, ep - 1))
        return ep;
    return NULL;
}

/* ------------------------------------------------------------ matcher */

/* A single item, maybe quantified. */
static const char *match_item(matcher *m, const char *s, const char *p,
                              bool *more, const char **np, const char **ns)
{
    const char *ep = class_end(m, p);
    char q = ep < m->p_end ? *ep : '\0';
    *more = false;
    if (!single_match(m, s, p, ep)) {
        if (q == '*' || q == '?' || q == '-') {
            *more = true, *np = ep + 1, *ns = s;
        }
        return NULL;
    }
    switch (q) {
    case '?': {
        const char *r = do_match(m, s + 1, ep + 1);
        if (!r)
            *more = true, *np = ep + 1, *ns = s;
        return r;
    }
    case '+':
        return max_expand(m, s + 1, p, ep);
    case '*':
        return max_expand(m, s, p, ep);
    case '-':
        return min_expand(m, s, p, ep);
    default:
        *more = true, *np = ep, *ns = s + 1;
        return NULL;
    }
}

/* Match pattern p against the subject at s: the end of the match, or
 * NULL.  Straight-line items loop; choices recurse. */
static const char *match_body(matcher *m, const char *s, const char *p)
{
    for (;;) {
        tick(m);
        if (p >= m->p_end)
            return s;
        if (*p == '(')
            return p[1] == ')' ? start_capture(m, s, p + 2, CAP_POSITION)
                               : start_capture(m, s, p + 1, CAP_UNFINISHED);
        if (*p == ')')
            return end_capture(m, s, p + 1);
        if (*p == '$' && p + 1 == m->p_end)
            return s == m->src_end ? s : NULL;
        if (*p == '%' && p + 1 < m->p_end && p[1] == 'b') {
            if (!(s = balance(m, s, p + 2)))
                return NULL;
            p += 4;
            continue;
        }
        if (*p == '%' && p + 1 < m->p_end && p[1] == 'f') {
            if (!(p = frontier(m, s, p + 2)))
                return NULL;
            continue;
        }
        if (*p == '%' && p + 1 < m->p_end && isdigit((unsigned char)p[1])) {
            if (!(s = back_reference(m, s, p[1])))
                return NULL;
            p += 2;
            continue;
        }
        bool more;
        const char *r = match_item(m, s, p, &more, &p, &s);
        if (!more)
            return r;
    }
}

static const char *do_match(matcher *m, const char *s, const char *p)
{
    if (++m->depth > MAXDEPTH)
        luaL_error(m->L, "pattern too complex");
    const char *r = match_body(m, s, p);
    m->depth--;
    return r;
}

static void matcher_init(matcher *m, lua_State *L, const char *s, size_t ls,
                         const char *p, size_t lp)
{
    m->L = L;
    m->src = s;
    m->src_end = s + ls;
    m->p_end = p + lp;
    m->level = m->depth = 0;
    m->steps = 0;
}

/* ------------------------------------------------------ pushing results */

static void push_capture(matcher *m, int i, const char *s, const char *e)
{
    if (i >= m->level) {
        if (i != 0)
            luaL_error(m->L, "invalid capture index %%%d", i + 1);
        lua_pushlstring(m->L, s, (size_t)(e - s));
        return;
    }
    ptrdiff_t len = m->cap[i].len;
    if (len == CAP_UNFINISHED)
        luaL_error(m->L, "unfinished capture");
    if (len == CAP_POSITION)
        lua_pushinteger(m->L, (m->cap[i].init - m->src) + 1);
    else
        lua_pushlstring(m->L, m->cap[i].init, (size_t)len);
}

/* Push the captures (or the whole match s..e when there are none and s
 * is given); returns how many. */
static int push_captures(matcher *m, const char *s, const char *e)
{
    int n = (m->level == 0 && s) ? 1 : m->level;
    luaL_checkstack(m->L, n, "too many captures");
    for (int i = 0; i < n; i++)
        push_capture(m, i, s, e);
    return n;
}

/* ------------------------------------------------------ library calls */

/* A 1-based position from a possibly negative one. */
static size_t start_pos(lua_Integer pos, size_t len)
{
    if (pos > 0)
        return (size_t)pos;
    if (pos == 0 || (lua_Unsigned)-pos > len)
        return 1;
    return len - (size_t)-pos + 1;
}

static bool has_specials(const char *p, size_t lp)
{
    for (size_t i = 0; i < lp; i++)
        if (strchr(SPECIALS, p[i]) && p[i])
            return true;
    return false;
}

static int plain_find(lua_State *L, const char *s, size_t ls, size_t init,
                      const char *p, size_t lp)
{
    const char *r = memmem(s + init - 1, ls - (init - 1), p, lp);
    if (!r) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushinteger(L, (r - s) + 1);
    lua_pushinteger(L, (lua_Integer)((r - s) + (ptrdiff_t)lp));
    return 2;
}

static int find_aux(lua_State *L, bool find)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    size_t init = start_pos(luaL_optinteger(L, 3, 1), ls);
    if (init > ls + 1) {
        lua_pushnil(L);
        return 1;
    }
    if (find && (lua_toboolean(L, 4) || !has_specials(p, lp)))
        return plain_find(L, s, ls, init, p, lp);
    matcher m;
    bool anchor = lp > 0 && *p == '^';
    if (anchor)
        p++, lp--;
    matcher_init(&m, L, s, ls, p, lp);
    const char *s1 = s + init - 1;
    do {
        m.level = m.depth = 0;
        const char *e = do_match(&m, s1, p);
        if (e && find) {
            lua_pushinteger(L, (s1 - s) + 1);
            lua_pushinteger(L, e - s);
            return push_captures(&m, NULL, NULL) + 2;
        }
        if (e)
            return push_captures(&m, s1, e);
    } while (s1++ < m.src_end && !anchor);
    lua_pushnil(L);
    return 1;
}

static int p_find(lua_State *L)
{
    return find_aux(L, true);
}
static int p_match(lua_State *L)
{
    return find_aux(L, false);
}

/* gmatch state: offsets into the subject (upvalue 1). */
typedef struct gmatch_state {
    size_t pos;
    ptrdiff_t last; /* end of the last match, -1 before the first */
} gmatch_state;

static int gmatch_next(lua_State *L)
{
    size_t ls, lp;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char *p = lua_tolstring(L, lua_upvalueindex(2), &lp);
    gmatch_state *st = lua_touserdata(L, lua_upvalueindex(3));
    matcher m;
    matcher_init(&m, L, s, ls, p, lp);
    for (const char *src = s + st->pos; src <= m.src_end; src++) {
        m.level = m.depth = 0;
        const char *e = do_match(&m, src, p);
        if (e && e - s != st->last) {
            st->pos = (size_t)(e - s);
            st->last = e - s;
            return push_captures(&m, src, e);
        }
    }
    st->pos = ls + 1;
    return 0;
}

static int p_gmatch(lua_State *L)
{
    size_t ls;
    luaL_checklstring(L, 1, &ls);
    luaL_checkstring(L, 2);
    size_t init = start_pos(luaL_optinteger(L, 3, 1), ls);
    lua_settop(L, 2);
    gmatch_state *st = lua_newuserdatauv(L, sizeof *st, 0);
    st->pos = init > ls + 1 ? ls + 1 : init - 1;
    st->last = -1;
    lua_pushcclosure(L, gmatch_next, 3);
    return 1;
}

/* gsub's string replacement, with %0..%9 and %%. */
static void add_string(matcher *m, luaL_Buffer *b, const char *s, const char *e)
{
    size_t l;
    const char *r = lua_tolstring(m->L, 3, &l), *end = r + l;
    for (; r < end; r++) {
        if (*r != '%') {
            luaL_addchar(b, *r);
        } else if (++r < end && *r == '%') {
            luaL_addchar(b, '%');
        } else if (r < end && *r == '0') {
            luaL_addlstring(b, s, (size_t)(e - s));
        } else if (r < end && isdigit((unsigned char)*r)) {
            push_capture(m, *r - '1', s, e);
            luaL_tolstring(m->L, -1, NULL);
            lua_remove(m->L, -2);
            luaL_addvalue(b);
        } else {
            luaL_error(m->L, "invalid use of '%%' in replacement string");
        }
    }
}

/* gsub's table or function replacement. */
static void add_value(matcher *m, luaL_Buffer *b, const char *s, const char *e,
                      int tr)
{
    lua_State *L = m->L;
    if (tr == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int n = push_captures(m, s, e);
        lua_call(L, n, 1);
    } else if (tr == LUA_TTABLE) {
        push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    } else {
        add_string(m, b, s, e);
        return;
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
    } else if (!lua_isstring(L, -1)) {
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    } else {
        luaL_addvalue(b);
    }
}

static int p_gsub(lua_State *L)
{
    size_t ls, lp;
    const char *src = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    int tr = lua_type(L, 3);
    lua_Integer max_n = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    luaL_argexpected(L,
                     tr == LUA_TNUMBER || tr == LUA_TSTRING ||
                         tr == LUA_TFUNCTION || tr == LUA_TTABLE,
                     3, "string/function/table");
    bool anchor = lp > 0 && *p == '^';
    if (anchor)
        p++, lp--;
    matcher m;
    matcher_init(&m, L, src, ls, p, lp);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    const char *last = NULL;
    lua_Integer n = 0;
    while (n < max_n) {
        m.level = m.depth = 0;
        const char *e = do_match(&m, src, p);
        if (e && e != last) {
            n++;
            add_value(&m, &b, src, e, tr);
            src = last = e;
        } else if (src < m.src_end) {
            luaL_addchar(&b, *src++);
        } else {
            break;
        }
        if (anchor)
            break;
    }
    luaL_addlstring(&b, src, (size_t)(m.src_end - src));
    luaL_pushresult(&b);
    lua_pushinteger(L, n);
    return 2;
}

void lesson_open_patterns(lua_State *L)
{
    static const luaL_Reg fns[] = {{"find", p_find},
                                   {"match", p_match},
                                   {"gmatch", p_gmatch},
                                   {"gsub", p_gsub},
                                   {NULL, NULL}};
    luaL_setfuncs(L, fns, 0);
}
