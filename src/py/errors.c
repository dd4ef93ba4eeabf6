/*
 * errors.c -- the pending exception: setting, formatting, matching,
 * fetching and restoring it.
 *
 * The pending exception lives in py_rt.cur_exc (an instance, owned).
 * Raising while another exception is being handled (py_rt.handled_exc)
 * chains it as __context__, breaking any cycle the way CPython's
 * _PyErr_SetObject does.  MemoryError uses a preallocated instance when
 * even the exception cannot be allocated.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "numstr.h"
#include "objects.h"
#include "runtime.h"

/* ------------------------------------------------------- formatting */

/* Append one %-conversion starting after '%' at *pf; advances *pf. */
static int fmt_one(py_sbuf *sb, const char **pf, va_list *ap)
{
    const char *f = *pf;
    char buf[64];
    while (*f == '.' || (*f >= '0' && *f <= '9'))
        f++; /* precision (%.200s) is accepted and ignored */
    int lng = 0, sz = 0;
    while (*f == 'l') {
        lng++;
        f++;
    }
    if (*f == 'z') {
        sz = 1;
        f++;
    }
    char c = *f;
    *pf = f + 1;
    switch (c) {
    case 'd':
    case 'i':
        if (sz)
            snprintf(buf, sizeof buf, "%zd", va_arg(*ap, ssize_t));
        else if (lng >= 2)
            snprintf(buf, sizeof buf, "%lld", va_arg(*ap, long long));
        else if (lng)
            snprintf(buf, sizeof buf, "%ld", va_arg(*ap, long));
        else
            snprintf(buf, sizeof buf, "%d", va_arg(*ap, int));
        break;
    case 'u':
    case 'x':
        if (sz)
            snprintf(buf, sizeof buf, c == 'u' ? "%zu" : "%zx",
                     va_arg(*ap, size_t));
        else if (lng >= 2)
            snprintf(buf, sizeof buf, c == 'u' ? "%llu" : "%llx",
                     va_arg(*ap, unsigned long long));
        else if (lng)
            snprintf(buf, sizeof buf, c == 'u' ? "%lu" : "%lx",
                     va_arg(*ap, unsigned long));
        else
            snprintf(buf, sizeof buf, c == 'u' ? "%u" : "%x",
                     va_arg(*ap, unsigned));
        break;
    case 'c':
        py_sb_put_cp(sb, (uint32_t)va_arg(*ap, int));
        return 0;
    case 'p':
        snprintf(buf, sizeof buf, "%p", va_arg(*ap, void *));
        break;
    case 's': {
        const char *s = va_arg(*ap, const char *);
        py_sb_puts(sb, s ? s : "(null)");
        return 0;
    }
    case '%':
        py_sb_putc(sb, '%');
        return 0;
    case 'T':
        py_sb_puts(sb, py_type_name(va_arg(*ap, py_obj *)));
        return 0;
    case 'U':
        return py_sb_put_str(sb, va_arg(*ap, py_obj *));
    case 'R':
    case 'S': {
        py_obj *o = va_arg(*ap, py_obj *);
        py_obj *s = c == 'R' ? py_repr(o) : py_str(o);
        if (!s)
            return -1;
        int r = py_sb_put_str(sb, s);
        PY_DECREF(s);
        return r;
    }
    default:
        py_sb_putc(sb, '%');
        py_sb_putc(sb, c);
        return 0;
    }
    py_sb_puts(sb, buf);
    return 0;
}

/* NEW str from a format with the %R %S %U %T conversions. */
static py_obj *vformat(const char *fmt, va_list ap)
{
    py_sbuf sb;
    va_list cp;
    va_copy(cp, ap);
    py_sb_init(&sb);
    for (const char *f = fmt; *f;) {
        const char *pct = strchr(f, '%');
        if (!pct) {
            py_sb_puts(&sb, f);
            break;
        }
        py_sb_put(&sb, f, (size_t)(pct - f));
        f = pct + 1;
        if (fmt_one(&sb, &f, &cp) < 0) {
            va_end(cp);
            py_sb_free(&sb);
            return NULL;
        }
    }
    va_end(cp);
    return py_sb_finish(&sb);
}

/* ------------------------------------------------------------ raising */

/* Chain exc's __context__ to the handled exception, avoiding cycles. */
static void set_context(py_obj *exc)
{
    py_obj *handled = py_rt.handled_exc;
    if (!handled || handled == exc || handled == py_None)
        return;
    if (!PY_TYPE_CHECK(exc, py_exc_BaseException) ||
        !PY_TYPE_CHECK(handled, py_exc_BaseException))
        return;
    py_obj *o = handled; /* cut exc out of handled's chain */
    for (py_obj *ctx; (ctx = ((py_exc *)o)->context) != NULL; o = ctx) {
        if (ctx == exc) {
            PY_CLEAR(((py_exc *)o)->context);
            break;
        }
    }
    py_exc *e = (py_exc *)exc;
    PY_INCREF(handled);
    PY_SETREF(e->context, handled);
}

/* Make exc (STOLEN instance) pending, chaining the context. */
static void raise_instance(py_obj *exc)
{
    set_context(exc);
    PY_SETREF(py_rt.cur_exc, exc);
}

void py_err_set(py_type *exc, const char *msg)
{
    py_obj *s = py_str_from_cstr(msg);
    if (!s)
        return;
    py_obj *e = py_exc_new(exc, &s, 1);
    PY_DECREF(s);
    if (e)
        raise_instance(e);
}

