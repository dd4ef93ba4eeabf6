/*
 * schema.c -- the constructors lesson files are written with.
 *
 * step{}, predict{}, quiz{}, reflect{}, exercise{}, lesson{} and course{}
 * are C functions in the sandbox.  Each validates its table on the spot
 * (unknown fields with the nearest valid name, wrong types, missing
 * fields, answers out of range) and reports problems as "file:line:
 * message" into the sandbox's diagnostic list, pointing at the line of
 * the offending field when it can be found, else at the constructor.
 * Valid or not, a constructor returns a userdata holding the C struct it
 * built, so the lesson keeps loading and every problem of the file is
 * reported in one pass; lesson_from_value() then turns the returned
 * lesson{} into a lesson_t when no problem was found.
 *
 * Every kind of step may carry `facts`: { says = "words of a sentence of
 * the step", code = [[Python that asserts it]] }.  The words must occur
 * in the step's prose (white space aside), so a reader of the lesson
 * source sees which sentence each fact backs; check.c runs the code.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "lesson_int.h"

#define STEP_MT   "pyscope.step"
#define LESSON_MT "pyscope.lesson"
#define COURSE_MT "pyscope.course"

/* ------------------------------------------------------------ fields */

typedef enum {
    F_TEXT,        /* string, dedented */
    F_LINE,        /* string, kept as is */
    F_ANSWER_TEXT, /* string or number */
    F_INT,
    F_LIST, /* array of strings */
    F_FUNC,
    F_FACTS, /* array of { says = "...", code = [[...]] } */
} ftype;

typedef struct field {
    const char *name;
    ftype type;
    bool required;
    size_t off, off_n; /* member; count member for F_LIST */
} field;

#define S(m) offsetof(lesson_step, m)
#define STEP_COMMON                                                            \
    {"id", F_LINE, false, S(id), 0}, {"title", F_LINE, false, S(title), 0},    \
    {                                                                          \
        "facts", F_FACTS, false, S(facts), S(nfacts)                           \
    }

static const field step_fields[] = {
    STEP_COMMON,
    {"text", F_TEXT, true, S(text), 0},
    {"code", F_TEXT, false, S(code), 0},
    {"raises", F_LINE, false, S(raises), 0},
    {"input", F_LIST, false, S(input), S(ninput)},
    {"inspect", F_LINE, false, S(inspect), 0},
    {"graph", F_LINE, false, S(graph), 0},
    {"collect", F_LINE, false, S(collect), 0},
    {NULL, 0, 0, 0, 0}};
static const field predict_fields[] = {
    STEP_COMMON,
    {"text", F_TEXT, false, S(text), 0},
    {"code", F_TEXT, true, S(code), 0},
    {"question", F_TEXT, true, S(question), 0},
    {"choices", F_LIST, false, S(choices), S(nchoices)},
    {"answer", F_INT, false, S(answer), 0},
    {"answer_text", F_ANSWER_TEXT, false, S(answer_text), 0},
    {"explain", F_TEXT, false, S(explain), 0},
    {"raises", F_LINE, false, S(raises), 0},
    {"input", F_LIST, false, S(input), S(ninput)},
    {NULL, 0, 0, 0, 0}};
static const field quiz_fields[] = {
    STEP_COMMON,
    {"text", F_TEXT, false, S(text), 0},
    {"question", F_TEXT, true, S(question), 0},
    {"choices", F_LIST, true, S(choices), S(nchoices)},
    {"answer", F_INT, true, S(answer), 0},
    {"explain", F_TEXT, false, S(explain), 0},
    {NULL, 0, 0, 0, 0}};
static const field reflect_fields[] = {
    STEP_COMMON,
    {"text", F_TEXT, false, S(text), 0},
    {"question", F_TEXT, true, S(question), 0},
    {"model_answer", F_TEXT, true, S(model_answer), 0},
    {NULL, 0, 0, 0, 0}};
static const field exercise_fields[] = {
    STEP_COMMON,
    {"text", F_TEXT, false, S(text), 0},
    {"task", F_TEXT, true, S(task), 0},
    {"starter", F_TEXT, false, S(starter), 0},
    {"solution", F_TEXT, true, S(solution), 0},
    {"hints", F_LIST, false, S(hints), S(nhints)},
    {"check", F_FUNC, true, S(check_ref), 0},
    {"input", F_LIST, false, S(input), S(ninput)},
    {NULL, 0, 0, 0, 0}};

