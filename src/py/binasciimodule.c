/*
 * binasciimodule.c -- binascii, in C as CPython has it: base64 and hex
 * conversions and CRCs, which Lib's base64, uu-free codecs and many
 * programs (hashing, data files) use.
 *
 * Provided: b2a_base64 (newline=), a2b_base64 (strict_mode=), b2a_hex /
 * hexlify and a2b_hex / unhexlify, crc32, crc_hqx, Error (a ValueError)
 * and Incomplete, with CPython 3.11's messages.  Not provided: the uu
 * and quoted-printable codecs (a2b_uu, b2a_qp...).
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* binascii.Error, found through the module (none kept in a static). */
static py_obj *module_error(const char *name)
{
    py_obj *mn = py_str_interned("binascii");
    py_obj *m = mn ? py_dict_get(py_rt.modules, mn) : NULL;
    PY_XDECREF(mn);
    return m ? py_dict_get_str(py_module_dict(m), name) : NULL;
}

static void set_error(const char *msg)
{
    py_obj *e = module_error("Error");
    py_err_set(e ? (py_type *)e : py_exc_ValueError, msg);
}

/* The bytes of data: a bytes-like object, or (ascii_str) an ASCII str as
 * the a2b functions take.  0, or -1 with CPython's TypeError/ValueError. */
static int input_bytes(py_obj *data, bool ascii_str, const char **p, ssize_t *n)
{
    if (py_is_str(data) && ascii_str) {
        *p = PY_STR_DATA(data);
        *n = PY_STR_NBYTES(data);
        if (*n != PY_STR_LEN(data)) {
            py_err_set(py_exc_ValueError,
                       "string argument should contain only ASCII characters");
            return -1;
        }
        return 0;
    }
    if (py_bytes_like(data, p, n))
        return 0;
    if (ascii_str)
        py_err_format(py_exc_TypeError,
                      "argument should be bytes, buffer or ASCII string, not "
                      "'%s'",
                      py_type_name(data));
    else
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(data));
    return -1;
}

/* Look keyword `name` up among kwnames (its value, or NULL). */
static py_obj *keyword(py_obj *const *args, size_t nargs, py_obj *kwnames,
                       const char *name, const char *fn)
{
    py_obj *v = NULL;
    for (ssize_t i = 0; kwnames && i < PY_TUPLE_SIZE(kwnames); i++) {
        if (py_str_eq_cstr(PY_TUPLE_ITEMS(kwnames)[i], name))
            v = args[nargs + (size_t)i];
        else {
            py_err_fmt(py_exc_TypeError,
                       "%s() got an unexpected keyword argument '%U'", fn,
                       PY_TUPLE_ITEMS(kwnames)[i]);
            return NULL;
        }
    }
    return v;
}

/* b2a_base64(data, *, newline=True) */
static py_obj *b2a_base64(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("b2a_base64", nargs, NULL, 1, 1) < 0)
        return NULL;
    py_obj *nl = keyword(args, nargs, kwnames, "newline", "b2a_base64");
    if (!nl && py_err_occurred())
        return NULL;
    int newline = nl ? py_is_true(nl) : 1;
    const char *p;
    ssize_t n;
    if (newline < 0 || input_bytes(args[0], false, &p, &n) < 0)
        return NULL;
    size_t out = ((size_t)n + 2) / 3 * 4 + (newline ? 1 : 0);
    char *buf = py_mem_alloc(out + 1);
    if (!buf)
        return py_err_nomemory();
    size_t k = 0;
    const unsigned char *u = (const unsigned char *)p;
    for (ssize_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)u[i] << 16;
        if (i + 1 < n)
            v |= (uint32_t)u[i + 1] << 8;
        if (i + 2 < n)
            v |= u[i + 2];
        buf[k++] = b64_alphabet[(v >> 18) & 63];
        buf[k++] = b64_alphabet[(v >> 12) & 63];
        buf[k++] = i + 1 < n ? b64_alphabet[(v >> 6) & 63] : '=';
        buf[k++] = i + 2 < n ? b64_alphabet[v & 63] : '=';
    }
    if (newline)
        buf[k++] = '\n';
    py_obj *r = py_bytes_new(buf, k);
    py_mem_free(buf);
    return r;
}

static int b64_value(unsigned char c)
{
    const char *at = c ? strchr(b64_alphabet, c) : NULL;
    return at ? (int)(at - b64_alphabet) : -1;
}

typedef struct b64_state {
    unsigned char *out;
    size_t n;
    int quad, pads;
    uint32_t acc;
    ssize_t data_chars;
} b64_state;

