/*
 * sremodule.c -- the _sre module: what CPython's Lib/re needs from C.
 *
 * re/_compiler.py turns a pattern into opcode words and calls
 * _sre.compile(pattern, flags, code, groups, groupindex, indexgroup); the
 * result is a Pattern ("re.Pattern") whose methods run the engine of
 * sre_engine.c.  Successful matches are Match objects ("re.Match") that
 * keep the subject and the span of every group; Scanner objects
 * ("_sre.SRE_Scanner") step through a subject one match at a time, which
 * is also how finditer works.  Replacement templates are handed back to
 * Python (re._subx / re._expand) exactly as CPython 3.11 does.
 *
 * Objects here hold only strings, ints and dicts of them, so they are not
 * GC containers.  Ownership words (NEW / BORROWED / STEALS) as in core.h.
 */
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"
#include "sre.h"

#define FLAG_LOCALE  4
#define FLAG_UNICODE 32
#define FLAG_ASCII   256

typedef struct sre_pattern {
    PY_HEAD;
    py_obj *pattern;    /* str, bytes or None */
    py_obj *groupindex; /* dict name -> group number */
    py_obj *indexgroup; /* tuple group number -> name or None */
    ssize_t groups;
    int flags;
    int isbytes;    /* 1 bytes, 0 str, -1 either (pattern None) */
    uint32_t *code; /* owned (py_mem): codesize words + SRE_CODE_PAD */
    size_t codesize;
} sre_pattern;

typedef struct sre_matchobj {
    PY_HEAD;
    py_obj *string;  /* the subject */
    py_obj *pattern; /* sre_pattern */
    py_obj *regs;    /* cached regs tuple or NULL */
    ssize_t pos, endpos, lastindex;
    ssize_t ngroups; /* groups + 1 */
    ssize_t *marks;  /* owned: start, end of each group (-1 unmatched) */
} sre_matchobj;

typedef struct sre_scanner {
    PY_HEAD;
    py_obj *pattern; /* sre_pattern */
    py_obj *string;
    sre_state st;
    bool done;
} sre_scanner;

static py_type pattern_type, match_type, scanner_type;

#define PAT(o) ((sre_pattern *)(o))
#define MAT(o) ((sre_matchobj *)(o))

/* ============================================================ helpers */

/* An optional ssize_t argument (o NULL: dflt).  0 or -1. */
static int ssize_arg(py_obj *o, ssize_t dflt, ssize_t *out)
{
    if (!o) {
        *out = dflt;
        return 0;
    }
    ssize_t v = py_index_as_ssize(o);
    if (v == -1 && py_err_occurred())
        return -1;
    *out = v;
    return 0;
}

/* Byte offset of code point i in UTF-8 text s (i <= its length). */
static size_t utf8_offset(const char *s, ssize_t i)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t off = 0;
    for (; i > 0; i--) {
        off++;
        while ((p[off] & 0xC0) == 0x80)
            off++;
    }
    return off;
}

/* NEW exact str / bytes holding string[i:j] (positions are valid). */
static py_obj *slice_of(py_obj *string, ssize_t i, ssize_t j)
{
    if (py_is_bytes(string))
        return py_bytes_new(PY_BYTES_DATA(string) + i, (size_t)(j - i));
    const char *d = PY_STR_DATA(string);
    if (((py_strobj *)string)->ascii)
        return py_str_new(d + i, (size_t)(j - i));
    size_t a = utf8_offset(d, i);
    size_t b = a + utf8_offset(d + a, j - i);
    return py_str_new(d + a, b - a);
}

/* NEW empty str or bytes of the subject's kind. */
static py_obj *empty_of(py_obj *string)
{
    return py_is_bytes(string) ? py_bytes_new("", 0) : py_str_new("", 0);
}

