/*
 * socketmodule.c -- the _socket module of CPython 3.11 under Lib/socket.py
 * (which subclasses _socket.socket and wraps the constants in enums): the
 * socket type (bind, listen, _accept, connect, send/recv and friends,
 * options, timeouts), socketpair, name lookups through the C library's
 * getaddrinfo (enough for localhost and numeric hosts), the inet_* and
 * byte-order helpers, the default timeout, the exceptions (error is
 * OSError, timeout is TimeoutError, gaierror, herror) and Linux's
 * AF_* / SOCK_* / MSG_* / SO_* / IPPROTO_* ... constants.
 *
 * Families: AF_INET, AF_INET6 and AF_UNIX addresses are understood.
 *
 * Timeouts follow CPython: a socket is blocking (timeout None, the
 * descriptor blocking), non-blocking (0.0) or has a timeout (> 0, the
 * descriptor non-blocking).  Every wait is poll() in 20 ms slices that
 * check the runtime's interrupt flag, so Ctrl-C ends a blocked recv()
 * with KeyboardInterrupt; a timeout expiring raises TimeoutError "timed
 * out".
 *
 * Lesson code (py_rt.sealed) cannot create sockets that reach anything
 * (socket(), a socket over a given descriptor, dup(), name lookups):
 * they raise PermissionError.  socketpair() stays allowed, and adopting
 * one of its ends (socket(fileno=) of an AF_UNIX socket whose peer is
 * this process): its two ends talk only to each other, and asyncio's
 * event loop needs one for its self-pipe.
 */
#define _GNU_SOURCE /* accept4, SCM_CREDENTIALS, EAI_ADDRFAMILY */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "builtins.h"
#include "numstr.h"
#include "objects.h"
#include "posixmodule.h"
#include "waitslice.h"

#ifndef SOL_UDP
#define SOL_UDP 17
#endif

typedef struct sockobj {
    PY_HEAD;
    int fd; /* -1 once closed or detached */
    int family, type, proto;
    double timeout; /* < 0: blocking (None), 0: non-blocking, else seconds */
} sockobj;

#define SOCK(o) ((sockobj *)(o))

py_type py_socket_type;

/* The module-wide default timeout (setdefaulttimeout), per runtime:
 * reset when the module is made. */
static double default_timeout = -1;

/* ============================================================ errors */

/* The exception class `name` of the imported _socket module (BORROWED),
 * or fallback. */
static py_type *module_exc(const char *name, py_type *fallback)
{
    py_obj *m =
        py_rt.modules ? py_dict_get_str(py_rt.modules, "_socket") : NULL;
    py_obj *e = m ? py_dict_get_str(py_module_dict(m), name) : NULL;
    return e && PY_TYPE_CHECK(e, &py_type_type) ? (py_type *)e : fallback;
}

/* Raise OSError (or its errno subclass) for errno.  NULL. */
static py_obj *sock_error(void)
{
    return py_err_errno_filenames(errno, NULL, NULL);
}

/* Raise exception class t with (code, msg).  NULL. */
static py_obj *raise_code(py_type *t, int code, const char *msg)
{
    py_obj *a[2] = {py_int_from_i64(code), py_str_from_cstr(msg)};
    if (a[0] && a[1]) {
        py_obj *e = py_exc_new(t, a, 2);
        if (e) {
            py_err_set_obj(e);
            PY_DECREF(e);
        }
    }
    PY_XDECREF(a[0]);
    PY_XDECREF(a[1]);
    return NULL;
}

/* Raise socket.gaierror for a getaddrinfo error code.  NULL. */
static py_obj *raise_gai(int code)
{
    if (code == EAI_SYSTEM)
        return sock_error();
    return raise_code(module_exc("gaierror", py_exc_OSError), code,
                      gai_strerror(code));
}

/* Raise TimeoutError "timed out".  -1. */
static int timed_out(void)
{
    py_err_set(py_exc_TimeoutError, "timed out");
    return -1;
}

/* The seal: lesson code cannot reach the network. */
static int unsealed(void)
{
    return py_check_unsealed("open sockets", NULL);
}

/* ========================================================== timeouts */

/* A timeout argument: None is -1, else a non-negative number of seconds.
 * 0 or -1 (ValueError "Timeout value out of range", TypeError). */
static int timeout_arg(py_obj *o, double *out)
{
    return py_timeout_arg(o, out, NULL, "Timeout value out of range");
}

/* NEW None or float of a timeout. */
static py_obj *timeout_obj(double t)
{
    return t < 0 ? py_none_new() : py_float_new(t);
}

/* Wait until fd is ready for events, or until deadline (a py_monotonic()
 * value; <= 0: no deadline), in slices that check the interrupt flag.  0
 * ready, -1 with TimeoutError / KeyboardInterrupt / OSError. */
static int py_socket_wait(int fd, short events, double deadline)
{
    struct pollfd p = {.fd = fd, .events = events};
    int r = py_poll_sliced(&p, 1, deadline > 0 ? deadline : -1);
    if (r == 0)
        return timed_out();
    return r < 0 ? -1 : 0;
}

/* Make the descriptor blocking or not.  0 or -1 with errno. */
static int set_fd_blocking(int fd, bool blocking)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0)
        return -1;
    int nfl = blocking ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
    return nfl == fl ? 0 : fcntl(fd, F_SETFL, nfl);
}

/* Set s's timeout and its descriptor's mode to match.  0 or -1. */
static int set_timeout(sockobj *s, double t)
{
    s->timeout = t;
    if (s->fd >= 0 && set_fd_blocking(s->fd, t < 0) < 0) {
        sock_error();
        return -1;
    }
    return 0;
}

/* One I/O operation of a socket: op(s, ctx) returns >= 0 or -1 with
 * errno.  Waits for readiness first unless the socket is non-blocking,
 * retries on EINTR and (when waiting) on EAGAIN.  The result, or -1 with
 * an exception. */
typedef ssize_t (*sock_op)(sockobj *s, void *ctx);

