/*
 * csvmodule.c -- the _csv module of CPython 3.11, under Lib/csv.py (which
 * adds DictReader, DictWriter, Sniffer and the excel dialects): Dialect,
 * reader, writer, the dialect registry, field_size_limit, QUOTE_* and
 * _csv.Error.
 *
 * A Dialect is immutable and holds its characters as code points (-1 for
 * "not set").  The reader is a state machine fed one code point at a
 * time, plus an end-of-line event after each line the input iterator
 * returns; a record ends when the machine is back at START_RECORD.  The
 * writer quotes or escapes each field as CPython does and hands the
 * joined line to the file's write().  Text is UTF-8 inside pyscope, so
 * fields are built as UTF-8 bytes while lengths count code points.
 */
#include <string.h>

#include "builtins.h"
#include "gc.h"
#include "numstr.h"
#include "objects.h"

enum { QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE };
#define NOT_SET (-1)
#define EOL     (-2) /* end of an input line (not a character) */

typedef struct dialectobject {
    PY_HEAD;
    int32_t delimiter, quotechar, escapechar; /* code points or NOT_SET */
    int quoting;
    bool doublequote, skipinitialspace, strict;
    py_obj *lineterminator; /* str */
} dialectobject;

#define DI(o) ((dialectobject *)(o))

static py_type dialect_type, reader_type, writer_type;
static py_obj *csv_error; /* _csv.Error: BORROWED, the module owns it */
static py_obj *dialects;  /* the registry: BORROWED, the module owns it */
static int64_t field_limit = 128 * 1024;

static void csv_err(const char *msg)
{
    py_err_set((py_type *)csv_error, msg);
}

/* ============================================================= text */

/* Decode the code point at s[*i] (valid UTF-8) and advance *i. */
static int32_t next_cp(const unsigned char *s, ssize_t *i)
{
    int32_t c = s[(*i)++];
    int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    if (extra)
        c &= 0x3f >> extra;
    while (extra--)
        c = c << 6 | (s[(*i)++] & 0x3f);
    return c;
}

/* A growable UTF-8 buffer. */
typedef struct sbuf {
    char *p;
    ssize_t len, cap;
} sbuf;

/* Append code point c.  0 or -1 (MemoryError). */
static int sbuf_put(sbuf *b, int32_t c)
{
    if (b->len + 4 > b->cap) {
        ssize_t cap = b->cap ? b->cap * 2 : 64;
        char *p = py_mem_realloc(b->p, (size_t)cap);
        if (!p) {
            py_err_nomemory();
            return -1;
        }
        b->p = p, b->cap = cap;
    }
    unsigned char *q = (unsigned char *)b->p + b->len;
    if (c < 0x80) {
        q[0] = (unsigned char)c, b->len += 1;
    } else if (c < 0x800) {
        q[0] = (unsigned char)(0xc0 | c >> 6);
        q[1] = (unsigned char)(0x80 | (c & 0x3f)), b->len += 2;
    } else if (c < 0x10000) {
        q[0] = (unsigned char)(0xe0 | c >> 12);
        q[1] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
        q[2] = (unsigned char)(0x80 | (c & 0x3f)), b->len += 3;
    } else {
        q[0] = (unsigned char)(0xf0 | c >> 18);
        q[1] = (unsigned char)(0x80 | (c >> 12 & 0x3f));
        q[2] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
        q[3] = (unsigned char)(0x80 | (c & 0x3f)), b->len += 4;
    }
    return 0;
}

/* Append the UTF-8 of str s.  0 or -1. */
static int sbuf_put_str(sbuf *b, py_obj *s)
{
    const unsigned char *p = (const unsigned char *)PY_STR_DATA(s);
    for (ssize_t i = 0; i < PY_STR_NBYTES(s);)
        if (sbuf_put(b, next_cp(p, &i)) < 0)
            return -1;
    return 0;
}

/* Number of code points of str s. */
static ssize_t str_len(py_obj *s)
{
    ssize_t n = 0;
    for (ssize_t i = 0; i < PY_STR_NBYTES(s); i++)
        n += (PY_STR_DATA(s)[i] & 0xc0) != 0x80;
    return n;
}

/* A NEW str of one code point, or None for NOT_SET. */
static py_obj *char_obj(int32_t c)
{
    if (c == NOT_SET)
        return py_none_new();
    sbuf b = {0};
    if (sbuf_put(&b, c) < 0)
        return NULL;
    py_obj *s = py_str_new(b.p, (size_t)b.len);
    py_mem_free(b.p);
    return s;
}

/* ========================================================== dialects */

static const char *const dialect_names[] = {
    "dialect",    "delimiter",        "doublequote",
    "escapechar", "lineterminator",   "quotechar",
    "quoting",    "skipinitialspace", "strict",
};
#define NDPARAMS 9

/* A one-character parameter (name; value BORROWED or NULL for the
 * default dflt); none_ok allows None (NOT_SET).  0 or -1 (TypeError). */