typedef struct kindspec {
    const char *name;
    lesson_kind kind;
    const field *fields;
} kindspec;

static const kindspec kinds[] = {
    {"step", LESSON_STEP, step_fields},
    {"predict", LESSON_PREDICT, predict_fields},
    {"quiz", LESSON_QUIZ, quiz_fields},
    {"reflect", LESSON_REFLECT, reflect_fields},
    {"exercise", LESSON_EXERCISE, exercise_fields}};

/* lesson{} and course{} headers: the same field machinery over these. */
typedef struct lesson_hdr {
    int line, day;
    char *id, *title, *summary, *description;
    char **lessons;
    size_t nlessons;
    lesson_fact *facts;
    size_t nfacts;
} lesson_hdr;

#define H(m) offsetof(lesson_hdr, m)
static const field lesson_fields[] = {
    {"day", F_INT, true, H(day), 0},
    {"title", F_LINE, true, H(title), 0},
    {"id", F_LINE, false, H(id), 0},
    {"summary", F_TEXT, false, H(summary), 0},
    {"facts", F_FACTS, false, H(facts), H(nfacts)},
    {NULL, 0, 0, 0, 0}};
static const field course_fields[] = {
    {"id", F_LINE, true, H(id), 0},
    {"title", F_LINE, true, H(title), 0},
    {"description", F_TEXT, false, H(description), 0},
    {"lessons", F_LIST, true, H(lessons), H(nlessons)},
    {NULL, 0, 0, 0, 0}};

/* -------------------------------------------------------- locations */

static int caller_line(lua_State *L)
{
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar) &&
        ar.currentline > 0)
        return ar.currentline;
    return sb_of(L)->last_line;
}