static ssize_t sock_call(sockobj *s, bool writing, sock_op op, void *ctx)
{
    double deadline = s->timeout > 0 ? py_monotonic() + s->timeout : 0;
    for (;;) {
        if (s->timeout != 0 && s->fd >= 0 &&
            py_socket_wait(s->fd, writing ? POLLOUT : POLLIN, deadline) < 0)
            return -1;
        ssize_t n = op(s, ctx);
        if (n >= 0)
            return n;
        if (errno == EINTR) {
            if (py_rt.interrupt && py_check_interrupt() < 0)
                return -1;
            continue;
        }
        if (s->timeout != 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            continue;
        sock_error();
        return -1;
    }
}

/* ========================================================= addresses */

typedef struct sockaddr_any {
    union {
        struct sockaddr sa;
        struct sockaddr_in in4;
        struct sockaddr_in6 in6;
        struct sockaddr_un un;
        struct sockaddr_storage st;
    } u;
    socklen_t len;
} sockaddr_any;

/* Resolve host name (UTF-8) for family (AF_INET or AF_INET6) into addr
 * (sizeof the family's sockaddr), as CPython's setipaddr: "" is the
 * wildcard, "<broadcast>" the broadcast address, numbers are parsed,
 * anything else goes through getaddrinfo.  0 or -1 (gaierror). */
static int resolve_host(const char *name, int family, sockaddr_any *a)
{
    memset(a, 0, sizeof *a);
    a->u.sa.sa_family = (sa_family_t)family;
    a->len = family == AF_INET ? sizeof a->u.in4 : sizeof a->u.in6;
    void *dst = family == AF_INET ? (void *)&a->u.in4.sin_addr
                                  : (void *)&a->u.in6.sin6_addr;
    if (name[0] == '\0') {
        if (family == AF_INET)
            a->u.in4.sin_addr.s_addr = htonl(INADDR_ANY);
        return 0;
    }
    if (family == AF_INET && strcmp(name, "<broadcast>") == 0) {
        a->u.in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
        return 0;
    }
    if (inet_pton(family, name, dst) == 1)
        return 0;
    if (unsealed() < 0)
        return -1;
    struct addrinfo hints = {.ai_family = family}, *res;
    int rc = getaddrinfo(name, NULL, &hints, &res);
    if (rc != 0) {
        raise_gai(rc);
        return -1;
    }
    memcpy(&a->u, res->ai_addr, res->ai_addrlen);
    a->len = res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
}

/* The C text of a host argument (str or bytes-like), BORROWED from o.
 * NULL with TypeError. */
static const char *host_text(py_obj *o)
{
    const char *p;
    ssize_t n;
    if (py_is_str(o))
        return PY_STR_DATA(o);
    if (py_is_bytes(o) || (py_bytes_like(o, &p, &n) && py_is_bytearray(o)))
        return py_is_bytes(o) ? PY_BYTES_DATA(o) : p;
    py_err_fmt(py_exc_TypeError, "str, bytes or bytearray expected, not %T", o);
    return NULL;
}

/* A port number from o: 0..65535 else OverflowError "<caller>(): port
 * must be 0-65535.".  0 or -1. */
static int port_arg(py_obj *o, const char *caller, int *port)
{
    int64_t v;
    if (!py_is_int(o)) {
        py_err_fmt(py_exc_TypeError,
                   "'%T' object cannot be interpreted as an "
                   "integer",
                   o);
        return -1;
    }
    if (py_int_as_i64(o, &v) != 1 || v < 0 || v > 0xffff) {
        py_err_format(py_exc_OverflowError, "%s(): port must be 0-65535.",
                      caller);
        return -1;
    }
    *port = (int)v;
    return 0;
}

/* An AF_INET / AF_INET6 address tuple into a.  0 or -1. */
static int inet_addr_arg(int family, py_obj *o, const char *caller,
                         sockaddr_any *a)
{
    const char *fam = family == AF_INET ? "AF_INET" : "AF_INET6";
    if (!PY_TYPE_CHECK(o, &py_tuple_type)) {
        py_err_fmt(py_exc_TypeError, "%s(): %s address must be tuple, not %T",
                   caller, fam, o);
        return -1;
    }
    ssize_t n = PY_TUPLE_SIZE(o);
    if (family == AF_INET ? n != 2 : n < 2 || n > 4) {
        py_err_format(py_exc_TypeError,
                      family == AF_INET
                          ? "AF_INET address must be a pair (host, port)"
                          : "AF_INET6 address must be a tuple (host, port[, "
                            "flowinfo[, scopeid]])");
        return -1;
    }
    py_obj **it = PY_TUPLE_ITEMS(o);
    const char *host = host_text(it[0]);
    int port;
    if (!host || port_arg(it[1], caller, &port) < 0 ||
        resolve_host(host, family, a) < 0)
        return -1;
    if (family == AF_INET) {
        a->u.in4.sin_port = htons((uint16_t)port);
        return 0;
    }
    a->u.in6.sin6_port = htons((uint16_t)port);
    int64_t v;
    if (n > 2 && py_bi_as_i64(it[2], &v) < 0)
        return -1;
    a->u.in6.sin6_flowinfo = n > 2 ? htonl((uint32_t)v) : 0;
    if (n > 3 && py_bi_as_i64(it[3], &v) < 0)
        return -1;
    if (n > 3)
        a->u.in6.sin6_scope_id = (uint32_t)v;
    return 0;
}

/* An AF_UNIX path (str, bytes-like or path-like) into a.  0 or -1. */
static int unix_addr_arg(py_obj *o, sockaddr_any *a)
{
    const char *p;
    ssize_t n;
    py_obj *conv = NULL;
    if (py_is_str(o)) {
        p = PY_STR_DATA(o);
        n = PY_STR_NBYTES(o);
    } else if (!py_bytes_like(o, &p, &n)) {
        conv = py_fspath(o);
        if (!conv) {
            py_err_clear();
            py_err_fmt(py_exc_TypeError,
                       "a bytes-like object is required, not '%T'", o);
            return -1;
        }
        p = py_is_str(conv) ? PY_STR_DATA(conv) : PY_BYTES_DATA(conv);
        n = py_is_str(conv) ? PY_STR_NBYTES(conv) : PY_SIZE(conv);
    }
    memset(a, 0, sizeof *a);
    if ((size_t)n >= sizeof a->u.un.sun_path + (n > 0 && p[0] == '\0')) {
        PY_XDECREF(conv);
        py_err_set(py_exc_OSError, "AF_UNIX path too long");
        return -1;
    }
    a->u.un.sun_family = AF_UNIX;
    memcpy(a->u.un.sun_path, p, (size_t)n);
    a->len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + (size_t)n +
                         (n > 0 && p[0] != '\0'));
    PY_XDECREF(conv);
    return 0;
}

/* The address o for socket s (caller names the method in errors) into
 * a.  0 or -1. */
static int addr_arg(sockobj *s, py_obj *o, const char *caller, sockaddr_any *a)
{
    switch (s->family) {
    case AF_INET:
    case AF_INET6:
        return inet_addr_arg(s->family, o, caller, a);
    case AF_UNIX:
        return unix_addr_arg(o, a);
    default:
        py_err_format(py_exc_OSError, "%s(): bad family", caller);
        return -1;
    }
}

/* NEW tuple of n items, STEALING them (a NULL item: an error is
 * pending, the others are released). */
static py_obj *tuple_steal(ssize_t n, py_obj **items)
{
    py_obj *t = NULL;
    bool ok = true;
    for (ssize_t i = 0; i < n; i++)
        ok = ok && items[i];
    if (ok && (t = py_tuple_new(n)) != NULL) {
        for (ssize_t i = 0; i < n; i++)
            PY_TUPLE_ITEMS(t)[i] = items[i];
        return t;
    }
    for (ssize_t i = 0; i < n; i++)
        PY_XDECREF(items[i]);
    return NULL;
}

/* NEW Python form of an address: (host, port) for AF_INET, (host, port,
 * flowinfo, scope_id) for AF_INET6, a str path (bytes when abstract) for
 * AF_UNIX, None when empty. */
static py_obj *addr_obj(const sockaddr_any *a)
{
    char buf[INET6_ADDRSTRLEN];
    if (a->len == 0)
        return py_none_new();
    switch (a->u.sa.sa_family) {
    case AF_INET: {
        inet_ntop(AF_INET, &a->u.in4.sin_addr, buf, sizeof buf);
        py_obj *it[2] = {py_str_from_cstr(buf),
                         py_int_from_i64(ntohs(a->u.in4.sin_port))};
        return tuple_steal(2, it);
    }
    case AF_INET6: {
        inet_ntop(AF_INET6, &a->u.in6.sin6_addr, buf, sizeof buf);
        py_obj *it[4] = {py_str_from_cstr(buf),
                         py_int_from_i64(ntohs(a->u.in6.sin6_port)),
                         py_int_from_i64(ntohl(a->u.in6.sin6_flowinfo)),
                         py_int_from_i64(a->u.in6.sin6_scope_id)};
        return tuple_steal(4, it);
    }
    case AF_UNIX: {
        size_t off = offsetof(struct sockaddr_un, sun_path);
        size_t n = a->len > off ? a->len - off : 0;
        if (n > 0 && a->u.un.sun_path[0] == '\0')
            return py_bytes_new(a->u.un.sun_path, n);
        char path[sizeof a->u.un.sun_path + 1];
        memcpy(path, a->u.un.sun_path, n);
        path[n] = '\0';
        return py_str_from_cstr(path);
    }
    default: {
        py_obj *it[2] = {py_int_from_i64(a->u.sa.sa_family),
                         py_bytes_new(a->u.sa.sa_data, sizeof a->u.sa.sa_data)};
        return tuple_steal(2, it);
    }
    }
}