static int set_char(const char *name, int32_t *out, py_obj *v, int32_t dflt,
                    bool none_ok)
{
    if (!v) {
        *out = dflt;
        return 0;
    }
    if (v == py_None && none_ok) {
        *out = NOT_SET;
        return 0;
    }
    if (!py_is_str(v)) {
        py_err_format(py_exc_TypeError, "\"%s\" must be string%s, not %s", name,
                      none_ok ? " or None" : "", PY_TYPE(v)->name);
        return -1;
    }
    if (str_len(v) != 1) {
        py_err_format(py_exc_TypeError, "\"%s\" must be a 1-character string",
                      name);
        return -1;
    }
    ssize_t i = 0;
    *out = next_cp((const unsigned char *)PY_STR_DATA(v), &i);
    return 0;
}

/* A boolean parameter: its truth, or dflt.  0 or -1. */
static int set_bool(bool *out, py_obj *v, bool dflt)
{
    int t = v ? py_is_true(v) : dflt;
    if (t < 0)
        return -1;
    *out = t;
    return 0;
}

/* quoting: an int among QUOTE_*.  0 or -1. */
static int set_quoting(int *out, py_obj *v)
{
    if (!v) {
        *out = QUOTE_MINIMAL;
        return 0;
    }
    int64_t q;
    if (!py_is_int(v) || py_int_as_i64(v, &q) != 1) {
        py_err_set(py_exc_TypeError, "\"quoting\" must be an integer");
        return -1;
    }
    if (q < QUOTE_MINIMAL || q > QUOTE_NONE) {
        py_err_set(py_exc_TypeError, "bad \"quoting\" value");
        return -1;
    }
    *out = (int)q;
    return 0;
}

/* Fill d from the parameter values p[1..8] (BORROWED or NULL).  0/-1. */
static int dialect_fill(dialectobject *d, py_obj **p)
{
    if (set_char("delimiter", &d->delimiter, p[1], ',', false) < 0 ||
        set_bool(&d->doublequote, p[2], true) < 0 ||
        set_char("escapechar", &d->escapechar, p[3], NOT_SET, true) < 0 ||
        set_char("quotechar", &d->quotechar, p[5], '"', true) < 0 ||
        set_quoting(&d->quoting, p[6]) < 0 ||
        set_bool(&d->skipinitialspace, p[7], false) < 0 ||
        set_bool(&d->strict, p[8], false) < 0)
        return -1;
    py_obj *lt = p[4];
    if (lt == py_None) {
        py_err_set(py_exc_TypeError, "lineterminator must be set");
        return -1;
    }
    if (lt && !py_is_str(lt)) {
        py_err_set(py_exc_TypeError, "\"lineterminator\" must be a string");
        return -1;
    }
    d->lineterminator = lt ? py_newref(lt) : py_str_from_cstr("\r\n");
    if (!d->lineterminator)
        return -1;
    if (p[5] == py_None && !p[6])
        d->quoting = QUOTE_NONE;
    if (d->quoting != QUOTE_NONE && d->quotechar == NOT_SET) {
        py_err_set(py_exc_TypeError,
                   "quotechar must be set if quoting enabled");
        return -1;
    }
    return 0;
}

/* Missing parameters p[i] are read from the dialect object p[0] (a NEW
 * reference in own[i]).  0 or -1. */
static int params_from_object(py_obj **p, py_obj **own)
{
    for (int i = 1; i < NDPARAMS; i++) {
        if (p[i])
            continue;
        py_obj *name = py_str_from_cstr(dialect_names[i]);
        if (!name)
            return -1;
        int r = py_lookup_attr(p[0], name, &own[i]);
        PY_DECREF(name);
        if (r < 0)
            return -1;
        p[i] = own[i];
    }
    return 0;
}

/* A dialect given by name, looked up in the registry: BORROWED, or NULL
 * with _csv.Error "unknown dialect". */
static py_obj *registered(py_obj *name)
{
    py_obj *d = py_dict_get(dialects, name);
    if (!d && !py_err_occurred())
        csv_err("unknown dialect");
    return d;
}

/* A NEW Dialect of type t from the dialect argument dia (BORROWED: NULL,
 * a registered name, a Dialect or any object with dialect attributes)
 * overridden by the keyword values kw[1..8] (NULL when not given). */
static py_obj *dialect_make(py_type *t, py_obj *dia, py_obj **kw)
{
    py_obj *p[NDPARAMS], *own[NDPARAMS] = {0};
    bool any = false;
    for (int i = 1; i < NDPARAMS; i++)
        any |= (p[i] = kw[i]) != NULL;
    if (dia && py_is_str(dia) && !(dia = registered(dia)))
        return NULL;
    if (dia && !any && PY_TYPE(dia) == &dialect_type && t == &dialect_type)
        return py_newref(dia);
    p[0] = dia;
    py_obj *d = NULL;
    if (dia && params_from_object(p, own) < 0)
        goto done;
    if (!(d = py_obj_alloc(t, 0)))
        goto done;
    if (dialect_fill(DI(d), p) < 0)
        PY_CLEAR(d);
done:
    for (int i = 0; i < NDPARAMS; i++)
        PY_XDECREF(own[i]);
    return d;
}

