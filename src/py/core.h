/*
 * core.h -- constructors, accessors and generic operations of the built-in
 * types, used by every part of the interpreter.
 *
 * Layouts that the VM reads directly for its fast paths (int, float, str,
 * tuple, list) are public here; the rest are private to their file.
 * Ownership: "NEW" = new reference, "BORROWED" = not owned by the caller,
 * "STEALS x" = takes over the caller's reference to x even on failure.
 * Errors: NULL / -1 with a pending exception.
 */
#ifndef PY_CORE_H
#define PY_CORE_H

#include <gmp.h>

#include "object.h"

/* ------------------------------------------------------------- memory */

/* Raw memory from the interpreter's heap (arenas, pymalloc-like size
 * classes; counts against the heap cap).  NULL (no exception set) on
 * failure; callers turn that into py_err_nomemory(). */
void *py_mem_alloc(size_t n);
void *py_mem_realloc(void *p, size_t n);
void py_mem_free(void *p);

/* ---------------------------------------------------------------- int */

/* Value small (fits int64) iff big == NULL; always normalised: a value
 * that fits int64 is never stored in big.  bool is an int subtype whose
 * two instances are py_True / py_False. */
typedef struct py_int {
    PY_HEAD;
    int64_t v;
    mpz_ptr big; /* owned mpz (py_mem) or NULL */
} py_int;

#define PY_INT_SMALL_MIN (-5)
#define PY_INT_SMALL_MAX 256

py_obj *py_int_from_i64(int64_t v);     /* NEW (cached -5..256) */
py_obj *py_int_from_mpz(const mpz_t z); /* NEW, normalised */
/* Parse an int literal or int(str, base) text (underscores allowed as in
 * Python; base 0 = literal rules).  NEW, or NULL with ValueError using
 * CPython's message "invalid literal for int() with base %d: %R". */
py_obj *py_int_from_str(const char *s, size_t n, int base);
/* 1 and *out set if o is an int (or bool) fitting int64; 0 if too big
 * (no exception); -1 with TypeError if not an int. */
int py_int_as_i64(py_obj *o, int64_t *out);
/* Index conversion as operator.index(): ssize_t with OverflowError
 * "cannot fit 'int' into an index-sized integer"; TypeError otherwise. */
ssize_t py_index_as_ssize(py_obj *o);
/* Set z to the value of int o (z must be initialised). */
void py_int_to_mpz(py_obj *o, mpz_t z);
#define PY_INT_IS_SMALL(o) (((py_int *)(o))->big == NULL)
#define PY_INT_VAL(o)      (((py_int *)(o))->v)

/* -------------------------------------------------------------- float */

typedef struct py_float {
    PY_HEAD;
    double v;
} py_float;

py_obj *py_float_new(double v); /* NEW */
#define PY_FLOAT_VAL(o) (((py_float *)(o))->v)
/* Shortest repr that round-trips, as CPython's float.__repr__; buf >= 32 */
void py_float_repr_buf(double v, char *buf, size_t n);
/* float(o) as a C double; -1.0 with exception set on error (check
 * py_err_occurred). Accepts int and float (and __float__/__index__). */
double py_float_as_double(py_obj *o);

/* ---------------------------------------------------------------- str */

/* UTF-8 text, NUL-terminated.  size (PY_SIZE) is the length in code
 * points; nbytes the length in bytes; ascii when they are equal. */
typedef struct py_strobj {
    PY_VARHEAD;
    py_hash_t hash; /* -1 until computed */
    ssize_t nbytes;
    uint8_t interned;
    uint8_t ascii;
    char data[];
} py_strobj;

#define PY_STR_DATA(o)   (((py_strobj *)(o))->data)
#define PY_STR_NBYTES(o) (((py_strobj *)(o))->nbytes)
#define PY_STR_LEN(o)    PY_SIZE(o)

/* NEW str from UTF-8 bytes (must be valid UTF-8; the lexer checks). */
py_obj *py_str_new(const char *utf8, size_t nbytes);
py_obj *py_str_from_cstr(const char *s);
/* printf-like with extra conversions: %R repr(obj), %S str(obj), %U str
 * obj inserted as is, %T type name of obj.  NEW. */