/* ====================================================== socket type */

/* Fill s for descriptor fd (owned from now on), taking the default
 * timeout (or non-blocking when SOCK_NONBLOCK is in type).  0 or -1. */
static int sock_setup(sockobj *s, int fd, int family, int type, int proto)
{
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    return set_timeout(s, type & SOCK_NONBLOCK ? 0 : default_timeout);
}

static py_obj *sock_new(py_type *t, py_obj *const *args, size_t nargs,
                        py_obj *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    py_obj *o = py_obj_alloc(t, 0);
    if (o) {
        SOCK(o)->fd = -1;
        SOCK(o)->timeout = -1;
    }
    return o;
}

/* An int argument that fits a C int.  0 or -1. */
static int int_arg(py_obj *o, int *out)
{
    int64_t v;
    if (py_bi_as_i64(o, &v) < 0)
        return -1;
    if (v < INT32_MIN || v > INT32_MAX) {
        py_err_set(py_exc_OverflowError, "signed integer is greater than "
                                         "maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* An int socket option of fd, or dflt when it cannot be read. */
static int fd_option(int fd, int opt, int dflt)
{
    int v;
    socklen_t len = sizeof v;
    return getsockopt(fd, SOL_SOCKET, opt, &v, &len) == 0 ? v : dflt;
}

/* Is fd one end of a socketpair made in this process (an AF_UNIX
 * socket whose peer is this process)?  What lesson code may adopt:
 * Lib's socketpair() re-wraps the ends of _socket.socketpair(). */
static bool pair_end(int fd)
{
    struct ucred cred;
    socklen_t len = sizeof cred;
    return fd_option(fd, SO_DOMAIN, -1) == AF_UNIX &&
           getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0 &&
           cred.pid == getpid();
}

/* Adopt descriptor fileno (an int); -1 arguments come from the socket.
 * 0 or -1. */
static int sock_init_fileno(sockobj *s, py_obj *fileno, int family, int type,
                            int proto)
{
    int fd;
    if (int_arg(fileno, &fd) < 0)
        return -1;
    if (fd < 0) {
        py_err_set(py_exc_ValueError, "negative file descriptor");
        return -1;
    }
    if (!pair_end(fd) && unsealed() < 0)
        return -1;
    if (family == -1 || type == -1 || proto == -1) {
        int v;
        socklen_t len = sizeof v;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &len) < 0) {
            sock_error();
            return -1;
        }
    }
    if (family == -1)
        family = fd_option(fd, SO_DOMAIN, AF_INET);
    if (type == -1)
        type = fd_option(fd, SO_TYPE, SOCK_STREAM);
    if (proto == -1)
        proto = fd_option(fd, SO_PROTOCOL, 0);
    int fl = fcntl(fd, F_GETFL);
    return sock_setup(s, fd, family,
                      type | (fl >= 0 && (fl & O_NONBLOCK) ? SOCK_NONBLOCK : 0),
                      proto);
}

/* socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None). */
static int sock_init(py_obj *self, py_obj *const *args, size_t nargs,
                     py_obj *kwnames)
{
    static const char *const names[] = {"family", "type", "proto", "fileno"};
    py_obj *a[4];
    int v[3] = {-1, -1, -1};
    if (py_bi_parse("socket", args, nargs, kwnames, names, 0, 4, a) < 0)
        return -1;
    for (int i = 0; i < 3; i++)
        if (a[i] && int_arg(a[i], &v[i]) < 0)
            return -1;
    sockobj *s = SOCK(self);
    if (s->fd >= 0)
        close(s->fd);
    s->fd = -1;
    if (a[3] && a[3] != py_None)
        return sock_init_fileno(s, a[3], v[0], v[1], v[2]);
    if (unsealed() < 0)
        return -1;
    int family = v[0] == -1 ? AF_INET : v[0];
    int type = v[1] == -1 ? SOCK_STREAM : v[1];
    int proto = v[2] == -1 ? 0 : v[2];
    int fd = socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) {
        sock_error();
        return -1;
    }
    return sock_setup(s, fd, family, type, proto);
}

static void sock_dealloc(py_obj *o)
{
    if (SOCK(o)->fd >= 0)
        close(SOCK(o)->fd);
    py_obj_free(o);
}

static py_obj *sock_repr(py_obj *o)
{
    sockobj *s = SOCK(o);
    return py_str_format("<socket object, fd=%d, family=%d, type=%d, "
                         "proto=%d>",
                         s->fd, s->family, s->type, s->proto);
}

#define METHOD(name)                                                           \
    static py_obj *name(py_obj *self, py_obj *const *args, size_t nargs,       \
                        py_obj *kwnames)

/* ---------------------------------------------------------- lifetime */

/* close(): close the descriptor (once).  NEW None. */
METHOD(sock_close)
{
    (void)args;
    if (py_bi_exact("close", nargs, kwnames, 0) < 0)
        return NULL;
    int fd = SOCK(self)->fd;
    SOCK(self)->fd = -1;
    if (fd >= 0 && close(fd) < 0 && errno != ECONNRESET)
        return sock_error();
    return py_none_new();
}

/* detach(): forget the descriptor without closing it.  NEW int. */
METHOD(sock_detach)
{
    (void)args;
    if (py_bi_exact("detach", nargs, kwnames, 0) < 0)
        return NULL;
    int fd = SOCK(self)->fd;
    SOCK(self)->fd = -1;
    return py_int_from_i64(fd);
}

METHOD(sock_fileno)
{
    (void)args;
    if (py_bi_exact("fileno", nargs, kwnames, 0) < 0)
        return NULL;
    return py_int_from_i64(SOCK(self)->fd);
}

/* ---------------------------------------------------------- timeouts */

METHOD(sock_settimeout)
{
    double t;
    if (py_bi_exact("settimeout", nargs, kwnames, 1) < 0 ||
        timeout_arg(args[0], &t) < 0 || set_timeout(SOCK(self), t) < 0)
        return NULL;
    return py_none_new();
}

METHOD(sock_gettimeout)
{
    (void)args;
    if (py_bi_exact("gettimeout", nargs, kwnames, 0) < 0)
        return NULL;
    return timeout_obj(SOCK(self)->timeout);
}

METHOD(sock_setblocking)
{
    if (py_bi_exact("setblocking", nargs, kwnames, 1) < 0)
        return NULL;
    int b = py_is_true(args[0]);
    if (b < 0 || set_timeout(SOCK(self), b ? -1 : 0) < 0)
        return NULL;
    return py_none_new();
}

METHOD(sock_getblocking)
{
    (void)args;
    if (py_bi_exact("getblocking", nargs, kwnames, 0) < 0)
        return NULL;
    return py_bool_from(SOCK(self)->timeout != 0);
}

/* ------------------------------------------------------- connections */

