/*
 * object.h -- the object model every part of the interpreter shares.
 *
 * Every Python object starts with PY_HEAD: a reference count and a pointer
 * to its type.  Objects of container types (flag PY_TPFLAGS_GC) are
 * allocated with a gc_head placed *before* the object, holding the links of
 * the generation list the object is in (see gc.h).  Types are tables of
 * slots (function pointers) in the style of CPython's PyTypeObject; the
 * generic operations in abstract.h dispatch through them.
 *
 * Ownership rules (as in CPython):
 *  - A function that creates an object returns a NEW reference (rc 1).
 *  - A function documented as returning a BORROWED reference does not
 *    transfer ownership; the caller must incref to keep it.
 *  - A function documented as STEALING an argument takes over the caller's
 *    reference, even when it fails.
 *  - Errors: functions returning objects return NULL with an exception set
 *    (py_err_*); functions returning int return -1 with an exception set.
 *    Allocation failure sets MemoryError; nothing calls abort().
 *
 * The interpreter has one runtime (py_rt, runtime.h); there is at most one
 * live interpreter per process at a time.
 */
#ifndef PY_OBJECT_H
#define PY_OBJECT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct py_obj py_obj;
typedef struct py_type py_type;
typedef int64_t py_hash_t;

/* ---------------------------------------------------------------- header */

struct py_obj {
    ssize_t rc;    /* reference count; object freed when it drops to 0 */
    py_type *type; /* borrowed for static types, owned for heap types */
};

/* Variable-size objects (tuple, int, str, type) add a length. */
typedef struct py_varobj {
    py_obj ob;
    ssize_t size; /* number of items (meaning depends on the type) */
} py_varobj;

#define PY_HEAD    py_obj ob
#define PY_VARHEAD py_varobj ovar

#define PY_OBJ(o)  ((py_obj *)(o))
#define PY_TYPE(o) (PY_OBJ(o)->type)
#define PY_RC(o)   (PY_OBJ(o)->rc)
#define PY_SIZE(o) (((py_varobj *)(o))->size)

/* Refcount observation hook: non-NULL only while a front end asked for
 * refcount-change events (obs.h).  Checked with a predicted-false branch so
 * the cost is one load when nobody listens. */
extern void (*py_rc_hook)(py_obj *o, int delta);

void py_dealloc(py_obj *o); /* called when rc reaches 0 */

static inline void py_incref(py_obj *o)
{
    o->rc++;
    if (__builtin_expect(py_rc_hook != NULL, 0))
        py_rc_hook(o, +1);
}

static inline void py_decref(py_obj *o)
{
    if (__builtin_expect(py_rc_hook != NULL, 0))
        py_rc_hook(o, -1);
    if (--o->rc == 0)
        py_dealloc(o);
}

static inline void py_xincref(py_obj *o)
{
    if (o)
        py_incref(o);
}

static inline void py_xdecref(py_obj *o)
{
    if (o)
        py_decref(o);
}

#define PY_INCREF(o)  py_incref(PY_OBJ(o))
#define PY_DECREF(o)  py_decref(PY_OBJ(o))
#define PY_XINCREF(o) py_xincref(PY_OBJ(o))
#define PY_XDECREF(o) py_xdecref(PY_OBJ(o))

/* Clear a field first, then drop the reference it held (safe if the
 * deallocation re-enters and looks at the field). */
#define PY_CLEAR(field)                                                        \
    do {                                                                       \
        py_obj *tmp_ = PY_OBJ(field);                                          \
        if (tmp_) {                                                            \
            (field) = NULL;                                                    \
            py_decref(tmp_);                                                   \
        }                                                                      \
    } while (0)

/* Replace *field with v (new reference already owned), dropping the old. */
#define PY_SETREF(field, v)                                                    \
    do {                                                                       \
        py_obj *old_ = PY_OBJ(field);                                          \
        (field) = (v);                                                         \
        py_xdecref(old_);                                                      \
    } while (0)

/* Return a new reference to o. */
static inline py_obj *py_newref(py_obj *o)
{
    py_incref(o);
    return o;
}

/* ----------------------------------------------------------------- slots */