/* Split (dialect=None, **fmtparams) arguments: *dia and kw[1..8] get
 * BORROWED values.  Unknown keywords are refused.  0 or -1. */
static int dialect_args(py_obj *const *args, size_t nargs, py_obj *kwnames,
                        py_obj **dia, py_obj **kw)
{
    for (int i = 0; i < NDPARAMS; i++)
        kw[i] = NULL;
    *dia = nargs ? args[0] : NULL;
    size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        py_obj *key = PY_TUPLE_ITEMS(kwnames)[k];
        int i = 0;
        while (i < NDPARAMS && !py_str_eq_cstr(key, dialect_names[i]))
            i++;
        if (i == NDPARAMS) {
            py_err_format(py_exc_TypeError,
                          "'%s' is an invalid keyword argument for this "
                          "function",
                          PY_STR_DATA(key));
            return -1;
        }
        if (i == 0)
            *dia = args[nargs + k];
        else
            kw[i] = args[nargs + k];
    }
    return 0;
}

/* Dialect(dialect=None, **fmtparams): NEW Dialect. */
static py_obj *dialect_new(py_type *t, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    py_obj *dia, *kw[NDPARAMS];
    if (nargs > 1) {
        py_err_format(py_exc_TypeError,
                      "Dialect() takes at most 1 argument (%zu given)", nargs);
        return NULL;
    }
    if (dialect_args(args, nargs, kwnames, &dia, kw) < 0)
        return NULL;
    return dialect_make(t, dia, kw);
}

static void dialect_dealloc(py_obj *o)
{
    PY_XDECREF(DI(o)->lineterminator);
    py_obj_free(o);
}

static py_obj *get_delimiter(py_obj *o)
{
    return char_obj(DI(o)->delimiter);
}
static py_obj *get_quotechar(py_obj *o)
{
    return char_obj(DI(o)->quotechar);
}
static py_obj *get_escapechar(py_obj *o)
{
    return char_obj(DI(o)->escapechar);
}
static py_obj *get_lineterminator(py_obj *o)
{
    return py_newref(DI(o)->lineterminator);
}
static py_obj *get_quoting(py_obj *o)
{
    return py_int_from_i64(DI(o)->quoting);
}
static py_obj *get_doublequote(py_obj *o)
{
    return py_bool_from(DI(o)->doublequote);
}
static py_obj *get_skipinitialspace(py_obj *o)
{
    return py_bool_from(DI(o)->skipinitialspace);
}
static py_obj *get_strict(py_obj *o)
{
    return py_bool_from(DI(o)->strict);
}

/* ============================================================ reader */

typedef enum {
    START_RECORD,
    START_FIELD,
    ESCAPED_CHAR,
    IN_FIELD,
    IN_QUOTED_FIELD,
    ESCAPE_IN_QUOTED_FIELD,
    QUOTE_IN_QUOTED_FIELD,
    EAT_CRNL,
    AFTER_ESCAPED_CRNL,
} pstate;

typedef struct readerobject {
    PY_HEAD;
    py_obj *input;   /* iterator of lines (owned) */
    py_obj *dialect; /* owned */
    py_obj *fields;  /* list of the record being read, or NULL */
    pstate state;
    sbuf field;          /* the field being read */
    ssize_t field_chars; /* its length in code points */
    bool numeric;        /* unquoted field under QUOTE_NONNUMERIC */
    int64_t line_num;
} readerobject;

#define RD(o) ((readerobject *)(o))

/* End the current field: append it (a float under QUOTE_NONNUMERIC
 * when it was unquoted) to the record.  0 or -1. */
static int save_field(readerobject *r)
{
    py_obj *s = py_str_new(r->field.p ? r->field.p : "", (size_t)r->field.len);
    r->field.len = 0, r->field_chars = 0;
    if (s && r->numeric) {
        py_obj *f = py_float_from_obj(s);
        PY_DECREF(s);
        s = f;
    }
    r->numeric = false;
    if (!s)
        return -1;
    int rc = py_list_append(r->fields, s);
    PY_DECREF(s);
    return rc;
}

/* Add c to the current field, within field_size_limit.  0 or -1. */
static int add_char(readerobject *r, int32_t c)
{
    if (r->field_chars >= field_limit) {
        py_err_format((py_type *)csv_error,
                      "field larger than field limit (%lld)",
                      (long long)field_limit);
        return -1;
    }
    r->field_chars++;
    return sbuf_put(&r->field, c);
}

/* After a field that ends at c (a newline or EOL): save it and wait for
 * the end of the line.  0 or -1. */