METHOD(sock_bind)
{
    sockaddr_any a;
    if (py_bi_exact("bind", nargs, kwnames, 1) < 0 ||
        addr_arg(SOCK(self), args[0], "bind", &a) < 0)
        return NULL;
    if (bind(SOCK(self)->fd, &a.u.sa, a.len) < 0)
        return sock_error();
    return py_none_new();
}

METHOD(sock_listen)
{
    int backlog = 128;
    if (py_bi_expect("listen", nargs, kwnames, 0, 1) < 0 ||
        (nargs == 1 && int_arg(args[0], &backlog) < 0))
        return NULL;
    if (listen(SOCK(self)->fd, backlog < 0 ? 0 : backlog) < 0)
        return sock_error();
    return py_none_new();
}

static ssize_t do_accept(sockobj *s, void *ctx)
{
    sockaddr_any *a = ctx;
    a->len = sizeof a->u;
    return accept4(s->fd, &a->u.sa, &a->len, SOCK_CLOEXEC);
}

/* _accept(): NEW (fd, address) of a new connection. */
METHOD(sock__accept)
{
    (void)args;
    sockaddr_any a;
    if (py_bi_exact("_accept", nargs, kwnames, 0) < 0)
        return NULL;
    ssize_t fd = sock_call(SOCK(self), false, do_accept, &a);
    if (fd < 0)
        return NULL;
    py_obj *it[2] = {py_int_from_i64(fd), addr_obj(&a)};
    py_obj *r = tuple_steal(2, it);
    if (!r)
        close((int)fd);
    return r;
}

/* Connect s to a: 0, an errno value (when raise is false), or -1 with
 * an exception. */
static int do_connect(sockobj *s, const sockaddr_any *a, bool raise)
{
    int rc = connect(s->fd, &a->u.sa, a->len);
    int err = rc < 0 ? errno : 0;
    if (err == EINTR || (err == EINPROGRESS && s->timeout != 0)) {
        double deadline = s->timeout > 0 ? py_monotonic() + s->timeout : 0;
        if (py_socket_wait(s->fd, POLLOUT, deadline) < 0) {
            if (!raise && py_err_matches(PY_OBJ(py_exc_TimeoutError))) {
                py_err_clear();
                return EWOULDBLOCK;
            }
            return -1;
        }
        err = fd_option(s->fd, SO_ERROR, 0);
    }
    if (err && raise) {
        errno = err;
        sock_error();
        return -1;
    }
    return err;
}

METHOD(sock_connect)
{
    sockaddr_any a;
    if (py_bi_exact("connect", nargs, kwnames, 1) < 0 ||
        addr_arg(SOCK(self), args[0], "connect", &a) < 0 ||
        do_connect(SOCK(self), &a, true) < 0)
        return NULL;
    return py_none_new();
}

METHOD(sock_connect_ex)
{
    sockaddr_any a;
    if (py_bi_exact("connect_ex", nargs, kwnames, 1) < 0 ||
        addr_arg(SOCK(self), args[0], "connect_ex", &a) < 0)
        return NULL;
    int r = do_connect(SOCK(self), &a, false);
    return r < 0 ? NULL : py_int_from_i64(r);
}

METHOD(sock_shutdown)
{
    int how;
    if (py_bi_exact("shutdown", nargs, kwnames, 1) < 0 ||
        int_arg(args[0], &how) < 0)
        return NULL;
    if (shutdown(SOCK(self)->fd, how) < 0)
        return sock_error();
    return py_none_new();
}

/* getsockname() / getpeername(): NEW address. */
static py_obj *name_of(py_obj *self, size_t nargs, py_obj *kwnames,
                       const char *fname, bool peer)
{
    sockaddr_any a;
    if (py_bi_exact(fname, nargs, kwnames, 0) < 0)
        return NULL;
    memset(&a, 0, sizeof a);
    a.len = sizeof a.u;
    int rc = peer ? getpeername(SOCK(self)->fd, &a.u.sa, &a.len)
                  : getsockname(SOCK(self)->fd, &a.u.sa, &a.len);
    if (rc < 0)
        return sock_error();
    if (a.len == 0)
        a.u.sa.sa_family = (sa_family_t)SOCK(self)->family, a.len = 2;
    return addr_obj(&a);
}

METHOD(sock_getsockname)
{
    (void)args;
    return name_of(self, nargs, kwnames, "getsockname", false);
}

METHOD(sock_getpeername)
{
    (void)args;
    return name_of(self, nargs, kwnames, "getpeername", true);
}

/* -------------------------------------------------------------- data */

/* What one send or receive moves. */
typedef struct io_req {
    char *buf;
    size_t len;
    int flags;
    sockaddr_any *addr; /* sendto's target, recvfrom's source, or NULL */
} io_req;

static ssize_t do_recv(sockobj *s, void *ctx)
{
    io_req *r = ctx;
    if (!r->addr)
        return recv(s->fd, r->buf, r->len, r->flags | MSG_DONTWAIT);
    r->addr->len = sizeof r->addr->u;
    return recvfrom(s->fd, r->buf, r->len, r->flags | MSG_DONTWAIT,
                    &r->addr->u.sa, &r->addr->len);
}

static ssize_t do_send(sockobj *s, void *ctx)
{
    io_req *r = ctx;
    int fl = r->flags | MSG_DONTWAIT | MSG_NOSIGNAL;
    if (!r->addr)
        return send(s->fd, r->buf, r->len, fl);
    return sendto(s->fd, r->buf, r->len, fl, &r->addr->u.sa, r->addr->len);
}

/* The bytes of a data argument (BORROWED), TypeError otherwise. */
static int data_arg(py_obj *o, io_req *r)
{
    const char *p;
    ssize_t n;
    if (!py_bytes_like(o, &p, &n)) {
        py_err_fmt(py_exc_TypeError,
                   "a bytes-like object is required, not "
                   "'%T'",
                   o);
        return -1;
    }
    r->buf = (char *)p;
    r->len = (size_t)n;
    return 0;
}

/* A buffer size argument: ValueError "negative buffersize in <fname>". */
static int bufsize_arg(py_obj *o, const char *fname, size_t *out)
{
    int64_t v;
    if (py_bi_as_i64(o, &v) < 0)
        return -1;
    if (v < 0) {
        py_err_format(py_exc_ValueError, "negative buffersize in %s", fname);
        return -1;
    }
    *out = (size_t)v;
    return 0;
}

/* Receive up to r->len bytes into a NEW bytes (r->buf unused). */
static py_obj *recv_bytes(sockobj *s, io_req *r)
{
    char *buf = py_mem_alloc(r->len ? r->len : 1);
    if (!buf)
        return py_err_nomemory();
    r->buf = buf;
    ssize_t n = sock_call(s, false, do_recv, r);
    py_obj *b = n < 0 ? NULL : py_bytes_new(buf, (size_t)n);
    py_mem_free(buf);
    return b;
}

/* recv(bufsize[, flags]): NEW bytes. */
METHOD(sock_recv)
{
    io_req r = {0};
    if (py_bi_expect("recv", nargs, kwnames, 1, 2) < 0 ||
        bufsize_arg(args[0], "recv", &r.len) < 0 ||
        (nargs > 1 && int_arg(args[1], &r.flags) < 0))
        return NULL;
    return recv_bytes(SOCK(self), &r);
}

/* recvfrom(bufsize[, flags]): NEW (bytes, address). */
METHOD(sock_recvfrom)
{
    io_req r = {0};
    sockaddr_any a;
    r.addr = &a;
    if (py_bi_expect("recvfrom", nargs, kwnames, 1, 2) < 0 ||
        bufsize_arg(args[0], "recvfrom", &r.len) < 0 ||
        (nargs > 1 && int_arg(args[1], &r.flags) < 0))
        return NULL;
    py_obj *it[2] = {recv_bytes(SOCK(self), &r), NULL};
    if (!it[0])
        return NULL;
    it[1] = addr_obj(&a);
    return tuple_steal(2, it);
}