static void set_with_str(py_type *exc, py_obj *s)
{
    if (!s)
        return;
    py_obj *e = py_exc_new(exc, &s, 1);
    PY_DECREF(s);
    if (e)
        raise_instance(e);
}

void py_err_vfmt(py_type *exc, const char *fmt, va_list ap)
{
    set_with_str(exc, vformat(fmt, ap));
}

void py_err_fmt(py_type *exc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    py_err_vfmt(exc, fmt, ap);
    va_end(ap);
}

void py_err_format(py_type *exc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    py_err_vfmt(exc, fmt, ap);
    va_end(ap);
}

/* Raise a class (instantiated with no arguments) or an instance. */
void py_err_set_obj(py_obj *exc)
{
    if (PY_TYPE_CHECK(exc, &py_type_type) &&
        py_type_is_subtype((py_type *)exc, py_exc_BaseException)) {
        py_obj *inst = py_call(exc, NULL, 0, NULL);
        if (!inst)
            return;
        if (!PY_TYPE_CHECK(inst, py_exc_BaseException)) {
            py_err_fmt(py_exc_TypeError,
                       "calling %R should have returned an instance of "
                       "BaseException, not %s",
                       exc, py_type_name(inst));
            PY_DECREF(inst);
            return;
        }
        raise_instance(inst);
        return;
    }
    if (PY_TYPE_CHECK(exc, py_exc_BaseException)) {
        raise_instance(py_newref(exc));
        return;
    }
    py_err_set(py_exc_TypeError, "exceptions must derive from BaseException");
}

py_obj *py_err_occurred(void)
{
    return py_rt.cur_exc;
}

/* Does the pending exception match t (class or tuple of classes)? */
bool py_err_matches(py_obj *t)
{
    py_obj *e = py_rt.cur_exc;
    if (!e)
        return false;
    if (PY_TYPE_CHECK(t, &py_tuple_type)) {
        for (ssize_t i = 0; i < PY_TUPLE_SIZE(t); i++)
            if (py_err_matches(PY_TUPLE_ITEMS(t)[i]))
                return true;
        return false;
    }
    if (!PY_TYPE_CHECK(t, &py_type_type))
        return false;
    return py_type_is_subtype(PY_TYPE(e), (py_type *)t);
}

py_obj *py_err_fetch(void)
{
    py_obj *e = py_rt.cur_exc;
    py_rt.cur_exc = NULL;
    return e;
}

void py_err_restore(py_obj *exc)
{
    PY_SETREF(py_rt.cur_exc, exc);
}

void py_err_clear(void)
{
    PY_CLEAR(py_rt.cur_exc);
}

/* ------------------------------------------------------- MemoryError */

/* A MemoryError kept for when no new exception can be allocated. */
static py_obj *spare_memerr;

/* Set MemoryError as the pending exception.  A fresh instance when the
 * heap still has room, else the spare one (tracebacks cleared).  The
 * allocation of the fresh one may itself fail and land here again: that
 * inner call only returns, so the outer one falls back to the spare
 * instead of recursing until the C stack runs out.  Always NULL. */
py_obj *py_err_nomemory(void)
{
    static bool busy;
    if (busy)
        return NULL;
    busy = true;
    py_obj *e = py_exc_new(py_exc_MemoryError, NULL, 0);
    busy = false;
    if (!e) {
        if (!spare_memerr)
            return NULL;
        e = py_newref(spare_memerr);
        PY_CLEAR(((py_exc *)e)->traceback);
        PY_CLEAR(((py_exc *)e)->context);
    }
    PY_SETREF(py_rt.cur_exc, e);
    return NULL;
}

/* Called by py_exceptions_init / fini. */
int py_errors_init(void)
{
    spare_memerr = py_exc_new(py_exc_MemoryError, NULL, 0);
    return spare_memerr ? 0 : -1;
}

void py_errors_fini(void)
{
    PY_CLEAR(spare_memerr);
}

/* ---------------------------------------------------------- helpers */

void py_err_no_attr(py_obj *o, py_obj *name)
{
    if (PY_TYPE_CHECK(o, &py_type_type))
        py_err_fmt(py_exc_AttributeError,
                   "type object '%s' has no attribute '%U'",
                   ((py_type *)o)->name, name);
    else
        py_err_fmt(py_exc_AttributeError, "'%s' object has no attribute '%U'",
                   py_type_name(o), name);
}

/* The default sys.unraisablehook output, for errors in __del__. */
void py_err_write_unraisable(py_obj *obj)
{
    py_err_write_unraisable_msg("Exception ignored in", obj);
}

void py_err_write_unraisable_msg(const char *msg, py_obj *obj)
{
    py_obj *exc = py_err_fetch();
    if (!exc)
        return;
    if (py_sys_call_unraisablehook(msg, obj, exc)) {
        PY_DECREF(exc);
        return;
    }
    py_obj *r = obj ? py_repr(obj) : NULL;
    if (!r)
        py_err_clear();
    py_write_err(msg, strlen(msg));
    py_write_err(": ", 2);
    if (r) {
        py_write_err(PY_STR_DATA(r), (size_t)PY_STR_NBYTES(r));
        PY_DECREF(r);
    }
    py_write_err("\n", 1);
    py_print_exception(exc);
    PY_DECREF(exc);
}