typedef void (*py_destructor)(py_obj *);
typedef py_obj *(*py_unaryfunc)(py_obj *);
typedef py_obj *(*py_binaryfunc)(py_obj *, py_obj *);
typedef py_obj *(*py_ternaryfunc)(py_obj *, py_obj *, py_obj *);
typedef int (*py_inquiry)(py_obj *);
typedef ssize_t (*py_lenfunc)(py_obj *);
typedef py_hash_t (*py_hashfunc)(py_obj *);
typedef py_obj *(*py_richcmpfunc)(py_obj *, py_obj *, int op);
typedef py_obj *(*py_getattrofunc)(py_obj *, py_obj *name);
/* value NULL means delete */
typedef int (*py_setattrofunc)(py_obj *, py_obj *name, py_obj *value);
typedef int (*py_objobjargproc)(py_obj *, py_obj *key, py_obj *value);
typedef int (*py_objobjproc)(py_obj *, py_obj *);
typedef int (*py_visitproc)(py_obj *, void *arg);
typedef int (*py_traverseproc)(py_obj *, py_visitproc, void *arg);
typedef py_obj *(*py_descrgetfunc)(py_obj *descr, py_obj *obj, py_obj *type);
typedef int (*py_descrsetfunc)(py_obj *descr, py_obj *obj, py_obj *value);

/*
 * The calling convention ("vectorcall", as CPython's): positional
 * arguments args[0..nargs-1], then the values of keyword arguments whose
 * names are in the tuple kwnames (NULL when there are none).  Arguments
 * are BORROWED.  Returns a NEW reference or NULL with an exception set.
 */
typedef py_obj *(*py_vectorcall)(py_obj *callable, py_obj *const *args,
                                 size_t nargs, py_obj *kwnames);

/* A C function exposed as a method or builtin: self is the bound object
 * (the module for module functions, NULL for static). Same convention. */
typedef py_obj *(*py_cfunc)(py_obj *self, py_obj *const *args, size_t nargs,
                            py_obj *kwnames);

enum {
    PY_METH_DEFAULT = 0,
    PY_METH_CLASS = 1 << 0,  /* receives the type as self */
    PY_METH_STATIC = 1 << 1, /* receives NULL as self */
};

typedef struct py_method_def {
    const char *name;
    py_cfunc fn;
    int flags;
    const char *doc;
} py_method_def;

/* A computed attribute of a built-in type (like CPython's PyGetSetDef). */
typedef struct py_getset_def {
    const char *name;
    py_obj *(*get)(py_obj *self);            /* NEW reference */
    int (*set)(py_obj *self, py_obj *value); /* NULL value = delete */
    const char *doc;
} py_getset_def;

/* Comparison operators, in CPython's order (Py_LT..Py_GE). */
enum { PY_LT, PY_LE, PY_EQ, PY_NE, PY_GT, PY_GE };

/* x op y for two C scalars of one type (op is PY_LT..PY_GE).  Evaluates
 * its arguments more than once: pass plain values. */
#define PY_CMP_VALUES(x, y, op)                                                \
    ((op) == PY_LT   ? (x) < (y)                                               \
     : (op) == PY_LE ? (x) <= (y)                                              \
     : (op) == PY_EQ ? (x) == (y)                                              \
     : (op) == PY_NE ? (x) != (y)                                              \
     : (op) == PY_GT ? (x) > (y)                                               \
                     : (x) >= (y))

/*
 * Binary number operators, one slot each in py_type.nb.  As in CPython,
 * the slot of either operand's type may be called with the operands in
 * their original order (a op b): the slot must check which side it is on
 * and return py_NotImplemented (new ref) for operands it does not handle.
 * Reflected dunders (__radd__) are reached that way.
 */
#define PY_BINOPS(X)                                                           \
    X(ADD, "+", "__add__", "__radd__", "__iadd__")                             \
    X(SUB, "-", "__sub__", "__rsub__", "__isub__")                             \
    X(MUL, "*", "__mul__", "__rmul__", "__imul__")                             \
    X(TRUEDIV, "/", "__truediv__", "__rtruediv__", "__itruediv__")             \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")        \
    X(MOD, "%", "__mod__", "__rmod__", "__imod__")                             \
    X(POW, "**", "__pow__", "__rpow__", "__ipow__")                            \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__")                \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__")                \
    X(AND, "&", "__and__", "__rand__", "__iand__")                             \
    X(OR, "|", "__or__", "__ror__", "__ior__")                                 \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__")                             \
    X(MATMUL, "@", "__matmul__", "__rmatmul__", "__imatmul__")

typedef enum {
#define X(name, sym, d, r, i) PY_NB_##name,
    PY_BINOPS(X)
#undef X
        PY_NB_COUNT
} py_binop_kind;