static int end_line_field(readerobject *r, int32_t c)
{
    r->state = c == EOL ? START_RECORD : EAT_CRNL;
    return save_field(r);
}

static bool is_crnl(int32_t c)
{
    return c == '\n' || c == '\r';
}

/* START_FIELD: the first character of a field. */
static int start_field(readerobject *r, dialectobject *d, int32_t c)
{
    if (is_crnl(c) || c == EOL)
        return end_line_field(r, c);
    if (c == d->quotechar && d->quoting != QUOTE_NONE) {
        r->state = IN_QUOTED_FIELD;
    } else if (c == d->escapechar) {
        r->state = ESCAPED_CHAR;
    } else if (c == ' ' && d->skipinitialspace) {
        /* skip leading spaces */
    } else if (c == d->delimiter) {
        return save_field(r);
    } else {
        r->numeric = d->quoting == QUOTE_NONNUMERIC;
        r->state = IN_FIELD;
        return add_char(r, c);
    }
    return 0;
}

/* IN_FIELD: inside an unquoted field. */
static int in_field(readerobject *r, dialectobject *d, int32_t c)
{
    if (is_crnl(c) || c == EOL)
        return end_line_field(r, c);
    if (c == d->escapechar) {
        r->state = ESCAPED_CHAR;
        return 0;
    }
    if (c == d->delimiter) {
        r->state = START_FIELD;
        return save_field(r);
    }
    return add_char(r, c);
}

/* QUOTE_IN_QUOTED_FIELD: after a quote inside a quoted field. */
static int quote_in_quoted(readerobject *r, dialectobject *d, int32_t c)
{
    if (d->quoting != QUOTE_NONE && c == d->quotechar) {
        r->state = IN_QUOTED_FIELD; /* a doubled quote */
        return add_char(r, c);
    }
    if (c == d->delimiter) {
        r->state = START_FIELD;
        return save_field(r);
    }
    if (is_crnl(c) || c == EOL)
        return end_line_field(r, c);
    if (!d->strict) {
        r->state = IN_FIELD;
        return add_char(r, c);
    }
    py_obj *a = char_obj(d->delimiter), *q = char_obj(d->quotechar);
    if (a && q)
        py_err_format((py_type *)csv_error, "'%s' expected after '%s'",
                      PY_STR_DATA(a), PY_STR_DATA(q));
    PY_XDECREF(a);
    PY_XDECREF(q);
    return -1;
}

/* Feed one code point (or EOL) to the machine.  0 or -1. */
static int process_char(readerobject *r, int32_t c)
{
    dialectobject *d = DI(r->dialect);
    switch (r->state) {
    case START_RECORD:
        if (c == EOL)
            return 0; /* an empty line is an empty record */
        if (is_crnl(c)) {
            r->state = EAT_CRNL;
            return 0;
        }
        r->state = START_FIELD;
        return start_field(r, d, c);
    case START_FIELD:
        return start_field(r, d, c);
    case ESCAPED_CHAR:
        if (is_crnl(c)) {
            r->state = AFTER_ESCAPED_CRNL;
            return add_char(r, c);
        }
        r->state = IN_FIELD;
        return add_char(r, c == EOL ? '\n' : c);
    case AFTER_ESCAPED_CRNL:
        return c == EOL ? 0 : in_field(r, d, c);
    case IN_FIELD:
        return in_field(r, d, c);
    case IN_QUOTED_FIELD:
        if (c == EOL)
            return 0;
        if (c == d->escapechar)
            r->state = ESCAPE_IN_QUOTED_FIELD;
        else if (c == d->quotechar && d->quoting != QUOTE_NONE)
            r->state = d->doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        else
            return add_char(r, c);
        return 0;
    case ESCAPE_IN_QUOTED_FIELD:
        r->state = IN_QUOTED_FIELD;
        return add_char(r, c == EOL ? '\n' : c);
    case QUOTE_IN_QUOTED_FIELD:
        return quote_in_quoted(r, d, c);
    case EAT_CRNL:
        if (c == EOL)
            r->state = START_RECORD;
        else if (!is_crnl(c)) {
            csv_err("new-line character seen in unquoted field - do you "
                    "need to open the file in universal-newline mode?");
            return -1;
        }
        return 0;
    }
    return 0;
}

/* Feed a whole line (str) and its end.  0 or -1. */
static int process_line(readerobject *r, py_obj *line)
{
    const unsigned char *p = (const unsigned char *)PY_STR_DATA(line);
    for (ssize_t i = 0; i < PY_STR_NBYTES(line);)
        if (process_char(r, next_cp(p, &i)) < 0)
            return -1;
    return process_char(r, EOL);
}

/* The input ran out inside a record: end it (or, strict, an error).
 * The record (NEW), or NULL at the end of the input. */
