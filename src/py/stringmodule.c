/*
 * stringmodule.c -- the _string module: the two parsers string.Formatter
 * is built on (Lib's string.py imports them).
 *
 *   formatter_parser("a{0!r:>5}b") -> ('a', '0', '>5', 'r'), ('b', None,
 *       None, None): literal text, then the replacement field's name,
 *       format spec and conversion ("{{" and "}}" are literal braces);
 *   formatter_field_name_split("a.b[0]") -> ('a', iterator of (True, 'b'),
 *       (False, 0)): the first name (an int when it is all digits) and the
 *       attribute / index lookups that follow.
 *
 * The errors are CPython's ("Single '}' encountered in format string",
 * "expected '}' before end of string", ...).  Both parse the whole string
 * at once and return an iterator over the parts, so a malformed string
 * fails when parsed rather than midway through the iteration.  The text
 * is scanned as UTF-8 bytes: every delimiter is ASCII.
 */
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

/* A span of the string being parsed. */
typedef struct span {
    const char *p, *end;
} span;

static py_obj *span_str(const char *a, const char *b)
{
    return py_str_new(a, (size_t)(b - a));
}

/* ValueError with msg.  -1. */
static int fail(const char *msg)
{
    py_err_set(py_exc_ValueError, msg);
    return -1;
}

/* The field name: up to '}', ':' or '!' ("[...]" skipped whole).  Leaves
 * s after the terminator, which goes to *c (0 at the end).  0 or -1. */
static int field_name(span *s, const char **end, char *c)
{
    *c = 0;
    while (s->p < s->end) {
        *c = *s->p++;
        if (*c == '{')
            return fail("unexpected '{' in field name");
        if (*c == '[') {
            while (s->p < s->end && *s->p != ']')
                s->p++;
            continue;
        }
        if (*c == '}' || *c == ':' || *c == '!')
            break;
    }
    *end = s->p - (*c == '}' || *c == ':' || *c == '!' ? 1 : 0);
    return 0;
}

/* After "!" or ":": the conversion and the format spec up to the brace
 * matching the field's.  0 or -1. */
static int field_spec(span *s, char c, py_obj **spec, py_obj **conv)
{
    if (c == '!') {
        if (s->p >= s->end)
            return fail("end of string while looking for conversion "
                        "specifier");
        if (!(*conv = py_str_new(s->p++, 1)))
            return -1;
        if (s->p < s->end) {
            char d = *s->p++;
            if (d == '}') {
                *spec = py_str_from_cstr("");
                return *spec ? 0 : -1;
            }
            if (d != ':')
                return fail("expected ':' after conversion specifier");
        }
    }
    const char *start = s->p;
    for (int count = 1; s->p < s->end;) {
        char d = *s->p++;
        count += d == '{' ? 1 : d == '}' ? -1 : 0;
        if (count == 0) {
            *spec = span_str(start, s->p - 1);
            return *spec ? 0 : -1;
        }
    }
    return fail("unmatched '{' in format spec");
}

/* The literal text before the next field: *markup says a field follows.
 * NEW str in *lit.  0 or -1. */
static int literal(span *s, py_obj **lit, bool *markup)
{
    const char *start = s->p;
    char c = 0;
    *markup = false;
    while (s->p < s->end) {
        c = *s->p++;
        if (c == '{' || c == '}') {
            *markup = true;
            break;
        }
    }
    bool at_end = s->p >= s->end;
    size_t len = (size_t)(s->p - start);
    if (c == '}' && *markup && (at_end || *s->p != '}'))
        return fail("Single '}' encountered in format string");
    if (c == '{' && *markup && at_end)
        return fail("Single '{' encountered in format string");
    if (*markup) {
        if (*s->p == c) {
            s->p++;
            *markup = false;
        } else {
            len--;
        }
    }
    *lit = py_str_new(start, len);
    return *lit ? 0 : -1;
}

/* One (literal, name, spec, conversion) item.  NEW tuple. */
static py_obj *parse_item(span *s)
{
    py_obj *lit = NULL, *name = NULL, *spec = NULL, *conv = NULL, *r = NULL;
    bool markup;
    if (literal(s, &lit, &markup) < 0)
        goto done;
    if (markup) {
        const char *start = s->p, *end;
        char c;
        if (field_name(s, &end, &c) < 0 || !(name = span_str(start, end)))
            goto done;
        if (c == '!' || c == ':') {
            if (field_spec(s, c, &spec, &conv) < 0)
                goto done;
        } else if (c != '}') {
            fail("expected '}' before end of string");
            goto done;
        } else if (!(spec = py_str_from_cstr(""))) {
            goto done;
        }
    }
    r = py_tuple_pack(4, lit, name ? name : py_None, spec ? spec : py_None,
                      conv ? conv : py_None);
done:
    PY_XDECREF(lit);
    PY_XDECREF(name);
    PY_XDECREF(spec);
    PY_XDECREF(conv);
    return r;
}