/* Does line text (up to its end) hold "name =" with name a whole word? */
static bool line_assigns(const char *p, const char *name)
{
    size_t n = strlen(name);
    for (; *p && *p != '\n'; p++) {
        if (strncmp(p, name, n) != 0)
            continue;
        const char *q = p + n;
        if (p > name && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
            continue;
        while (*q == ' ' || *q == '\t')
            q++;
        if (*q == '=' && q[1] != '=')
            return true;
    }
    return false;
}

/* The line of "name =" at or after line `from` (within reason), else
 * `from`: error messages point at the field itself when they can. */
static int field_line(sandbox *sb, int from, const char *name)
{
    const char *p = sb->src;
    int line = 1;
    if (!p)
        return from;
    for (; *p && line < from; p++)
        if (*p == '\n')
            line++;
    for (int i = 0; *p && i < 400; i++, line++) {
        if (line_assigns(p, name))
            return line;
        p = strchr(p, '\n');
        if (!p)
            break;
        p++;
    }
    return from;
}

/* ------------------------------------------------------ field values */

typedef struct ctor {
    sandbox *sb;
    const char *what; /* "quiz", "lesson", ... */
    int line;
    void *obj; /* lesson_step or lesson_hdr */
} ctor;

static void report(ctor *c, int line, const char *fmt, const char *a,
                   const char *b)
{
    char *msg = xasprintf(fmt, a, b);
    lesson_diag_add(c->sb->diag, "%s:%d: %s: %s", c->sb->path, line, c->what,
                    msg);
    free(msg);
}

static const char *type_word(ftype t)
{
    switch (t) {
    case F_INT:
        return "an integer";
    case F_LIST:
        return "a list of strings { \"...\", ... }";
    case F_FUNC:
        return "a function";
    case F_ANSWER_TEXT:
        return "a string or a number";
    case F_FACTS:
        return "a list of facts { { says = \"...\", code = [[...]] }, ... }";
    default:
        return "a string";
    }
}

/* Read a list of strings at index idx; NULL (reported) if it is not. */
static char **read_list(ctor *c, const field *f, size_t *n)
{
    lua_State *L = c->sb->L;
    size_t len = lua_rawlen(L, -1);
    char **v = xmalloc((len + 1) * sizeof *v);
    for (size_t i = 0; i < len; i++) {
        if (lua_rawgeti(L, -1, (lua_Integer)i + 1) != LUA_TSTRING) {
            char idx[32];
            snprintf(idx, sizeof idx, "%zu", i + 1);
            report(c, field_line(c->sb, c->line, f->name),
                   "item %s of '%s' must be a string", idx, f->name);
            len = i;
        }
        v[i] = len > i ? lesson_dedent(lua_tostring(L, -1)) : NULL;
        lua_pop(L, 1);
    }
    v[len] = NULL;
    *n = len;
    return v;
}

/* The fact table on top of the stack into *ft, reporting at line what is
 * wrong with it (ft keeps what could be read). */
static void read_fact(ctor *c, int line, lesson_fact *ft)
{
    lua_State *L = c->sb->L;
    ft->line = line;
    if (lua_type(L, -1) != LUA_TTABLE) {
        report(c, line,
               "each fact must be a table { says = \"...\", code = "
               "[[...]] }%s%s",
               "", "");
        return;
    }
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        const char *k =
            lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        char **dst = !strcmp(k, "says")   ? &ft->says
                     : !strcmp(k, "code") ? &ft->code
                                          : NULL;
        if (!dst)
            report(c, line,
                   "fact: unknown field '%s' (a fact has 'says' and "
                   "'code')%s",
                   k, "");
        else if (lua_type(L, -1) != LUA_TSTRING) {
            report(c, line, "fact: field '%s' must be a string%s", k, "");
            *dst = xstrdup(""); /* reported once, not also as missing */
        } else
            *dst = lesson_dedent(lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    if (!ft->says || !ft->code)
        report(c, line, "fact: missing field '%s'%s",
               ft->says ? "code" : "says", "");
}

/* The facts list on top of the stack.  Each fact's line is that of its
 * `says =` (searched forward from the previous one): checks name it. */
static lesson_fact *read_facts(ctor *c, const field *f, size_t *n)
{
    lua_State *L = c->sb->L;
    size_t len = lua_rawlen(L, -1);
    lesson_fact *v = xmalloc((len ? len : 1) * sizeof *v);
    memset(v, 0, (len ? len : 1) * sizeof *v);
    int line = field_line(c->sb, c->line, f->name);
    for (size_t i = 0; i < len; i++) {
        line = field_line(c->sb, line + (i > 0), "says");
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        read_fact(c, line, &v[i]);
        lua_pop(L, 1);
    }
    *n = len;
    return v;
}

/* Store the value on top of the stack into field f of c->obj.  The
 * field's line is looked up only for a report: finding it scans the
 * source, too slow to do for every field of every lesson. */
static void store_field(ctor *c, const field *f)
{
    lua_State *L = c->sb->L;
    char *base = c->obj;
    int t = lua_type(L, -1);
    bool ok =
        (f->type == F_INT && lua_isinteger(L, -1)) ||
        ((f->type == F_LIST || f->type == F_FACTS) && t == LUA_TTABLE) ||
        (f->type == F_FUNC && t == LUA_TFUNCTION) ||
        ((f->type == F_TEXT || f->type == F_LINE) && t == LUA_TSTRING) ||
        (f->type == F_ANSWER_TEXT && (t == LUA_TSTRING || t == LUA_TNUMBER));
    if (!ok) {
        report(c, field_line(c->sb, c->line, f->name), "field '%s' must be %s",
               f->name, type_word(f->type));
        return;
    }
    switch (f->type) {
    case F_INT:
        *(int *)(base + f->off) = (int)lua_tointeger(L, -1);
        break;
    case F_LINE:
        *(char **)(base + f->off) = xstrdup(lua_tostring(L, -1));
        break;
    case F_TEXT:
    case F_ANSWER_TEXT:
        *(char **)(base + f->off) = lesson_dedent(lua_tostring(L, -1));
        break;
    case F_LIST:
        *(char ***)(base + f->off) =
            read_list(c, f, (size_t *)(base + f->off_n));
        break;
    case F_FACTS:
        *(lesson_fact **)(base + f->off) =
            read_facts(c, f, (size_t *)(base + f->off_n));
        break;
    case F_FUNC:
        lua_pushvalue(L, -1);
        *(int *)(base + f->off) = luaL_ref(L, LUA_REGISTRYINDEX);
        break;
    }
}

static const field *find_field(const field *fs, const char *name)
{
    for (; fs->name; fs++)
        if (strcmp(fs->name, name) == 0)
            return fs;
    return NULL;
}

static void unknown_field(ctor *c, const field *fs, const char *name)
{
    const char *names[32];
    size_t n = 0;
    for (; fs->name && n < 31; fs++)
        names[n++] = fs->name;
    names[n] = NULL;
    const char *near = lesson_nearest(name, names);
    int line = field_line(c->sb, c->line, name);
    if (near)
        report(c, line, "unknown field '%s' (did you mean '%s'?)", name, near);
    else
        report(c, line, "unknown field '%s'%s", name, "");
}

/* Walk the table at index 1: named fields into c->obj; positional ones
 * are counted into *npos (and rejected when allow_pos is false). */
static void read_fields(ctor *c, const field *fs, bool allow_pos, bool *seen)
{
    lua_State *L = c->sb->L;
    bool complained = false;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        if (lua_type(L, -2) != LUA_TSTRING) {
            if (!allow_pos && !complained)
                report(c, c->line, "values must be named (%s = ...)%s",
                       fs->name, "");
            complained = true;
        } else {
            const char *name = lua_tostring(L, -2);
            const field *f = find_field(fs, name);
            if (f) {
                seen[f - fs] = true;
                store_field(c, f);
            } else {
                unknown_field(c, fs, name);
            }
        }
        lua_pop(L, 1);
    }
}

static void require_fields(ctor *c, const field *fs, const bool *seen)
{
    for (size_t i = 0; fs[i].name; i++)
        if (fs[i].required && !seen[i])
            report(c, c->line, "missing required field '%s'%s", fs[i].name, "");
}

/* --------------------------------------------------- step semantics */

static void check_answer(ctor *c, lesson_step *s)
{
    char a[32], n[32];
    snprintf(a, sizeof a, "%d", s->answer);
    snprintf(n, sizeof n, "%zu", s->nchoices);
    if (s->answer == 0) {
        if (s->kind == LESSON_PREDICT)
            report(c, c->line,
                   "missing 'answer' (the number of the right choice)%s%s", "",
                   "");
        return; /* a quiz reports the missing field already */
    }
    if (s->nchoices < 2)
        report(c, field_line(c->sb, c->line, "choices"),
               "needs at least 2 choices, has %s%s", n, "");
    else if (s->answer < 1 || (size_t)s->answer > s->nchoices)
        report(c, field_line(c->sb, c->line, "answer"),
               "answer %s is out of range (choices 1 to %s)", a, n);
}

static void check_predict(ctor *c, lesson_step *s)
{
    if (s->choices && s->answer_text)
        report(c, c->line,
               "give either 'choices' (with 'answer') or 'answer_text', not "
               "both%s%s",
               "", "");
    else if (s->choices)
        check_answer(c, s);
    else if (!s->answer_text)
        report(c, c->line,
               "missing 'choices' (with 'answer') or 'answer_text'%s%s", "",
               "");
    if (!s->choices && s->answer)
        report(c, field_line(c->sb, c->line, "answer"),
               "'answer' is the number of a choice, but there are no "
               "'choices'%s%s",
               "", "");
}

/* Does the step's prose (white space squashed) contain words? */
static bool prose_has(const lesson_step *s, const char *words)
{
    const char *fields[] = {s->title,   s->text,         s->question,
                            s->explain, s->model_answer, s->task};
    char *w = lesson_squash_space(words);
    bool found = false;
    for (size_t i = 0; i < 6 + s->nchoices + s->nhints && !found; i++) {
        const char *f = i < 6                 ? fields[i]
                        : i < 6 + s->nchoices ? s->choices[i - 6]
                                              : s->hints[i - 6 - s->nchoices];
        char *p = f ? lesson_squash_space(f) : NULL;
        found = p && *w && strstr(p, w);
        free(p);
    }
    free(w);
    return found;
}

/* Every fact quotes words of its own step. */
static void check_facts(ctor *c, lesson_step *s)
{
    for (size_t i = 0; i < s->nfacts; i++)
        if (s->facts[i].says && *s->facts[i].says &&
            !prose_has(s, s->facts[i].says))
            report(c, s->facts[i].line,
                   "fact: '%s' is not in the step's text (quote the words "
                   "of the sentence it backs)%s",
                   s->facts[i].says, "");
}

/* collect = "next" | "0" | "1" | "2", and only after code. */
static void check_collect(ctor *c, lesson_step *s)
{
    if (!s->collect)
        return;
    int line = field_line(c->sb, c->line, "collect");
    if (strcmp(s->collect, "next") && strcmp(s->collect, "0") &&
        strcmp(s->collect, "1") && strcmp(s->collect, "2"))
        report(c, line,
               "'collect' is \"next\" (the generation CPython would collect "
               "next), \"0\", \"1\" or \"2\", not '%s'%s",
               s->collect, "");
    else if (!s->code)
        report(c, line,
               "'collect' needs 'code' (its objects are what the "
               "collection shows)%s%s",
               "", "");
}

static void check_semantics(ctor *c, lesson_step *s)
{
    check_facts(c, s);
    check_collect(c, s);
    if (s->kind == LESSON_QUIZ && s->choices)
        check_answer(c, s);
    if (s->kind == LESSON_PREDICT)
        check_predict(c, s);
}

/* ------------------------------------------------------ constructors */

void lesson_step_clear(lesson_step *s)
{
    char **strs[] = {
        &s->key,      &s->id,           &s->title,    &s->text,
        &s->code,     &s->raises,       &s->question, &s->answer_text,
        &s->explain,  &s->model_answer, &s->task,     &s->starter,
        &s->solution, &s->inspect,      &s->graph,    &s->collect};
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) {
        free(*strs[i]);
        *strs[i] = NULL;
    }
    for (size_t i = 0; i < s->nchoices; i++)
        free(s->choices[i]);
    for (size_t i = 0; i < s->nhints; i++)
        free(s->hints[i]);
    for (size_t i = 0; i < s->ninput; i++)
        free(s->input[i]);
    lesson_facts_free(s->facts, s->nfacts);
    s->facts = NULL;
    s->nfacts = 0;
    free(s->choices);
    free(s->hints);
    free(s->input);
    s->choices = s->hints = s->input = NULL;
    s->nchoices = s->nhints = s->ninput = 0;
}