static py_obj *input_ended(readerobject *r)
{
    if (py_err_occurred())
        return NULL;
    if (r->field.len == 0 && r->state != IN_QUOTED_FIELD)
        return NULL;
    if (DI(r->dialect)->strict) {
        csv_err("unexpected end of data");
        return NULL;
    }
    if (save_field(r) < 0)
        return NULL;
    py_obj *rec = r->fields;
    r->fields = NULL;
    return rec;
}

/* next(reader): the NEW list of the next record's fields. */
static py_obj *reader_next(py_obj *o)
{
    readerobject *r = RD(o);
    PY_CLEAR(r->fields);
    if (!(r->fields = py_list_new(0)))
        return NULL;
    r->state = START_RECORD, r->field.len = 0, r->field_chars = 0;
    r->numeric = false;
    do {
        py_obj *line = py_iter_next(r->input);
        if (!line)
            return input_ended(r);
        if (!py_is_str(line)) {
            py_err_format((py_type *)csv_error,
                          "iterator should return strings, not %.200s (the "
                          "file should be opened in text mode)",
                          PY_TYPE(line)->name);
            PY_DECREF(line);
            return NULL;
        }
        r->line_num++;
        int rc = process_line(r, line);
        PY_DECREF(line);
        if (rc < 0)
            return NULL;
    } while (r->state != START_RECORD);
    py_obj *rec = r->fields;
    r->fields = NULL;
    return rec;
}

static int reader_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    readerobject *r = RD(o);
    if (r->input && visit(r->input, arg))
        return 1;
    if (r->dialect && visit(r->dialect, arg))
        return 1;
    return r->fields ? visit(r->fields, arg) : 0;
}

static int reader_clear(py_obj *o)
{
    PY_CLEAR(RD(o)->input);
    PY_CLEAR(RD(o)->dialect);
    PY_CLEAR(RD(o)->fields);
    return 0;
}

static void reader_dealloc(py_obj *o)
{
    gc_untrack(o);
    reader_clear(o);
    py_mem_free(RD(o)->field.p);
    py_obj_free(o);
}

/* The dialect of reader()/writer() arguments after the first: NEW. */
static py_obj *dialect_of_args(py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    py_obj *dia, *kw[NDPARAMS];
    if (nargs > 2) {
        py_err_format(py_exc_TypeError, "expected at most 2 arguments, got %zu",
                      nargs);
        return NULL;
    }
    if (dialect_args(args + 1, nargs - 1, kwnames, &dia, kw) < 0)
        return NULL;
    return dialect_make(&dialect_type, dia, kw);
}

/* reader(iterable, dialect='excel', **fmtparams): NEW reader. */
static py_obj *csv_reader(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (nargs < 1) {
        py_err_set(py_exc_TypeError, " expected at least 1 argument, got 0");
        return NULL;
    }
    py_obj *it = py_iter(args[0]);
    if (!it)
        return NULL;
    py_obj *d = dialect_of_args(args, nargs, kwnames);
    py_obj *r = d ? py_obj_alloc(&reader_type, 0) : NULL;
    if (!r) {
        PY_DECREF(it);
        PY_XDECREF(d);
        return NULL;
    }
    RD(r)->input = it;
    RD(r)->dialect = d;
    gc_track(r);
    return r;
}

static py_obj *reader_get_dialect(py_obj *o)
{
    return py_newref(RD(o)->dialect);
}

static py_obj *reader_get_line_num(py_obj *o)
{
    return py_int_from_i64(RD(o)->line_num);
}

/* ============================================================ writer */

typedef struct writerobject {
    PY_HEAD;
    py_obj *write;   /* the file's bound write method (owned) */
    py_obj *dialect; /* owned */
} writerobject;

#define WR(o) ((writerobject *)(o))

/* Does c need quoting or escaping in a field under dialect d? */
static bool special_char(dialectobject *d, int32_t c)
{
    if (c == d->delimiter || c == d->escapechar || c == d->quotechar ||
        is_crnl(c))
        return true;
    const unsigned char *p =
        (const unsigned char *)PY_STR_DATA(d->lineterminator);
    for (ssize_t i = 0; i < PY_STR_NBYTES(d->lineterminator);)
        if (next_cp(p, &i) == c)
            return true;
    return false;
}

/* Append field text s (str) to line with escapes; *quoted is set when the
 * field has to be quoted.  0 or -1 ("need to escape..."). */
static int put_field_text(sbuf *line, dialectobject *d, py_obj *s, bool *quoted)
{
    const unsigned char *p = (const unsigned char *)PY_STR_DATA(s);
    for (ssize_t i = 0; i < PY_STR_NBYTES(s);) {
        int32_t c = next_cp(p, &i);
        bool escape = false;
        if (special_char(d, c)) {
            if (d->quoting == QUOTE_NONE)
                escape = true;
            else if (c == d->quotechar && d->doublequote) {
                if (sbuf_put(line, c) < 0)
                    return -1;
            } else if (c == d->quotechar || c == d->escapechar)
                escape = true;
            if (!escape)
                *quoted = true;
        }
        if (escape) {
            if (d->escapechar == NOT_SET) {
                csv_err("need to escape, but no escapechar set");
                return -1;
            }
            if (sbuf_put(line, d->escapechar) < 0)
                return -1;
        }
        if (sbuf_put(line, c) < 0)
            return -1;
    }
    return 0;
}