static void b64_take(b64_state *st, int v)
{
    st->acc = (st->acc << 6) | (uint32_t)v;
    st->data_chars++;
    if (++st->quad == 4) {
        st->out[st->n++] = (unsigned char)(st->acc >> 16);
        st->out[st->n++] = (unsigned char)(st->acc >> 8);
        st->out[st->n++] = (unsigned char)st->acc;
        st->quad = 0;
        st->acc = 0;
    }
}

/* The bytes decoded so far, with a partial group of 2 or 3 characters
 * (checked by the caller) flushed. */
static py_obj *b64_finish(b64_state *st)
{
    if (st->quad == 2)
        st->out[st->n++] = (unsigned char)(st->acc >> 4);
    else if (st->quad == 3) {
        st->out[st->n++] = (unsigned char)(st->acc >> 10);
        st->out[st->n++] = (unsigned char)(st->acc >> 2);
    }
    return py_bytes_new((const char *)st->out, st->n);
}

/* a2b_base64(data, *, strict_mode=False), as CPython 3.11 decodes: other
 * characters are skipped (strict: an error), a pad ends the data once a
 * group is complete. */
static py_obj *decode_b64(const unsigned char *p, ssize_t n, bool strict)
{
    b64_state st = {py_mem_alloc((size_t)n / 4 * 3 + 3), 0, 0, 0, 0, 0};
    if (!st.out)
        return py_err_nomemory();
    bool padding = false, done = false;
    const char *err = NULL;
    if (strict && n > 0 && p[0] == '=')
        err = "Leading padding not allowed";
    for (ssize_t i = 0; !err && !done && i < n; i++) {
        if (p[i] == '=') {
            padding = true;
            if (st.quad >= 2 && st.quad + ++st.pads >= 4) {
                if (strict && i + 1 < n)
                    err = "Excess data after padding";
                done = true;
            }
            continue;
        }
        int v = b64_value(p[i]);
        if (v < 0) {
            if (strict)
                err = "Only base64 data is allowed";
            continue;
        }
        if (strict && padding)
            err = "Discontinuous padding not allowed";
        st.pads = 0;
        b64_take(&st, v);
    }
    char msg[160];
    if (!err && st.quad == 1) {
        snprintf(msg, sizeof msg,
                 "Invalid base64-encoded string: number of data characters "
                 "(%zd) cannot be 1 more than a multiple of 4",
                 st.data_chars);
        err = msg;
    } else if (!err && st.quad != 0 && !done)
        err = "Incorrect padding";
    py_obj *r = err ? NULL : b64_finish(&st);
    if (err)
        set_error(err);
    py_mem_free(st.out);
    return r;
}

static py_obj *a2b_base64(py_obj *self, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("a2b_base64", nargs, NULL, 1, 1) < 0)
        return NULL;
    py_obj *sm = keyword(args, nargs, kwnames, "strict_mode", "a2b_base64");
    if (!sm && py_err_occurred())
        return NULL;
    int strict = sm ? py_is_true(sm) : 0;
    const char *p;
    ssize_t n;
    if (strict < 0 || input_bytes(args[0], true, &p, &n) < 0)
        return NULL;
    return decode_b64((const unsigned char *)p, n, strict);
}

/* b2a_hex(data[, sep[, bytes_per_sep]]): bytes.hex() as bytes. */
static py_obj *b2a_hex(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("hexlify", nargs, kwnames, 1, 3) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    if (input_bytes(args[0], false, &p, &n) < 0)
        return NULL;
    py_obj *b = py_bytes_new(p, (size_t)n);
    py_obj *s = b ? py_call_method(b, "hex", args + 1, nargs - 1) : NULL;
    PY_XDECREF(b);
    if (!s)
        return NULL;
    py_obj *r = py_bytes_new(PY_STR_DATA(s), (size_t)PY_STR_NBYTES(s));
    PY_DECREF(s);
    return r;
}