void lesson_facts_free(lesson_fact *f, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(f[i].says);
        free(f[i].code);
    }
    free(f);
}

static int step_gc(lua_State *L)
{
    lesson_step_clear(luaL_checkudata(L, 1, STEP_MT));
    return 0;
}

static void hdr_clear(lesson_hdr *h)
{
    free(h->id);
    free(h->title);
    free(h->summary);
    free(h->description);
    for (size_t i = 0; i < h->nlessons; i++)
        free(h->lessons[i]);
    free(h->lessons);
    lesson_facts_free(h->facts, h->nfacts);
    memset(h, 0, sizeof *h);
}

static int hdr_gc(lua_State *L)
{
    hdr_clear(lua_touserdata(L, 1));
    return 0;
}

/* The table argument, or a report and false. */
static bool want_table(ctor *c)
{
    if (lua_type(c->sb->L, 1) == LUA_TTABLE)
        return true;
    report(c, c->line, "expects a table: %s { ... }%s", c->what, "");
    return false;
}

/* step / predict / quiz / reflect / exercise { ... } */
static int construct_step(lua_State *L)
{
    const kindspec *k = lua_touserdata(L, lua_upvalueindex(1));
    lesson_step *s = lua_newuserdatauv(L, sizeof *s, 0);
    memset(s, 0, sizeof *s);
    s->kind = k->kind;
    s->check_ref = LUA_NOREF;
    luaL_setmetatable(L, STEP_MT);
    ctor c = {sb_of(L), k->name, caller_line(L), s};
    s->line = c.line;
    if (!want_table(&c))
        return 1;
    bool seen[32] = {0};
    read_fields(&c, k->fields, false, seen);
    require_fields(&c, k->fields, seen);
    check_semantics(&c, s);
    return 1;
}

