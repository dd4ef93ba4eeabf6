/*
 * objects.h -- internals of the object system shared beyond its files:
 * descriptor and iterator types the VM may take fast paths on, the repr
 * recursion guard, the unhashable hash slot, module setup / teardown of
 * the type system and the exception hierarchy, and an error formatter
 * without printf checking (for the %R %S %U %T conversions).
 *
 * Provided elsewhere: py_id (mem.c), py_vm_super_args (ceval.c, vm.h),
 * py_seqiter_new (iterobject.c, builtins.h).
 */
#ifndef PY_OBJECTS_H
#define PY_OBJECTS_H

#include "core.h"

/* ---------------------------------------------------------- externals */

uintptr_t py_id(py_obj *o); /* mem.c */
/* Zero-argument super(): the calling frame's __class__ cell contents and
 * first argument (both BORROWED).  0, or -1 with RuntimeError.  (vm) */
int py_vm_super_args(py_type **cls, py_obj **self);

/* ------------------------------------------------------ type machinery */

/* Ready every built-in type of object.h and cache the dunder names.
 * Called by py_init after py_numstr_init (needs interned strings). */
int py_typeobject_init(void);
/* Drop the dicts/mros of the static types and the caches (py_fini). */
void py_typeobject_fini(void);

/* Bumped whenever any type's namespace or slots change: a cache keyed by
 * (type, epoch) stays valid while the epoch is unchanged. */
extern uint64_t py_type_epoch;

/* The hash slot of unhashable types ("unhashable type: 'list'"). */
py_hash_t py_hash_unhashable(py_obj *o);
/* CPython's _Py_HashPointer (default object hash). */
py_hash_t py_hash_pointer(const void *p);

/* Is o a GC object with a gc_head?  (Static type objects are instances of
 * the GC type `type` but have no gc_head.) */
static inline bool py_obj_is_gc(py_obj *o)
{
    py_type *t = PY_TYPE(o);
    if (!(t->flags & PY_TPFLAGS_GC))
        return false;
    return !(t == &py_type_type || (t->flags & PY_TPFLAGS_TYPE_SUBCLASS)) ||
           (((py_type *)o)->flags & PY_TPFLAGS_HEAPTYPE);
}

/* Call type t with arguments (type.__call__): tp_new then tp_init.  NEW. */
py_obj *py_type_call(py_obj *t, py_obj *const *args, size_t nargs,
                     py_obj *kwnames);
/* Build a class with an explicit metatype (type(name, bases, ns) when the
 * metaclass is a subclass of type).  All BORROWED; NEW. */
py_obj *py_type_new_meta(py_type *meta, py_obj *name, py_obj *bases,
                         py_obj *ns);
/* Look up special method `name` (interned str, BORROWED) on type(self) and
 * call it with self prepended.  NEW result; NULL with no exception set
 * when the type has no such attribute. */
py_obj *py_call_special(py_obj *self, py_obj *name, py_obj *const *args,
                        size_t nargs);
/* Interned dunder name (BORROWED; valid between init and fini). */
py_obj *py_dunder(const char *name);

/* ------------------------------ mappingproxy (mappingproxyobject.c) */

extern py_type py_mappingproxy_type;
/* NEW read-only live view of mapping (BORROWED); TypeError when it is not
 * a mapping. */
py_obj *py_mappingproxy_new(py_obj *mapping);

/* ---------------------------- bytearray, memoryview (bytearrayobject.c) */

extern py_type py_bytearray_type, py_bytearray_iter_type, py_memoryview_type;
extern py_type py_longrange_iter_type; /* rangeobject.c */
/* A new bytearray holding n bytes of data (NULL: zeros).  NEW. */
py_obj *py_bytearray_new(const char *data, size_t n);
/* The bytes of a bytes, bytearray, memoryview or BytesIO buffer
 * (_io._BytesIOBuffer): true with *data and *n
 * set (BORROWED; valid while o lives and keeps its size). */