/* Is field a number for QUOTE_NONNUMERIC (CPython's PyNumber_Check)? */
static bool is_number(py_obj *field)
{
    return py_is_int(field) || py_is_float(field) ||
           PY_TYPE_CHECK(field, &py_complex_type) ||
           py_hasattr_str(field, "__index__") ||
           py_hasattr_str(field, "__float__") ||
           py_hasattr_str(field, "__int__");
}

/* Append n raw bytes.  0 or -1. */
static int sbuf_put_bytes(sbuf *b, const char *p, ssize_t n)
{
    for (ssize_t i = 0; i < n; i++) {
        if (sbuf_put(b, 0) < 0)
            return -1;
        b->p[b->len - 1] = p[i];
    }
    return 0;
}

/* Append one field (BORROWED) to line, quoted as the dialect says. */
static int put_field(sbuf *line, dialectobject *d, py_obj *field, bool first)
{
    bool quoted = d->quoting == QUOTE_ALL ||
                  (d->quoting == QUOTE_NONNUMERIC && !is_number(field));
    py_obj *s = field == py_None ? py_str_from_cstr("") : py_str(field);
    if (!s)
        return -1;
    sbuf text = {0};
    int rc = (!first && sbuf_put(line, d->delimiter) < 0) ||
                     put_field_text(&text, d, s, &quoted) < 0
                 ? -1
                 : 0;
    PY_DECREF(s);
    if (rc == 0 && quoted)
        rc = sbuf_put(line, d->quotechar);
    if (rc == 0)
        rc = sbuf_put_bytes(line, text.p, text.len);
    if (rc == 0 && quoted)
        rc = sbuf_put(line, d->quotechar);
    py_mem_free(text.p);
    return rc;
}

/* Build the line for row (the fields of an iterator it).  0 or -1. */
static int build_line(sbuf *line, dialectobject *d, py_obj *it)
{
    py_obj *field;
    ssize_t n = 0;
    py_obj *only = NULL;
    while ((field = py_iter_next(it))) {
        int rc = put_field(line, d, field, n == 0);
        if (n++ == 0)
            only = py_newref(field);
        PY_DECREF(field);
        if (rc < 0) {
            PY_XDECREF(only);
            return -1;
        }
    }
    int rc = py_err_occurred() ? -1 : 0;
    if (rc == 0 && n == 1 && line->len == 0) {
        if (d->quoting == QUOTE_NONE) {
            csv_err("single empty field record must be quoted");
            rc = -1;
        } else {
            rc = sbuf_put(line, d->quotechar) < 0 ||
                         sbuf_put(line, d->quotechar) < 0
                     ? -1
                     : 0;
        }
    }
    PY_XDECREF(only);
    return rc == 0 ? sbuf_put_str(line, d->lineterminator) : -1;
}