py_obj *py_str_format(const char *fmt, ...);
py_obj *py_str_vformat(const char *fmt, va_list ap);
/* Intern *p in place (replaces it with the canonical copy; STEALS and
 * returns through *p). */
void py_str_intern_inplace(py_obj **p);
/* NEW reference to the interned str for a C string (cached). */
py_obj *py_str_interned(const char *s);
/* Equality of two str objects (fast path for dict lookups). */
bool py_str_eq(py_obj *a, py_obj *b);
bool py_str_eq_cstr(py_obj *a, const char *s);
py_obj *py_str_concat(py_obj *a, py_obj *b); /* NEW */
/* Unicode-aware join of n str items with sep (NEW). */
py_obj *py_str_join_array(py_obj *sep, py_obj *const *items, size_t n);

/* -------------------------------------------------------------- bytes */

py_obj *py_bytes_new(const char *data, size_t n); /* NEW */

/* -------------------------------------------------------------- tuple */

typedef struct py_tuple {
    PY_VARHEAD;
    py_obj *items[];
} py_tuple;

#define PY_TUPLE_ITEMS(o) (((py_tuple *)(o))->items)
#define PY_TUPLE_SIZE(o)  PY_SIZE(o)

/* NEW tuple of n NULL items (fill with PY_TUPLE_ITEMS, stealing); n == 0
 * returns the () singleton. */
py_obj *py_tuple_new(ssize_t n);
/* NEW tuple with new references to the n items. */
py_obj *py_tuple_from_array(py_obj *const *items, ssize_t n);
py_obj *py_tuple_pack(ssize_t n, ...); /* items BORROWED; NEW tuple */

/* --------------------------------------------------------------- list */

typedef struct py_list {
    PY_VARHEAD; /* size = number of items */
    py_obj **items;
    ssize_t allocated;
} py_list;

#define PY_LIST_ITEMS(o) (((py_list *)(o))->items)
#define PY_LIST_SIZE(o)  PY_SIZE(o)

py_obj *py_list_new(ssize_t n);                 /* NEW list of n NULL items */
int py_list_append(py_obj *list, py_obj *item); /* item BORROWED */
py_obj *py_list_from_iterable(py_obj *it);      /* NEW, list(it) */
int py_list_extend(py_obj *list, py_obj *iterable);
int py_list_sort(py_obj *list, py_obj *key, bool reverse); /* stable */
py_obj *py_list_as_tuple(py_obj *list);                    /* NEW */

/* --------------------------------------------------------------- dict */

/* Insertion-ordered hash table (compact, as CPython 3.6+).  Keys are
 * compared with hash + __eq__; str keys use their cached hash. */
py_obj *py_dict_new(void); /* NEW */
/* BORROWED value or NULL (no exception) when missing; NULL with an
 * exception when hashing/comparison failed (check py_err_occurred). */
py_obj *py_dict_get(py_obj *d, py_obj *key);
/* For an attribute cache: the index of str key's entry in dict d, or -1
 * (missing; no error is ever set); py_dict_entry_if (dictobject.h) reads
 * the entry back. */
ssize_t py_dict_index_of(py_obj *d, py_obj *key);
/* ... and set entry ix's value to value (BORROWED) if its key is key:
 * true, else false (nothing done). */
bool py_dict_replace_if(py_obj *d, ssize_t ix, py_obj *key, py_obj *value);
/* Changes whenever a key is added to d, to a value no other dict has had
 * (0: no key was ever added): "key k is still missing from d" holds while
 * it is the same.  For LOAD_GLOBAL's cache of builtins. */
uint64_t py_dict_keys_version(py_obj *d);
py_obj *py_dict_get_str(py_obj *d, const char *key);    /* BORROWED */
int py_dict_set(py_obj *d, py_obj *key, py_obj *value); /* BORROWED args */
int py_dict_set_str(py_obj *d, const char *key, py_obj *value);
/* 0 done, -1 error (KeyError set if missing). */
int py_dict_del(py_obj *d, py_obj *key);
ssize_t py_dict_size(py_obj *d);
/* Iterate: *pos starts at 0; key/value BORROWED.  Returns false at end. */
bool py_dict_next(py_obj *d, ssize_t *pos, py_obj **key, py_obj **value);
int py_dict_update(py_obj *d, py_obj *other); /* dict.update(other) */
py_obj *py_dict_copy(py_obj *d);              /* NEW */
py_obj *py_dict_keys_list(py_obj *d);         /* NEW list */