bool py_bytes_like(py_obj *o, const char **data, ssize_t *n);
/* bytes()/bytearray() (fname): encoding and errors, when given (BORROWED,
 * NULL when not), must be str.  0, or -1 with python3's TypeError. */
int py_bytes_check_codec_args(const char *fname, py_obj *enc, py_obj *errors);
/* bytes.maketrans / bytearray.maketrans (static): NEW bytes. */
py_obj *py_bytes_maketrans(py_obj *self, py_obj *const *args, size_t nargs,
                           py_obj *kwnames);
/* bytes % args for the format fmt[0..n) (bytesformat.c): NEW bytes. */
py_obj *py_bytes_format(const char *fmt, ssize_t n, py_obj *args);
/* Whether o is a bytearray (or a subclass's instance). */
bool py_is_bytearray(py_obj *o);
/* py_bytes_like for the writable ones (bytearray, array, a writable memoryview,
 * a BytesIO buffer): true with *data and *n set (BORROWED). */
bool py_bytes_writable(py_obj *o, char **data, ssize_t *n);
/* A NEW memoryview of the first n bytes of obj (BORROWED), writable
 * unless readonly; obj must be a type py_bytes_like knows. */
py_obj *py_memoryview_of(py_obj *obj, ssize_t n, bool readonly);
/* _io._BytesIOBuffer (stringio.c): what BytesIO.getbuffer() views.  The
 * BytesIO's bytes into *n, BORROWED (valid while exports block resizing;
 * "" once the buffer has let its BytesIO go). */
extern py_type py_io_bytesiobuf_type;
char *py_io_bytesiobuf_data(py_obj *o, ssize_t *n);
/* sys.getsizeof of a bytearray (CPython's 56 + allocation). */
size_t py_bytearray_sizeof(py_obj *o);

/* ------------------------------------------------ array (arraymodule.c) */

extern py_type py_array_type;
/* Whether o is an array.array (or a subclass's instance). */
bool py_is_array(py_obj *o);
/* The items of array o as bytes (BORROWED; valid while o keeps its
 * size): *data, *n bytes, and when not NULL the struct letter of its
 * items (memoryview's format) and their size. */
void py_array_buffer(py_obj *o, const char **data, ssize_t *n, char *format,
                     int *itemsize);
/* A memoryview starts (+1) or stops (-1) viewing array o: an array with
 * live views cannot change size (BufferError). */
void py_array_export(py_obj *o, int delta);
/* sys.getsizeof of an array (CPython's 80 + the allocation). */
size_t py_array_sizeof(py_obj *o);

/* ------------------------------------------ complex (complexobject.c) */

extern py_type py_complex_type;
py_obj *py_complex_new(double re, double im); /* NEW */
double py_complex_real(py_obj *o);
double py_complex_imag(py_obj *o);

/* ------------------------------------ type hints (genericalias.c) */

extern py_type py_generic_alias_type, py_union_type;
/* types.GenericAlias(origin, args); args not a tuple is one argument.
 * BORROWED arguments; NEW. */
py_obj *py_generic_alias_new(py_obj *origin, py_obj *args);
/* cls.__class_getitem__(item) of the built-in generic classes (a
 * PY_METH_CLASS method): cls[item] as a GenericAlias.  NEW. */
py_obj *py_generic_class_getitem(py_obj *cls, py_obj *const *args, size_t nargs,
                                 py_obj *kwnames);
/* a | b of classes, None, aliases and unions (type.__or__): a UnionType,
 * a single argument, or NotImplemented.  NEW. */
py_obj *py_union_or(py_obj *a, py_obj *b);
/* The arguments of a UnionType (BORROWED tuple). */
py_obj *py_union_args(py_obj *u);

/* ------------------------------------------------- descriptors & funcs */

extern py_type py_method_descr_type, py_classmethod_descr_type,
    py_wrapper_descr_type, py_method_wrapper_type, py_getset_descr_type,
    py_member_descr_type;

/* A __slots__ member of owner at this offset in its instances (name a
 * str; both BORROWED).  NEW. */