static int hex_digit(unsigned char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* a2b_hex(hexstr): the bytes the hex digits spell. */
static py_obj *a2b_hex(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    if (py_bi_expect("unhexlify", nargs, kwnames, 1, 1) < 0)
        return NULL;
    const char *p;
    ssize_t n;
    if (input_bytes(args[0], true, &p, &n) < 0)
        return NULL;
    if (n % 2) {
        set_error("Odd-length string");
        return NULL;
    }
    char *out = py_mem_alloc((size_t)n / 2 + 1);
    if (!out)
        return py_err_nomemory();
    for (ssize_t i = 0; i < n; i += 2) {
        int hi = hex_digit((unsigned char)p[i]),
            lo = hex_digit((unsigned char)p[i + 1]);
        if (hi < 0 || lo < 0) {
            py_mem_free(out);
            set_error("Non-hexadecimal digit found");
            return NULL;
        }
        out[i / 2] = (char)(hi << 4 | lo);
    }
    py_obj *r = py_bytes_new(out, (size_t)n / 2);
    py_mem_free(out);
    return r;
}

/* The running CRC argument (an int, taken modulo 2**32). */
static int crc_arg(py_obj *const *args, size_t nargs, uint32_t *crc)
{
    *crc = 0;
    if (nargs < 2)
        return 0;
    if (!PY_TYPE_CHECK(args[1], &py_int_type)) {
        py_err_format(py_exc_TypeError,
                      "'%s' object cannot be interpreted as an integer",
                      py_type_name(args[1]));
        return -1;
    }
    py_obj *m = py_int_from_i64(0xFFFFFFFFll);
    py_obj *v = m ? py_binop(args[1], m, PY_NB_AND) : NULL;
    PY_XDECREF(m);
    if (!v)
        return -1;
    int64_t x = 0;
    int r = py_bi_as_i64(v, &x);
    PY_DECREF(v);
    *crc = (uint32_t)x;
    return r;
}

/* crc32(data, crc=0): CRC-32 (zlib's polynomial), an unsigned int. */
static py_obj *ba_crc32(py_obj *self, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)self;
    const char *p;
    ssize_t n;
    uint32_t crc;
    if (py_bi_expect("crc32", nargs, kwnames, 1, 2) < 0 ||
        input_bytes(args[0], false, &p, &n) < 0 ||
        crc_arg(args, nargs, &crc) < 0)
        return NULL;
    uLong v = crc; /* libz's table-driven CRC, as CPython's binascii */
    for (; n > (ssize_t)UINT_MAX; p += UINT_MAX, n -= (ssize_t)UINT_MAX)
        v = crc32(v, (const Bytef *)p, UINT_MAX);
    v = crc32(v, (const Bytef *)p, (uInt)n);
    return py_int_from_i64((int64_t)(v & 0xFFFFFFFFu));
}

/* crc_hqx(data, crc): CRC-CCITT (XMODEM), 16 bits. */
static py_obj *crc_hqx(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)self;
    const char *p;
    ssize_t n;
    uint32_t crc;
    if (py_bi_expect("crc_hqx", nargs, kwnames, 2, 2) < 0 ||
        input_bytes(args[0], false, &p, &n) < 0 ||
        crc_arg(args, nargs, &crc) < 0)
        return NULL;
    crc &= 0xFFFF;
    for (ssize_t i = 0; i < n; i++) {
        crc ^= (uint32_t)(unsigned char)p[i] << 8;
        for (int k = 0; k < 8; k++)
            crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xFFFF
                               : (crc << 1) & 0xFFFF;
    }
    return py_int_from_i64(crc);
}

static const py_method_def functions[] = {
    {"b2a_base64", b2a_base64, PY_METH_DEFAULT, "Base64-code line of data."},
    {"a2b_base64", a2b_base64, PY_METH_DEFAULT,
     "Decode a line of base64 data."},
    {"b2a_hex", b2a_hex, PY_METH_DEFAULT,
     "Hexadecimal representation of binary data."},
    {"hexlify", b2a_hex, PY_METH_DEFAULT,
     "Hexadecimal representation of binary data."},
    {"a2b_hex", a2b_hex, PY_METH_DEFAULT,
     "Binary data of hexadecimal representation."},
    {"unhexlify", a2b_hex, PY_METH_DEFAULT,
     "Binary data of hexadecimal representation."},
    {"crc32", ba_crc32, PY_METH_DEFAULT, "Compute CRC-32 incrementally."},
    {"crc_hqx", crc_hqx, PY_METH_DEFAULT, "Compute CRC-CCITT incrementally."},
    {NULL, NULL, 0, NULL},
};

py_obj *py_init_binascii(void)
{
    py_obj *m = py_module_new("binascii");
    if (m && (py_bi_add_functions(m, functions) < 0 ||
              py_bi_add_new(m, "Error",
                            py_exc_new_class("binascii", "Error",
                                             py_exc_ValueError, NULL)) < 0 ||
              py_bi_add_new(m, "Incomplete",
                            py_exc_new_class("binascii", "Incomplete",
                                             py_exc_Exception, NULL)) < 0))
        PY_CLEAR(m);
    return m;
}
