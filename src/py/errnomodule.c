/*
 * errnomodule.c -- the errno module: the E* constants of <errno.h> and
 * the errorcode dict mapping each number to its name.  The constants are
 * added in CPython 3.11's order, so that errorcode lists its numbers in
 * the same order and, where two names share a number (EWOULDBLOCK and
 * EAGAIN, EDEADLOCK and EDEADLK, ENOTSUP and EOPNOTSUPP), keeps the name
 * CPython keeps.
 */
#include <errno.h>

#include "builtins.h"

typedef struct errno_def {
    const char *name;
    int value;
} errno_def;

#define ERR(n)                                                                 \
    {                                                                          \
#n, n                                                                  \
    }

static const errno_def errno_defs[] = {
#ifdef ENODEV
    ERR(ENODEV),
#endif
#ifdef ENOCSI
    ERR(ENOCSI),
#endif
#ifdef EHOSTUNREACH
    ERR(EHOSTUNREACH),
#endif
#ifdef ENOMSG
    ERR(ENOMSG),
#endif
#ifdef EUCLEAN
    ERR(EUCLEAN),
#endif
#ifdef EL2NSYNC
    ERR(EL2NSYNC),
#endif
#ifdef EL2HLT
    ERR(EL2HLT),
#endif
#ifdef ENODATA
    ERR(ENODATA),
#endif
#ifdef ENOTBLK
    ERR(ENOTBLK),
#endif
#ifdef ENOSYS
    ERR(ENOSYS),
#endif
#ifdef EPIPE
    ERR(EPIPE),
#endif
#ifdef EINVAL
    ERR(EINVAL),
#endif
#ifdef EOVERFLOW
    ERR(EOVERFLOW),
#endif
#ifdef EADV
    ERR(EADV),
#endif
#ifdef EINTR
    ERR(EINTR),
#endif
#ifdef EUSERS
    ERR(EUSERS),
#endif
#ifdef ENOTEMPTY
    ERR(ENOTEMPTY),
#endif
#ifdef ENOBUFS
    ERR(ENOBUFS),
#endif
#ifdef EPROTO
    ERR(EPROTO),
#endif
#ifdef EREMOTE
    ERR(EREMOTE),
#endif
#ifdef ENAVAIL
    ERR(ENAVAIL),
#endif
#ifdef ECHILD
    ERR(ECHILD),
#endif
#ifdef ELOOP
    ERR(ELOOP),
#endif
#ifdef EXDEV
    ERR(EXDEV),
#endif
#ifdef E2BIG
    ERR(E2BIG),
#endif
#ifdef ESRCH
    ERR(ESRCH),
#endif
#ifdef EMSGSIZE
    ERR(EMSGSIZE),
#endif
#ifdef EAFNOSUPPORT
    ERR(EAFNOSUPPORT),
#endif
#ifdef EBADR
    ERR(EBADR),
#endif
#ifdef EHOSTDOWN
    ERR(EHOSTDOWN),
#endif
#ifdef EPFNOSUPPORT
    ERR(EPFNOSUPPORT),
#endif
#ifdef ENOPROTOOPT
    ERR(ENOPROTOOPT),
#endif
#ifdef EBUSY
    ERR(EBUSY),
#endif
#ifdef EWOULDBLOCK
    ERR(EWOULDBLOCK),
#endif
#ifdef EBADFD
    ERR(EBADFD),
#endif
#ifdef EDOTDOT
    ERR(EDOTDOT),
#endif
#ifdef EISCONN
    ERR(EISCONN),
#endif
#ifdef ENOANO
    ERR(ENOANO),
#endif
#ifdef ESHUTDOWN
    ERR(ESHUTDOWN),
#endif
#ifdef ECHRNG
    ERR(ECHRNG),
#endif
#ifdef ELIBBAD
    ERR(ELIBBAD),
#endif
#ifdef ENONET
    ERR(ENONET),
#endif
#ifdef EBADE
    ERR(EBADE),
#endif
#ifdef EBADF
    ERR(EBADF),
#endif
#ifdef EMULTIHOP
    ERR(EMULTIHOP),
#endif
#ifdef EIO
    ERR(EIO),
#endif
#ifdef EUNATCH
    ERR(EUNATCH),
#endif
#ifdef EPROTOTYPE
    ERR(EPROTOTYPE),
#endif
#ifdef ENOSPC
    ERR(ENOSPC),
#endif
#ifdef ENOEXEC
    ERR(ENOEXEC),
#endif
#ifdef EALREADY
    ERR(EALREADY),
#endif
#ifdef ENETDOWN
    ERR(ENETDOWN),
#endif
#ifdef ENOTNAM
    ERR(ENOTNAM),
#endif
#ifdef EACCES
    ERR(EACCES),
#endif
#ifdef ELNRNG
    ERR(ELNRNG),
#endif
#ifdef EILSEQ
    ERR(EILSEQ),
#endif
#ifdef ENOTDIR
    ERR(ENOTDIR),
#endif
#ifdef ENOTUNIQ
    ERR(ENOTUNIQ),
#endif
#ifdef EPERM
    ERR(EPERM),
#endif
#ifdef EDOM
    ERR(EDOM),
#endif
#ifdef EXFULL
    ERR(EXFULL),
#endif
#ifdef ECONNREFUSED
    ERR(ECONNREFUSED),
#endif
#ifdef EISDIR
    ERR(EISDIR),
#endif
#ifdef EPROTONOSUPPORT
    ERR(EPROTONOSUPPORT),
#endif
#ifdef EROFS
    ERR(EROFS),
#endif
#ifdef EADDRNOTAVAIL
    ERR(EADDRNOTAVAIL),
#endif
#ifdef EIDRM
    ERR(EIDRM),
#endif
#ifdef ECOMM
    ERR(ECOMM),
#endif
#ifdef ESRMNT
    ERR(ESRMNT),
#endif
#ifdef EREMOTEIO
    ERR(EREMOTEIO),
#endif
#ifdef EL3RST
    ERR(EL3RST),
#endif
#ifdef EBADMSG
    ERR(EBADMSG),
#endif
#ifdef ENFILE
    ERR(ENFILE),
#endif
#ifdef ELIBMAX
    ERR(ELIBMAX),
#endif
#ifdef ESPIPE
    ERR(ESPIPE),
#endif
#ifdef ENOLINK
    ERR(ENOLINK),
#endif
#ifdef ENETRESET
    ERR(ENETRESET),
#endif
#ifdef ETIMEDOUT
    ERR(ETIMEDOUT),
#endif
#ifdef ENOENT
    ERR(ENOENT),
#endif
#ifdef EEXIST
    ERR(EEXIST),
#endif
#ifdef EDQUOT
    ERR(EDQUOT),
#endif
#ifdef ENOSTR
    ERR(ENOSTR),
#endif
#ifdef EBADSLT
    ERR(EBADSLT),
#endif
#ifdef EBADRQC
    ERR(EBADRQC),
#endif
#ifdef ELIBACC
    ERR(ELIBACC),
#endif
#ifdef EFAULT
    ERR(EFAULT),
#endif
#ifdef EFBIG
    ERR(EFBIG),
#endif
#ifdef EDEADLK
    ERR(EDEADLK),
#endif
#ifdef ENOTCONN
    ERR(ENOTCONN),
#endif
#ifdef EDESTADDRREQ
    ERR(EDESTADDRREQ),
#endif
#ifdef ELIBSCN
    ERR(ELIBSCN),
#endif
#ifdef ENOLCK
    ERR(ENOLCK),
#endif
#ifdef EISNAM
    ERR(EISNAM),
#endif
#ifdef ECONNABORTED
    ERR(ECONNABORTED),
#endif
#ifdef ENETUNREACH
    ERR(ENETUNREACH),
#endif
#ifdef ESTALE
    ERR(ESTALE),
#endif
#ifdef ENOSR
    ERR(ENOSR),
#endif
#ifdef ENOMEM
    ERR(ENOMEM),
#endif
#ifdef ENOTSOCK
    ERR(ENOTSOCK),
#endif
#ifdef ESTRPIPE
    ERR(ESTRPIPE),
#endif
#ifdef EMLINK
    ERR(EMLINK),
#endif
#ifdef ERANGE
    ERR(ERANGE),
#endif
#ifdef ELIBEXEC
    ERR(ELIBEXEC),
#endif
#ifdef EL3HLT
    ERR(EL3HLT),
#endif
#ifdef ECONNRESET
    ERR(ECONNRESET),
#endif
#ifdef EADDRINUSE
    ERR(EADDRINUSE),
#endif
#ifdef EOPNOTSUPP
    ERR(EOPNOTSUPP),
#endif
#ifdef EREMCHG
    ERR(EREMCHG),
#endif
#ifdef EAGAIN
    ERR(EAGAIN),
#endif
#ifdef ENAMETOOLONG
    ERR(ENAMETOOLONG),
#endif
#ifdef ENOTTY
    ERR(ENOTTY),
#endif
#ifdef ERESTART
    ERR(ERESTART),
#endif
#ifdef ESOCKTNOSUPPORT
    ERR(ESOCKTNOSUPPORT),
#endif
#ifdef ETIME
    ERR(ETIME),
#endif
#ifdef EBFONT
    ERR(EBFONT),
#endif
#ifdef EDEADLOCK
    ERR(EDEADLOCK),
#endif
#ifdef ETOOMANYREFS
    ERR(ETOOMANYREFS),
#endif
#ifdef EMFILE
    ERR(EMFILE),
#endif
#ifdef ETXTBSY
    ERR(ETXTBSY),
#endif
#ifdef EINPROGRESS
    ERR(EINPROGRESS),
#endif
#ifdef ENXIO
    ERR(ENXIO),
#endif
#ifdef ENOPKG
    ERR(ENOPKG),
#endif
#ifdef ENOMEDIUM
    ERR(ENOMEDIUM),
#endif
#ifdef EMEDIUMTYPE
    ERR(EMEDIUMTYPE),
#endif
#ifdef ECANCELED
    ERR(ECANCELED),
#endif
#ifdef ENOKEY
    ERR(ENOKEY),
#endif
#ifdef EKEYEXPIRED
    ERR(EKEYEXPIRED),
#endif
#ifdef EKEYREVOKED
    ERR(EKEYREVOKED),
#endif
#ifdef EKEYREJECTED
    ERR(EKEYREJECTED),
#endif
#ifdef EOWNERDEAD
    ERR(EOWNERDEAD),
#endif
#ifdef ENOTRECOVERABLE
    ERR(ENOTRECOVERABLE),
#endif
#ifdef ERFKILL
    ERR(ERFKILL),
#endif
#ifdef ENOTSUP
    ERR(ENOTSUP),
#endif
};