py_obj *py_descr_new_member(py_type *owner, py_obj *name, ssize_t offset);
/* str.isidentifier() of a str. */
bool py_str_is_identifier(py_obj *s);
/* The __slots__ name whose value sits at offset in instances of t
 * (BORROWED), or NULL. */
py_obj *py_member_name_at(py_type *t, ssize_t offset);

/* A builtin function or bound builtin method. */
typedef struct py_cfunction {
    PY_HEAD;
    const py_method_def *def;
    py_obj *self;     /* owned; NULL for plain functions */
    py_obj *weaklist; /* weak references to it (weakrefobject.c) */
} py_cfunction;

/* Descriptors placed in type dicts by py_type_ready (method descriptors,
 * getset descriptors and slot wrappers). */
py_obj *py_descr_new_method(py_type *owner, const py_method_def *def);
py_obj *py_descr_new_classmethod(py_type *owner, const py_method_def *def);
py_obj *py_descr_new_getset(py_type *owner, const py_getset_def *def);
/* property/classmethod/staticmethod construction from C.  NEW. */
py_obj *py_classmethod_new(py_obj *func);
py_obj *py_staticmethod_new(py_obj *func);
/* Record the attribute name of a property (from class creation). */
void py_property_set_name(py_obj *prop, py_obj *name);

/* ------------------------------------------------------- weak references */

/* weakref.ReferenceType, ProxyType, CallableProxyType (weakrefobject.c). */
extern py_type py_weakref_ref_type, py_weakref_proxy_type,
    py_weakref_callable_proxy_type;

/* BORROWED pointer to the head of o's weak reference list, or NULL when
 * o's type does not support weak references. */
static inline py_obj **py_weaklist_ptr(py_obj *o)
{
    ssize_t off = PY_TYPE(o)->weaklistoffset;
    return off ? (py_obj **)((char *)o + off) : NULL;
}
/* Is o a weak reference or a proxy (of any subtype)? */
bool py_weakref_check(py_obj *o);
/* weakref.ref(ob, callback) (callback may be NULL).  NEW. */
py_obj *py_weakref_new_ref(py_obj *ob, py_obj *callback);
/* Called by the deallocation of a weakly referenceable object (rc 0):
 * clear its weak references and run their callbacks, as CPython's
 * PyObject_ClearWeakRefs.  A pending exception is kept. */
void py_weakref_clear_all(py_obj *o);
/* Unlink weak reference w from its referent and mark it dead, keeping
 * its callback (the cycle collector's _PyWeakref_ClearRef). */
void py_weakref_detach(py_obj *w);
/* The reference after w in its referent's list (BORROWED), or NULL. */
py_obj *py_weakref_next(py_obj *w);
/* BORROWED callback of w, or NULL. */
py_obj *py_weakref_callback(py_obj *w);
/* The referent of w (BORROWED), or None once it died. */
py_obj *py_weakref_referent(py_obj *w);
/* Call w's callback with w; a failure is written as unraisable. */
void py_weakref_run_callback(py_obj *w);
/* proxy(ob, callback): NEW proxy (callable proxy for a callable ob);
 * callback BORROWED, NULL or None for none. */
py_obj *py_weakref_new_proxy(py_obj *ob, py_obj *callback);
/* Ready the three weak reference types.  0 or -1. */
int py_weakref_types_ready(void);

/* ------------------------------------------------------------ repr */

/* Recursion guard for container reprs: 1 if o is already being printed
 * (print "[...]"), 0 if entered, -1 on error.  Pair with leave. */
int py_repr_enter(py_obj *o);
void py_repr_leave(py_obj *o);

/* ---------------------------------------------------------- errors */

/* py_err_format without printf checking, so %R %S %U %T can be used
 * without -Wformat warnings. */
void py_err_fmt(py_type *exc, const char *fmt, ...);
void py_err_vfmt(py_type *exc, const char *fmt, va_list ap);
/* Set AttributeError "'T' object has no attribute 'name'". */
void py_err_no_attr(py_obj *o, py_obj *name);
/* Print "Exception ignored in: <obj>" and the pending exception. */
void py_err_write_unraisable(py_obj *obj);
/* The same with another first line: "<msg>: <obj>". */
void py_err_write_unraisable_msg(const char *msg, py_obj *obj);
/* The spare MemoryError (called by py_exceptions_init / fini). */
int py_errors_init(void);
void py_errors_fini(void);