/* Type flags. */
enum {
    PY_TPFLAGS_GC = 1u << 0,       /* instances have a gc_head (containers) */
    PY_TPFLAGS_HEAPTYPE = 1u << 1, /* created by a class statement */
    PY_TPFLAGS_BASETYPE = 1u << 2, /* may be subclassed */
    PY_TPFLAGS_READY = 1u << 3,    /* py_type_ready() has run */
    PY_TPFLAGS_INT_SUBCLASS = 1u << 4,
    PY_TPFLAGS_STR_SUBCLASS = 1u << 5,
    PY_TPFLAGS_LIST_SUBCLASS = 1u << 6,
    PY_TPFLAGS_TUPLE_SUBCLASS = 1u << 7,
    PY_TPFLAGS_DICT_SUBCLASS = 1u << 8,
    PY_TPFLAGS_TYPE_SUBCLASS = 1u << 9,
    PY_TPFLAGS_EXC_SUBCLASS = 1u << 10,      /* BaseException and subclasses */
    PY_TPFLAGS_HAS_FINALIZER = 1u << 11,     /* class defines __del__ */
    PY_TPFLAGS_IS_ABSTRACT = 1u << 13,       /* __abstractmethods__ not empty */
    PY_TPFLAGS_METHOD_DESCRIPTOR = 1u << 12, /* unbound methods: no binding
                                                needed on LOAD_METHOD */
};

struct py_type {
    PY_VARHEAD;
    const char *name; /* for built-ins "int", for classes the __name__ */
    py_obj *qualname; /* str, heap types only (else NULL) */
    size_t basicsize; /* size of an instance, without gc_head */
    size_t itemsize;  /* per-item size for variable-size instances */
    unsigned flags;
    const char *doc;

    py_destructor dealloc; /* releases references and the memory */
    py_unaryfunc repr;
    py_unaryfunc str;
    py_hashfunc hash;           /* -1 with exception set on error */
    py_richcmpfunc richcompare; /* may return py_NotImplemented */
    py_getattrofunc getattro;   /* NULL: py_generic_getattr */
    py_setattrofunc setattro;   /* NULL: py_generic_setattr */
    py_vectorcall call;         /* calling an instance */
    py_unaryfunc iter;
    py_unaryfunc iternext; /* NULL without exception = exhausted */

    /* number protocol */
    py_binaryfunc nb[PY_NB_COUNT];
    py_binaryfunc nb_inplace[PY_NB_COUNT]; /* NULL: fall back to nb */
    py_unaryfunc nb_neg, nb_pos, nb_abs, nb_invert;
    py_inquiry nb_bool; /* 1, 0, or -1 on error */
    py_unaryfunc nb_int, nb_float, nb_index;

    /* sequence / mapping protocol */
    py_lenfunc len;
    py_binaryfunc getitem;    /* o[key] */
    py_objobjargproc setitem; /* o[key] = v; v NULL means del o[key] */
    py_objobjproc contains;   /* 1, 0, or -1 on error */

    /* descriptors (functions, properties, classmethods...) */
    py_descrgetfunc descr_get;
    py_descrsetfunc descr_set; /* value NULL = delete */

    /* construction: new(type, args, nargs, kwnames) then init(self, ...) */
    py_obj *(*tp_new)(py_type *type, py_obj *const *args, size_t nargs,
                      py_obj *kwnames);
    int (*tp_init)(py_obj *self, py_obj *const *args, size_t nargs,
                   py_obj *kwnames);
    py_destructor finalize; /* __del__ (PEP 442); called at most once */

    /* gc support (PY_TPFLAGS_GC types) */
    py_traverseproc traverse; /* visit every owned reference */
    py_inquiry clear;         /* drop owned references to break cycles */

    /* attributes */
    const py_method_def *methods; /* NULL-name terminated */
    const py_getset_def *getset;  /* NULL-name terminated */
    py_type *base;                /* single base used for layout */
    py_obj *bases;                /* tuple of types */
    py_obj *mro;                  /* tuple of types, self first */
    py_obj *dict;                 /* the type's namespace (dict) */
    ssize_t dictoffset;           /* offset of instance __dict__ or 0 */
    struct py_skeys *skeys;       /* shared keys of instances' inline values
                                     (instvals.h), NULL until the first */
    unsigned version;             /* bumped when the type changes */

    /* weak references (weakrefobject.c) */
    ssize_t weaklistoffset; /* offset of an instance's weak reference list
                               head, or 0: not weakly referenceable */
    py_obj *weaklist;       /* weak references to this type object */
    py_obj *subclasses;     /* list of weak refs to direct subclasses */

    /* __slots__ (heap types): offsets of the instance's member slots,
     * this class's own first, then its bases' (py_mem); NULL if none */
    ssize_t *slotoffs;
    ssize_t nslotoffs, nownslots;
};

/* Size of an object of type t holding n items (for getsizeof & alloc). */
#define PY_VAR_SIZE(t, n) ((t)->basicsize + (size_t)(n) * (t)->itemsize)

/* --------------------------------------------------- allocation & types */