/* writerow(row): write the record; NEW result of the file's write(). */
static py_obj *writer_writerow(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    if (py_bi_exact("writerow", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *it = py_iter(args[0]);
    if (!it) {
        if (py_err_matches(PY_OBJ(py_exc_TypeError))) {
            py_err_clear();
            py_err_format((py_type *)csv_error, "iterable expected, not %s",
                          PY_TYPE(args[0])->name);
        }
        return NULL;
    }
    sbuf line = {0};
    int rc = build_line(&line, DI(WR(self)->dialect), it);
    PY_DECREF(it);
    py_obj *s =
        rc < 0 ? NULL : py_str_new(line.p ? line.p : "", (size_t)line.len);
    py_mem_free(line.p);
    if (!s)
        return NULL;
    py_obj *r = py_call(WR(self)->write, &s, 1, NULL);
    PY_DECREF(s);
    return r;
}

/* writerows(rows): writerow for each.  NEW None. */
static py_obj *writer_writerows(py_obj *self, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    if (py_bi_exact("writerows", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *it = py_iter(args[0]), *row;
    if (!it)
        return NULL;
    while ((row = py_iter_next(it))) {
        py_obj *r = writer_writerow(self, &row, 1, NULL);
        PY_DECREF(row);
        if (!r) {
            PY_DECREF(it);
            return NULL;
        }
        PY_DECREF(r);
    }
    PY_DECREF(it);
    return py_err_occurred() ? NULL : py_none_new();
}

/* writer(fileobj, dialect='excel', **fmtparams): NEW writer. */
static py_obj *csv_writer(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (nargs < 1) {
        py_err_set(py_exc_TypeError, " expected at least 1 argument, got 0");
        return NULL;
    }
    py_obj *name = py_str_from_cstr("write"), *write = NULL;
    int found = name ? py_lookup_attr(args[0], name, &write) : -1;
    PY_XDECREF(name);
    if (found < 0)
        return NULL;
    if (!write || !py_callable(write)) {
        PY_XDECREF(write);
        py_err_set(py_exc_TypeError, "argument 1 must have a \"write\" method");
        return NULL;
    }
    py_obj *d = dialect_of_args(args, nargs, kwnames);
    py_obj *w = d ? py_obj_alloc(&writer_type, 0) : NULL;
    if (!w) {
        PY_DECREF(write);
        PY_XDECREF(d);
        return NULL;
    }
    WR(w)->write = write;
    WR(w)->dialect = d;
    gc_track(w);
    return w;
}

static int writer_traverse(py_obj *o, py_visitproc visit, void *arg)
{
    if (WR(o)->write && visit(WR(o)->write, arg))
        return 1;
    return WR(o)->dialect ? visit(WR(o)->dialect, arg) : 0;
}

static int writer_clear(py_obj *o)
{
    PY_CLEAR(WR(o)->write);
    PY_CLEAR(WR(o)->dialect);
    return 0;
}

static void writer_dealloc(py_obj *o)
{
    gc_untrack(o);
    writer_clear(o);
    py_obj_free(o);
}

static py_obj *writer_get_dialect(py_obj *o)
{
    return py_newref(WR(o)->dialect);
}

/* ========================================================= registry */

/* register_dialect(name[, dialect], **fmtparams): NEW None. */
static py_obj *csv_register_dialect(py_obj *self, py_obj *const *args,
                                    size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (nargs < 1) {
        py_err_set(py_exc_TypeError, " expected at least 1 argument, got 0");
        return NULL;
    }
    if (!py_is_str(args[0])) {
        py_err_set(py_exc_TypeError, "dialect name must be a string");
        return NULL;
    }
    py_obj *d = dialect_of_args(args, nargs, kwnames);
    if (!d)
        return NULL;
    int rc = py_dict_set(dialects, args[0], d);
    PY_DECREF(d);
    return rc < 0 ? NULL : py_none_new();
}

static py_obj *csv_unregister_dialect(py_obj *self, py_obj *const *args,
                                      size_t nargs, py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("unregister_dialect", nargs, kwnames, 1) < 0 ||
        !registered(args[0]))
        return NULL;
    return py_dict_del(dialects, args[0]) < 0 ? NULL : py_none_new();
}

static py_obj *csv_get_dialect(py_obj *self, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)self;
    if (py_bi_exact("get_dialect", nargs, kwnames, 1) < 0)
        return NULL;
    py_obj *d = registered(args[0]);
    return d ? py_newref(d) : NULL;
}

static py_obj *csv_list_dialects(py_obj *self, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames)
{
    (void)self, (void)args;
    if (py_bi_exact("list_dialects", nargs, kwnames, 0) < 0)
        return NULL;
    return py_dict_keys_list(dialects);
}

/* field_size_limit([limit]): the old limit (NEW int). */
static py_obj *csv_field_size_limit(py_obj *self, py_obj *const *args,
                                    size_t nargs, py_obj *kwnames)
{
    (void)self;
    static const char *const names[] = {"new_limit"};
    py_obj *a[1];
    if (py_bi_parse("field_size_limit", args, nargs, kwnames, names, 0, 1, a) <
        0)
        return NULL;
    int64_t old = field_limit, v;
    if (a[0]) {
        if (!py_is_int(a[0])) {
            py_err_set(py_exc_TypeError, "limit must be an integer");
            return NULL;
        }
        if (py_int_as_i64(a[0], &v) != 1) {
            py_err_set(py_exc_OverflowError,
                       "Python int too large to convert to C long");
            return NULL;
        }
        field_limit = v;
    }
    return py_int_from_i64(old);
}

/* ============================================================ types */

static const py_getset_def dialect_getset[] = {
    {"delimiter", get_delimiter, NULL, NULL},
    {"doublequote", get_doublequote, NULL, NULL},
    {"escapechar", get_escapechar, NULL, NULL},
    {"lineterminator", get_lineterminator, NULL, NULL},
    {"quotechar", get_quotechar, NULL, NULL},
    {"quoting", get_quoting, NULL, NULL},
    {"skipinitialspace", get_skipinitialspace, NULL, NULL},
    {"strict", get_strict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_type dialect_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_csv.Dialect",
    .basicsize = sizeof(dialectobject),
    .flags = PY_TPFLAGS_BASETYPE,
    .doc = "CSV dialect\n\nThe Dialect type records CSV parsing and "
           "generation options.\n",
    .dealloc = dialect_dealloc,
    .tp_new = dialect_new,
    .getset = dialect_getset,
};

static const py_getset_def reader_getset[] = {
    {"dialect", reader_get_dialect, NULL, NULL},
    {"line_num", reader_get_line_num, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_type reader_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_csv.reader",
    .basicsize = sizeof(readerobject),
    .flags = PY_TPFLAGS_GC,
    .doc = "CSV reader\n\nReader objects are responsible for reading and "
           "parsing tabular data\nin CSV format.\n",
    .dealloc = reader_dealloc,
    .iter = py_self_iter,
    .iternext = reader_next,
    .traverse = reader_traverse,
    .clear = reader_clear,
    .getset = reader_getset,
};

static const py_method_def writer_methods[] = {
    {"writerow", writer_writerow, 0,
     "writerow(iterable)\n\nConstruct and write a CSV record from an "
     "iterable of fields.  Non-string\nelements will be converted to "
     "string."},
    {"writerows", writer_writerows, 0,
     "writerows(iterable of iterables)\n\nConstruct and write a series of "
     "iterables to a csv file.  Non-string\nelements will be converted to "
     "string."},
    {NULL, NULL, 0, NULL},
};

static const py_getset_def writer_getset[] = {
    {"dialect", writer_get_dialect, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static py_type writer_type = {
    .ovar = {.ob = {.rc = 1, .type = &py_type_type}},
    .name = "_csv.writer",
    .basicsize = sizeof(writerobject),
    .flags = PY_TPFLAGS_GC,
    .doc = "CSV writer\n\nWriter objects are responsible for generating "
           "tabular data\nin CSV format from sequence input.\n",
    .dealloc = writer_dealloc,
    .traverse = writer_traverse,
    .clear = writer_clear,
    .methods = writer_methods,
    .getset = writer_getset,
};

static const py_method_def module_functions[] = {
    {"reader", csv_reader, 0,
     "    csv_reader = reader(iterable [, dialect='excel']\n"
     "                            [optional keyword args])"},
    {"writer", csv_writer, 0,
     "    csv_writer = csv.writer(fileobj [, dialect='excel']\n"
     "                            [optional keyword args])"},
    {"register_dialect", csv_register_dialect, 0,
     "Create a mapping from a string name to a dialect class."},
    {"unregister_dialect", csv_unregister_dialect, 0,
     "Delete the name/dialect mapping associated with a string name."},
    {"get_dialect", csv_get_dialect, 0,
     "Return the dialect instance associated with name."},
    {"list_dialects", csv_list_dialects, 0,
     "Return a list of all know dialect names."},
    {"field_size_limit", csv_field_size_limit, 0,
     "Sets an upper limit on parsed fields."},
    {NULL, NULL, 0, NULL},
};

/* _csv.Error: a NEW heap class Error(Exception) of module _csv. */
static py_obj *make_error(void)
{
    py_obj *name = py_str_from_cstr("Error");
    py_obj *bases = py_tuple_pack(1, PY_OBJ(py_exc_Exception));
    py_obj *ns = py_dict_new();
    py_obj *mod = py_str_from_cstr("_csv");
    py_obj *cls = NULL;
    if (name && bases && ns && mod &&
        py_dict_set_str(ns, "__module__", mod) == 0)
        cls = py_type_new_class(name, bases, ns);
    PY_XDECREF(name);
    PY_XDECREF(bases);
    PY_XDECREF(ns);
    PY_XDECREF(mod);
    return cls;
}

/* Add the QUOTE_* constants and version to m.  0 or -1. */
static int add_constants(py_obj *m)
{
    static const char *const q[] = {"QUOTE_MINIMAL", "QUOTE_ALL",
                                    "QUOTE_NONNUMERIC", "QUOTE_NONE"};
    for (int i = 0; i < 4; i++)
        if (py_bi_add_new(m, q[i], py_int_from_i64(i)) < 0)
            return -1;
    return py_bi_add_new(m, "__version__", py_str_from_cstr("1.0"));
}

/* The _csv module (a fresh registry and Error class per runtime).  NEW
 * module. */
py_obj *py_init_csv(void)
{
    py_type *types[] = {&dialect_type, &reader_type, &writer_type};
    for (int i = 0; i < 3; i++)
        if (py_type_ready(types[i]) < 0)
            return NULL;
    py_obj *m = py_module_new("_csv");
    if (!m)
        return NULL;
    py_obj *err = make_error(), *reg = py_dict_new();
    csv_error = err, dialects = reg, field_limit = 128 * 1024;
    if (py_bi_add_new(m, "Error", err) < 0 ||
        py_bi_add_new(m, "_dialects", reg) < 0 ||
        py_bi_add_functions(m, module_functions) < 0 ||
        py_bi_add_object(m, "Dialect", PY_OBJ(&dialect_type)) < 0 ||
        py_bi_add_object(m, "Reader", PY_OBJ(&reader_type)) < 0 ||
        py_bi_add_object(m, "Writer", PY_OBJ(&writer_type)) < 0 ||
        add_constants(m) < 0 ||
        py_bi_add_new(m, "__doc__",
                      py_str_from_cstr("CSV parsing and writing.\n")) < 0)
        PY_CLEAR(m);
    return m;
}