/* ------------------------------------------------------- exceptions */

int py_exceptions_init(void);
/* NEW instance of exception class t with args (BORROWED), made as
 * BaseException.__new__ makes it (no __init__). */
py_obj *py_exc_base_new(py_type *t, py_obj *const *args, size_t nargs);
/* sys.getsizeof of an exception: CPython 3.11's size for its layout. */
size_t py_exc_sizeof(py_obj *o);
/* An exception's member attribute (SyntaxError.lineno, AttributeError.name,
 * ...) as CPython's C members hold it: BORROWED value or NULL when unset;
 * set one (v BORROWED) with 0 or -1. */
py_obj *py_exc_member(py_obj *e, const char *name);
int py_exc_set_member(py_obj *e, const char *name, py_obj *v);
/* excgroup.c: BaseExceptionGroup's slots (py_excgroup_fill, called on
 * its row of the table), ExceptionGroup made by py_excgroup_init and
 * dropped by py_excgroup_fini. */
extern py_type *py_exc_BaseExceptionGroup, *py_exc_ExceptionGroup;
void py_excgroup_fill(py_type *t);
int py_excgroup_init(void);
/* except* (CHECK_EG_MATCH): split exc by the clause's type into *match
 * (None, the matching part, or a naked exc wrapped in a group) and *rest
 * (None or the other part), both NEW.  0, or -1 (TypeError for types an
 * except* clause refuses). */
int py_eg_match(py_obj *exc, py_obj *type, py_obj **match, py_obj **rest);
/* except* (PREP_RERAISE_STAR): what to raise after the clauses ran, from
 * the original exception and the list of what each clause raised (None
 * when it finished) followed by the unmatched rest.  NEW (None: nothing). */
py_obj *py_eg_prep_reraise(py_obj *orig, py_obj *excs);
void py_excgroup_fini(void);
void py_exceptions_fini(void);
/* Raise UnicodeDecodeError(codec, data[0..n), start, end, reason) /
 * UnicodeEncodeError(codec, str (BORROWED), start, end, reason), with
 * CPython's attributes and message. */
void py_err_unicode_decode(const char *codec, const char *data, size_t n,
                           size_t start, size_t end, const char *reason);
void py_err_unicode_encode(const char *codec, py_obj *str, ssize_t start,
                           ssize_t end, const char *reason);
/* Store every built-in exception class in dict d (builtins). 0 or -1. */
int py_exceptions_add_builtins(py_obj *d);
extern py_type *py_exc_SystemError, *py_exc_Warning, *py_exc_UserWarning,
    *py_exc_DeprecationWarning, *py_exc_RuntimeWarning,
    *py_exc_FileNotFoundError, *py_exc_UnicodeEncodeError,
    *py_exc_UnicodeTranslateError, *py_exc_ReferenceError,
    *py_exc_FloatingPointError, *py_exc_PermissionError, *py_exc_TimeoutError,
    *py_exc_BufferError, *py_exc_FileExistsError, *py_exc_IsADirectoryError,
    *py_exc_NotADirectoryError, *py_exc_SyntaxWarning, *py_exc_BlockingIOError,
    *py_exc_InterruptedError, *py_exc_ResourceWarning, *py_exc_EncodingWarning;
/* The OSError subclass CPython picks for errno err (ENOENT:
 * FileNotFoundError ...), OSError when none fits.  BORROWED. */
py_type *py_exc_for_errno(int err);
/* Raise that class with (err, strerror(err)[, fn[, None, fn2]]); fn and
 * fn2 BORROWED, may be NULL.  Always returns NULL. */
py_obj *py_err_errno_filenames(int err, py_obj *fn, py_obj *fn2);

/* ------------------------------------------------------- containers */

/* Sequence iterator over a list or tuple: index into seq (owned; NULL
 * once exhausted). */