/* The positional items of lesson{} must be steps. */
static void check_items(ctor *c)
{
    lua_State *L = c->sb->L;
    lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, 1, i);
        if (!luaL_testudata(L, -1, STEP_MT)) {
            char *msg = xasprintf(
                "item %lld is %s, not a step (use step, predict, quiz, "
                "reflect or exercise)",
                (long long)i, luaL_typename(L, -1));
            report(c, c->line, "%s%s", msg, "");
            free(msg);
        }
        lua_pop(L, 1);
    }
    if (n == 0)
        report(c, c->line, "has no steps%s%s", "", "");
}

/* A lesson's facts quote its summary (or title). */
static void check_summary_facts(ctor *c, lesson_hdr *h)
{
    for (size_t i = 0; i < h->nfacts; i++) {
        const char *says = h->facts[i].says;
        lesson_step pseudo = {.title = h->title, .text = h->summary};
        if (says && *says && !prose_has(&pseudo, says))
            report(c, h->facts[i].line,
                   "fact: '%s' is not in the lesson's summary (quote the "
                   "words of the sentence it backs)%s",
                   says, "");
    }
}

static int construct_header(lua_State *L, const char *what, const field *fs,
                            const char *mt)
{
    lesson_hdr *h = lua_newuserdatauv(L, sizeof *h, 1);
    memset(h, 0, sizeof *h);
    luaL_setmetatable(L, mt);
    ctor c = {sb_of(L), what, caller_line(L), h};
    h->line = c.line;
    if (!want_table(&c))
        return 1;
    lua_pushvalue(L, 1);
    lua_setiuservalue(L, -2, 1); /* keeps the steps alive */
    bool seen[16] = {0};
    read_fields(&c, fs, fs == lesson_fields, seen);
    require_fields(&c, fs, seen);
    if (fs == lesson_fields) {
        check_items(&c);
        check_summary_facts(&c, h);
        if (seen[0] && h->day < 0)
            report(&c, field_line(c.sb, c.line, "day"),
                   "'day' must be 0 or more%s%s", "", "");
    }
    return 1;
}