/* ---------------------------------------------------------------- set */

py_obj *py_set_new(py_obj *iterable);       /* NEW (iterable may be NULL) */
py_obj *py_frozenset_new(py_obj *iterable); /* NEW */
int py_set_add(py_obj *set, py_obj *key);
int py_set_contains(py_obj *set, py_obj *key); /* 1, 0, -1 */
ssize_t py_set_size(py_obj *set);
bool py_set_next(py_obj *set, ssize_t *pos, py_obj **key); /* BORROWED */

/* ------------------------------------------------------ range & slice */

py_obj *py_slice_new(py_obj *start, py_obj *stop, py_obj *step); /* NEW */
/* Resolve a slice against a sequence length (as PySlice_GetIndicesEx).
 * Returns the slice length, or -1 with an exception. */
ssize_t py_slice_indices(py_obj *slice, ssize_t len, ssize_t *start,
                         ssize_t *stop, ssize_t *step);

/* ---------------------------------------------------------- abstract */

py_obj *py_repr(py_obj *o);   /* NEW str: repr(o) (recursion-safe) */
py_obj *py_str(py_obj *o);    /* NEW str: str(o) */
py_obj *py_ascii(py_obj *o);  /* NEW str: ascii(o) */
py_hash_t py_hash(py_obj *o); /* -1 + TypeError "unhashable type: 'list'" */
/* NEW result of a op b; NotImplemented from both sides gives CPython's
 * TypeError "unsupported operand type(s) for +: 'int' and 'str'". */
py_obj *py_richcompare(py_obj *a, py_obj *b, int op);
int py_richcompare_bool(py_obj *a, py_obj *b, int op);         /* 1, 0, -1 */
int py_is_true(py_obj *o);                                     /* 1, 0, -1 */
py_obj *py_binop(py_obj *a, py_obj *b, py_binop_kind op);      /* NEW */
py_obj *py_inplace_op(py_obj *a, py_obj *b, py_binop_kind op); /* NEW */
py_obj *py_neg(py_obj *o);
py_obj *py_pos(py_obj *o);
py_obj *py_invert(py_obj *o);
py_obj *py_abs(py_obj *o);
py_obj *py_getattr(py_obj *o, py_obj *name);         /* NEW */
py_obj *py_getattr_str(py_obj *o, const char *name); /* NEW */
/* Like py_getattr but 0 (no exception, *out NULL) when missing. */
int py_lookup_attr(py_obj *o, py_obj *name, py_obj **out);
int py_setattr(py_obj *o, py_obj *name, py_obj *value); /* NULL = del */
bool py_hasattr_str(py_obj *o, const char *name);
py_obj *py_getitem(py_obj *o, py_obj *key); /* NEW */
int py_setitem(py_obj *o, py_obj *key, py_obj *value);
int py_delitem(py_obj *o, py_obj *key);
ssize_t py_len(py_obj *o); /* TypeError "object of type 'int' has no len()" */
int py_contains(py_obj *container, py_obj *item); /* 1, 0, -1 */
py_obj *py_iter(py_obj *o); /* NEW iterator; "'int' object is not iterable" */
/* NEW next item; NULL without exception at the end (StopIteration from a
 * Python __next__ is swallowed); NULL with exception on error. */
py_obj *py_iter_next(py_obj *it);
/* Call (vectorcall convention, arguments BORROWED); NEW result.  Raises
 * "'int' object is not callable" for non-callables. */
py_obj *py_call(py_obj *callable, py_obj *const *args, size_t nargs,
                py_obj *kwnames);
/* Call with a tuple and optional dict (CALL_FUNCTION_EX).  NEW. */
py_obj *py_call_tuple_dict(py_obj *callable, py_obj *args, py_obj *kwargs);
/* Call method `name` of o with the given positional args.  NEW. */
py_obj *py_call_method(py_obj *o, const char *name, py_obj *const *args,
                       size_t nargs);