typedef struct py_listiter {
    PY_HEAD;
    py_obj *seq;
    ssize_t index;
} py_listiter;

/* NEW iterator of type t (list, reversed list or tuple iterator: they
 * share py_listiter's layout) over seq (BORROWED) from index. */
py_obj *py_listiter_new(py_type *t, py_obj *seq, ssize_t index);

extern py_type py_list_iter_type, py_list_reviter_type, py_tuple_iter_type,
    py_range_iter_type, py_dict_keys_type, py_dict_values_type,
    py_dict_items_type, py_dict_keyiter_type, py_dict_valueiter_type,
    py_dict_itemiter_type, py_dict_rkeyiter_type, py_dict_rvalueiter_type,
    py_dict_ritemiter_type, py_set_iter_type;

/* The VM's FOR_ITER fast path for lists: NEW next item or NULL (end). */
static inline py_obj *py_list_iter_next(py_obj *o)
{
    py_listiter *it = (py_listiter *)o;
    py_obj *l = it->seq;
    if (l && it->index < PY_LIST_SIZE(l)) {
        py_obj *v = PY_LIST_ITEMS(l)[it->index++];
        py_incref(v);
        return v;
    }
    return NULL; /* list_iter_next also drops seq; this path leaves it */
}

typedef struct py_rangeiter {
    PY_HEAD;
    int64_t next, step;
    int64_t remaining;
    int64_t start; /* the first value (__reduce__ rebuilds the range) */
} py_rangeiter;

/* The VM's FOR_ITER fast path for range iterators. */
static inline py_obj *py_range_iter_next(py_obj *o)
{
    py_rangeiter *it = (py_rangeiter *)o;
    if (it->remaining <= 0)
        return NULL;
    it->remaining--;
    int64_t v = it->next;
    it->next += it->step;
    return py_int_from_i64(v);
}

/* Sequence helpers (tupleobject.c). */
py_obj *py_seq_richcompare(py_obj *v, py_obj *w, int op); /* lists/tuples */
ssize_t py_seq_index(py_obj *key, ssize_t n, const char *what);
ssize_t py_seq_repeat_count(py_obj *n);
int py_seq_bounds(py_obj *const *args, size_t nargs, ssize_t len, ssize_t *lo,
                  ssize_t *hi);
void py_seqiter_dealloc(py_obj *o);
int py_seqiter_traverse(py_obj *o, py_visitproc visit, void *arg);
py_obj *py_self_iter(py_obj *o); /* iter slot of iterators: NEW self */
extern const py_method_def py_seqiter_methods[];
/* The __reduce__ of a sequence iterator: (callable, (seq,), index), or
 * (callable, (seq,)) when index < 0; callable NULL is builtins.iter.  seq
 * and callable BORROWED; NEW tuple. */
py_obj *py_iter_reduce(py_obj *callable, py_obj *seq, ssize_t index);
/* The state argument of an iterator's __setstate__ as an index clamped
 * to [lo, hi] into *out.  0 or -1. */
int py_iter_state_index(py_obj *state, ssize_t lo, ssize_t hi, ssize_t *out);
py_obj *py_list_getslice(py_obj *l, ssize_t lo, ssize_t hi);  /* NEW */
py_obj *py_tuple_getslice(py_obj *t, ssize_t lo, ssize_t hi); /* NEW */
int py_list_insert(py_obj *l, ssize_t where, py_obj *v);      /* v BORROWED */
int py_list_reverse(py_obj *l);
/* Pop key from d: NEW value, or NULL (no exception) when missing. */
py_obj *py_dict_pop_item(py_obj *d, py_obj *key);
/* dict lookup with a str key object: BORROWED or NULL. */
py_obj *py_dict_get_with_error(py_obj *d, py_obj *key);
int py_dict_merge_kw(py_obj *d, py_obj *other, bool override);
int py_set_discard(py_obj *set, py_obj *key); /* 1 found, 0, -1 */
py_obj *py_range_new(int64_t start, int64_t stop, int64_t step); /* NEW */

#endif