static int construct_lesson(lua_State *L)
{
    return construct_header(L, "lesson", lesson_fields, LESSON_MT);
}

static int construct_course(lua_State *L)
{
    return construct_header(L, "course", course_fields, COURSE_MT);
}

/* fail(message): a check's way to say no, without a position. */
static int lua_fail(lua_State *L)
{
    lua_settop(L, 1);
    if (lua_isnoneornil(L, 1))
        lua_pushliteral(L, "the check failed");
    return lua_error(L);
}

static void new_mt(lua_State *L, const char *name, lua_CFunction gc)
{
    luaL_newmetatable(L, name);
    lua_pushcfunction(L, gc);
    lua_setfield(L, -2, "__gc");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable"); /* getmetatable() cannot reach it */
    lua_pop(L, 1);
}

static int open_schema(lua_State *L)
{
    new_mt(L, STEP_MT, step_gc);
    new_mt(L, LESSON_MT, hdr_gc);
    new_mt(L, COURSE_MT, hdr_gc);
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        lua_pushlightuserdata(L, (void *)&kinds[i]);
        lua_pushcclosure(L, construct_step, 1);
        lua_setglobal(L, kinds[i].name);
    }
    lua_register(L, "lesson", construct_lesson);
    lua_register(L, "course", construct_course);
    lua_register(L, "fail", lua_fail);
    return 0;
}

/* Give the lesson its constructors: 0, or -1 when Lua ran out of memory
 * on the way (some would be missing: the caller reports it rather than
 * letting the file fail on an "unknown name"). */
int lesson_open_schema(sandbox *sb, lesson_diag *diag)
{
    sb->diag = diag;
    lua_pushcfunction(sb->L, open_schema);
    if (lua_pcall(sb->L, 0, 0, 0) == LUA_OK)
        return 0;
    lua_pop(sb->L, 1);
    return -1;
}

/* ------------------------------------------------------- conversion */

static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* id, else title, else kind and a hash of the step's main text. */
static char *base_key(const lesson_step *s)
{
    if (s->id)
        return xstrdup(s->id);
    if (s->title)
        return xstrdup(s->title);
    const char *t = s->question ? s->question : s->task ? s->task : s->text;
    return xasprintf("%s#%08x", lesson_step_kind_name(s->kind), fnv1a(t));
}