/* recv_into(buffer[, nbytes[, flags]]): NEW int, bytes received. */
METHOD(sock_recv_into)
{
    static const char *const names[] = {"buffer", "nbytes", "flags"};
    py_obj *a[3];
    io_req r = {0};
    ssize_t cap;
    size_t want = 0;
    if (py_bi_parse("recv_into", args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    if (!py_bytes_writable(a[0], &r.buf, &cap)) {
        py_err_fmt(py_exc_TypeError,
                   "recv_into() argument 1 must be read-write "
                   "bytes-like object, not %T",
                   a[0]);
        return NULL;
    }
    if ((a[1] && bufsize_arg(a[1], "recv_into", &want) < 0) ||
        (a[2] && int_arg(a[2], &r.flags) < 0))
        return NULL;
    if (want > (size_t)cap) {
        py_err_set(py_exc_ValueError, "buffer too small for requested bytes");
        return NULL;
    }
    r.len = want ? want : (size_t)cap;
    ssize_t n = sock_call(SOCK(self), false, do_recv, &r);
    return n < 0 ? NULL : py_int_from_i64(n);
}

/* send(data[, flags]): NEW int, bytes sent. */
METHOD(sock_send)
{
    io_req r = {0};
    if (py_bi_expect("send", nargs, kwnames, 1, 2) < 0 ||
        data_arg(args[0], &r) < 0 ||
        (nargs > 1 && int_arg(args[1], &r.flags) < 0))
        return NULL;
    ssize_t n = sock_call(SOCK(self), true, do_send, &r);
    return n < 0 ? NULL : py_int_from_i64(n);
}

/* sendall(data[, flags]): send everything (the timeout is for the
 * whole).  NEW None. */
METHOD(sock_sendall)
{
    io_req r = {0};
    if (py_bi_expect("sendall", nargs, kwnames, 1, 2) < 0 ||
        data_arg(args[0], &r) < 0 ||
        (nargs > 1 && int_arg(args[1], &r.flags) < 0))
        return NULL;
    py_obj *keep = py_newref(args[0]);
    ssize_t n = 0;
    while (r.len > 0 && (n = sock_call(SOCK(self), true, do_send, &r)) >= 0) {
        r.buf += n;
        r.len -= (size_t)n;
    }
    PY_DECREF(keep);
    return n < 0 ? NULL : py_none_new();
}

/* sendto(data[, flags], address): NEW int, bytes sent. */
METHOD(sock_sendto)
{
    io_req r = {0};
    sockaddr_any a;
    r.addr = &a;
    if (py_bi_expect("sendto", nargs, kwnames, 2, 3) < 0 ||
        data_arg(args[0], &r) < 0 ||
        (nargs == 3 && int_arg(args[1], &r.flags) < 0) ||
        addr_arg(SOCK(self), args[nargs - 1], "sendto", &a) < 0)
        return NULL;
    ssize_t n = sock_call(SOCK(self), true, do_send, &r);
    return n < 0 ? NULL : py_int_from_i64(n);
}

/* ----------------------------------------------------------- options */

/* setsockopt(level, option, value: int | buffer) or (level, option,
 * None, optlen).  NEW None. */
METHOD(sock_setsockopt)
{
    int level, opt, iv;
    const void *p = &iv;
    ssize_t n = sizeof iv;
    if (py_bi_expect("setsockopt", nargs, kwnames, 3, 4) < 0 ||
        int_arg(args[0], &level) < 0 || int_arg(args[1], &opt) < 0)
        return NULL;
    if (nargs == 4) {
        int len;
        if (args[2] != py_None) {
            py_err_set(py_exc_TypeError, "setsockopt() takes 3 arguments when "
                                         "the value is not None");
            return NULL;
        }
        if (int_arg(args[3], &len) < 0)
            return NULL;
        p = NULL, n = len;
    } else if (py_is_int(args[2])) {
        if (int_arg(args[2], &iv) < 0)
            return NULL;
    } else if (!py_bytes_like(args[2], (const char **)&p, &n)) {
        py_err_fmt(py_exc_TypeError,
                   "a bytes-like object is required, not "
                   "'%T'",
                   args[2]);
        return NULL;
    }
    if (setsockopt(SOCK(self)->fd, level, opt, p, (socklen_t)n) < 0)
        return sock_error();
    return py_none_new();
}

/* getsockopt(level, option[, buflen]): NEW int, or bytes of buflen. */
METHOD(sock_getsockopt)
{
    int level, opt, buflen = 0;
    if (py_bi_expect("getsockopt", nargs, kwnames, 2, 3) < 0 ||
        int_arg(args[0], &level) < 0 || int_arg(args[1], &opt) < 0 ||
        (nargs == 3 && int_arg(args[2], &buflen) < 0))
        return NULL;
    if (nargs < 3) {
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(SOCK(self)->fd, level, opt, &v, &len) < 0)
            return sock_error();
        return py_int_from_i64(v);
    }
    if (buflen <= 0 || buflen > 1024) {
        py_err_set(py_exc_OSError, "getsockopt buflen out of range");
        return NULL;
    }
    char buf[1024];
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(SOCK(self)->fd, level, opt, buf, &len) < 0)
        return sock_error();
    return py_bytes_new(buf, len);
}

/* ------------------------------------------------------- attributes */

static py_obj *get_family(py_obj *o)
{
    return py_int_from_i64(SOCK(o)->family);
}

static py_obj *get_type(py_obj *o)
{
    return py_int_from_i64(SOCK(o)->type);
}

static py_obj *get_proto(py_obj *o)
{
    return py_int_from_i64(SOCK(o)->proto);
}

static py_obj *get_timeout(py_obj *o)
{
    return timeout_obj(SOCK(o)->timeout);
}

static const py_getset_def sock_getset[] = {
    {"family", get_family, NULL, "the socket family"},
    {"type", get_type, NULL, "the socket type"},
    {"proto", get_proto, NULL, "the socket protocol"},
    {"timeout", get_timeout, NULL, "the socket timeout"},
    {NULL, NULL, NULL, NULL},
};