#undef ERR

/* mod.name = value and errorcode[value] = name.  0 or -1. */
static int add_code(py_obj *mod, py_obj *codes, const errno_def *e)
{
    py_obj *name = py_str_from_cstr(e->name);
    py_obj *value = name ? py_int_from_i64(e->value) : NULL;
    int r = -1;
    if (value && py_bi_add_object(mod, e->name, value) == 0 &&
        py_dict_set(codes, value, name) == 0)
        r = 0;
    PY_XDECREF(name);
    PY_XDECREF(value);
    return r;
}

static const char errno_doc[] =
    "This module makes available standard errno system symbols.\n\n"
    "The value of each symbol is the corresponding integer value,\n"
    "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
    "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
    "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
    "Symbols that are not relevant to the underlying system are not "
    "defined.\n\n"
    "To map error codes to error messages, use the function "
    "os.strerror(),\n"
    "e.g. os.strerror(2) could return 'No such file or directory'.";

/* NEW errno module. */
py_obj *py_init_errno(void)
{
    py_obj *m = py_module_new("errno");
    py_obj *codes = m ? py_dict_new() : NULL;
    if (!codes ||
        py_bi_add_new(m, "__doc__", py_str_from_cstr(errno_doc)) < 0 ||
        py_bi_add_object(m, "errorcode", codes) < 0)
        goto error;
    for (size_t i = 0; i < sizeof errno_defs / sizeof errno_defs[0]; i++)
        if (add_code(m, codes, &errno_defs[i]) < 0)
            goto error;
    PY_DECREF(codes);
    return m;
error:
    PY_XDECREF(codes);
    PY_XDECREF(m);
    return NULL;
}