bool py_callable(py_obj *o);
/* format(o, spec) via __format__ (format-spec mini-language for int,
 * float, str built in).  spec may be NULL.  NEW str. */
py_obj *py_format(py_obj *o, py_obj *spec);
bool py_isinstance_type(py_obj *o, py_type *t);
int py_isinstance(py_obj *o, py_obj *cls); /* isinstance(), -1 on error */
int py_issubclass(py_obj *derived, py_obj *cls);
/* The same by the types alone, without __instancecheck__ /
 * __subclasscheck__ (what type's own methods of those names do). */
int py_isinstance_plain(py_obj *o, py_obj *cls);
int py_issubclass_plain(py_obj *derived, py_obj *cls);
const char *py_type_name(py_obj *o); /* BORROWED C string: type(o).__name__ */

/* ------------------------------------------------------- descriptors */

/* Look a name up along the MRO of t: BORROWED or NULL (no exception). */
py_obj *py_type_lookup(py_type *t, py_obj *name);
py_obj *py_generic_getattr(py_obj *o, py_obj *name);
int py_generic_setattr(py_obj *o, py_obj *name, py_obj *value);
/* BORROWED pointer to the instance dict slot, or NULL if none; inline
 * values (instvals.h) are turned into a dict first (NULL and
 * MemoryError if that fails). */
py_obj **py_obj_dict_ptr(py_obj *o);
/* The attribute name in o's __dict__ or inline values, without making a
 * dict: BORROWED or NULL (*err: an exception is pending). */
py_obj *py_obj_attr_shadow(py_obj *o, py_obj *name, bool *err);
/* Store value (BORROWED; NULL deletes) as attribute name in o's __dict__
 * slot *dp (from py_obj_dict_slot): inline values while they can hold
 * it, else a dict.  1 done, 0 (delete only) absent, -1 with an
 * exception. */
int py_obj_dict_store(py_obj *o, py_obj **dp, py_obj *name, py_obj *value);
/* Builtin function object wrapping a C function bound to self (may be
 * NULL).  NEW. */
py_obj *py_cfunction_new(const py_method_def *def, py_obj *self);
/* Build a heap class: type(name, bases, ns).  NEW. */
py_obj *py_type_new_class(py_obj *name, py_obj *bases, py_obj *ns);
/* A NEW exception class module.name deriving from base, with __doc__ doc
 * (NULL: none), as a C module's PyErr_NewException(WithDoc). */
py_obj *py_exc_new_class(const char *module, const char *name, py_type *base,
                         const char *doc);

/* ---------------------------------------------------- argument checks */

/* Check a C function's arguments: raise CPython's TypeError (e.g.
 * "len() takes exactly one argument (2 given)",
 * "f() takes no keyword arguments") and return -1 when nargs is outside
 * [min, max] or kwnames is given to a function taking none. */
int py_check_args(const char *fname, size_t nargs, py_obj *kwnames, size_t min,
                  size_t max);

/* --------------------------------------------------------- exceptions */

/* An exception instance (BaseException and subclasses). */
typedef struct py_exc {
    PY_HEAD;
    py_obj *dict;
    py_obj *args;      /* tuple */
    py_obj *traceback; /* traceback object or NULL */
    py_obj *context;   /* __context__ or NULL */
    py_obj *cause;     /* __cause__ or NULL */
    bool suppress_context;
    py_obj *notes; /* unused, reserved */
    /* SyntaxError and StopIteration/SystemExit extras */
    py_obj *value; /* StopIteration.value, SystemExit.code,
                      BaseExceptionGroup.exceptions (a tuple) */
    py_obj *msg;   /* BaseExceptionGroup.message */
    /* dict of the attributes CPython keeps in C members (SyntaxError.msg,
     * OSError.errno, ImportError.name, ...), read through descriptors on
     * the class, so they stay out of __dict__; NULL until one is set */
    py_obj *extra;
} py_exc;

/* NEW instance of an exception class with args (BORROWED). */
py_obj *py_exc_new(py_type *t, py_obj *const *args, size_t nargs);

#endif