static const py_method_def sock_methods[] = {
    {"_accept", sock__accept, 0,
     "_accept() -> (integer, address info)\n\nWait for an incoming "
     "connection."},
    {"bind", sock_bind, 0,
     "bind(address)\n\nBind the socket to a local "
     "address."},
    {"close", sock_close, 0, "close()\n\nClose the socket."},
    {"connect", sock_connect, 0,
     "connect(address)\n\nConnect the socket to "
     "a remote address."},
    {"connect_ex", sock_connect_ex, 0,
     "connect_ex(address) -> errno\n\nThis is like connect(address), but "
     "returns an error code instead of raising an exception."},
    {"detach", sock_detach, 0,
     "detach()\n\nClose the socket object without "
     "closing the underlying file descriptor."},
    {"fileno", sock_fileno, 0,
     "fileno() -> integer\n\nReturn the integer "
     "file descriptor of the socket."},
    {"getblocking", sock_getblocking, 0,
     "getblocking()\n\nReturns True if socket is in blocking mode."},
    {"getpeername", sock_getpeername, 0,
     "getpeername() -> address info\n\nReturn the address of the remote "
     "endpoint."},
    {"getsockname", sock_getsockname, 0,
     "getsockname() -> address info\n\nReturn the address of the local "
     "endpoint."},
    {"getsockopt", sock_getsockopt, 0,
     "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket "
     "option."},
    {"gettimeout", sock_gettimeout, 0,
     "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) "
     "associated with socket operations."},
    {"listen", sock_listen, 0,
     "listen([backlog])\n\nEnable a server to "
     "accept connections."},
    {"recv", sock_recv, 0,
     "recv(buffersize[, flags]) -> data\n\nReceive up "
     "to buffersize bytes from the socket."},
    {"recv_into", sock_recv_into, 0,
     "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\nA version of "
     "recv() that stores its data into a buffer."},
    {"recvfrom", sock_recvfrom, 0,
     "recvfrom(buffersize[, flags]) -> (data, address info)\n\nLike recv, "
     "but also return the sender's address."},
    {"send", sock_send, 0,
     "send(data[, flags]) -> count\n\nSend a data "
     "string to the socket."},
    {"sendall", sock_sendall, 0,
     "sendall(data[, flags])\n\nSend a data "
     "string to the socket."},
    {"sendto", sock_sendto, 0,
     "sendto(data[, flags], address) -> count\n\nLike send(data, flags) but "
     "allows specifying the destination address."},
    {"setblocking", sock_setblocking, 0,
     "setblocking(flag)\n\nSet the socket to blocking (flag is true) or "
     "non-blocking (false)."},
    {"setsockopt", sock_setsockopt, 0,
     "setsockopt(level, option, value: int)\nsetsockopt(level, option, "
     "value: buffer)\nsetsockopt(level, option, None, optlen: int)\n\nSet a "
     "socket option."},
    {"settimeout", sock_settimeout, 0,
     "settimeout(timeout)\n\nSet a timeout on socket operations."},
    {"shutdown", sock_shutdown, 0,
     "shutdown(flag)\n\nShut down the reading side of the socket (flag == "
     "SHUT_RD), the writing side of the socket (flag == SHUT_WR), or both "
     "ends (flag == SHUT_RDWR)."},
    {NULL, NULL, 0, NULL},
};

py_type py_socket_type = {
    .ovar = {{1, &py_type_type}, 0},
    .name = "_socket.socket",
    .basicsize = sizeof(sockobj),
    .flags = PY_TPFLAGS_BASETYPE,
    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket "
           "object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> "
           "socket object\n\nOpen a socket of the given type.",
    .dealloc = sock_dealloc,
    .repr = sock_repr,
    .tp_new = sock_new,
    .tp_init = sock_init,
    .methods = sock_methods,
    .getset = sock_getset,
};

/* ========================================================= functions */

/* A NEW _socket.socket over descriptor fd (closed on failure). */
static py_obj *socket_from_fd(int fd, int family, int type, int proto)
{
    py_obj *o = sock_new(&py_socket_type, NULL, 0, NULL);
    if (!o) {
        close(fd);
        return NULL;
    }
    if (sock_setup(SOCK(o), fd, family, type, proto) < 0)
        PY_CLEAR(o);
    return o;
}

/* socketpair([family[, type[, proto]]]): NEW pair of connected sockets. */
METHOD(mod_socketpair)
{
    (void)self;
    int v[3] = {AF_UNIX, SOCK_STREAM, 0}, fds[2];
    if (py_bi_expect("socketpair", nargs, kwnames, 0, 3) < 0)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (int_arg(args[i], &v[i]) < 0)
            return NULL;
    if (socketpair(v[0], v[1] | SOCK_CLOEXEC, v[2], fds) < 0)
        return sock_error();
    py_obj *it[2] = {socket_from_fd(fds[0], v[0], v[1], v[2]), NULL};
    it[1] = socket_from_fd(fds[1], v[0], v[1], v[2]);
    return tuple_steal(2, it);
}

METHOD(mod_gethostname)
{
    (void)self, (void)args;
    char buf[256];
    if (py_bi_exact("gethostname", nargs, kwnames, 0) < 0)
        return NULL;
    if (gethostname(buf, sizeof buf - 1) < 0)
        return sock_error();
    buf[sizeof buf - 1] = '\0';
    return py_str_from_cstr(buf);
}

/* The port of getaddrinfo as C text in buf (NULL for None).  0 or -1. */
static int service_arg(py_obj *o, char *buf, size_t n, const char **out)
{
    int64_t v;
    *out = buf;
    if (o == py_None) {
        *out = NULL;
    } else if (py_is_int(o)) {
        if (py_bi_as_i64(o, &v) < 0)
            return -1;
        snprintf(buf, n, "%lld", (long long)v);
    } else if (py_is_str(o)) {
        *out = PY_STR_DATA(o);
    } else if (py_is_bytes(o)) {
        *out = PY_BYTES_DATA(o);
    } else {
        py_err_set(py_exc_OSError, "Int or String expected");
        return -1;
    }
    return 0;
}

/* NEW (family, type, proto, canonname, sockaddr) of one result. */
static py_obj *addrinfo_entry(const struct addrinfo *ai)
{
    sockaddr_any a;
    memset(&a, 0, sizeof a);
    memcpy(&a.u, ai->ai_addr, ai->ai_addrlen);
    a.len = ai->ai_addrlen;
    py_obj *it[5] = {py_int_from_i64(ai->ai_family),
                     py_int_from_i64(ai->ai_socktype),
                     py_int_from_i64(ai->ai_protocol),
                     py_str_from_cstr(ai->ai_canonname ? ai->ai_canonname : ""),
                     addr_obj(&a)};
    return tuple_steal(5, it);
}

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0): NEW list
 * of 5-tuples. */
METHOD(mod_getaddrinfo)
{
    (void)self;
    static const char *const names[] = {"host", "port",  "family",
                                        "type", "proto", "flags"};
    py_obj *a[6];
    int v[4] = {0, 0, 0, 0};
    char portbuf[32];
    const char *host = NULL, *port;
    if (py_bi_parse("getaddrinfo", args, nargs, kwnames, names, 2, 6, a) < 0)
        return NULL;
    for (int i = 0; i < 4; i++)
        if (a[i + 2] && int_arg(a[i + 2], &v[i]) < 0)
            return NULL;
    if ((a[0] != py_None && !(host = host_text(a[0]))) ||
        service_arg(a[1], portbuf, sizeof portbuf, &port) < 0 || unsealed() < 0)
        return NULL;
    struct addrinfo hints = {.ai_family = v[0],
                             .ai_socktype = v[1],
                             .ai_protocol = v[2],
                             .ai_flags = v[3]},
                    *res;
    int rc = getaddrinfo(host, port, &hints, &res);
    if (rc != 0)
        return raise_gai(rc);
    py_obj *l = py_list_new(0);
    for (struct addrinfo *ai = res; l && ai; ai = ai->ai_next) {
        py_obj *e = addrinfo_entry(ai);
        if (!e || py_list_append(l, e) < 0)
            PY_CLEAR(l);
        PY_XDECREF(e);
    }
    freeaddrinfo(res);
    return l;
}

/* gethostbyname(host): NEW str, the IPv4 address. */
METHOD(mod_gethostbyname)
{
    (void)self;
    sockaddr_any a;
    char buf[INET_ADDRSTRLEN];
    const char *host;
    if (py_bi_exact("gethostbyname", nargs, kwnames, 1) < 0 ||
        !(host = host_text(args[0])) || resolve_host(host, AF_INET, &a) < 0)
        return NULL;
    inet_ntop(AF_INET, &a.u.in4.sin_addr, buf, sizeof buf);
    return py_str_from_cstr(buf);
}