/* Allocate an instance of t (basicsize + nitems*itemsize bytes, plus a
 * gc_head when t is a GC type): zero-filled, rc 1, type set (heap types
 * are increfed), size set for varobjs.  The object is NOT yet tracked by
 * the GC; call gc_track() when its fields are valid.  NEW reference, or
 * NULL with MemoryError. */
py_obj *py_obj_alloc(py_type *t, ssize_t nitems);

/* Release the memory of an object whose references are already dropped
 * (called at the end of a dealloc slot; untracks GC objects first and
 * decrefs heap types). */
void py_obj_free(py_obj *o);

/* Finish a static type: fills inherited slots, builds mro/dict.  0 or -1. */
int py_type_ready(py_type *t);

static inline bool py_type_is_subtype(py_type *a, py_type *b);
bool py_type_is_subtype_mro(py_type *a, py_type *b);
static inline bool py_type_is_subtype(py_type *a, py_type *b)
{
    return a == b || py_type_is_subtype_mro(a, b);
}
#define PY_TYPE_CHECK(o, t)       py_type_is_subtype(PY_TYPE(o), (t))
#define PY_TYPE_CHECK_EXACT(o, t) (PY_TYPE(o) == (t))

/* ----------------------------------------------------- built-in objects */

extern py_type py_type_type, py_object_type, py_none_type, py_notimpl_type,
    py_ellipsis_type, py_bool_type, py_int_type, py_float_type, py_str_type,
    py_bytes_type, py_list_type, py_tuple_type, py_dict_type, py_set_type,
    py_frozenset_type, py_range_type, py_slice_type, py_function_type,
    py_cfunction_type, py_method_type, py_code_type, py_cell_type,
    py_module_type, py_generator_type, py_property_type, py_classmethod_type,
    py_staticmethod_type, py_super_type, py_traceback_type, py_frame_type,
    py_coro_type, py_async_gen_type, py_coro_wrapper_type,
    py_async_gen_asend_type, py_async_gen_athrow_type, py_anext_awaitable_type;

/* Singletons: BORROWED references (incref when you return them). */
extern py_obj py_None_obj, py_NotImplemented_obj, py_Ellipsis_obj;
#define py_None           (&py_None_obj)
#define py_NotImplemented (&py_NotImplemented_obj)
#define py_Ellipsis       (&py_Ellipsis_obj)
extern py_obj *py_True, *py_False; /* set up at init; bool is an int */

static inline py_obj *py_none_new(void)
{
    return py_newref(py_None);
}
static inline py_obj *py_bool_from(bool b)
{
    return py_newref(b ? py_True : py_False);
}

/* -------------------------------------------------------------- errors */

/* Set the pending exception to a new instance of exc with a message. */
void py_err_set(py_type *exc, const char *msg);
void py_err_format(py_type *exc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Raise an exception object or class (like the raise statement). STEALS
 * nothing: the argument is borrowed. */
void py_err_set_obj(py_obj *exc);
/* BORROWED: the pending exception instance, or NULL. */
py_obj *py_err_occurred(void);
/* Does the pending exception match t (class or tuple of classes)? */
bool py_err_matches(py_obj *t);
/* Take the pending exception: NEW reference (or NULL); clears it. */
py_obj *py_err_fetch(void);
/* Make exc (STOLEN, may be NULL) the pending exception. */
void py_err_restore(py_obj *exc);
void py_err_clear(void);
/* Set MemoryError and return NULL. */
py_obj *py_err_nomemory(void);

extern py_type *py_exc_BaseException, *py_exc_Exception, *py_exc_TypeError,
    *py_exc_ValueError, *py_exc_KeyError, *py_exc_IndexError,
    *py_exc_AttributeError, *py_exc_NameError, *py_exc_UnboundLocalError,
    *py_exc_ZeroDivisionError, *py_exc_OverflowError, *py_exc_RuntimeError,
    *py_exc_RecursionError, *py_exc_NotImplementedError, *py_exc_StopIteration,
    *py_exc_StopAsyncIteration, *py_exc_GeneratorExit,
    *py_exc_KeyboardInterrupt, *py_exc_MemoryError, *py_exc_SystemExit,
    *py_exc_SyntaxError, *py_exc_IndentationError, *py_exc_TabError,
    *py_exc_AssertionError, *py_exc_ImportError, *py_exc_ModuleNotFoundError,
    *py_exc_LookupError, *py_exc_ArithmeticError, *py_exc_UnicodeDecodeError,
    *py_exc_UnicodeError, *py_exc_EOFError, *py_exc_OSError,
    *py_exc_SyntaxWarning, *py_exc_DeprecationWarning,
    *py_exc_PendingDeprecationWarning, *py_exc_ImportWarning,
    *py_exc_ResourceWarning;

#endif