/* Check string against the pattern's kind.  0 or -1 with TypeError. */
static int check_subject(sre_pattern *p, py_obj *string)
{
    bool isbytes;
    if (py_is_str(string))
        isbytes = false;
    else if (py_is_bytes(string))
        isbytes = true;
    else {
        py_err_format(py_exc_TypeError,
                      "expected string or bytes-like object, got '%s'",
                      py_type_name(string));
        return -1;
    }
    if (p->isbytes == 0 && isbytes) {
        py_err_set(py_exc_TypeError,
                   "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    if (p->isbytes == 1 && !isbytes) {
        py_err_set(py_exc_TypeError,
                   "cannot use a bytes pattern on a string-like object");
        return -1;
    }
    return 0;
}

/* Start a state for pattern p over string[pos:endpos].  0 or -1. */
static int state_for(sre_pattern *p, py_obj *string, ssize_t pos,
                     ssize_t endpos, sre_state *st)
{
    if (check_subject(p, string) < 0)
        return -1;
    return sre_state_init(st, p->code, p->codesize, p->groups, string, pos,
                          endpos);
}

/* NEW string[b:e] for group g of the state's last match (g 0 is the
 * whole match); unmatched groups give `dflt` (BORROWED). */
static py_obj *state_group(sre_state *st, py_obj *string, ssize_t g,
                           py_obj *dflt)
{
    ssize_t b = st->match_start, e = st->pos;
    if (g > 0) {
        b = st->marks[2 * g - 2];
        e = st->marks[2 * g - 1];
        if (b < 0 || e < b)
            return py_newref(dflt);
    }
    return slice_of(string, b, e);
}

/* NEW result of calling re.<name>(args).  */
static py_obj *call_re(const char *name, py_obj *const *args, size_t nargs)
{
    py_obj *modname = py_str_from_cstr("re");
    if (!modname)
        return NULL;
    py_obj *mod = py_import(modname);
    PY_DECREF(modname);
    if (!mod)
        return NULL;
    py_obj *fn = py_getattr_str(mod, name);
    PY_DECREF(mod);
    if (!fn)
        return NULL;
    py_obj *r = py_call(fn, args, nargs, NULL);
    PY_DECREF(fn);
    return r;
}

/* NEW text of o's repr cut to at most n code points (CPython's %.nR). */
static py_obj *repr_cut(py_obj *o, ssize_t n)
{
    py_obj *r = py_repr(o);
    if (!r || PY_STR_LEN(r) <= n)
        return r;
    py_obj *cut = slice_of(r, 0, n);
    PY_DECREF(r);
    return cut;
}

/* ============================================================= Match */

/* NEW Match for the state's last match of pattern p over string. */
static py_obj *match_new(sre_pattern *p, py_obj *string, sre_state *st)
{
    sre_matchobj *m = (sre_matchobj *)py_obj_alloc(&match_type, 0);
    if (!m)
        return NULL;
    m->ngroups = p->groups + 1;
    m->marks = py_mem_alloc((size_t)m->ngroups * 2 * sizeof(ssize_t));
    if (!m->marks) {
        PY_DECREF(m);
        return py_err_nomemory();
    }
    m->marks[0] = st->match_start;
    m->marks[1] = st->pos;
    for (ssize_t g = 1; g < m->ngroups; g++) {
        ssize_t b = st->marks[2 * g - 2], e = st->marks[2 * g - 1];
        bool set = b >= 0 && e >= b;
        m->marks[2 * g] = set ? b : -1;
        m->marks[2 * g + 1] = set ? e : -1;
    }
    m->string = py_newref(string);
    m->pattern = py_newref(PY_OBJ(p));
    m->pos = st->origin;
    m->endpos = st->end;
    m->lastindex = st->lastindex;
    return PY_OBJ(m);
}

static void match_dealloc(py_obj *o)
{
    sre_matchobj *m = MAT(o);
    PY_CLEAR(m->string);
    PY_CLEAR(m->pattern);
    PY_CLEAR(m->regs);
    py_mem_free(m->marks);
    py_obj_free(o);
}

/* The group number named by idx (an int or a group name), or -1 with
 * IndexError "no such group". */
static ssize_t match_index(sre_matchobj *m, py_obj *idx)
{
    ssize_t i = -1;
    if (py_is_int(idx)) {
        int64_t v;
        if (py_int_as_i64(idx, &v) == 1 && v >= 0 && v < m->ngroups)
            i = (ssize_t)v;
    } else {
        py_obj *v = py_dict_get(PAT(m->pattern)->groupindex, idx);
        py_err_clear();
        int64_t n;
        if (v && py_is_int(v) && py_int_as_i64(v, &n) == 1 && n >= 0 &&
            n < m->ngroups)
            i = (ssize_t)n;
    }
    if (i < 0)
        py_err_set(py_exc_IndexError, "no such group");
    return i;
}

/* NEW text of group g (an index already checked), or dflt (BORROWED). */
static py_obj *match_group_at(sre_matchobj *m, ssize_t g, py_obj *dflt)
{
    ssize_t b = m->marks[2 * g], e = m->marks[2 * g + 1];
    if (b < 0)
        return py_newref(dflt);
    return slice_of(m->string, b, e);
}

/* NEW text of the group named by idx. */
static py_obj *match_group1(sre_matchobj *m, py_obj *idx)
{
    ssize_t g = match_index(m, idx);
    return g < 0 ? NULL : match_group_at(m, g, py_None);
}

/* group([g1, ...]): one group's text, or a tuple of several. */
static py_obj *match_group(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    sre_matchobj *m = MAT(self);
    if (py_check_args("group", nargs, kwnames, 0, SIZE_MAX) < 0)
        return NULL;
    if (nargs == 0)
        return match_group_at(m, 0, py_None);
    if (nargs == 1)
        return match_group1(m, args[0]);
    py_obj *t = py_tuple_new((ssize_t)nargs);
    for (size_t i = 0; t && i < nargs; i++) {
        py_obj *v = match_group1(m, args[i]);
        if (!v)
            PY_CLEAR(t);
        else
            PY_TUPLE_ITEMS(t)[i] = v;
    }
    return t;
}

static py_obj *match_getitem(py_obj *self, py_obj *key)
{
    return match_group1(MAT(self), key);
}

/* groups(default=None): tuple of every group's text. */
static py_obj *match_groups(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    static const char *const names[] = {"default"};
    py_obj *dflt;
    if (py_bi_parse("groups", args, nargs, kwnames, names, 0, 1, &dflt) < 0)
        return NULL;
    sre_matchobj *m = MAT(self);
    py_obj *t = py_tuple_new(m->ngroups - 1);
    for (ssize_t g = 1; t && g < m->ngroups; g++) {
        py_obj *v = match_group_at(m, g, dflt ? dflt : py_None);
        if (!v)
            PY_CLEAR(t);
        else
            PY_TUPLE_ITEMS(t)[g - 1] = v;
    }
    return t;
}

/* groupdict(default=None): {name: text} of the named groups. */
static py_obj *match_groupdict(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    static const char *const names[] = {"default"};
    py_obj *dflt, *key, *val;
    if (py_bi_parse("groupdict", args, nargs, kwnames, names, 0, 1, &dflt) < 0)
        return NULL;
    sre_matchobj *m = MAT(self);
    py_obj *d = py_dict_new();
    ssize_t it = 0;
    while (d && py_dict_next(PAT(m->pattern)->groupindex, &it, &key, &val)) {
        ssize_t g = match_index(m, key);
        py_obj *v = g < 0 ? NULL : match_group_at(m, g, dflt ? dflt : py_None);
        if (!v || py_dict_set(d, key, v) < 0)
            PY_CLEAR(d);
        PY_XDECREF(v);
    }
    return d;
}

/* The group number of an optional group argument of start/end/span. */
static ssize_t group_arg(sre_matchobj *m, const char *fname,
                         py_obj *const *args, size_t nargs, py_obj *kwnames)
{
    if (py_bi_expect(fname, nargs, kwnames, 0, 1) < 0)
        return -1;
    if (nargs == 0)
        return 0;
    return match_index(m, args[0]);
}

static py_obj *match_start(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    ssize_t g = group_arg(MAT(self), "start", args, nargs, kwnames);
    return g < 0 ? NULL : py_int_from_i64(MAT(self)->marks[2 * g]);
}

static py_obj *match_end(py_obj *self, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    ssize_t g = group_arg(MAT(self), "end", args, nargs, kwnames);
    return g < 0 ? NULL : py_int_from_i64(MAT(self)->marks[2 * g + 1]);
}

/* NEW (start, end) of group g. */
static py_obj *span_of(sre_matchobj *m, ssize_t g)
{
    py_obj *a = py_int_from_i64(m->marks[2 * g]);
    py_obj *b = py_int_from_i64(m->marks[2 * g + 1]);
    py_obj *t = a && b ? py_tuple_pack(2, a, b) : NULL;
    PY_XDECREF(a);
    PY_XDECREF(b);
    return t;
}

static py_obj *match_span(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    ssize_t g = group_arg(MAT(self), "span", args, nargs, kwnames);
    return g < 0 ? NULL : span_of(MAT(self), g);
}

/* expand(template): re._expand(pattern, match, template). */
static py_obj *match_expand(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    static const char *const names[] = {"template"};
    py_obj *tpl;
    if (py_bi_parse("expand", args, nargs, kwnames, names, 1, 1, &tpl) < 0)
        return NULL;
    py_obj *call[3] = {MAT(self)->pattern, self, tpl};
    return call_re("_expand", call, 3);
}

/* __copy__ / __deepcopy__: matches are immutable. */
static py_obj *match_copy(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__copy__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_newref(self);
}

static py_obj *match_deepcopy(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__deepcopy__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return py_newref(self);
}

static py_obj *match_get_regs(py_obj *self)
{
    sre_matchobj *m = MAT(self);
    if (m->regs)
        return py_newref(m->regs);
    py_obj *t = py_tuple_new(m->ngroups);
    for (ssize_t g = 0; t && g < m->ngroups; g++) {
        py_obj *s = span_of(m, g);
        if (!s)
            PY_CLEAR(t);
        else
            PY_TUPLE_ITEMS(t)[g] = s;
    }
    m->regs = t;
    return t ? py_newref(t) : NULL;
}

static py_obj *match_get_lastindex(py_obj *self)
{
    ssize_t i = MAT(self)->lastindex;
    return i < 0 ? py_none_new() : py_int_from_i64(i);
}

static py_obj *match_get_lastgroup(py_obj *self)
{
    sre_matchobj *m = MAT(self);
    py_obj *ig = PAT(m->pattern)->indexgroup;
    if (m->lastindex < 0 || !ig || m->lastindex >= PY_TUPLE_SIZE(ig))
        return py_none_new();
    return py_newref(PY_TUPLE_ITEMS(ig)[m->lastindex]);
}

static py_obj *match_get_pos(py_obj *self)
{
    return py_int_from_i64(MAT(self)->pos);
}

static py_obj *match_get_endpos(py_obj *self)
{
    return py_int_from_i64(MAT(self)->endpos);
}

static py_obj *match_get_re(py_obj *self)
{
    return py_newref(MAT(self)->pattern);
}

static py_obj *match_get_string(py_obj *self)
{
    return py_newref(MAT(self)->string);
}

/* <re.Match object; span=(0, 3), match='abc'> */
static py_obj *match_repr(py_obj *self)
{
    sre_matchobj *m = MAT(self);
    py_obj *g = match_group_at(m, 0, py_None);
    py_obj *r = g ? repr_cut(g, 50) : NULL;
    PY_XDECREF(g);
    if (!r)
        return NULL;
    py_obj *s = py_str_format("<re.Match object; span=(%zd, %zd), match=%U>",
                              m->marks[0], m->marks[1], r);
    PY_DECREF(r);
    return s;
}

static const py_method_def match_methods[] = {
    {"group", match_group, 0, "Return one or more subgroups of the match."},
    {"groups", match_groups, 0, "Return a tuple of all the subgroups."},
    {"groupdict", match_groupdict, 0, "Return a dict of the named groups."},
    {"start", match_start, 0, "Start of the substring matched by group."},
    {"end", match_end, 0, "End of the substring matched by group."},
    {"span", match_span, 0, "(start, end) of the match of group."},
    {"expand", match_expand, 0, "Substitute the match into a template."},
    {"__copy__", match_copy, 0, NULL},
    {"__deepcopy__", match_deepcopy, 0, NULL},
    {"__class_getitem__", py_generic_class_getitem, PY_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def match_getset[] = {
    {"regs", match_get_regs, NULL, NULL},
    {"lastindex", match_get_lastindex, NULL,
     "The integer index of the last matched capturing group."},
    {"lastgroup", match_get_lastgroup, NULL,
     "The name of the last matched capturing group."},
    {"pos", match_get_pos, NULL, NULL},
    {"endpos", match_get_endpos, NULL, NULL},
    {"re", match_get_re, NULL, NULL},
    {"string", match_get_string, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_type match_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "re.Match",
    .basicsize = sizeof(sre_matchobj),
    .doc = "The result of re.match() and re.search().",
    .dealloc = match_dealloc,
    .repr = match_repr,
    .getitem = match_getitem,
    .methods = match_methods,
    .getset = match_getset,
};

/* =========================================================== Pattern */

static void pattern_dealloc(py_obj *o)
{
    sre_pattern *p = PAT(o);
    PY_CLEAR(p->pattern);
    PY_CLEAR(p->groupindex);
    PY_CLEAR(p->indexgroup);
    py_mem_free(p->code);
    py_obj_free(o);
}

/* The arguments string, pos, endpos of match/search/...  0 or -1. */
static int parse_window(const char *fname, py_obj *const *args, size_t nargs,
                        py_obj *kwnames, py_obj **string, ssize_t *pos,
                        ssize_t *endpos)
{
    static const char *const names[] = {"string", "pos", "endpos"};
    py_obj *out[3];
    if (py_bi_parse(fname, args, nargs, kwnames, names, 1, 3, out) < 0 ||
        ssize_arg(out[1], 0, pos) < 0 ||
        ssize_arg(out[2], PTRDIFF_MAX, endpos) < 0)
        return -1;
    *string = out[0];
    return 0;
}

/* NEW Match or None: one anchored / searching attempt (mode 0 match, 1
 * fullmatch, 2 search). */
static py_obj *pattern_run(py_obj *self, const char *fname, int mode,
                           py_obj *const *args, size_t nargs, py_obj *kwnames)
{
    py_obj *string;
    ssize_t pos, endpos;
    sre_state st;
    if (parse_window(fname, args, nargs, kwnames, &string, &pos, &endpos) < 0 ||
        state_for(PAT(self), string, pos, endpos, &st) < 0)
        return NULL;
    st.match_all = mode == 1;
    int r = mode == 2 ? sre_search(&st) : sre_match(&st);
    py_obj *res = r < 0    ? NULL
                  : r == 0 ? py_none_new()
                           : match_new(PAT(self), string, &st);
    sre_state_fini(&st);
    return res;
}

static py_obj *pattern_match(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    return pattern_run(self, "match", 0, args, nargs, kwnames);
}

static py_obj *pattern_fullmatch(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    return pattern_run(self, "fullmatch", 1, args, nargs, kwnames);
}

static py_obj *pattern_search(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    return pattern_run(self, "search", 2, args, nargs, kwnames);
}

/* Move a scan past the match just found (empty matches must advance). */
static void scan_on(sre_state *st)
{
    st->must_advance = st->pos == st->match_start;
    st->start = st->pos;
}

/* NEW findall item of the state's match: whole text, group 1, or a tuple
 * of all groups (unmatched groups give empty strings). */
static py_obj *findall_item(sre_pattern *p, sre_state *st, py_obj *string)
{
    py_obj *empty = empty_of(string);
    if (!empty)
        return NULL;
    py_obj *item;
    if (p->groups <= 1) {
        item = state_group(st, string, p->groups, empty);
    } else {
        item = py_tuple_new(p->groups);
        for (ssize_t g = 1; item && g <= p->groups; g++) {
            py_obj *v = state_group(st, string, g, empty);
            if (!v)
                PY_CLEAR(item);
            else
                PY_TUPLE_ITEMS(item)[g - 1] = v;
        }
    }
    PY_DECREF(empty);
    return item;
}

/* Append a NEW item (STOLEN) to list.  0 or -1. */
static int append_new(py_obj *list, py_obj *item)
{
    if (!item)
        return -1;
    int r = py_list_append(list, item);
    PY_DECREF(item);
    return r;
}

static py_obj *pattern_findall(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    py_obj *string;
    ssize_t pos, endpos;
    sre_state st;
    if (parse_window("findall", args, nargs, kwnames, &string, &pos, &endpos) <
            0 ||
        state_for(PAT(self), string, pos, endpos, &st) < 0)
        return NULL;
    py_obj *list = py_list_new(0);
    while (list && st.start <= st.end) {
        int r = sre_search(&st);
        if (r == 0)
            break;
        if (r < 0 || append_new(list, findall_item(PAT(self), &st, string)) < 0)
            PY_CLEAR(list);
        else
            scan_on(&st);
    }
    sre_state_fini(&st);
    return list;
}

/* NEW scanner over string[pos:endpos]. */
static py_obj *scanner_new(py_obj *self, py_obj *string, ssize_t pos,
                           ssize_t endpos)
{
    sre_scanner *s = (sre_scanner *)py_obj_alloc(&scanner_type, 0);
    if (!s)
        return NULL;
    if (state_for(PAT(self), string, pos, endpos, &s->st) < 0) {
        PY_DECREF(s);
        return NULL;
    }
    s->pattern = py_newref(self);
    s->string = py_newref(string);
    return PY_OBJ(s);
}

static py_obj *pattern_scanner(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    py_obj *string;
    ssize_t pos, endpos;
    if (parse_window("scanner", args, nargs, kwnames, &string, &pos, &endpos) <
        0)
        return NULL;
    return scanner_new(self, string, pos, endpos);
}

/* finditer: iter(scanner.search, None), as CPython. */
static py_obj *pattern_finditer(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    py_obj *string;
    ssize_t pos, endpos;
    if (parse_window("finditer", args, nargs, kwnames, &string, &pos, &endpos) <
        0)
        return NULL;
    py_obj *sc = scanner_new(self, string, pos, endpos);
    if (!sc)
        return NULL;
    py_obj *search = py_getattr_str(sc, "search");
    PY_DECREF(sc);
    if (!search)
        return NULL;
    py_obj *it = py_calliter_new(search, py_None);
    PY_DECREF(search);
    return it;
}

/* Append to list the groups of the state's match (None if unmatched). */
static int split_groups(sre_pattern *p, sre_state *st, py_obj *string,
                        py_obj *list)
{
    for (ssize_t g = 1; g <= p->groups; g++)
        if (append_new(list, state_group(st, string, g, py_None)) < 0)
            return -1;
    return 0;
}

/* The split loop: pieces between matches and the groups of each.  */
static int split_into(sre_pattern *p, sre_state *st, py_obj *string,
                      ssize_t maxsplit, py_obj *list)
{
    ssize_t n = 0, last = st->start;
    while (!maxsplit || n < maxsplit) {
        int r = sre_search(st);
        if (r == 0)
            break;
        if (r < 0 ||
            append_new(list, slice_of(string, last, st->match_start)) < 0 ||
            split_groups(p, st, string, list) < 0)
            return -1;
        n++;
        scan_on(st);
        last = st->start;
    }
    return append_new(list, slice_of(string, last, st->end));
}

static py_obj *pattern_split(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    static const char *const names[] = {"string", "maxsplit"};
    py_obj *out[2];
    ssize_t maxsplit;
    sre_state st;
    if (py_bi_parse("split", args, nargs, kwnames, names, 1, 2, out) < 0 ||
        ssize_arg(out[1], 0, &maxsplit) < 0 ||
        state_for(PAT(self), out[0], 0, PTRDIFF_MAX, &st) < 0)
        return NULL;
    py_obj *list = py_list_new(0);
    if (list && split_into(PAT(self), &st, out[0], maxsplit, list) < 0)
        PY_CLEAR(list);
    sre_state_fini(&st);
    return list;
}

/* Does template t contain no backslash (so it is used as is)? */
static bool is_literal_template(py_obj *t)
{
    if (py_is_str(t))
        return !memchr(PY_STR_DATA(t), '\\', (size_t)PY_STR_NBYTES(t));
    if (py_is_bytes(t))
        return !memchr(PY_BYTES_DATA(t), '\\', (size_t)PY_BYTES_SIZE(t));
    return false;
}

/* NEW replacement filter for repl: repl itself when callable or literal,
 * else what re._subx(pattern, repl) returns.  *callable tells which. */
static py_obj *sub_filter(py_obj *self, py_obj *repl, bool *callable)
{
    *callable = py_callable(repl);
    if (*callable || is_literal_template(repl))
        return py_newref(repl);
    py_obj *call[2] = {self, repl};
    py_obj *f = call_re("_subx", call, 2);
    *callable = f && py_callable(f);
    return f;
}

/* Append the replacement of the state's match to list.  0 or -1. */
static int sub_item(py_obj *self, sre_state *st, py_obj *string, py_obj *filter,
                    bool callable, py_obj *list)
{
    if (!callable)
        return py_list_append(list, filter);
    py_obj *m = match_new(PAT(self), string, st);
    if (!m)
        return -1;
    py_obj *item = py_call(filter, &m, 1, NULL);
    PY_DECREF(m);
    if (!item)
        return -1;
    int r = item == py_None ? 0 : py_list_append(list, item);
    PY_DECREF(item);
    return r;
}

/* The substitution loop; *n gets the number of replacements. */
static int sub_into(py_obj *self, sre_state *st, py_obj *string, py_obj *filter,
                    bool callable, ssize_t count, py_obj *list, ssize_t *n)
{
    ssize_t i = 0;
    *n = 0;
    while (!count || *n < count) {
        int r = sre_search(st);
        if (r == 0)
            break;
        if (r < 0 ||
            (i < st->match_start &&
             append_new(list, slice_of(string, i, st->match_start)) < 0) ||
            sub_item(self, st, string, filter, callable, list) < 0)
            return -1;
        i = st->pos;
        (*n)++;
        scan_on(st);
    }
    if (i < st->end)
        return append_new(list, slice_of(string, i, st->end));
    return 0;
}

/* NEW joined pieces: "".join(list) or b"".join(list). */
static py_obj *join_pieces(py_obj *string, py_obj *list)
{
    py_obj *empty = empty_of(string);
    if (!empty || PY_LIST_SIZE(list) == 0)
        return empty;
    py_obj *r = py_call_method(empty, "join", &list, 1);
    PY_DECREF(empty);
    return r;
}

/* sub / subn (subn: the pair (result, count)). */
static py_obj *pattern_subx(py_obj *self, const char *fname, bool subn,
                            py_obj *const *args, size_t nargs, py_obj *kwnames)
{
    static const char *const names[] = {"repl", "string", "count"};
    py_obj *out[3], *res = NULL;
    ssize_t count, n;
    bool callable;
    sre_state st;
    if (py_bi_parse(fname, args, nargs, kwnames, names, 2, 3, out) < 0 ||
        ssize_arg(out[2], 0, &count) < 0 ||
        state_for(PAT(self), out[1], 0, PTRDIFF_MAX, &st) < 0)
        return NULL;
    py_obj *filter = sub_filter(self, out[0], &callable);
    py_obj *list = filter ? py_list_new(0) : NULL;
    if (list &&
        sub_into(self, &st, out[1], filter, callable, count, list, &n) == 0)
        res = join_pieces(out[1], list);
    sre_state_fini(&st);
    PY_XDECREF(filter);
    PY_XDECREF(list);
    if (res && subn) {
        py_obj *cnt = py_int_from_i64(n);
        py_obj *pair = cnt ? py_tuple_pack(2, res, cnt) : NULL;
        PY_XDECREF(cnt);
        PY_SETREF(res, pair);
    }
    return res;
}

static py_obj *pattern_sub(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    return pattern_subx(self, "sub", false, args, nargs, kwnames);
}

static py_obj *pattern_subn(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    return pattern_subx(self, "subn", true, args, nargs, kwnames);
}

static py_obj *pattern_copy(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__copy__", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_newref(self);
}

static py_obj *pattern_deepcopy(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)args;
    if (py_check_args("__deepcopy__", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return py_newref(self);
}

static py_obj *pattern_get_pattern(py_obj *self)
{
    return py_newref(PAT(self)->pattern);
}

static py_obj *pattern_get_flags(py_obj *self)
{
    return py_int_from_i64(PAT(self)->flags);
}

static py_obj *pattern_get_groups(py_obj *self)
{
    return py_int_from_i64(PAT(self)->groups);
}

/* A copy, so the pattern's own map stays read-only (CPython gives a
 * mappingproxy, which pyscope does not have). */
static py_obj *pattern_get_groupindex(py_obj *self)
{
    return py_dict_copy(PAT(self)->groupindex);
}

/* Append the names of the flags set in `flags` to sb, '|'-separated. */
static void flag_names(py_sbuf *sb, unsigned flags)
{
    static const char *const names[] = {
        "re.TEMPLATE",  "re.IGNORECASE", "re.LOCALE",
        "re.MULTILINE", "re.DOTALL",     "re.UNICODE",
        "re.VERBOSE",   "re.DEBUG",      "re.ASCII"};
    bool first = true;
    for (unsigned i = 0; i < 9; i++) {
        if (!(flags & (1u << i)))
            continue;
        if (!first)
            py_sb_putc(sb, '|');
        py_sb_puts(sb, names[i]);
        first = false;
        flags &= ~(1u << i);
    }
    if (flags) {
        char hex[32];
        snprintf(hex, sizeof hex, "%s0x%x", first ? "" : "|", flags);
        py_sb_puts(sb, hex);
    }
}

/* re.compile('a+b', re.IGNORECASE) */
static py_obj *pattern_repr(py_obj *self)
{
    sre_pattern *p = PAT(self);
    unsigned flags = (unsigned)p->flags;
    if (p->isbytes == 0 &&
        (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE)
        flags &= ~(unsigned)FLAG_UNICODE;
    py_obj *r = repr_cut(p->pattern, 200);
    if (!r)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    py_sb_puts(&sb, "re.compile(");
    py_sb_put_str(&sb, r);
    PY_DECREF(r);
    if (flags) {
        py_sb_puts(&sb, ", ");
        flag_names(&sb, flags);
    }
    py_sb_putc(&sb, ')');
    return py_sb_finish(&sb);
}

/* Patterns are equal when compiled from equal sources with equal flags
 * into equal code. */
static py_obj *pattern_richcompare(py_obj *a, py_obj *b, int op)
{
    if ((op != PY_EQ && op != PY_NE) || PY_TYPE(b) != &pattern_type)
        return py_newref(py_NotImplemented);
    sre_pattern *x = PAT(a), *y = PAT(b);
    int eq = 1;
    if (a != b) {
        eq = x->flags == y->flags && x->isbytes == y->isbytes &&
             x->codesize == y->codesize &&
             !memcmp(x->code, y->code, x->codesize * sizeof(uint32_t));
        if (eq)
            eq = py_richcompare_bool(x->pattern, y->pattern, PY_EQ);
        if (eq < 0)
            return NULL;
    }
    return py_bool_from(op == PY_EQ ? eq : !eq);
}

static py_hash_t pattern_hash(py_obj *o)
{
    sre_pattern *p = PAT(o);
    py_hash_t h = py_hash(p->pattern);
    if (h == -1)
        return -1;
    h ^= py_hash_bytes(p->code, p->codesize * sizeof(uint32_t));
    h ^= p->flags ^ p->isbytes ^ (py_hash_t)p->codesize;
    return h == -1 ? -2 : h;
}

static const py_method_def pattern_methods[] = {
    {"match", pattern_match, 0,
     "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", pattern_fullmatch, 0, "Matches against all of the string."},
    {"search", pattern_search, 0,
     "Scan through string looking for a match, and return a corresponding "
     "match object instance."},
    {"findall", pattern_findall, 0,
     "Return a list of all non-overlapping matches of pattern in string."},
    {"finditer", pattern_finditer, 0,
     "Return an iterator over all non-overlapping matches for the RE "
     "pattern in string."},
    {"scanner", pattern_scanner, 0, NULL},
    {"split", pattern_split, 0, "Split string by the occurrences of pattern."},
    {"sub", pattern_sub, 0,
     "Return the string obtained by replacing the leftmost non-overlapping "
     "occurrences of pattern in string by the replacement repl."},
    {"subn", pattern_subn, 0,
     "Return the tuple (new_string, number_of_subs_made) found by replacing "
     "the leftmost non-overlapping occurrences of pattern with the "
     "replacement repl."},
    {"__copy__", pattern_copy, 0, NULL},
    {"__deepcopy__", pattern_deepcopy, 0, NULL},
    {"__class_getitem__", py_generic_class_getitem, PY_METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def pattern_getset[] = {
    {"pattern", pattern_get_pattern, NULL,
     "The pattern string from which the RE object was compiled."},
    {"flags", pattern_get_flags, NULL, "The regex matching flags."},
    {"groups", pattern_get_groups, NULL,
     "The number of capturing groups in the pattern."},
    {"groupindex", pattern_get_groupindex, NULL,
     "A dictionary mapping group names to group numbers."},
    {NULL, NULL, NULL, NULL},
};

static py_type pattern_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "re.Pattern",
    .basicsize = sizeof(sre_pattern),
    .doc = "Compiled regular expression object.",
    .dealloc = pattern_dealloc,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .methods = pattern_methods,
    .getset = pattern_getset,
};

/* =========================================================== Scanner */

static void scanner_dealloc(py_obj *o)
{
    sre_scanner *s = (sre_scanner *)o;
    sre_state_fini(&s->st);
    PY_CLEAR(s->pattern);
    PY_CLEAR(s->string);
    py_obj_free(o);
}

/* The next match (search) or the match right where the last one ended:
 * NEW Match, or None once no match is left. */
static py_obj *scanner_step(py_obj *self, bool search, size_t nargs,
                            py_obj *kwnames)
{
    sre_scanner *s = (sre_scanner *)self;
    if (py_check_args(search ? "search" : "match", nargs, kwnames, 0, 0) < 0)
        return NULL;
    if (s->done)
        return py_none_new();
    int r = search ? sre_search(&s->st) : sre_match(&s->st);
    if (r < 0)
        return NULL;
    if (r == 0) {
        s->done = true;
        return py_none_new();
    }
    py_obj *m = match_new(PAT(s->pattern), s->string, &s->st);
    scan_on(&s->st);
    return m;
}

static py_obj *scanner_match(py_obj *self, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)args;
    return scanner_step(self, false, nargs, kwnames);
}

static py_obj *scanner_search(py_obj *self, py_obj *const *args, size_t nargs,
                              py_obj *kwnames)
{
    (void)args;
    return scanner_step(self, true, nargs, kwnames);
}

static py_obj *scanner_get_pattern(py_obj *self)
{
    return py_newref(((sre_scanner *)self)->pattern);
}

static const py_method_def scanner_methods[] = {
    {"match", scanner_match, 0, NULL},
    {"search", scanner_search, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def scanner_getset[] = {
    {"pattern", scanner_get_pattern, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_type scanner_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_sre.SRE_Scanner",
    .basicsize = sizeof(sre_scanner),
    .dealloc = scanner_dealloc,
    .methods = scanner_methods,
    .getset = scanner_getset,
};

/* ========================================================== functions */

/* Copy the opcode list into a padded word array.  NEW (py_mem) array or
 * NULL with OverflowError / TypeError / MemoryError. */
static uint32_t *code_words(py_obj *list, size_t *n)
{
    *n = (size_t)PY_LIST_SIZE(list);
    uint32_t *code = py_mem_alloc((*n + SRE_CODE_PAD) * sizeof(uint32_t));
    if (!code) {
        py_err_nomemory();
        return NULL;
    }
    memset(code, 0, (*n + SRE_CODE_PAD) * sizeof(uint32_t));
    for (size_t i = 0; i < *n; i++) {
        py_obj *w = PY_LIST_ITEMS(list)[i];
        int64_t v;
        int r = py_is_int(w) ? py_int_as_i64(w, &v) : -1;
        if (r == -1 && !py_err_occurred())
            py_err_format(py_exc_TypeError,
                          "an integer is required (got type %s)",
                          py_type_name(w));
        if (r == 0 || (r == 1 && (v < 0 || v > 0xFFFFFFFF)))
            py_err_set(py_exc_OverflowError,
                       "regular expression code size limit exceeded");
        if (r != 1 || v < 0 || v > 0xFFFFFFFF) {
            py_mem_free(code);
            return NULL;
        }
        code[i] = (uint32_t)v;
    }
    return code;
}

/* Is argument `name` of compile() (value v) of type t?  TypeError if
 * not, as Argument Clinic words it. */
static bool arg_type_ok(const char *name, py_obj *v, py_type *t)
{
    if (PY_TYPE_CHECK(v, t))
        return true;
    py_err_format(py_exc_TypeError,
                  "compile() argument '%s' must be %s, not %s", name, t->name,
                  py_type_name(v));
    return false;
}

/* compile(pattern, flags, code, groups, groupindex, indexgroup): a NEW
 * Pattern over the opcode list of re/_compiler.py.  Code words are
 * checked as the engine runs them (RuntimeError "invalid SRE code"). */
static py_obj *sre_compile(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"pattern", "flags",      "code",
                                        "groups",  "groupindex", "indexgroup"};
    py_obj *a[6];
    int64_t flags, groups;
    if (py_bi_parse("compile", args, nargs, kwnames, names, 6, 6, a) < 0 ||
        py_bi_as_i64(a[1], &flags) < 0 ||
        !arg_type_ok("code", a[2], &py_list_type) ||
        py_bi_as_i64(a[3], &groups) < 0 ||
        !arg_type_ok("groupindex", a[4], &py_dict_type) ||
        !arg_type_ok("indexgroup", a[5], &py_tuple_type))
        return NULL;
    if (groups < 0 || groups > SRE_MAXGROUPS) {
        py_err_set(py_exc_OverflowError,
                   "regular expression code size limit exceeded");
        return NULL;
    }
    sre_pattern *p = (sre_pattern *)py_obj_alloc(&pattern_type, 0);
    if (!p)
        return NULL;
    p->pattern = py_newref(a[0]);
    p->flags = (int)flags;
    p->groups = (ssize_t)groups;
    p->isbytes = a[0] == py_None ? -1 : py_is_bytes(a[0]) ? 1 : 0;
    p->indexgroup = py_newref(a[5]);
    p->groupindex = py_dict_copy(a[4]);
    if (!p->groupindex || !(p->code = code_words(a[2], &p->codesize)))
        PY_CLEAR(p);
    return PY_OBJ(p);
}

/* The code point argument of the case functions.  0 or -1. */
static int char_arg(const char *fname, py_obj *const *args, size_t nargs,
                    py_obj *kwnames, uint32_t *c)
{
    static const char *const names[] = {"character"};
    py_obj *o;
    int64_t v;
    if (py_bi_parse(fname, args, nargs, kwnames, names, 1, 1, &o) < 0)
        return -1;
    if (!py_is_int(o)) {
        py_err_format(py_exc_TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      py_type_name(o));
        return -1;
    }
    if (py_bi_as_i64(o, &v) < 0)
        return -1;
    *c = (uint32_t)v;
    return 0;
}

static py_obj *sre_getcodesize(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_check_args("getcodesize", nargs, kwnames, 0, 0) < 0)
        return NULL;
    return py_int_from_i64(4);
}

static py_obj *sre_ascii_iscased(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)self;
    uint32_t c;
    if (char_arg("ascii_iscased", args, nargs, kwnames, &c) < 0)
        return NULL;
    return py_bool_from(c < 128 && ((c | 32) >= 'a' && (c | 32) <= 'z'));
}

static py_obj *sre_unicode_iscased(py_obj *self, py_obj *const *args,
                                   size_t nargs, py_obj *kwnames)
{
    (void)self;
    uint32_t c;
    if (char_arg("unicode_iscased", args, nargs, kwnames, &c) < 0)
        return NULL;
    return py_bool_from(c != sre_lower_unicode(c) || c != sre_upper_unicode(c));
}

static py_obj *sre_ascii_tolower(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)self;
    uint32_t c;
    if (char_arg("ascii_tolower", args, nargs, kwnames, &c) < 0)
        return NULL;
    return py_int_from_i64(c < 128 ? sre_lower_ascii(c) : c);
}

static py_obj *sre_unicode_tolower(py_obj *self, py_obj *const *args,
                                   size_t nargs, py_obj *kwnames)
{
    (void)self;
    uint32_t c;
    if (char_arg("unicode_tolower", args, nargs, kwnames, &c) < 0)
        return NULL;
    return py_int_from_i64(sre_lower_unicode(c));
}

static const py_method_def sre_functions[] = {
    {"compile", sre_compile, 0, NULL},
    {"getcodesize", sre_getcodesize, 0, NULL},
    {"ascii_iscased", sre_ascii_iscased, 0, NULL},
    {"unicode_iscased", sre_unicode_iscased, 0, NULL},
    {"ascii_tolower", sre_ascii_tolower, 0, NULL},
    {"unicode_tolower", sre_unicode_tolower, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* Make a static type of this file ready for a new interpreter. */
static int ready_type(py_type *t)
{
    t->flags &= ~(unsigned)PY_TPFLAGS_READY;
    t->dict = t->mro = t->bases = NULL;
    t->base = NULL;
    return py_type_ready(t);
}

/* The _sre module.  NEW module. */
py_obj *py_init_sre(void)
{
    if (ready_type(&pattern_type) < 0 || ready_type(&match_type) < 0 ||
        ready_type(&scanner_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_sre");
    if (!m)
        return NULL;
    if (py_bi_add_functions(m, sre_functions) < 0 ||
        py_bi_add_new(m, "MAGIC", py_int_from_i64(SRE_MAGIC)) < 0 ||
        py_bi_add_new(m, "CODESIZE", py_int_from_i64(4)) < 0 ||
        py_bi_add_new(m, "MAXREPEAT", py_int_from_i64(SRE_MAXREPEAT)) < 0 ||
        py_bi_add_new(m, "MAXGROUPS", py_int_from_i64(SRE_MAXGROUPS)) < 0 ||
        py_bi_add_new(m, "copyright",
                      py_str_from_cstr(" SRE 2.2.2 Copyright (c) 1997-2002 "
                                       "by Secret Labs AB ")) < 0)
        PY_CLEAR(m);
    return m;
}