/* inet_aton(str): NEW 4 bytes. */
METHOD(mod_inet_aton)
{
    (void)self;
    struct in_addr in;
    if (py_bi_exact("inet_aton", nargs, kwnames, 1) < 0)
        return NULL;
    if (!py_is_str(args[0])) {
        py_err_fmt(py_exc_TypeError,
                   "inet_aton() argument 1 must be str, not %T", args[0]);
        return NULL;
    }
    if (inet_aton(PY_STR_DATA(args[0]), &in) == 0) {
        py_err_set(py_exc_OSError,
                   "illegal IP address string passed to inet_aton");
        return NULL;
    }
    return py_bytes_new((const char *)&in, 4);
}

/* inet_ntoa(packed): NEW dotted str. */
METHOD(mod_inet_ntoa)
{
    (void)self;
    const char *p;
    ssize_t n;
    char buf[INET_ADDRSTRLEN];
    if (py_bi_exact("inet_ntoa", nargs, kwnames, 1) < 0 ||
        data_arg(args[0], &(io_req){0}) < 0)
        return NULL;
    py_bytes_like(args[0], &p, &n);
    if (n != 4) {
        py_err_set(py_exc_OSError, "packed IP wrong length for inet_ntoa");
        return NULL;
    }
    inet_ntop(AF_INET, p, buf, sizeof buf);
    return py_str_from_cstr(buf);
}

/* inet_pton(family, str): NEW packed bytes. */
METHOD(mod_inet_pton)
{
    (void)self;
    int af;
    unsigned char buf[sizeof(struct in6_addr)];
    if (py_bi_exact("inet_pton", nargs, kwnames, 2) < 0 ||
        int_arg(args[0], &af) < 0)
        return NULL;
    if (!py_is_str(args[1])) {
        py_err_fmt(py_exc_TypeError,
                   "inet_pton() argument 2 must be str, not %T", args[1]);
        return NULL;
    }
    int rc = inet_pton(af, PY_STR_DATA(args[1]), buf);
    if (rc < 0)
        return sock_error();
    if (rc == 0) {
        py_err_set(py_exc_OSError,
                   "illegal IP address string passed to inet_pton");
        return NULL;
    }
    return py_bytes_new((const char *)buf, af == AF_INET ? 4 : 16);
}

/* inet_ntop(family, packed): NEW str. */
METHOD(mod_inet_ntop)
{
    (void)self;
    int af;
    const char *p;
    ssize_t n;
    char buf[INET6_ADDRSTRLEN];
    if (py_bi_exact("inet_ntop", nargs, kwnames, 2) < 0 ||
        int_arg(args[0], &af) < 0 || data_arg(args[1], &(io_req){0}) < 0)
        return NULL;
    py_bytes_like(args[1], &p, &n);
    if (af != AF_INET && af != AF_INET6) {
        py_err_format(py_exc_ValueError, "unknown address family %d", af);
        return NULL;
    }
    if (n != (af == AF_INET ? 4 : 16)) {
        py_err_set(py_exc_ValueError,
                   "invalid length of packed IP address string");
        return NULL;
    }
    inet_ntop(af, p, buf, sizeof buf);
    return py_str_from_cstr(buf);
}

/* The byte-order functions: x as an unsigned of bits bits, swapped. */
static py_obj *byte_order(const char *fname, py_obj *const *args, size_t nargs,
                          py_obj *kwnames, int bits)
{
    int64_t v;
    if (py_bi_exact(fname, nargs, kwnames, 1) < 0)
        return NULL;
    if (!py_is_int(args[0])) {
        py_err_fmt(py_exc_TypeError,
                   "'%T' object cannot be interpreted as an "
                   "integer",
                   args[0]);
        return NULL;
    }
    if (py_int_as_i64(args[0], &v) != 1 || v < 0 ||
        v > (bits == 16 ? 0xffff : 0xffffffffLL)) {
        bool neg = py_int_as_i64(args[0], &v) == 1 ? v < 0 : false;
        if (bits == 16)
            py_err_format(py_exc_OverflowError,
                          neg ? "%s: can't convert negative Python int to C "
                                "16-bit unsigned integer"
                              : "%s: Python int too large to convert to C "
                                "16-bit unsigned integer",
                          fname);
        else
            py_err_set(py_exc_OverflowError,
                       neg ? "can't convert negative value to unsigned int"
                           : "int larger than 32 bits");
        return NULL;
    }
    return py_int_from_i64(bits == 16 ? htons((uint16_t)v)
                                      : htonl((uint32_t)v));
}

METHOD(mod_htons)
{
    (void)self;
    return byte_order("htons", args, nargs, kwnames, 16);
}

METHOD(mod_ntohs)
{
    (void)self;
    return byte_order("ntohs", args, nargs, kwnames, 16);
}

METHOD(mod_htonl)
{
    (void)self;
    return byte_order("htonl", args, nargs, kwnames, 32);
}

METHOD(mod_ntohl)
{
    (void)self;
    return byte_order("ntohl", args, nargs, kwnames, 32);
}

METHOD(mod_getdefaulttimeout)
{
    (void)self, (void)args;
    if (py_bi_exact("getdefaulttimeout", nargs, kwnames, 0) < 0)
        return NULL;
    return timeout_obj(default_timeout);
}

METHOD(mod_setdefaulttimeout)
{
    (void)self;
    if (py_bi_exact("setdefaulttimeout", nargs, kwnames, 1) < 0 ||
        timeout_arg(args[0], &default_timeout) < 0)
        return NULL;
    return py_none_new();
}

/* dup(fd): NEW int, a duplicate (close-on-exec). */
METHOD(mod_dup)
{
    (void)self;
    int fd;
    if (py_bi_exact("dup", nargs, kwnames, 1) < 0 ||
        int_arg(args[0], &fd) < 0 || unsealed() < 0)
        return NULL;
    int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return nfd < 0 ? sock_error() : py_int_from_i64(nfd);
}

/* close(fd): close a socket descriptor.  NEW None. */
METHOD(mod_close)
{
    (void)self;
    int fd;
    if (py_bi_exact("close", nargs, kwnames, 1) < 0 ||
        int_arg(args[0], &fd) < 0 || unsealed() < 0)
        return NULL;
    if (close(fd) < 0 && errno != ECONNRESET)
        return sock_error();
    return py_none_new();
}