/* Unique keys; two steps with the same explicit id are an error. */
static void assign_keys(lesson_t *l, lesson_diag *diag)
{
    for (size_t i = 0; i < l->nsteps; i++) {
        lesson_step *s = &l->steps[i];
        char *k = base_key(s);
        for (int n = 2;; n++) {
            size_t j = 0;
            while (j < i && strcmp(l->steps[j].key, k) != 0)
                j++;
            if (j == i)
                break;
            if (s->id && l->steps[j].id && strcmp(s->id, l->steps[j].id) == 0 &&
                n == 2)
                lesson_diag_add(
                    diag,
                    "%s:%d: %s: id '%s' is already used by the step at line %d",
                    l->path, s->line, lesson_step_kind_name(s->kind), s->id,
                    l->steps[j].line);
            free(k);
            char *b = base_key(s);
            k = xasprintf("%s~%d", b, n);
            free(b);
        }
        s->key = k;
    }
}

/* Move the steps out of the userdata (their __gc then frees nothing). */
static void take_steps(lua_State *L, lesson_t *l)
{
    size_t n = lua_rawlen(L, -1);
    l->steps = xmalloc((n ? n : 1) * sizeof *l->steps);
    for (size_t i = 0; i < n; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        lesson_step *s = luaL_testudata(L, -1, STEP_MT);
        if (s) {
            l->steps[l->nsteps++] = *s;
            memset(s, 0, sizeof *s);
        }
        lua_pop(L, 1);
    }
}

/* The last non-blank line of the file: where its `return` belongs. */
static int last_line(const sandbox *sb)
{
    int line = 1, last = 1;
    for (const char *p = sb->src; p && *p; p++) {
        if (*p == '\n')
            line++;
        else if (!isspace((unsigned char)*p))
            last = line;
    }
    return last;
}

lesson_t *lesson_from_value(sandbox *sb, lesson_diag *diag)
{
    lua_State *L = sb->L;
    lesson_hdr *h = luaL_testudata(L, -1, LESSON_MT);
    if (!h) {
        lesson_diag_add(
            diag,
            "%s:%d: the file must end with: return lesson { day = ..., "
            "title = ..., <steps> } (it returned %s)",
            sb->path, last_line(sb), luaL_typename(L, -1));
        lua_pop(L, 1);
        return NULL;
    }
    lesson_t *l = xmalloc(sizeof *l);
    memset(l, 0, sizeof *l);
    l->path = xstrdup(sb->path);
    l->day = h->day, l->line = h->line;
    l->id = h->id, l->title = h->title, l->summary = h->summary;
    l->facts = h->facts, l->nfacts = h->nfacts;
    h->id = h->title = h->summary = NULL;
    h->facts = NULL, h->nfacts = 0;
    lua_getiuservalue(L, -1, 1);
    if (lua_type(L, -1) == LUA_TTABLE)
        take_steps(L, l);
    lua_pop(L, 2);
    assign_keys(l, diag);
    l->sb = sb;
    return l;
}

char **lesson_course_from_value(sandbox *sb, lesson_course *c,
                                lesson_diag *diag)
{
    lesson_hdr *h = luaL_testudata(sb->L, -1, COURSE_MT);
    if (!h) {
        lesson_diag_add(
            diag,
            "%s:%d: course.lua must end with: return course { id = ..., "
            "title = ..., lessons = { ... } } (it returned %s)",
            sb->path, last_line(sb), luaL_typename(sb->L, -1));
        lua_pop(sb->L, 1);
        return NULL;
    }
    c->id = h->id, c->title = h->title, c->description = h->description;
    char **files = h->lessons ? h->lessons : xmalloc(sizeof *files);
    if (!h->lessons)
        files[0] = NULL;
    h->id = h->title = h->description = NULL;
    h->lessons = NULL;
    h->nlessons = 0;
    lua_pop(sb->L, 1);
    return files;
}

/* Line of the lessons field in course.lua, for messages about a file. */
int lesson_course_lessons_line(sandbox *sb, int from)
{
    return field_line(sb, from, "lessons");
}

/* ---------------------------------------------------------- accessors */