/* NEW str argument check: "expected str, got int". */
static int str_arg(py_obj *o)
{
    if (py_is_str(o))
        return 0;
    py_err_format(py_exc_TypeError, "expected str, got %s", py_type_name(o));
    return -1;
}

/* formatter_parser(str) */
static py_obj *formatter_parser(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("formatter_parser", nargs, kwnames, 1) < 0 ||
        str_arg(args[0]) < 0)
        return NULL;
    span s = {PY_STR_DATA(args[0]),
              PY_STR_DATA(args[0]) + PY_STR_NBYTES(args[0])};
    py_obj *l = py_list_new(0);
    while (l && s.p < s.end) {
        py_obj *item = parse_item(&s);
        if (!item || py_list_append(l, item) < 0)
            PY_CLEAR(l);
        PY_XDECREF(item);
    }
    py_obj *it = l ? py_iter(l) : NULL;
    PY_XDECREF(l);
    return it;
}

/* A name or key: an int when all digits, else a str.  NEW. */
static py_obj *name_value(const char *a, const char *b)
{
    bool digits = a < b;
    for (const char *p = a; p < b; p++)
        digits &= *p >= '0' && *p <= '9';
    return digits ? py_int_from_str(a, (size_t)(b - a), 10) : span_str(a, b);
}

/* One lookup after the first name: (True, attr) or (False, key).  NEW
 * tuple, s moved past it. */
static py_obj *lookup_item(span *s)
{
    char c = *s->p++;
    const char *start = s->p;
    bool attr = c == '.';
    if (attr) {
        while (s->p < s->end && *s->p != '.' && *s->p != '[')
            s->p++;
        if (s->p == start) {
            fail("Empty attribute in format string");
            return NULL;
        }
    } else {
        while (s->p < s->end && *s->p != ']')
            s->p++;
        if (s->p >= s->end) {
            fail("Missing ']' in format string");
            return NULL;
        }
    }
    py_obj *v = attr ? span_str(start, s->p) : name_value(start, s->p);
    if (!attr && ++s->p < s->end && *s->p != '.' && *s->p != '[') {
        fail("Only '.' or '[' may follow ']' in format field specifier");
        PY_CLEAR(v);
    }
    py_obj *r = v ? py_tuple_pack(2, attr ? py_True : py_False, v) : NULL;
    PY_XDECREF(v);
    return r;
}

/* formatter_field_name_split(str) */
static py_obj *formatter_field_name_split(py_obj *self, py_obj *const *args,
                                          size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("formatter_field_name_split", nargs, kwnames, 1) < 0 ||
        str_arg(args[0]) < 0)
        return NULL;
    span s = {PY_STR_DATA(args[0]),
              PY_STR_DATA(args[0]) + PY_STR_NBYTES(args[0])};
    const char *start = s.p;
    while (s.p < s.end && *s.p != '.' && *s.p != '[')
        s.p++;
    py_obj *first = name_value(start, s.p), *l = py_list_new(0);
    while (first && l && s.p < s.end) {
        py_obj *item = lookup_item(&s);
        if (!item || py_list_append(l, item) < 0)
            PY_CLEAR(l);
        PY_XDECREF(item);
    }
    py_obj *it = first && l ? py_iter(l) : NULL;
    py_obj *r = it ? py_tuple_pack(2, first, it) : NULL;
    PY_XDECREF(first);
    PY_XDECREF(l);
    PY_XDECREF(it);
    return r;
}

static const py_method_def string_functions[] = {
    {"formatter_parser", formatter_parser, 0,
     "parse the argument as a format string"},
    {"formatter_field_name_split", formatter_field_name_split, 0,
     "split the argument as a field name"},
    {NULL, NULL, 0, NULL},
};

/* The _string module.  NEW module. */
py_obj *py_init_string(void)
{
    py_obj *m = py_module_new("_string");
    if (m && py_bi_add_functions(m, string_functions) < 0)
        PY_CLEAR(m);
    return m;
}