static const py_method_def module_functions[] = {
    {"socketpair", mod_socketpair, 0,
     "socketpair([family[, type [, proto]]]) -> (socket object, socket "
     "object)"},
    {"gethostname", mod_gethostname, 0,
     "gethostname() -> string\n\nReturn the current host name."},
    {"getaddrinfo", mod_getaddrinfo, 0,
     "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list "
     "of (family, type, proto, canonname, sockaddr)\n\nResolve host and port "
     "into addrinfo struct."},
    {"gethostbyname", mod_gethostbyname, 0,
     "gethostbyname(host) -> address\n\nReturn the IP address (a string of "
     "the form '255.255.255.255') for a host."},
    {"inet_aton", mod_inet_aton, 0,
     "Convert an IP address in string format (123.45.67.89) to the 32-bit "
     "packed binary format used in low-level network functions."},
    {"inet_ntoa", mod_inet_ntoa, 0,
     "Convert an IP address from 32-bit packed binary format to string "
     "format."},
    {"inet_pton", mod_inet_pton, 0,
     "inet_pton(af, ip) -> packed IP address string\n\nConvert an IP "
     "address from string format to a packed string suitable for use with "
     "low-level network functions."},
    {"inet_ntop", mod_inet_ntop, 0,
     "inet_ntop(af, packed_ip) -> string formatted IP address\n\nConvert a "
     "packed IP address of the given family to string format."},
    {"htons", mod_htons, 0,
     "Convert a 16-bit unsigned integer from host to "
     "network byte order."},
    {"ntohs", mod_ntohs, 0,
     "Convert a 16-bit unsigned integer from network "
     "to host byte order."},
    {"htonl", mod_htonl, 0,
     "Convert a 32-bit unsigned integer from host to "
     "network byte order."},
    {"ntohl", mod_ntohl, 0,
     "Convert a 32-bit unsigned integer from network "
     "to host byte order."},
    {"getdefaulttimeout", mod_getdefaulttimeout, 0,
     "getdefaulttimeout() -> timeout\n\nReturns the default timeout in "
     "seconds (float) for new socket objects."},
    {"setdefaulttimeout", mod_setdefaulttimeout, 0,
     "setdefaulttimeout(timeout)\n\nSet the default timeout in seconds "
     "(float) for new socket objects."},
    {"dup", mod_dup, 0,
     "dup(integer) -> integer\n\nDuplicate an integer "
     "socket file descriptor."},
    {"close", mod_close, 0,
     "close(integer) -> None\n\nClose an integer "
     "socket file descriptor."},
    {NULL, NULL, 0, NULL},
};

/* ========================================================= constants */

#define C(name)                                                                \
    {                                                                          \
#name, name                                                            \
    }
static const struct {
    const char *name;
    long value;
} constants[] = {
    C(AF_UNSPEC),
    C(AF_INET),
    C(AF_INET6),
    C(AF_UNIX),
    C(AF_NETLINK),
    C(AF_PACKET),
    C(SOCK_STREAM),
    C(SOCK_DGRAM),
    C(SOCK_RAW),
    C(SOCK_SEQPACKET),
    C(SOCK_RDM),
    C(SOCK_NONBLOCK),
    C(SOCK_CLOEXEC),
    C(SOL_SOCKET),
    C(SOL_IP),
    C(SOL_TCP),
    C(SOL_UDP),
    C(SOMAXCONN),
    C(SO_DEBUG),
    C(SO_ACCEPTCONN),
    C(SO_REUSEADDR),
    C(SO_REUSEPORT),
    C(SO_KEEPALIVE),
    C(SO_DONTROUTE),
    C(SO_BROADCAST),
    C(SO_LINGER),
    C(SO_OOBINLINE),
    C(SO_SNDBUF),
    C(SO_RCVBUF),
    C(SO_SNDLOWAT),
    C(SO_RCVLOWAT),
    C(SO_SNDTIMEO),
    C(SO_RCVTIMEO),
    C(SO_ERROR),
    C(SO_TYPE),
    C(SO_DOMAIN),
    C(SO_PROTOCOL),
    C(SO_PEERCRED),
    C(SO_PASSCRED),
    C(SCM_RIGHTS),
    C(SCM_CREDENTIALS),
    C(MSG_OOB),
    C(MSG_PEEK),
    C(MSG_DONTROUTE),
    C(MSG_DONTWAIT),
    C(MSG_EOR),
    C(MSG_TRUNC),
    C(MSG_CTRUNC),
    C(MSG_WAITALL),
    C(MSG_NOSIGNAL),
    C(MSG_CMSG_CLOEXEC),
    C(MSG_ERRQUEUE),
    C(MSG_CONFIRM),
    C(MSG_MORE),
    C(IPPROTO_IP),
    C(IPPROTO_ICMP),
    C(IPPROTO_TCP),
    C(IPPROTO_UDP),
    C(IPPROTO_IPV6),
    C(IPPROTO_RAW),
    C(IPPROTO_ICMPV6),
    C(IPPORT_RESERVED),
    C(IPPORT_USERRESERVED),
    C(INADDR_ANY),
    C(INADDR_BROADCAST),
    C(INADDR_LOOPBACK),
    C(INADDR_NONE),
    C(IP_TOS),
    C(IP_TTL),
    C(IP_HDRINCL),
    C(IP_OPTIONS),
    C(IP_MULTICAST_IF),
    C(IP_MULTICAST_TTL),
    C(IP_MULTICAST_LOOP),
    C(IP_ADD_MEMBERSHIP),
    C(IP_DROP_MEMBERSHIP),
    C(IPV6_V6ONLY),
    C(IPV6_JOIN_GROUP),
    C(IPV6_LEAVE_GROUP),
    C(IPV6_MULTICAST_HOPS),
    C(IPV6_MULTICAST_IF),
    C(IPV6_MULTICAST_LOOP),
    C(IPV6_UNICAST_HOPS),
    C(TCP_NODELAY),
    C(TCP_MAXSEG),
    C(TCP_CORK),
    C(TCP_KEEPIDLE),
    C(TCP_KEEPINTVL),
    C(TCP_KEEPCNT),
    C(TCP_FASTOPEN),
    C(TCP_QUICKACK),
    C(TCP_USER_TIMEOUT),
    C(SHUT_RD),
    C(SHUT_WR),
    C(SHUT_RDWR),
    C(AI_PASSIVE),
    C(AI_CANONNAME),
    C(AI_NUMERICHOST),
    C(AI_NUMERICSERV),
    C(AI_V4MAPPED),
    C(AI_ALL),
    C(AI_ADDRCONFIG),
    C(NI_NUMERICHOST),
    C(NI_NUMERICSERV),
    C(NI_NOFQDN),
    C(NI_NAMEREQD),
    C(NI_DGRAM),
    C(NI_MAXHOST),
    C(NI_MAXSERV),
    C(EAI_ADDRFAMILY),
    C(EAI_AGAIN),
    C(EAI_BADFLAGS),
    C(EAI_FAIL),
    C(EAI_FAMILY),
    C(EAI_MEMORY),
    C(EAI_NODATA),
    C(EAI_NONAME),
    C(EAI_OVERFLOW),
    C(EAI_SERVICE),
    C(EAI_SOCKTYPE),
    C(EAI_SYSTEM),
};
#undef C

/* The types, exceptions and constants of m.  0 or -1. */
static int add_objects(py_obj *m)
{
    if (py_bi_add_object(m, "socket", PY_OBJ(&py_socket_type)) < 0 ||
        py_bi_add_object(m, "SocketType", PY_OBJ(&py_socket_type)) < 0 ||
        py_bi_add_object(m, "error", PY_OBJ(py_exc_OSError)) < 0 ||
        py_bi_add_object(m, "timeout", PY_OBJ(py_exc_TimeoutError)) < 0 ||
        py_bi_add_new(
            m, "gaierror",
            py_exc_new_class("socket", "gaierror", py_exc_OSError, NULL)) < 0 ||
        py_bi_add_new(
            m, "herror",
            py_exc_new_class("socket", "herror", py_exc_OSError, NULL)) < 0 ||
        py_bi_add_object(m, "has_ipv6", py_True) < 0)
        return -1;
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++)
        if (py_bi_add_new(m, constants[i].name,
                          py_int_from_i64(constants[i].value)) < 0)
            return -1;
    return 0;
}

/* The _socket module (the default timeout reset).  NEW module. */
py_obj *py_init_socket(void)
{
    default_timeout = -1;
    if (py_type_ready(&py_socket_type) < 0)
        return NULL;
    py_obj *m = py_module_new("_socket");
    if (m &&
        (py_bi_add_functions(m, module_functions) < 0 || add_objects(m) < 0))
        PY_CLEAR(m);
    return m;
}