const char *lesson_step_kind_name(lesson_kind k)
{
    static const char *const names[] = {"step", "predict", "quiz", "reflect",
                                        "exercise"};
    return (unsigned)k < 5 ? names[k] : "?";
}

lesson_kind lesson_step_kind(const lesson_step *s)
{
    return s->kind;
}
int lesson_step_line(const lesson_step *s)
{
    return s->line;
}
const char *lesson_step_key(const lesson_step *s)
{
    return s->key;
}
const char *lesson_step_title(const lesson_step *s)
{
    return s->title;
}
const char *lesson_step_text(const lesson_step *s)
{
    return s->text;
}
const char *lesson_step_code(const lesson_step *s)
{
    return s->code;
}
const char *lesson_step_raises(const lesson_step *s)
{
    return s->raises;
}
int lesson_step_collect(const lesson_step *s)
{
    if (!s->collect)
        return -2;
    return strcmp(s->collect, "next") ? atoi(s->collect) : -1;
}
const char *lesson_step_inspect(const lesson_step *s, bool *graph)
{
    *graph = s->graph != NULL;
    return s->graph ? s->graph : s->inspect;
}
const char *lesson_step_question(const lesson_step *s)
{
    return s->question;
}
size_t lesson_step_choice_count(const lesson_step *s)
{
    return s->nchoices;
}
int lesson_step_answer(const lesson_step *s)
{
    return s->answer;
}
const char *lesson_step_answer_text(const lesson_step *s)
{
    return s->answer_text;
}
const char *lesson_step_explain(const lesson_step *s)
{
    return s->explain;
}
const char *lesson_step_model_answer(const lesson_step *s)
{
    return s->model_answer;
}
const char *lesson_step_task(const lesson_step *s)
{
    return s->task;
}
const char *lesson_step_starter(const lesson_step *s)
{
    return s->starter;
}
const char *lesson_step_solution(const lesson_step *s)
{
    return s->solution;
}
size_t lesson_step_hint_count(const lesson_step *s)
{
    return s->nhints;
}

const char *lesson_step_choice(const lesson_step *s, size_t i)
{
    return i < s->nchoices ? s->choices[i] : NULL;
}

const char *const *lesson_step_input(const lesson_step *s)
{
    static const char *const none[] = {NULL};
    return s->input ? (const char *const *)s->input : none;
}

size_t lesson_step_fact_count(const lesson_step *s)
{
    return s->nfacts;
}

const char *lesson_step_fact_says(const lesson_step *s, size_t i)
{
    return i < s->nfacts ? s->facts[i].says : NULL;
}

const char *lesson_step_fact_code(const lesson_step *s, size_t i)
{
    return i < s->nfacts ? s->facts[i].code : NULL;
}

int lesson_step_fact_line(const lesson_step *s, size_t i)
{
    return i < s->nfacts ? s->facts[i].line : 0;
}

const char *lesson_step_hint(const lesson_step *s, size_t i)
{
    return i < s->nhints ? s->hints[i] : NULL;
}

bool lesson_grade_choice(const lesson_step *s, int choice)
{
    return s->nchoices > 0 && choice == s->answer;
}

/* Words of s joined by single spaces, outer quotes dropped (malloc'd). */
static char *normalize(const char *s)
{
    sbuf b = {0};
    while (*s) {
        while (isspace((unsigned char)*s))
            s++;
        const char *w = s;
        while (*s && !isspace((unsigned char)*s))
            s++;
        if (s > w) {
            if (b.n)
                sbuf_add(&b, " ", 1);
            sbuf_add(&b, w, (size_t)(s - w));
        }
    }
    char *r = sbuf_take(&b);
    size_t n = strlen(r);
    if (n >= 2 && (r[0] == '\'' || r[0] == '"') && r[n - 1] == r[0]) {
        memmove(r, r + 1, n - 2);
        r[n - 2] = '\0';
    }
    return r;
}

bool lesson_grade_text(const lesson_step *s, const char *answer)
{
    if (!s->answer_text || !answer)
        return false;
    char *a = normalize(answer), *b = normalize(s->answer_text);
    bool ok = strcmp(a, b) == 0;
    free(a);
    free(b);
    return ok;
}
