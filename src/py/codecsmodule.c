/*
 * codecsmodule.c -- the _codecs module that Lib's codecs.py and the
 * encodings package are built on: the codec registry (register, lookup
 * with the encodings package's search function), the error handler
 * registry with CPython's built-in handlers, the codecs pyscope's
 * str and bytes implement (utf-8, latin-1, ascii), the charmap codecs
 * under Lib's 8-bit encodings (cp437 for zipfile's names, cp1252...), and
 * the registry path str.encode / bytes.decode take for the others.
 *
 * The registries live in the module's namespace under private names, so
 * they go away with the interpreter.  The UTF-16/32, UTF-7 and escape
 * codecs are CPython's (BOMs, byte orders, `final` for incremental
 * decoders, the same error messages and positions) and call error
 * handlers as CPython does: looked up at the first error, given one
 * exception object made once, their (replacement, position) checked;
 * surrogatepass and surrogateescape are registered with the others.
 * Known difference: the charmap codecs know the strict, replace, ignore,
 * backslashreplace and xmlcharrefreplace handlers only.
 */
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"
#include "runtime.h"
#include "unicode_db.h"

#define SEARCH "__codec_search_path"
#define CACHE  "__codec_search_cache"
#define ERRORS "__codec_error_registry"

/* The module's registry `name` (BORROWED). */
static py_obj *registry(py_obj *mod, const char *name)
{
    return py_dict_get_str(py_module_dict(mod), name);
}

