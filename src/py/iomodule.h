/*
 * iomodule.h -- what the files of the _io module share: the common head
 * of every _io object, the abstract base classes, the error helpers and
 * small calling shortcuts.
 *
 * The module is split as CPython's Modules/_io is: iomodule.c (open(),
 * the base classes _IOBase / _RawIOBase / _BufferedIOBase / _TextIOBase,
 * UnsupportedOperation), fileio.c (FileIO and the Buffered* classes),
 * textio.c (TextIOWrapper) and stringio.c (StringIO, BytesIO).
 * Ownership words (NEW / BORROWED / STEALS) as in core.h.
 */
#ifndef PY_IOMODULE_H
#define PY_IOMODULE_H

#include "builtins.h"

/* Every _io object starts with this: an instance __dict__ (io.py's
 * classes and user subclasses set attributes) and _IOBase's closed flag. */
typedef struct io_obj {
    PY_HEAD;
    py_obj *dict;
    bool closed; /* _IOBase.close() was called */
} io_obj;

#define IO_HEAD io_obj io
#define IO(o)   ((io_obj *)(o))

#define PY_IO_DEFAULT_BUFFER_SIZE 8192

extern py_type py_io_iobase_type, py_io_rawiobase_type,
    py_io_bufferediobase_type, py_io_textiobase_type, py_io_fileio_type,
    py_io_bufferedreader_type, py_io_bufferedwriter_type,
    py_io_bufferedrandom_type, py_io_textiowrapper_type, py_io_stringio_type,
    py_io_bytesio_type, py_io_bufferedrwpair_type, py_io_nldecoder_type;

/* Raise io.UnsupportedOperation(msg).  NULL. */
py_obj *py_io_unsupported(const char *msg);
/* Raise ValueError("I/O operation on closed file.").  NULL. */
py_obj *py_io_closed_error(void);
/* Is self.closed true?  1, 0 or -1. */
int py_io_is_closed(py_obj *self);
/* ValueError if self.closed.  0 or -1. */
int py_io_check_closed(py_obj *self);

/* Shortcuts for o.name() and o.name(a) (a BORROWED).  NEW. */
py_obj *py_io_call0(py_obj *o, const char *name);
py_obj *py_io_call1(py_obj *o, const char *name, py_obj *a);
/* A size argument: None or missing is -1; an int-like otherwise.  0 or
 * -1 with TypeError ("argument should be integer or None, not 'str'"). */
int py_io_size_arg(py_obj *o, ssize_t *out);

/* The writable buffer argument of readinto() into *p, *n (BORROWED), or
 * TypeError "readinto() argument must be read-write bytes-like object,
 * not bytes".  0 or -1. */
int py_io_writable_arg(py_obj *o, char **p, ssize_t *n);
/* readinto(buffer) by way of self.read(len(buffer)), as
 * _BufferedIOBase's: NEW int, the bytes copied. */
py_obj *py_io_readinto(py_obj *self, py_obj *const *args, size_t nargs,
                       py_obj *kwnames);

/* tp_new of the _io types: a blank, tracked instance.  NEW. */
py_obj *py_io_new(py_type *t, py_obj *const *args, size_t nargs,
                  py_obj *kwnames);

/* The gc and dealloc parts every _io type shares (the __dict__). */
int py_io_traverse_head(py_obj *o, py_visitproc visit, void *arg);
void py_io_clear_head(py_obj *o);

/* Make a static _io type ready for a new interpreter under base.  0/-1. */
int py_io_ready(py_type *t, py_type *base);
/* Ready the types of fileio.c, textio.c and stringio.c.  0 or -1. */
int py_io_fileio_init(void);
int py_io_textio_init(void);
int py_io_stringio_init(void);

#endif