static py_obj *cd_register(py_obj *mod, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    if (py_check_args("register", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_callable(args[0])) {
        py_err_set(py_exc_TypeError, "argument must be callable");
        return NULL;
    }
    if (py_list_append(registry(mod, SEARCH), args[0]) < 0)
        return NULL;
    return py_newref(py_None);
}

static py_obj *cd_unregister(py_obj *mod, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    if (py_check_args("unregister", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *l = registry(mod, SEARCH);
    for (ssize_t i = 0; i < PY_LIST_SIZE(l); i++)
        if (PY_LIST_ITEMS(l)[i] == args[0]) {
            py_obj *r = py_call_method(l, "remove", args, 1);
            py_obj *c =
                r ? py_call_method(registry(mod, CACHE), "clear", NULL, 0)
                  : NULL;
            PY_XDECREF(r);
            if (!c)
                return NULL;
            PY_DECREF(c);
            break;
        }
    return py_newref(py_None);
}

/* CPython's normalizestring: lower case, spaces to underscores.  NEW. */
static py_obj *normalize(py_obj *name)
{
    const char *s = PY_STR_DATA(name);
    size_t n = (size_t)PY_STR_NBYTES(name);
    char buf[256];
    if (n >= sizeof buf)
        return py_call_method(name, "lower", NULL, 0);
    for (size_t i = 0; i < n; i++)
        buf[i] = s[i] == ' '                    ? '_'
                 : (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32)
                                                : s[i];
    return py_str_new(buf, n);
}

/* lookup(encoding): the CodecInfo the search functions give, cached; the
 * encodings package is imported first, as CPython's start-up does.
 * NEW. */
static py_obj *do_lookup(py_obj *mod, py_obj *enc)
{
    if (!py_is_str(enc)) {
        py_err_format(py_exc_TypeError, "lookup() argument must be str, not %s",
                      py_type_name(enc));
        return NULL;
    }
    py_obj *key = normalize(enc), *cache = registry(mod, CACHE);
    if (!key)
        return NULL;
    py_obj *hit = py_dict_get(cache, key);
    if (hit) {
        PY_DECREF(key);
        return py_newref(hit);
    }
    py_obj *path = registry(mod, SEARCH);
    if (PY_LIST_SIZE(path) == 0) {
        py_obj *n = py_str_from_cstr("encodings");
        py_obj *m = n ? py_import_module_level(n, NULL, NULL, 0) : NULL;
        PY_XDECREF(n);
        if (!m) {
            PY_DECREF(key);
            return NULL;
        }
        PY_DECREF(m);
    }
    for (ssize_t i = 0; i < PY_LIST_SIZE(path); i++) {
        py_obj *r = py_call(PY_LIST_ITEMS(path)[i], &key, 1, NULL);
        if (!r || r != py_None) {
            if (r &&
                (!PY_TYPE_CHECK(r, &py_tuple_type) || PY_TUPLE_SIZE(r) != 4)) {
                py_err_set(py_exc_TypeError,
                           "codec search functions must return 4-tuples");
                PY_CLEAR(r);
            }
            if (r && py_dict_set(cache, key, r) < 0)
                PY_CLEAR(r);
            PY_DECREF(key);
            return r;
        }
        PY_DECREF(r);
    }
    PY_DECREF(key);
    py_err_fmt(py_exc_LookupError, "unknown encoding: %U", enc);
    return NULL;
}

/* ------------------------------------------------ codec error wrapping */

/* Does an exception of type t carry state beyond its args (its own
 * __init__/__new__ in C, or in a class of its MRO, or __slots__)?  Such
 * exceptions CPython's _PyErr_TrySetFromCause leaves alone. */
static bool exc_has_state(py_type *t)
{
    py_type *const own[] = {py_exc_OSError,
                            py_exc_SyntaxError,
                            py_exc_ImportError,
                            py_exc_StopIteration,
                            py_exc_SystemExit,
                            py_exc_NameError,
                            py_exc_AttributeError,
                            py_exc_UnicodeDecodeError,
                            py_exc_UnicodeEncodeError,
                            py_exc_UnicodeTranslateError,
                            py_exc_BaseExceptionGroup};
    for (size_t i = 0; i < sizeof own / sizeof *own; i++)
        if (py_type_is_subtype(t, own[i]))
            return true;
    py_obj *mro = t->mro;
    for (ssize_t i = 0; mro && i < PY_TUPLE_SIZE(mro); i++) {
        py_type *k = (py_type *)PY_TUPLE_ITEMS(mro)[i];
        if (!(k->flags & PY_TPFLAGS_HEAPTYPE))
            break;
        if (py_dict_get_str(k->dict, "__init__") ||
            py_dict_get_str(k->dict, "__new__") ||
            py_dict_get_str(k->dict, "__slots__"))
            return true;
    }
    return false;
}

/* CPython's wrap_codec_error: replace the pending exception, when it is
 * a plain one (no state but at most one str argument, an empty instance
 * dict), by one of the same type saying "OP with 'ENC' codec failed (T:
 * message)", caused by the original. */
static void wrap_codec_error(const char *op, py_obj *enc)
{
    py_obj *val = py_err_fetch();
    py_exc *e = (py_exc *)val;
    py_obj *args = val ? e->args : NULL;
    bool plain = val && !exc_has_state(PY_TYPE(val)) && args &&
                 PY_TUPLE_SIZE(args) <= 1 &&
                 (PY_TUPLE_SIZE(args) == 0 ||
                  PY_TYPE(PY_TUPLE_ITEMS(args)[0]) == &py_str_type) &&
                 (!e->dict || py_dict_size(e->dict) == 0);
    if (!plain) {
        py_err_restore(val);
        return;
    }
    py_err_fmt(PY_TYPE(val), "%s with '%U' codec failed (%s: %S)", op, enc,
               PY_TYPE(val)->name, val);
    py_obj *w = py_err_fetch();
    if (w && PY_TYPE_CHECK(w, py_exc_BaseException)) {
        PY_XDECREF(((py_exc *)w)->cause);
        ((py_exc *)w)->cause = val;
        ((py_exc *)w)->suppress_context = true;
        val = NULL;
    }
    PY_XDECREF(val);
    py_err_restore(w);
}

/* Is the CodecInfo info a text encoding (its _is_text_encoding, true when
 * missing)?  1, 0, or -1 with an error. */
static int is_text_encoding(py_obj *info)
{
    py_obj *name = py_str_from_cstr("_is_text_encoding"), *flag = NULL;
    int r = name ? py_lookup_attr(info, name, &flag) : -1;
    PY_XDECREF(name);
    if (r <= 0)
        return r < 0 ? -1 : 1;
    r = py_is_true(flag);
    PY_DECREF(flag);
    return r;
}

/* The coder `which` (0 encode, 1 decode) of the text encoding enc, from the
 * registry; LookupError as CPython for a codec that is not one.  NEW. */
static py_obj *text_coder(py_obj *enc, int which)
{
    py_obj *name = py_str_from_cstr("_codecs");
    py_obj *mod = name ? py_import(name) : NULL;
    PY_XDECREF(name);
    py_obj *info = mod ? do_lookup(mod, enc) : NULL;
    PY_XDECREF(mod);
    int text = info ? is_text_encoding(info) : -1;
    py_obj *coder = text > 0 ? py_newref(PY_TUPLE_ITEMS(info)[which]) : NULL;
    if (text == 0)
        py_err_fmt(py_exc_LookupError,
                   "'%U' is not a text encoding; use codecs.%s() to handle "
                   "arbitrary codecs",
                   enc, which ? "decode" : "encode");
    PY_XDECREF(info);
    return coder;
}

py_obj *py_codec_text(py_obj *obj, py_obj *enc, py_obj *errors, bool decode)
{
    py_obj *coder = text_coder(enc, decode);
    if (!coder)
        return NULL;
    /* bytes reach a decoder as a read-only memoryview, as CPython's */
    py_obj *view = decode && py_is_bytes(obj)
                       ? py_memoryview_of(obj, PY_BYTES_SIZE(obj), true)
                       : py_newref(obj);
    py_obj *argv[2] = {view, errors};
    py_obj *t = view ? py_call(coder, argv, errors ? 2 : 1, NULL) : NULL;
    PY_XDECREF(view);
    PY_DECREF(coder);
    if (!t)
        wrap_codec_error(decode ? "decoding" : "encoding", enc);
    if (t && (!PY_TYPE_CHECK(t, &py_tuple_type) || PY_TUPLE_SIZE(t) != 2)) {
        py_err_set(py_exc_TypeError, decode ? "decoder must return a tuple "
                                              "(object,integer)"
                                            : "encoder must return a tuple "
                                              "(object, integer)");
        PY_CLEAR(t);
    }
    py_obj *r = t ? py_newref(PY_TUPLE_ITEMS(t)[0]) : NULL;
    PY_XDECREF(t);
    if (r && !(decode ? py_is_str(r) : py_is_bytes(r))) {
        py_err_fmt(py_exc_TypeError,
                   decode ? "'%U' decoder returned '%s' instead of 'str'; use "
                            "codecs.decode() to decode to arbitrary types"
                          : "'%U' encoder returned '%s' instead of 'bytes'; "
                            "use codecs.encode() to encode to arbitrary types",
                   enc, py_type_name(r));
        PY_CLEAR(r);
    }
    return r;
}

static py_obj *cd_lookup(py_obj *mod, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    if (py_check_args("lookup", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return do_lookup(mod, args[0]);
}

/* Whether pyscope's str/bytes implement the encoding themselves. */
static bool native(py_obj *enc)
{
    static const char *const names[] = {
        "utf-8",      "utf8",      "utf_8", "latin-1",  "latin1", "latin_1",
        "iso-8859-1", "iso8859-1", "ascii", "us-ascii", NULL};
    py_obj *k = normalize(enc);
    bool r = false;
    for (int i = 0; k && names[i] && !r; i++)
        r = strcmp(PY_STR_DATA(k), names[i]) == 0;
    if (!k)
        py_err_clear();
    PY_XDECREF(k);
    return r;
}

/* encode/decode(obj, encoding='utf-8', errors='strict') through the
 * codec's function (index 0 encode, 1 decode).  NEW. */
static py_obj *transcode(py_obj *mod, const char *fname, py_obj *const *args,
                         size_t nargs, py_obj *kwnames, int which)
{
    static const char *const names[] = {"obj", "encoding", "errors"};
    py_obj *a[3] = {NULL, NULL, NULL};
    if (py_bi_parse(fname, args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    py_obj *enc = a[1] ? py_newref(a[1]) : py_str_from_cstr("utf-8");
    py_obj *err = a[2] ? py_newref(a[2]) : py_str_from_cstr("strict");
    py_obj *r = NULL;
    if (!enc || !err)
        goto done;
    bool is_text = py_is_str(a[0]);
    const char *d;
    ssize_t n;
    if (native(enc) && ((which == 0 && is_text) ||
                        (which == 1 && py_bytes_like(a[0], &d, &n)))) {
        py_obj *argv[2] = {enc, err};
        py_obj *src = which == 1 && !py_is_bytes(a[0])
                          ? py_bytes_new(d, (size_t)n)
                          : py_newref(a[0]);
        r = src ? py_call_method(src, which ? "decode" : "encode", argv, 2)
                : NULL;
        PY_XDECREF(src);
        goto done;
    }
    py_obj *info = do_lookup(mod, enc);
    if (info) {
        py_obj *argv[2] = {a[0], err};
        py_obj *t = py_call(PY_TUPLE_ITEMS(info)[which], argv, 2, NULL);
        if (!t)
            wrap_codec_error(which ? "decoding" : "encoding", enc);
        if (t && PY_TYPE_CHECK(t, &py_tuple_type) && PY_TUPLE_SIZE(t) == 2)
            r = py_newref(PY_TUPLE_ITEMS(t)[0]);
        else if (t)
            py_err_set(py_exc_TypeError,
                       "encoder must return a tuple (object, integer)");
        PY_XDECREF(t);
        PY_DECREF(info);
    }
done:
    PY_XDECREF(enc);
    PY_XDECREF(err);
    return r;
}

static py_obj *cd_encode(py_obj *mod, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    return transcode(mod, "encode", args, nargs, kwnames, 0);
}

static py_obj *cd_decode(py_obj *mod, py_obj *const *args, size_t nargs,
                         py_obj *kwnames)
{
    return transcode(mod, "decode", args, nargs, kwnames, 1);
}

/* ---------------------------------------------------- the codecs */

/* (str.encode(codec, errors), len(str)).  NEW. */
static py_obj *encode_with(const char *codec, const char *fname,
                           py_obj *const *args, size_t nargs, py_obj *kwnames)
{
    if (py_check_args(fname, nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError, "%s() argument 1 must be str, not %s",
                      fname, py_type_name(args[0]));
        return NULL;
    }
    py_obj *c = py_str_from_cstr(codec);
    py_obj *e = nargs > 1 && args[1] != py_None ? py_newref(args[1])
                                                : py_str_from_cstr("strict");
    py_obj *argv[2] = {c, e};
    py_obj *b = c && e ? py_call_method(args[0], "encode", argv, 2) : NULL;
    py_obj *n = b ? py_int_from_i64(PY_STR_LEN(args[0])) : NULL;
    py_obj *r = n ? py_tuple_pack(2, b, n) : NULL;
    PY_XDECREF(c);
    PY_XDECREF(e);
    PY_XDECREF(b);
    PY_XDECREF(n);
    return r;
}

/* How many bytes at the end of d[0..n) start a UTF-8 sequence that is
 * not complete yet (kept for the next call when not final). */
static ssize_t utf8_incomplete_tail(const char *d, ssize_t n)
{
    for (ssize_t back = 1; back <= 3 && back <= n; back++) {
        unsigned char c = (unsigned char)d[n - back];
        if ((c & 0xC0) == 0x80)
            continue; /* a continuation byte: look further back */
        ssize_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

/* (bytes.decode(codec, errors), consumed).  NEW. */
static py_obj *decode_with(const char *codec, const char *fname,
                           py_obj *const *args, size_t nargs, py_obj *kwnames)
{
    if (py_check_args(fname, nargs, kwnames, 1, 3) < 0)
        return NULL;
    const char *d;
    ssize_t n;
    if (!py_bytes_like(args[0], &d, &n)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(args[0]));
        return NULL;
    }
    bool final = nargs > 2 && py_is_true(args[2]) > 0;
    if (!final && strcmp(codec, "utf-8") == 0)
        n -= utf8_incomplete_tail(d, n);
    py_obj *b = py_bytes_new(d, (size_t)n);
    py_obj *c = py_str_from_cstr(codec);
    py_obj *e = nargs > 1 && args[1] != py_None ? py_newref(args[1])
                                                : py_str_from_cstr("strict");
    py_obj *argv[2] = {c, e};
    py_obj *s = b && c && e ? py_call_method(b, "decode", argv, 2) : NULL;
    py_obj *k = s ? py_int_from_i64(n) : NULL;
    py_obj *r = k ? py_tuple_pack(2, s, k) : NULL;
    PY_XDECREF(b);
    PY_XDECREF(c);
    PY_XDECREF(e);
    PY_XDECREF(s);
    PY_XDECREF(k);
    return r;
}

#define CODEC(fn, codec, name, with)                                           \
    static py_obj *fn(py_obj *mod, py_obj *const *args, size_t nargs,          \
                      py_obj *kwnames)                                         \
    {                                                                          \
        (void)mod;                                                             \
        return with(codec, name, args, nargs, kwnames);                        \
    }
CODEC(cd_utf_8_encode, "utf-8", "utf_8_encode", encode_with)
CODEC(cd_utf_8_decode, "utf-8", "utf_8_decode", decode_with)
CODEC(cd_latin_1_encode, "latin-1", "latin_1_encode", encode_with)
CODEC(cd_latin_1_decode, "latin-1", "latin_1_decode", decode_with)
CODEC(cd_ascii_encode, "ascii", "ascii_encode", encode_with)
CODEC(cd_ascii_decode, "ascii", "ascii_decode", decode_with)

/* --------------------------------------------------- charmap */

/* What an unmappable character becomes under errors (BORROWED str or
 * NULL): 0 strict, 1 replace, 2 ignore, 3 backslashreplace, 4
 * xmlcharrefreplace; any other handler counts as strict. */
static int charmap_errors(py_obj *errors)
{
    static const char *const names[] = {"replace", "ignore", "backslashreplace",
                                        "xmlcharrefreplace"};
    for (int i = 0; errors && py_is_str(errors) && i < 4; i++)
        if (py_str_eq_cstr(errors, names[i]))
            return i + 1;
    return 0;
}

/* What byte b decodes to under mapping (a str decoding table or a
 * mapping from ints), appended to sb: 1 done, 0 undefined, -1 error. */
static int charmap_decode_byte(py_sbuf *sb, py_obj *mapping, uint32_t *table,
                               unsigned b)
{
    if (table) {
        if (table[b] == 0xFFFE)
            return 0;
        py_sb_put_cp(sb, table[b]);
        return 1;
    }
    py_obj *k = py_int_from_i64(b);
    py_obj *v = k ? py_getitem(mapping, k) : NULL;
    PY_XDECREF(k);
    int r = 1;
    int64_t cp;
    if (!v) {
        if (!py_err_matches(PY_OBJ(py_exc_LookupError)))
            return -1;
        py_err_clear();
        return 0;
    }
    if (v == py_None)
        r = 0;
    else if (py_is_str(v))
        r = py_sb_put_str(sb, v) < 0 ? -1 : 1;
    else if (py_int_as_i64(v, &cp) == 1 && cp >= 0 && cp < 0x110000 &&
             cp != 0xFFFE)
        py_sb_put_cp(sb, (uint32_t)cp);
    else if (py_is_int(v) && cp == 0xFFFE)
        r = 0;
    else {
        py_err_clear();
        py_err_set(py_exc_TypeError,
                   py_is_int(v)
                       ? "character mapping must be in range(0x110000)"
                       : "character mapping must return integer, None or str");
        r = -1;
    }
    PY_DECREF(v);
    return r;
}

/* The code points of a str decoding table (at most 256; missing ones
 * undefined) into table.  */
static void charmap_table(py_obj *s, uint32_t table[256])
{
    const char *p = PY_STR_DATA(s);
    ssize_t n = PY_STR_LEN(s);
    for (ssize_t i = 0; i < 256; i++)
        table[i] = i < n ? py_utf8_next(&p) : 0xFFFE;
}

/* charmap_decode(data, errors=None, mapping=None, /): (str, consumed),
 * the bytes mapped through a decoding table (Lib's cp437, cp1252...).
 * NEW. */
static py_obj *cd_charmap_decode(py_obj *mod, py_obj *const *args, size_t nargs,
                                 py_obj *kwnames)
{
    (void)mod;
    const char *d;
    ssize_t n;
    if (py_check_args("charmap_decode", nargs, kwnames, 1, 3) < 0)
        return NULL;
    py_obj *errors = nargs > 1 && args[1] != py_None ? args[1] : NULL;
    py_obj *mapping = nargs > 2 && args[2] != py_None ? args[2] : NULL;
    if (!mapping)
        return decode_with("latin-1", "charmap_decode", args,
                           nargs > 2 ? 2 : nargs, NULL);
    if (!py_bytes_like(args[0], &d, &n)) {
        py_err_format(py_exc_TypeError,
                      "a bytes-like object is required, not '%s'",
                      py_type_name(args[0]));
        return NULL;
    }
    uint32_t table[256];
    if (py_is_str(mapping))
        charmap_table(mapping, table);
    int how = charmap_errors(errors);
    py_sbuf sb;
    py_sb_init(&sb);
    for (ssize_t i = 0; i < n; i++) {
        unsigned b = (unsigned char)d[i];
        int r = charmap_decode_byte(&sb, mapping,
                                    py_is_str(mapping) ? table : NULL, b);
        if (r < 0 || (r == 0 && how == 0)) {
            if (r == 0)
                py_err_unicode_decode("charmap", d, (size_t)n, (size_t)i,
                                      (size_t)i + 1,
                                      "character maps to <undefined>");
            py_sb_free(&sb);
            return NULL;
        }
        char esc[8];
        snprintf(esc, sizeof esc, "\\x%02x", b);
        if (r == 0 && how != 2)
            how == 1 ? py_sb_put_cp(&sb, 0xFFFD) : py_sb_puts(&sb, esc);
    }
    py_obj *s = py_sb_finish(&sb);
    py_obj *k = s ? py_int_from_i64(n) : NULL;
    py_obj *r = k ? py_tuple_pack(2, s, k) : NULL;
    PY_XDECREF(s);
    PY_XDECREF(k);
    return r;
}

/* What code point c encodes to under mapping (a dict from code points,
 * as charmap_build makes), appended to sb: 1 done, 0 undefined, -1
 * error. */
static int charmap_encode_char(py_sbuf *sb, py_obj *mapping, uint32_t c)
{
    py_obj *k = py_int_from_i64(c);
    py_obj *v = k ? py_getitem(mapping, k) : NULL;
    PY_XDECREF(k);
    if (!v) {
        if (!py_err_matches(PY_OBJ(py_exc_LookupError)))
            return -1;
        py_err_clear();
        return 0;
    }
    const char *d;
    ssize_t n;
    int64_t b;
    int r = 1;
    if (v == py_None)
        r = 0;
    else if (py_is_int(v) && py_int_as_i64(v, &b) == 1 && b >= 0 && b < 256)
        py_sb_putc(sb, (char)b);
    else if (!py_is_int(v) && py_bytes_like(v, &d, &n))
        py_sb_put(sb, d, (size_t)n);
    else {
        py_err_set(py_exc_TypeError,
                   py_is_int(v)
                       ? "character mapping must be in range(256)"
                       : "character mapping must return integer, bytes or "
                         "None, not str");
        r = -1;
    }
    PY_DECREF(v);
    return r;
}

/* The replacement for unencodable c under handler how (1-4). */
static void charmap_encode_replace(py_sbuf *sb, int how, uint32_t c)
{
    char buf[16];
    if (how == 1)
        snprintf(buf, sizeof buf, "?");
    else if (how == 2)
        buf[0] = 0;
    else if (how == 4)
        snprintf(buf, sizeof buf, "&#%u;", (unsigned)c);
    else
        snprintf(buf, sizeof buf,
                 c < 0x100     ? "\\x%02x"
                 : c < 0x10000 ? "\\u%04x"
                               : "\\U%08x",
                 (unsigned)c);
    py_sb_puts(sb, buf);
}

/* UnicodeEncodeError for the run of characters from the one at start
 * (p points past it) that mapping cannot encode, as CPython reports it. */
static void charmap_encode_error(py_obj *s, py_obj *mapping, ssize_t start,
                                 const char *p)
{
    ssize_t end = start + 1;
    py_sbuf scratch;
    py_sb_init(&scratch);
    for (; end < PY_STR_LEN(s); end++)
        if (charmap_encode_char(&scratch, mapping, py_utf8_next(&p)) != 0)
            break;
    py_sb_free(&scratch);
    py_err_clear();
    py_err_unicode_encode("charmap", s, start, end,
                          "character maps to <undefined>");
}

/* (bytes, consumed) of str s (BORROWED) through mapping.  NEW. */
static py_obj *charmap_encode_str(py_obj *s, py_obj *errors, py_obj *mapping)
{
    int how = charmap_errors(errors);
    const char *p = PY_STR_DATA(s);
    py_sbuf sb;
    py_sb_init(&sb);
    for (ssize_t i = 0; i < PY_STR_LEN(s); i++) {
        uint32_t c = py_utf8_next(&p);
        int r = charmap_encode_char(&sb, mapping, c);
        if (r < 0 || (r == 0 && how == 0)) {
            py_sb_free(&sb);
            if (r == 0)
                charmap_encode_error(s, mapping, i, p);
            return NULL;
        }
        if (r == 0)
            charmap_encode_replace(&sb, how, c);
    }
    py_obj *str = py_sb_finish(&sb);
    py_obj *b =
        str ? py_bytes_new(PY_STR_DATA(str), (size_t)PY_STR_NBYTES(str)) : NULL;
    py_obj *k = b ? py_int_from_i64(PY_STR_LEN(s)) : NULL;
    py_obj *r = k ? py_tuple_pack(2, b, k) : NULL;
    PY_XDECREF(str);
    PY_XDECREF(b);
    PY_XDECREF(k);
    return r;
}

/* charmap_encode(str, errors=None, mapping=None, /): (bytes, consumed).
 * NEW. */
static py_obj *cd_charmap_encode(py_obj *mod, py_obj *const *args, size_t nargs,
                                 py_obj *kwnames)
{
    (void)mod;
    if (py_check_args("charmap_encode", nargs, kwnames, 1, 3) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "charmap_encode() argument 1 must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    py_obj *mapping = nargs > 2 && args[2] != py_None ? args[2] : NULL;
    if (!mapping)
        return encode_with("latin-1", "charmap_encode", args,
                           nargs > 2 ? 2 : nargs, NULL);
    return charmap_encode_str(args[0], nargs > 1 ? args[1] : NULL, mapping);
}

/* charmap_build(decoding_table, /): the encoding map of a decoding
 * table, as a dict from code points to byte values (CPython's other
 * form is an EncodingMap).  NEW. */
static py_obj *cd_charmap_build(py_obj *mod, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)mod;
    if (py_check_args("charmap_build", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_format(py_exc_TypeError,
                      "charmap_build() argument must be str, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    py_obj *d = py_dict_new();
    const char *p = PY_STR_DATA(args[0]);
    for (ssize_t i = 0; d && i < PY_STR_LEN(args[0]); i++) {
        py_obj *k = py_int_from_i64(py_utf8_next(&p));
        py_obj *v = k ? py_int_from_i64(i) : NULL;
        if (!v || py_dict_set(d, k, v) < 0)
            PY_CLEAR(d);
        PY_XDECREF(k);
        PY_XDECREF(v);
    }
    return d;
}

/* ------------------------------------------------- error handlers */

static py_obj *cd_register_error(py_obj *mod, py_obj *const *args, size_t nargs,
                                 py_obj *kwnames)
{
    if (py_check_args("register_error", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (!py_callable(args[1])) {
        py_err_set(py_exc_TypeError, "handler must be callable");
        return NULL;
    }
    if (py_dict_set(registry(mod, ERRORS), args[0], args[1]) < 0)
        return NULL;
    return py_newref(py_None);
}

static py_obj *cd_lookup_error(py_obj *mod, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    if (py_check_args("lookup_error", nargs, kwnames, 1, 1) < 0)
        return NULL;
    py_obj *h = py_dict_get(registry(mod, ERRORS), args[0]);
    if (!h) {
        py_err_fmt(py_exc_LookupError, "unknown error handler name %R",
                   args[0]);
        return NULL;
    }
    return py_newref(h);
}

/* The exception's start and end, and whether it is an encode error.
 * 0 or -1 (TypeError for a non-Unicode exception). */
static int exc_range(py_obj *exc, ssize_t *start, ssize_t *end, int *kind)
{
    if (PY_TYPE_CHECK(exc, (py_type *)py_exc_UnicodeEncodeError))
        *kind = 0;
    else if (PY_TYPE_CHECK(exc, (py_type *)py_exc_UnicodeDecodeError))
        *kind = 1;
    else if (PY_TYPE_CHECK(exc, (py_type *)py_exc_UnicodeError))
        *kind = 2; /* UnicodeTranslateError */
    else {
        py_err_format(py_exc_TypeError,
                      "don't know how to handle %s in error callback",
                      py_type_name(exc));
        return -1;
    }
    py_obj *s = py_getattr_str(exc, "start");
    py_obj *e = s ? py_getattr_str(exc, "end") : NULL;
    *start = s ? py_index_as_ssize(s) : -1;
    *end = e ? py_index_as_ssize(e) : -1;
    PY_XDECREF(s);
    PY_XDECREF(e);
    return py_err_occurred() ? -1 : 0;
}

/* (replacement, end).  STEALS rep; NEW. */
static py_obj *result(py_obj *rep, ssize_t end)
{
    py_obj *e = rep ? py_int_from_i64(end) : NULL;
    py_obj *r = e ? py_tuple_pack(2, rep, e) : NULL;
    PY_XDECREF(rep);
    PY_XDECREF(e);
    return r;
}

static py_obj *err_strict(py_obj *mod, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    (void)mod;
    if (py_check_args("strict_errors", nargs, kwnames, 1, 1) < 0)
        return NULL;
    if (!PY_TYPE_CHECK(args[0], (py_type *)py_exc_BaseException)) {
        py_err_set(py_exc_TypeError, "codec must pass exception instance");
        return NULL;
    }
    py_err_set_obj(args[0]);
    return NULL;
}

static py_obj *err_ignore(py_obj *mod, py_obj *const *args, size_t nargs,
                          py_obj *kwnames)
{
    ssize_t s, e;
    int kind;
    (void)mod;
    if (py_check_args("ignore_errors", nargs, kwnames, 1, 1) < 0 ||
        exc_range(args[0], &s, &e, &kind) < 0)
        return NULL;
    return result(py_str_from_cstr(""), e);
}

/* The text of exc.object[s:e] (str for encode errors).  NEW. */
static py_obj *exc_slice(py_obj *exc, ssize_t s, ssize_t e)
{
    py_obj *o = py_getattr_str(exc, "object");
    py_obj *a = py_int_from_i64(s), *b = py_int_from_i64(e);
    py_obj *sl = o && a && b ? py_slice_new(a, b, NULL) : NULL;
    py_obj *r = sl ? py_getitem(o, sl) : NULL;
    PY_XDECREF(o);
    PY_XDECREF(a);
    PY_XDECREF(b);
    PY_XDECREF(sl);
    return r;
}

static py_obj *err_replace(py_obj *mod, py_obj *const *args, size_t nargs,
                           py_obj *kwnames)
{
    ssize_t s, e;
    int kind;
    (void)mod;
    if (py_check_args("replace_errors", nargs, kwnames, 1, 1) < 0 ||
        exc_range(args[0], &s, &e, &kind) < 0)
        return NULL;
    if (kind == 1)
        return result(py_str_from_cstr("\xef\xbf\xbd"), e);
    py_sbuf sb;
    py_sb_init(&sb);
    for (ssize_t i = s; i < e; i++)
        py_sb_puts(&sb, kind == 0 ? "?" : "\xef\xbf\xbd");
    return result(py_sb_finish(&sb), e);
}

enum { ESC_BACKSLASH, ESC_XML, ESC_NAME };

/* One code point c escaped by mode into buf (room for 300). */
static void escape_cp(char *buf, uint32_t c, int mode)
{
    char name[256];
    if (mode == ESC_XML)
        snprintf(buf, 300, "&#%u;", (unsigned)c);
    else if (mode == ESC_NAME && udb_name(c, name))
        snprintf(buf, 300, "\\N{%s}", name);
    else if (c < 0x100)
        snprintf(buf, 300, "\\x%02x", (unsigned)c);
    else if (c < 0x10000)
        snprintf(buf, 300, "\\u%04x", (unsigned)c);
    else
        snprintf(buf, 300, "\\U%08x", (unsigned)c);
}

/* \xhh, \uhhhh or \Uhhhhhhhh for each code point (or byte) of exc's bad
 * range; with ESC_XML, &#NNN; instead, with ESC_NAME \N{NAME} for the code
 * points that have one. */
static py_obj *escape_range(py_obj *exc, int mode)
{
    bool xml = mode != ESC_BACKSLASH;
    ssize_t s, e;
    int kind;
    if (exc_range(exc, &s, &e, &kind) < 0)
        return NULL;
    if (xml && kind != 0) {
        py_err_format(py_exc_TypeError,
                      "don't know how to handle %s in error callback",
                      py_type_name(exc));
        return NULL;
    }
    py_obj *part = exc_slice(exc, s, e);
    if (!part)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    char buf[300];
    if (py_is_str(part)) {
        const char *p = PY_STR_DATA(part);
        for (ssize_t i = 0; i < PY_STR_LEN(part); i++) {
            escape_cp(buf, py_utf8_next(&p), mode);
            py_sb_puts(&sb, buf);
        }
    } else {
        const char *d;
        ssize_t n;
        py_bytes_like(part, &d, &n);
        for (ssize_t i = 0; i < n; i++) {
            snprintf(buf, sizeof buf, "\\x%02x", (unsigned char)d[i]);
            py_sb_puts(&sb, buf);
        }
    }
    PY_DECREF(part);
    return result(py_sb_finish(&sb), e);
}

static py_obj *err_backslash(py_obj *mod, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    (void)mod;
    if (py_check_args("backslashreplace_errors", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return escape_range(args[0], ESC_BACKSLASH);
}

static py_obj *err_name(py_obj *mod, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)mod;
    if (py_check_args("namereplace_errors", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return escape_range(args[0], ESC_NAME);
}

static py_obj *err_xml(py_obj *mod, py_obj *const *args, size_t nargs,
                       py_obj *kwnames)
{
    (void)mod;
    if (py_check_args("xmlcharrefreplace_errors", nargs, kwnames, 1, 1) < 0)
        return NULL;
    return escape_range(args[0], ESC_XML);
}

/* ------------------------------------ error handlers called by codecs */

/* What a codec keeps while it calls error handlers, as CPython's: the
 * handler, looked up at the first error, and the exception object,
 * made once and updated for the next errors. */
typedef struct errh {
    py_obj *mod;     /* BORROWED _codecs module */
    py_obj *errors;  /* BORROWED handler name (NULL: strict) */
    py_obj *handler; /* NEW once looked up */
    py_obj *exc;     /* NEW once made */
    py_obj *input;   /* NEW bytes: a decoder's input, as the handler left it */
} errh;

static void errh_init(errh *h, py_obj *mod, py_obj *errors)
{
    *h = (errh){.mod = mod, .errors = errors == py_None ? NULL : errors};
}

static void errh_free(errh *h)
{
    PY_XDECREF(h->handler);
    PY_XDECREF(h->exc);
    PY_XDECREF(h->input);
}

/* The exception for the next error: made (type t, codec, obj, start,
 * end, reason) the first time, its fields updated after.  0 or -1. */
static int errh_exc(errh *h, py_type *t, const char *codec, py_obj *obj,
                    ssize_t start, ssize_t end, const char *reason)
{
    py_obj *a[5] = {py_str_from_cstr(codec), py_newref(obj),
                    py_int_from_i64(start), py_int_from_i64(end),
                    py_str_from_cstr(reason)};
    int r = -1;
    if (!a[0] || !a[2] || !a[3] || !a[4])
        goto done;
    if (!h->exc) {
        h->exc = py_call(PY_OBJ(t), a, 5, NULL);
        r = h->exc ? 0 : -1;
        goto done;
    }
    static const char *const names[] = {"start", "end", "reason"};
    r = 0;
    for (int i = 0; i < 3 && r == 0; i++) {
        py_obj *n = py_str_from_cstr(names[i]);
        r = n ? py_setattr(h->exc, n, a[i + 2]) : -1;
        PY_XDECREF(n);
    }
done:
    for (int i = 0; i < 5; i++)
        PY_XDECREF(a[i]);
    return r;
}

/* Call the handler with the exception made ready; its (replacement,
 * position) result checked as CPython does: the replacement NEW in
 * *rep (str, or bytes when bytes_ok), the position (negative: from the
 * end of an input of n) in *pos.  0 or -1. */
static int errh_call(errh *h, bool bytes_ok, ssize_t n, py_obj **rep,
                     ssize_t *pos)
{
    const char *msg = bytes_ok ? "encoding error handler must return "
                                 "(str/bytes, int) tuple"
                               : "decoding error handler must return "
                                 "(str, int) tuple";
    if (!h->handler) {
        py_obj *name =
            h->errors ? py_newref(h->errors) : py_str_from_cstr("strict");
        h->handler = name ? cd_lookup_error(h->mod, &name, 1, NULL) : NULL;
        PY_XDECREF(name);
        if (!h->handler)
            return -1;
    }
    py_obj *t = py_call(h->handler, &h->exc, 1, NULL);
    if (!t)
        return -1;
    py_obj *r = PY_TYPE_CHECK(t, &py_tuple_type) && PY_TUPLE_SIZE(t) == 2
                    ? PY_TUPLE_ITEMS(t)[0]
                    : NULL;
    if (!r || !(py_is_str(r) || (bytes_ok && py_is_bytes(r))) ||
        !py_is_int(PY_TUPLE_ITEMS(t)[1])) {
        PY_DECREF(t);
        py_err_set(py_exc_TypeError, msg);
        return -1;
    }
    int64_t p;
    if (py_int_as_i64(PY_TUPLE_ITEMS(t)[1], &p) != 1) {
        PY_DECREF(t);
        py_err_set(py_exc_OverflowError,
                   "Python int too large to convert to C ssize_t");
        return -1;
    }
    if (!bytes_ok) { /* the handler may have given the exception new input */
        py_obj *o = py_getattr_str(h->exc, "object");
        if (!o || !py_is_bytes(o)) {
            if (o)
                py_err_set(py_exc_TypeError, "object attribute must be bytes");
            PY_XDECREF(o);
            PY_DECREF(t);
            return -1;
        }
        PY_SETREF(h->input, o);
        n = PY_BYTES_SIZE(o);
    }
    if (p < 0)
        p += n;
    if (p < 0 || p > n) {
        py_err_format(py_exc_IndexError,
                      "position %lld from error handler out of bounds",
                      (long long)p);
        PY_DECREF(t);
        return -1;
    }
    *rep = py_newref(r);
    *pos = (ssize_t)p;
    PY_DECREF(t);
    return 0;
}

/* A decoder's bad input [start, end) of h->input: the handler's
 * replacement appended to sb, *pos set to where decoding goes on.  0 or
 * -1. */
static int decode_error(errh *h, py_sbuf *sb, const char *codec,
                        const char *reason, ssize_t start, ssize_t end,
                        ssize_t *pos)
{
    py_obj *rep;
    if (errh_exc(h, py_exc_UnicodeDecodeError, codec, h->input, start, end,
                 reason) < 0 ||
        errh_call(h, false, PY_BYTES_SIZE(h->input), &rep, pos) < 0)
        return -1;
    int r = py_sb_put_str(sb, rep);
    PY_DECREF(rep);
    return r;
}

/* An encoder's bad input [start, end) of str s: the handler's
 * replacement NEW (str or bytes), *pos where encoding goes on. */
static py_obj *encode_error(errh *h, const char *codec, py_obj *s,
                            const char *reason, ssize_t start, ssize_t end,
                            ssize_t *pos)
{
    py_obj *rep;
    if (errh_exc(h, py_exc_UnicodeEncodeError, codec, s, start, end, reason) <
            0 ||
        errh_call(h, true, PY_STR_LEN(s), &rep, pos) < 0)
        return NULL;
    return rep;
}

/* Raise the encoder's exception again, for [start, end): a replacement
 * the codec cannot use. */
static void encode_reraise(errh *h, const char *codec, py_obj *s,
                           const char *reason, ssize_t start, ssize_t end)
{
    if (errh_exc(h, py_exc_UnicodeEncodeError, codec, s, start, end, reason) ==
        0)
        py_err_set_obj(h->exc);
}

/* ------------------------------------------ argument conversions */

/* The data argument of a decoder (bytes-like, or str as UTF-8 when
 * str_ok) into *d, *n.  0, or -1 with CPython's TypeError. */
static int data_arg(const char *fname, py_obj *o, bool str_ok, const char **d,
                    ssize_t *n)
{
    if (str_ok && py_is_str(o)) {
        *d = PY_STR_DATA(o);
        *n = PY_STR_NBYTES(o);
        return 0;
    }
    if (py_bytes_like(o, d, n))
        return 0;
    (void)fname;
    py_err_format(py_exc_TypeError, "a bytes-like object is required, not '%s'",
                  py_type_name(o));
    return -1;
}

/* Argument i (1-based) of fname, errors: str or None.  0 or -1. */
static int errors_arg(const char *fname, py_obj *const *args, size_t nargs,
                      size_t i, py_obj **out)
{
    *out = NULL;
    if (nargs < i || args[i - 1] == py_None)
        return 0;
    if (!py_is_str(args[i - 1])) {
        py_err_format(py_exc_TypeError,
                      "%s() argument %zu must be str or None, not %s", fname, i,
                      py_type_name(args[i - 1]));
        return -1;
    }
    *out = args[i - 1];
    return 0;
}

/* Argument i (1-based) as a C int (byteorder, final), dflt when absent.
 * 0 or -1. */
static int int_arg(py_obj *const *args, size_t nargs, size_t i, int dflt,
                   int *out)
{
    *out = dflt;
    if (nargs < i)
        return 0;
    py_obj *v = py_bi_index(args[i - 1]);
    if (!v)
        return -1;
    int64_t x;
    int ok = py_int_as_i64(v, &x);
    PY_DECREF(v);
    if (ok != 1 || x < -2147483648LL || x > 2147483647LL) {
        py_err_set(py_exc_OverflowError,
                   ok == 1 ? "signed integer is greater than maximum"
                           : "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* The str argument 1 of an encoder.  0 or -1. */
static int str_arg(const char *fname, py_obj *const *args)
{
    if (py_is_str(args[0]))
        return 0;
    py_err_format(py_exc_TypeError, "%s() argument 1 must be str, not %s",
                  fname, py_type_name(args[0]));
    return -1;
}

/* (obj, n).  STEALS obj; NEW. */
static py_obj *codec_tuple(py_obj *obj, ssize_t n)
{
    py_obj *k = obj ? py_int_from_i64(n) : NULL;
    py_obj *r = k ? py_tuple_pack(2, obj, k) : NULL;
    PY_XDECREF(obj);
    PY_XDECREF(k);
    return r;
}

/* bytes from sb (freed either way).  NEW. */
static py_obj *sb_bytes(py_sbuf *sb)
{
    py_obj *r = sb->failed ? py_err_nomemory() : py_bytes_new(sb->p, sb->len);
    py_sb_free(sb);
    return r;
}

/* The code points of s, in a py_mem array (*n of them).  NULL on
 * MemoryError. */
static uint32_t *code_points(py_obj *s, ssize_t *n)
{
    *n = PY_STR_LEN(s);
    uint32_t *cp = py_mem_alloc(sizeof *cp * (size_t)(*n ? *n : 1));
    if (!cp) {
        py_err_nomemory();
        return NULL;
    }
    const char *p = PY_STR_DATA(s);
    for (ssize_t i = 0; i < *n; i++)
        cp[i] = py_utf8_next(&p);
    return cp;
}

static bool is_surrogate(uint32_t c)
{
    return c >= 0xD800 && c < 0xE000;
}

/* ------------------------------------------------ UTF-16 and UTF-32 */

/* One code unit of width 2 or 4 bytes, big- or little-endian. */
static void put_unit(py_sbuf *sb, uint32_t u, int width, bool be)
{
    char b[4];
    for (int i = 0; i < width; i++)
        b[be ? width - 1 - i : i] = (char)(u >> (8 * i));
    py_sb_put(sb, b, (size_t)width);
}

static uint32_t get_unit(const uint8_t *p, int width, bool be)
{
    uint32_t u = 0;
    for (int i = 0; i < width; i++)
        u |= (uint32_t)p[be ? width - 1 - i : i] << (8 * i);
    return u;
}

/* The UTF-16 (width 2) or UTF-32 (4) bytes of str s: byteorder -1
 * little-endian, 1 big-endian, 0 native (little) after a BOM.  Lone
 * surrogates go to the error handler, whose replacement must be bytes
 * of whole units or ASCII.  NEW bytes. */
static py_obj *utf_encode(errh *h, py_obj *s, int byteorder, int width)
{
    const char *codec = width == 2 ? (byteorder < 0   ? "utf-16-le"
                                      : byteorder > 0 ? "utf-16-be"
                                                      : "utf-16")
                                   : (byteorder < 0   ? "utf-32-le"
                                      : byteorder > 0 ? "utf-32-be"
                                                      : "utf-32");
    bool be = byteorder > 0;
    ssize_t n;
    uint32_t *cp = code_points(s, &n);
    if (!cp)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    if (byteorder == 0)
        put_unit(&sb, 0xFEFF, width, be);
    for (ssize_t pos = 0; pos < n;) {
        uint32_t c = cp[pos];
        if (!is_surrogate(c)) {
            if (width == 2 && c >= 0x10000) {
                put_unit(&sb, 0xD800 | ((c - 0x10000) >> 10), 2, be);
                put_unit(&sb, 0xDC00 | (c & 0x3FF), 2, be);
            } else
                put_unit(&sb, c, width, be);
            pos++;
            continue;
        }
        ssize_t next;
        py_obj *rep = encode_error(h, codec, s, "surrogates not allowed", pos,
                                   pos + 1, &next);
        if (!rep)
            goto error;
        const char *d;
        ssize_t k;
        bool ok;
        if (py_is_bytes(rep)) {
            py_bytes_like(rep, &d, &k);
            ok = k % width == 0;
            if (ok)
                py_sb_put(&sb, d, (size_t)k);
        } else {
            ok = PY_STR_NBYTES(rep) == PY_STR_LEN(rep);
            const unsigned char *a = (const unsigned char *)PY_STR_DATA(rep);
            for (ssize_t i = 0; ok && i < PY_STR_LEN(rep); i++)
                put_unit(&sb, a[i], width, be);
        }
        PY_DECREF(rep);
        if (!ok) {
            encode_reraise(h, codec, s, "surrogates not allowed", pos, pos + 1);
            goto error;
        }
        pos = next;
    }
    py_mem_free(cp);
    return sb_bytes(&sb);
error:
    py_mem_free(cp);
    py_sb_free(&sb);
    return NULL;
}

/* Decode h->input as UTF-16 (width 2) or UTF-32 (4), as CPython:
 * *byteorder -1 little-endian, 1 big-endian, 0 native unless a BOM says
 * otherwise (the BOM's order is stored back).  With consumed (not
 * final), an incomplete unit or pair at the end is left for later and
 * *consumed says how far decoding went.  NEW str. */
static py_obj *utf_decode(errh *h, int width, int *byteorder, ssize_t *consumed)
{
    const uint8_t *d = (const uint8_t *)PY_BYTES_DATA(h->input);
    ssize_t n = PY_BYTES_SIZE(h->input), q = 0;
    int bo = *byteorder;
    if (bo == 0 && n >= width) {
        uint32_t bom = get_unit(d, width, false);
        if (bom == 0xFEFF)
            bo = -1, q = width;
        else if (bom == (width == 2 ? 0xFFFEu : 0xFFFE0000u))
            bo = 1, q = width;
        *byteorder = bo;
    }
    if (q == n) {
        if (consumed)
            *consumed = n;
        return py_str_from_cstr("");
    }
    bool be = bo > 0;
    const char *codec = width == 2 ? (be ? "utf-16-be" : "utf-16-le")
                                   : (be ? "utf-32-be" : "utf-32-le");
    py_sbuf sb;
    py_sb_init(&sb);
    for (;;) {
        const char *why = NULL;
        ssize_t start = 0, end = 0;
        while (n - q >= width) {
            uint32_t c = get_unit(d + q, width, be);
            if (width == 4) {
                if (is_surrogate(c) || c >= 0x110000) {
                    why = c >= 0x110000 ? "code point not in range(0x110000)"
                                        : "code point in surrogate code point "
                                          "range(0xd800, 0xe000)";
                    start = q, end = q + 4;
                    break;
                }
                py_sb_put_cp(&sb, c);
                q += 4;
                continue;
            }
            if (!is_surrogate(c)) {
                py_sb_put_cp(&sb, c);
                q += 2;
                continue;
            }
            if (c >= 0xDC00) {
                why = "illegal encoding", start = q, end = q + 2;
                break;
            }
            if (n - q - 2 < 2) {
                if (consumed)
                    goto done;
                why = "unexpected end of data", start = q, end = n;
                break;
            }
            uint32_t c2 = get_unit(d + q + 2, 2, be);
            if (c2 < 0xDC00 || c2 >= 0xE000) {
                why = "illegal UTF-16 surrogate", start = q, end = q + 2;
                break;
            }
            py_sb_put_cp(&sb, 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00));
            q += 4;
        }
        if (!why) {
            if (q == n || consumed)
                break;
            why = "truncated data", start = q, end = n;
        }
        if (decode_error(h, &sb, codec, why, start, end, &q) < 0) {
            py_sb_free(&sb);
            return NULL;
        }
        d = (const uint8_t *)PY_BYTES_DATA(h->input);
        n = PY_BYTES_SIZE(h->input);
    }
done:
    if (consumed)
        *consumed = q;
    return py_sb_finish(&sb);
}

/* The decoder's input argument as h->input (a bytes object).  0 or -1. */
static int input_arg(errh *h, const char *fname, py_obj *o, bool str_ok)
{
    const char *d;
    ssize_t n;
    if (data_arg(fname, o, str_ok, &d, &n) < 0)
        return -1;
    h->input = py_is_bytes(o) ? py_newref(o) : py_bytes_new(d, (size_t)n);
    return h->input ? 0 : -1;
}

/* X_encode(str, errors=None[, byteorder=0], /) for the UTF-16/32
 * family; fixed is the byteorder of the -le/-be forms (2: none).  NEW. */
static py_obj *utf_encode_fn(py_obj *mod, const char *fname, int width,
                             int fixed, py_obj *const *args, size_t nargs,
                             py_obj *kwnames)
{
    py_obj *errors;
    int bo = fixed;
    if (py_check_args(fname, nargs, kwnames, 1, fixed == 2 ? 3 : 2) < 0 ||
        str_arg(fname, args) < 0 ||
        errors_arg(fname, args, nargs, 2, &errors) < 0 ||
        (fixed == 2 && int_arg(args, nargs, 3, 0, &bo) < 0))
        return NULL;
    errh h;
    errh_init(&h, mod, errors);
    py_obj *b = utf_encode(&h, args[0], bo, width);
    errh_free(&h);
    return codec_tuple(b, PY_STR_LEN(args[0]));
}

/* X_decode(data, errors=None, final=False, /) and X_ex_decode(data,
 * errors=None, byteorder=0, final=False, /) (ex: the tuple ends with the
 * byte order found).  NEW. */
static py_obj *utf_decode_fn(py_obj *mod, const char *fname, int width,
                             int fixed, bool ex, py_obj *const *args,
                             size_t nargs, py_obj *kwnames)
{
    py_obj *errors;
    int bo = fixed == 2 ? 0 : fixed, final;
    errh h;
    errh_init(&h, mod, NULL);
    if (py_check_args(fname, nargs, kwnames, 1, ex ? 4 : 3) < 0 ||
        input_arg(&h, fname, args[0], false) < 0 ||
        errors_arg(fname, args, nargs, 2, &errors) < 0 ||
        (ex && int_arg(args, nargs, 3, 0, &bo) < 0) ||
        int_arg(args, nargs, ex ? 4 : 3, 0, &final) < 0) {
        errh_free(&h);
        return NULL;
    }
    h.errors = errors;
    ssize_t consumed = PY_BYTES_SIZE(h.input);
    py_obj *s = utf_decode(&h, width, &bo, final ? NULL : &consumed);
    errh_free(&h);
    if (!ex)
        return codec_tuple(s, consumed);
    py_obj *k = s ? py_int_from_i64(consumed) : NULL;
    py_obj *o = k ? py_int_from_i64(bo) : NULL;
    py_obj *r = o ? py_tuple_pack(3, s, k, o) : NULL;
    PY_XDECREF(s);
    PY_XDECREF(k);
    PY_XDECREF(o);
    return r;
}

#define UTF_CODECS(name, width)                                                \
    static py_obj *cd_##name##_encode(py_obj *mod, py_obj *const *args,        \
                                      size_t nargs, py_obj *kw)                \
    {                                                                          \
        return utf_encode_fn(mod, #name "_encode", width, 2, args, nargs, kw); \
    }                                                                          \
    static py_obj *cd_##name##_le_encode(py_obj *mod, py_obj *const *args,     \
                                         size_t nargs, py_obj *kw)             \
    {                                                                          \
        return utf_encode_fn(mod, #name "_le_encode", width, -1, args, nargs,  \
                             kw);                                              \
    }                                                                          \
    static py_obj *cd_##name##_be_encode(py_obj *mod, py_obj *const *args,     \
                                         size_t nargs, py_obj *kw)             \
    {                                                                          \
        return utf_encode_fn(mod, #name "_be_encode", width, 1, args, nargs,   \
                             kw);                                              \
    }                                                                          \
    static py_obj *cd_##name##_decode(py_obj *mod, py_obj *const *args,        \
                                      size_t nargs, py_obj *kw)                \
    {                                                                          \
        return utf_decode_fn(mod, #name "_decode", width, 2, false, args,      \
                             nargs, kw);                                       \
    }                                                                          \
    static py_obj *cd_##name##_le_decode(py_obj *mod, py_obj *const *args,     \
                                         size_t nargs, py_obj *kw)             \
    {                                                                          \
        return utf_decode_fn(mod, #name "_le_decode", width, -1, false, args,  \
                             nargs, kw);                                       \
    }                                                                          \
    static py_obj *cd_##name##_be_decode(py_obj *mod, py_obj *const *args,     \
                                         size_t nargs, py_obj *kw)             \
    {                                                                          \
        return utf_decode_fn(mod, #name "_be_decode", width, 1, false, args,   \
                             nargs, kw);                                       \
    }                                                                          \
    static py_obj *cd_##name##_ex_decode(py_obj *mod, py_obj *const *args,     \
                                         size_t nargs, py_obj *kw)             \
    {                                                                          \
        return utf_decode_fn(mod, #name "_ex_decode", width, 2, true, args,    \
                             nargs, kw);                                       \
    }
UTF_CODECS(utf_16, 2)
UTF_CODECS(utf_32, 4)

/* ------------------------------------------------------------ UTF-7 */

static bool is_b64(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '+' || c == '/';
}

static unsigned from_b64(uint8_t c)
{
    return c >= 'A' && c <= 'Z'   ? c - 'A'
           : c >= 'a' && c <= 'z' ? c - 'a' + 26
           : c >= '0' && c <= '9' ? c - '0' + 52
           : c == '+'             ? 62
                                  : 63;
}

static char to_b64(uint32_t n)
{
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        [n & 0x3F];
}

/* Whether the UTF-7 encoder writes ASCII c as itself: RFC 2152's sets D
 * and O and the whitespace, as CPython's encoder does; not NUL, '+',
 * '\\', '~' nor the other control characters. */
static bool utf7_direct(uint32_t c)
{
    return c > 0 && c < 128 && c != '+' && c != '\\' && c != '~' &&
           (c >= ' ' || c == '\t' || c == '\n' || c == '\r') && c != 127;
}

/* utf_7_encode(str, errors=None, /).  NEW (bytes, length). */
static py_obj *cd_utf_7_encode(py_obj *mod, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    (void)mod;
    py_obj *errors;
    if (py_check_args("utf_7_encode", nargs, kwnames, 1, 2) < 0 ||
        str_arg("utf_7_encode", args) < 0 ||
        errors_arg("utf_7_encode", args, nargs, 2, &errors) < 0)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    bool shift = false;
    unsigned bits = 0;
    uint32_t buf = 0;
    const char *p = PY_STR_DATA(args[0]);
    for (ssize_t i = 0; i < PY_STR_LEN(args[0]); i++) {
        uint32_t c = py_utf8_next(&p);
        if (utf7_direct(c)) {
            if (shift) {
                if (bits)
                    py_sb_putc(&sb, to_b64(buf << (6 - bits)));
                buf = bits = 0;
                shift = false;
                if (is_b64((uint8_t)c) || c == '-')
                    py_sb_putc(&sb, '-');
            }
            py_sb_putc(&sb, (char)c);
            continue;
        }
        if (!shift && c == '+') {
            py_sb_puts(&sb, "+-");
            continue;
        }
        if (!shift) {
            py_sb_putc(&sb, '+');
            shift = true;
        }
        uint32_t units[2] = {c, 0};
        int nu = 1;
        if (c >= 0x10000) {
            units[0] = 0xD800 | ((c - 0x10000) >> 10);
            units[1] = 0xDC00 | (c & 0x3FF);
            nu = 2;
        }
        for (int u = 0; u < nu; u++) {
            bits += 16;
            buf = (buf << 16) | units[u];
            for (; bits >= 6; bits -= 6)
                py_sb_putc(&sb, to_b64(buf >> (bits - 6)));
        }
    }
    if (bits)
        py_sb_putc(&sb, to_b64(buf << (6 - bits)));
    if (shift)
        py_sb_putc(&sb, '-');
    return codec_tuple(sb_bytes(&sb), PY_STR_LEN(args[0]));
}

/* The UTF-7 decoding of h->input, as CPython's; with consumed (not
 * final) an open shift sequence is left for later.  NEW str. */
static py_obj *utf7_decode(errh *h, ssize_t *consumed)
{
    const uint8_t *d = (const uint8_t *)PY_BYTES_DATA(h->input);
    ssize_t n = PY_BYTES_SIZE(h->input), s = 0, start = 0;
    size_t shift_out = 0;
    bool shift = false;
    unsigned bits = 0;
    uint32_t buf = 0, sur = 0;
    py_sbuf sb;
    py_sb_init(&sb);
    if (n == 0) {
        if (consumed)
            *consumed = 0;
        return py_str_from_cstr("");
    }
    for (;;) {
        while (s < n) {
            uint8_t c = d[s];
            const char *why = NULL;
            if (shift) {
                if (is_b64(c)) {
                    buf = (buf << 6) | from_b64(c);
                    bits += 6;
                    s++;
                    if (bits < 16)
                        continue;
                    uint32_t out = (buf >> (bits - 16)) & 0xFFFF;
                    bits -= 16;
                    buf &= (1u << bits) - 1;
                    if (sur) {
                        if (out >= 0xDC00 && out < 0xE000) {
                            py_sb_put_cp(&sb, 0x10000 + ((sur - 0xD800) << 10) +
                                                  (out - 0xDC00));
                            sur = 0;
                            continue;
                        }
                        py_sb_put_cp(&sb, sur);
                        sur = 0;
                    }
                    if (out >= 0xD800 && out < 0xDC00)
                        sur = out;
                    else
                        py_sb_put_cp(&sb, out);
                    continue;
                }
                shift = false;
                if (bits >= 6)
                    why = "partial character in shift sequence";
                else if (bits > 0 && buf != 0)
                    why = "non-zero padding bits in shift sequence";
                if (why)
                    s++;
                else {
                    if (sur && c <= 127)
                        py_sb_put_cp(&sb, sur);
                    sur = 0;
                    if (c == '-')
                        s++;
                    continue;
                }
            } else if (c == '+') {
                start = s++;
                if (s < n && d[s] == '-') {
                    s++;
                    py_sb_putc(&sb, '+');
                    continue;
                }
                if (s < n && !is_b64(d[s])) {
                    s++;
                    why = "ill-formed sequence";
                } else {
                    shift = true;
                    sur = 0;
                    shift_out = sb.len;
                    bits = 0;
                    buf = 0;
                    continue;
                }
            } else if (c <= 127) {
                py_sb_putc(&sb, (char)c);
                s++;
                continue;
            } else {
                start = s++;
                why = "unexpected special character";
            }
            if (decode_error(h, &sb, "utf7", why, start, s, &s) < 0)
                goto error;
            d = (const uint8_t *)PY_BYTES_DATA(h->input);
            n = PY_BYTES_SIZE(h->input);
        }
        if (!shift || consumed)
            break;
        shift = false;
        if (!sur && bits < 6 && (bits == 0 || buf == 0))
            break;
        if (decode_error(h, &sb, "utf7", "unterminated shift sequence", start,
                         n, &s) < 0)
            goto error;
        d = (const uint8_t *)PY_BYTES_DATA(h->input);
        n = PY_BYTES_SIZE(h->input);
        if (s >= n)
            break;
    }
    if (consumed) {
        if (shift) {
            *consumed = start;
            sb.len = shift_out;
        } else
            *consumed = s;
    }
    return py_sb_finish(&sb);
error:
    py_sb_free(&sb);
    return NULL;
}

/* utf_7_decode(data, errors=None, final=False, /).  NEW (str,
 * consumed). */
static py_obj *cd_utf_7_decode(py_obj *mod, py_obj *const *args, size_t nargs,
                               py_obj *kwnames)
{
    py_obj *errors;
    int final;
    errh h;
    errh_init(&h, mod, NULL);
    if (py_check_args("utf_7_decode", nargs, kwnames, 1, 3) < 0 ||
        input_arg(&h, "utf_7_decode", args[0], false) < 0 ||
        errors_arg("utf_7_decode", args, nargs, 2, &errors) < 0 ||
        int_arg(args, nargs, 3, 0, &final) < 0) {
        errh_free(&h);
        return NULL;
    }
    h.errors = errors;
    ssize_t consumed = PY_BYTES_SIZE(h.input);
    py_obj *s = utf7_decode(&h, final ? NULL : &consumed);
    errh_free(&h);
    return codec_tuple(s, consumed);
}

/* -------------------------------------------------- escape codecs */

/* warnings.warn(msg, DeprecationWarning): the first invalid escape of
 * an escape decoder ('\q', or an octal escape above 0o377 at p).  0 or
 * -1. */
static int warn_invalid_escape(const char *p)
{
    char msg[64];
    if (*p >= '4' && *p <= '7')
        snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.3s'", p);
    else
        snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", *p);
    py_obj *name = py_str_from_cstr("warnings");
    py_obj *w = name ? py_import(name) : NULL;
    py_obj *a[2] = {py_str_new(msg, strlen(msg)),
                    PY_OBJ(py_exc_DeprecationWarning)};
    py_obj *r = w && a[0] ? py_call_method(w, "warn", a, 2) : NULL;
    PY_XDECREF(name);
    PY_XDECREF(w);
    PY_XDECREF(a[0]);
    PY_XDECREF(r);
    return r ? 0 : -1;
}

static int hexval(uint8_t c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* The unicode-escape (raw: raw-unicode-escape) decoding of h->input, as
 * CPython's, bad escapes through the handler.  With consumed (not
 * final), an escape cut at the end is left for later.  *bad gets the
 * first invalid escape's offset (-1: none).  NEW str. */
static py_obj *escape_decode_str(errh *h, bool raw, ssize_t *consumed,
                                 ssize_t *bad)
{
    const char *codec = raw ? "rawunicodeescape" : "unicodeescape";
    const uint8_t *d = (const uint8_t *)PY_BYTES_DATA(h->input);
    ssize_t n = PY_BYTES_SIZE(h->input), s = 0;
    py_sbuf sb;
    py_sb_init(&sb);
    *bad = -1;
    while (s < n) {
        uint8_t c = d[s++];
        if (c != '\\' || (raw && s >= n && !consumed)) {
            py_sb_put_cp(&sb, c);
            continue;
        }
        ssize_t start = s - 1;
        const char *why = "\\ at end of string";
        int count = 0;
        uint32_t ch = 0;
        if (s >= n)
            goto incomplete;
        c = d[s++];
        if (raw && c != 'u' && c != 'U') {
            py_sb_putc(&sb, '\\');
            py_sb_put_cp(&sb, c);
            continue;
        }
        static const char simple[] = "\n\\'\"bftnrva";
        static const char value[] = "\0\\'\"\b\f\t\n\r\v\a";
        const char *k = c ? strchr(simple, c) : NULL;
        if (k) {
            if (c != '\n')
                py_sb_putc(&sb, value[k - simple]);
            continue;
        }
        if (c >= '0' && c <= '7') {
            ch = c - '0';
            for (int i = 0; i < 2 && s < n && d[s] >= '0' && d[s] <= '7'; i++)
                ch = ch * 8 + (d[s++] - '0');
            if (ch > 0377 && *bad < 0)
                *bad = s - 3;
            py_sb_put_cp(&sb, ch);
            continue;
        }
        if (c == 'x' || c == 'u' || c == 'U') {
            count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            why = c == 'x'   ? "truncated \\xXX escape"
                  : c == 'u' ? "truncated \\uXXXX escape"
                             : "truncated \\UXXXXXXXX escape";
            for (; count; s++, count--) {
                if (s >= n)
                    goto incomplete;
                int v = hexval(d[s]);
                if (v < 0)
                    goto error;
                ch = ch * 16 + (uint32_t)v;
            }
            if (ch > 0x10FFFF) {
                why = raw ? "\\Uxxxxxxxx out of range"
                          : "illegal Unicode character";
                goto error;
            }
            py_sb_put_cp(&sb, ch);
            continue;
        }
        if (c == 'N') {
            why = "malformed \\N character escape";
            if (s >= n)
                goto incomplete;
            if (d[s] == '{') {
                ssize_t name = ++s;
                while (s < n && d[s] != '}')
                    s++;
                if (s >= n)
                    goto incomplete;
                if (s > name) {
                    uint32_t out[4];
                    s++;
                    if (udb_lookup((const char *)d + name,
                                   (size_t)(s - 1 - name), false, out) == 1) {
                        py_sb_put_cp(&sb, out[0]);
                        continue;
                    }
                    why = "unknown Unicode character name";
                }
            }
            goto error;
        }
        if (*bad < 0)
            *bad = s - 1;
        py_sb_putc(&sb, '\\');
        py_sb_put_cp(&sb, c);
        continue;
    incomplete:
        if (consumed) {
            *consumed = start;
            return py_sb_finish(&sb);
        }
    error:
        if (decode_error(h, &sb, codec, why, start, s, &s) < 0) {
            py_sb_free(&sb);
            return NULL;
        }
        d = (const uint8_t *)PY_BYTES_DATA(h->input);
        n = PY_BYTES_SIZE(h->input);
    }
    return py_sb_finish(&sb);
}

/* (raw_)unicode_escape_decode(data, errors=None, final=True, /).  NEW. */
static py_obj *escape_decode_fn(py_obj *mod, const char *fname, bool raw,
                                py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    py_obj *errors;
    int final;
    errh h;
    errh_init(&h, mod, NULL);
    if (py_check_args(fname, nargs, kwnames, 1, 3) < 0 ||
        input_arg(&h, fname, args[0], true) < 0 ||
        errors_arg(fname, args, nargs, 2, &errors) < 0 ||
        int_arg(args, nargs, 3, 1, &final) < 0) {
        errh_free(&h);
        return NULL;
    }
    h.errors = errors;
    ssize_t consumed = PY_BYTES_SIZE(h.input), bad;
    py_obj *s = escape_decode_str(&h, raw, final ? NULL : &consumed, &bad);
    if (s && bad >= 0 && warn_invalid_escape(PY_BYTES_DATA(h.input) + bad) < 0)
        PY_CLEAR(s);
    errh_free(&h);
    return codec_tuple(s, consumed);
}

static py_obj *cd_unicode_escape_decode(py_obj *mod, py_obj *const *args,
                                        size_t nargs, py_obj *kwnames)
{
    return escape_decode_fn(mod, "unicode_escape_decode", false, args, nargs,
                            kwnames);
}

static py_obj *cd_raw_unicode_escape_decode(py_obj *mod, py_obj *const *args,
                                            size_t nargs, py_obj *kwnames)
{
    return escape_decode_fn(mod, "raw_unicode_escape_decode", true, args, nargs,
                            kwnames);
}

/* (raw_)unicode_escape_encode(str, errors=None, /).  NEW. */
static py_obj *escape_encode_fn(const char *fname, bool raw,
                                py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    py_obj *errors;
    if (py_check_args(fname, nargs, kwnames, 1, 2) < 0 ||
        str_arg(fname, args) < 0 ||
        errors_arg(fname, args, nargs, 2, &errors) < 0)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    char buf[16];
    const char *p = PY_STR_DATA(args[0]);
    for (ssize_t i = 0; i < PY_STR_LEN(args[0]); i++) {
        uint32_t c = py_utf8_next(&p);
        if (c >= 0x10000)
            snprintf(buf, sizeof buf, "\\U%08x", (unsigned)c);
        else if (c >= 0x100)
            snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c);
        else if (raw || (c >= ' ' && c < 127 && c != '\\'))
            buf[0] = (char)c, buf[1] = 0;
        else if (c == '\\' || c == '\t' || c == '\n' || c == '\r')
            snprintf(buf, sizeof buf, "\\%c",
                     c == '\\'   ? '\\'
                     : c == '\t' ? 't'
                     : c == '\n' ? 'n'
                                 : 'r');
        else
            snprintf(buf, sizeof buf, "\\x%02x", (unsigned)c);
        py_sb_put(&sb, buf, raw && c < 0x100 ? 1 : strlen(buf));
    }
    return codec_tuple(sb_bytes(&sb), PY_STR_LEN(args[0]));
}

static py_obj *cd_unicode_escape_encode(py_obj *mod, py_obj *const *args,
                                        size_t nargs, py_obj *kwnames)
{
    (void)mod;
    return escape_encode_fn("unicode_escape_encode", false, args, nargs,
                            kwnames);
}

static py_obj *cd_raw_unicode_escape_encode(py_obj *mod, py_obj *const *args,
                                            size_t nargs, py_obj *kwnames)
{
    (void)mod;
    return escape_encode_fn("raw_unicode_escape_encode", true, args, nargs,
                            kwnames);
}

/* escape_encode(data, errors=None, /): bytes escaped as in a bytes
 * literal (no quotes).  NEW. */
static py_obj *cd_escape_encode(py_obj *mod, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)mod;
    py_obj *errors;
    if (py_check_args("escape_encode", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (!py_is_bytes(args[0])) {
        py_err_format(py_exc_TypeError,
                      "escape_encode() argument 1 must be bytes, not %s",
                      py_type_name(args[0]));
        return NULL;
    }
    if (errors_arg("escape_encode", args, nargs, 2, &errors) < 0)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    const uint8_t *d = (const uint8_t *)PY_BYTES_DATA(args[0]);
    char buf[8];
    for (ssize_t i = 0; i < PY_BYTES_SIZE(args[0]); i++) {
        uint8_t c = d[i];
        if (c == '\'' || c == '\\')
            snprintf(buf, sizeof buf, "\\%c", c);
        else if (c == '\t' || c == '\n' || c == '\r')
            snprintf(buf, sizeof buf, "\\%c",
                     c == '\t'   ? 't'
                     : c == '\n' ? 'n'
                                 : 'r');
        else if (c < ' ' || c >= 0x7F)
            snprintf(buf, sizeof buf, "\\x%02x", c);
        else
            buf[0] = (char)c, buf[1] = 0;
        py_sb_puts(&sb, buf);
    }
    return codec_tuple(sb_bytes(&sb), PY_BYTES_SIZE(args[0]));
}

/* escape_decode(data, errors=None, /): the bytes a bytes literal's
 * escapes stand for (strict, replace or ignore for a bad \x).  NEW. */
static py_obj *cd_escape_decode(py_obj *mod, py_obj *const *args, size_t nargs,
                                py_obj *kwnames)
{
    (void)mod;
    py_obj *errors;
    const char *data;
    ssize_t n, bad = -1;
    if (py_check_args("escape_decode", nargs, kwnames, 1, 2) < 0 ||
        data_arg("escape_decode", args[0], true, &data, &n) < 0 ||
        errors_arg("escape_decode", args, nargs, 2, &errors) < 0)
        return NULL;
    const uint8_t *d = (const uint8_t *)data;
    py_sbuf sb;
    py_sb_init(&sb);
    for (ssize_t s = 0; s < n;) {
        if (d[s] != '\\') {
            py_sb_putc(&sb, (char)d[s++]);
            continue;
        }
        if (++s == n) {
            py_sb_free(&sb);
            py_err_set(py_exc_ValueError, "Trailing \\ in string");
            return NULL;
        }
        uint8_t c = d[s++];
        static const char simple[] = "\n\\'\"bftnrva";
        static const char value[] = "\0\\'\"\b\f\t\n\r\v\a";
        const char *k = strchr(simple, c);
        if (c && k) {
            if (c != '\n')
                py_sb_putc(&sb, value[k - simple]);
        } else if (c >= '0' && c <= '7') {
            unsigned v = c - '0';
            for (int i = 0; i < 2 && s < n && d[s] >= '0' && d[s] <= '7'; i++)
                v = v * 8 + (d[s++] - '0');
            if (v > 0377 && bad < 0)
                bad = s - 3;
            py_sb_putc(&sb, (char)v);
        } else if (c == 'x') {
            if (s + 1 < n && hexval(d[s]) >= 0 && hexval(d[s + 1]) >= 0) {
                py_sb_putc(&sb, (char)(hexval(d[s]) * 16 + hexval(d[s + 1])));
                s += 2;
                continue;
            }
            if (!errors || py_str_eq_cstr(errors, "strict")) {
                py_sb_free(&sb);
                py_err_format(py_exc_ValueError,
                              "invalid \\x escape at position %zd", s - 2);
                return NULL;
            }
            if (py_str_eq_cstr(errors, "replace"))
                py_sb_putc(&sb, '?');
            else if (!py_str_eq_cstr(errors, "ignore")) {
                py_sb_free(&sb);
                py_err_format(py_exc_ValueError,
                              "decoding error; unknown error handling code: "
                              "%.400s",
                              PY_STR_DATA(errors));
                return NULL;
            }
            if (s < n && hexval(d[s]) >= 0)
                s++;
        } else {
            if (bad < 0)
                bad = s - 1;
            py_sb_putc(&sb, '\\');
            s--;
        }
    }
    py_obj *b = sb_bytes(&sb);
    if (b && bad >= 0 && warn_invalid_escape(data + bad) < 0)
        PY_CLEAR(b);
    return codec_tuple(b, n);
}

/* The UTF codec an exception names, as surrogatepass knows them: its
 * code unit (3 for UTF-8's three-byte form, 2, 4), 0 for others; *be
 * for the big-endian ones. */
static int std_encoding(py_obj *exc, bool *be)
{
    py_obj *e = py_getattr_str(exc, "encoding");
    int r = 0;
    *be = false;
    if (!e || !py_is_str(e)) {
        py_err_clear();
        PY_XDECREF(e);
        return 0;
    }
    const char *s = PY_STR_DATA(e);
    if ((s[0] | 32) == 'u' && (s[1] | 32) == 't' && (s[2] | 32) == 'f') {
        s += 3;
        if (*s == '-' || *s == '_')
            s++;
        if (!strcmp(s, "8"))
            r = 3;
        else if ((s[0] == '1' && s[1] == '6') || (s[0] == '3' && s[1] == '2')) {
            int w = s[0] == '1' ? 2 : 4;
            s += 2;
            if (!*s)
                r = w;
            else {
                if (*s == '-' || *s == '_')
                    s++;
                if ((s[1] | 32) == 'e' && !s[2] &&
                    ((s[0] | 32) == 'b' || (s[0] | 32) == 'l'))
                    r = w, *be = (s[0] | 32) == 'b';
            }
        }
    }
    PY_DECREF(e);
    return r;
}

/* Raise exc itself (a handler refusing what the codec met).  NULL. */
static py_obj *refuse(py_obj *exc)
{
    py_err_set_obj(exc);
    return NULL;
}

/* surrogatepass: lone surrogates encoded as UTF-8/16/32 would encode
 * them, and decoded back one at a time.  NEW (replacement, end). */
static py_obj *err_surrogatepass(py_obj *mod, py_obj *const *args, size_t nargs,
                                 py_obj *kwnames)
{
    ssize_t s, e;
    int kind;
    bool be;
    (void)mod;
    if (py_check_args("surrogatepass_errors", nargs, kwnames, 1, 1) < 0 ||
        exc_range(args[0], &s, &e, &kind) < 0)
        return NULL;
    if (kind == 2) {
        py_err_format(py_exc_TypeError,
                      "don't know how to handle %s in error callback",
                      py_type_name(args[0]));
        return NULL;
    }
    int w = std_encoding(args[0], &be);
    if (!w)
        return refuse(args[0]);
    py_obj *obj = py_getattr_str(args[0], "object");
    if (!obj)
        return NULL;
    if (kind == 0) {
        if (!py_is_str(obj) || s < 0 || e > PY_STR_LEN(obj)) {
            PY_DECREF(obj);
            return refuse(args[0]);
        }
        const char *p = PY_STR_DATA(obj);
        for (ssize_t i = 0; i < s; i++)
            py_utf8_next(&p);
        py_sbuf sb;
        py_sb_init(&sb);
        for (ssize_t i = s; i < e; i++) {
            uint32_t c = py_utf8_next(&p);
            if (!is_surrogate(c)) {
                py_sb_free(&sb);
                PY_DECREF(obj);
                return refuse(args[0]);
            }
            if (w == 3)
                py_sb_put_cp(&sb, c);
            else
                put_unit(&sb, c, w, be);
        }
        PY_DECREF(obj);
        return result(sb_bytes(&sb), e);
    }
    const char *d;
    ssize_t n;
    uint32_t c = 0;
    if (!py_bytes_like(obj, &d, &n)) {
        PY_DECREF(obj);
        return refuse(args[0]);
    }
    const uint8_t *p = (const uint8_t *)d + s;
    if (s >= 0 && n - s >= w) {
        if (w == 3 && (p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 &&
            (p[2] & 0xC0) == 0x80)
            c = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        else if (w != 3)
            c = get_unit(p, w, be);
    }
    PY_DECREF(obj);
    if (!is_surrogate(c))
        return refuse(args[0]);
    return result(py_str_from_cp(c), s + w);
}

/* surrogateescape: bytes 0x80-0xFF decoded as U+DC80-U+DCFF (up to four
 * at a time) and those code points encoded back.  NEW (replacement,
 * end). */
static py_obj *err_surrogateescape(py_obj *mod, py_obj *const *args,
                                   size_t nargs, py_obj *kwnames)
{
    ssize_t s, e;
    int kind;
    (void)mod;
    if (py_check_args("surrogateescape_errors", nargs, kwnames, 1, 1) < 0 ||
        exc_range(args[0], &s, &e, &kind) < 0)
        return NULL;
    if (kind == 2) {
        py_err_format(py_exc_TypeError,
                      "don't know how to handle %s in error callback",
                      py_type_name(args[0]));
        return NULL;
    }
    py_obj *obj = py_getattr_str(args[0], "object");
    if (!obj)
        return NULL;
    py_sbuf sb;
    py_sb_init(&sb);
    if (kind == 0) {
        if (!py_is_str(obj) || s < 0 || e > PY_STR_LEN(obj))
            goto refused;
        const char *p = PY_STR_DATA(obj);
        for (ssize_t i = 0; i < s; i++)
            py_utf8_next(&p);
        for (ssize_t i = s; i < e; i++) {
            uint32_t c = py_utf8_next(&p);
            if (c < 0xDC80 || c > 0xDCFF)
                goto refused;
            py_sb_putc(&sb, (char)(c - 0xDC00));
        }
        PY_DECREF(obj);
        return result(sb_bytes(&sb), e);
    }
    const char *d;
    ssize_t n, k = 0;
    if (!py_bytes_like(obj, &d, &n) || s < 0)
        goto refused;
    while (k < 4 && k < e - s && s + k < n && (uint8_t)d[s + k] >= 128) {
        py_sb_put_cp(&sb, 0xDC00 + (uint8_t)d[s + k]);
        k++;
    }
    if (!k)
        goto refused;
    PY_DECREF(obj);
    return result(py_sb_finish(&sb), s + k);
refused:
    py_sb_free(&sb);
    PY_DECREF(obj);
    return refuse(args[0]);
}

static const py_method_def handlers[] = {
    {"strict", err_strict, 0, NULL},
    {"ignore", err_ignore, 0, NULL},
    {"replace", err_replace, 0, NULL},
    {"backslashreplace", err_backslash, 0, NULL},
    {"xmlcharrefreplace", err_xml, 0, NULL},
    {"namereplace", err_name, 0, NULL},
    {"surrogatepass", err_surrogatepass, 0, NULL},
    {"surrogateescape", err_surrogateescape, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const py_method_def codecs_functions[] = {
    {"register", cd_register, 0, "Register a codec search function."},
    {"unregister", cd_unregister, 0, "Unregister a codec search function."},
    {"lookup", cd_lookup, 0, "Looks up a codec tuple in the registry."},
    {"encode", cd_encode, 0, "Encodes obj using the codec for encoding."},
    {"decode", cd_decode, 0, "Decodes obj using the codec for encoding."},
    {"register_error", cd_register_error, 0, NULL},
    {"lookup_error", cd_lookup_error, 0, NULL},
    {"utf_8_encode", cd_utf_8_encode, 0, NULL},
    {"utf_8_decode", cd_utf_8_decode, 0, NULL},
    {"latin_1_encode", cd_latin_1_encode, 0, NULL},
    {"latin_1_decode", cd_latin_1_decode, 0, NULL},
    {"ascii_encode", cd_ascii_encode, 0, NULL},
    {"ascii_decode", cd_ascii_decode, 0, NULL},
    {"charmap_decode", cd_charmap_decode, 0, NULL},
    {"charmap_encode", cd_charmap_encode, 0, NULL},
    {"charmap_build", cd_charmap_build, 0, NULL},
    {"utf_16_encode", cd_utf_16_encode, 0, NULL},
    {"utf_16_decode", cd_utf_16_decode, 0, NULL},
    {"utf_16_le_encode", cd_utf_16_le_encode, 0, NULL},
    {"utf_16_le_decode", cd_utf_16_le_decode, 0, NULL},
    {"utf_16_be_encode", cd_utf_16_be_encode, 0, NULL},
    {"utf_16_be_decode", cd_utf_16_be_decode, 0, NULL},
    {"utf_16_ex_decode", cd_utf_16_ex_decode, 0, NULL},
    {"utf_32_encode", cd_utf_32_encode, 0, NULL},
    {"utf_32_decode", cd_utf_32_decode, 0, NULL},
    {"utf_32_le_encode", cd_utf_32_le_encode, 0, NULL},
    {"utf_32_le_decode", cd_utf_32_le_decode, 0, NULL},
    {"utf_32_be_encode", cd_utf_32_be_encode, 0, NULL},
    {"utf_32_be_decode", cd_utf_32_be_decode, 0, NULL},
    {"utf_32_ex_decode", cd_utf_32_ex_decode, 0, NULL},
    {"utf_7_encode", cd_utf_7_encode, 0, NULL},
    {"utf_7_decode", cd_utf_7_decode, 0, NULL},
    {"unicode_escape_encode", cd_unicode_escape_encode, 0, NULL},
    {"unicode_escape_decode", cd_unicode_escape_decode, 0, NULL},
    {"raw_unicode_escape_encode", cd_raw_unicode_escape_encode, 0, NULL},
    {"raw_unicode_escape_decode", cd_raw_unicode_escape_decode, 0, NULL},
    {"escape_encode", cd_escape_encode, 0, NULL},
    {"escape_decode", cd_escape_decode, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_obj *py_init_codecs(void)
{
    py_obj *m = py_module_new("_codecs");
    if (!m || py_bi_add_functions(m, codecs_functions) < 0 ||
        py_bi_add_new(m, SEARCH, py_list_new(0)) < 0 ||
        py_bi_add_new(m, CACHE, py_dict_new()) < 0 ||
        py_bi_add_new(m, ERRORS, py_dict_new()) < 0)
        goto error;
    for (const py_method_def *h = handlers; h->name; h++) {
        py_obj *f = py_cfunction_new(h, m);
        if (!f || py_dict_set_str(registry(m, ERRORS), h->name, f) < 0) {
            PY_XDECREF(f);
            goto error;
        }
        PY_DECREF(f);
    }
    return m;
error:
    PY_XDECREF(m);
    return NULL;
}
