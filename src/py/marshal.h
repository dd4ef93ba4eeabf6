/*
 * marshal.h -- code objects to bytes and back (marshal.c), and the compile
 * cache of imported modules built on it (compcache.c).
 */
#ifndef PY_MARSHAL_H
#define PY_MARSHAL_H

#include <stddef.h>
#include <stdint.h>

#include "code.h"

/* What a cached file must match to be used: the build of pyscope that
 * wrote it, and the source's modification time and size. */
typedef struct py_marshal_stamp {
    uint64_t build;
    uint64_t mtime_ns;
    uint64_t size;
} py_marshal_stamp;

/* The bytes of co (malloc'd, *len set) or NULL if co holds a constant the
 * format cannot write or memory ran out.  No exception is left set. */
unsigned char *py_code_marshal(py_code *co, const py_marshal_stamp *stamp,
                               size_t *len);

/* The code object in data, every co_filename set to filename (BORROWED),
 * or NULL without an exception when data is stale, corrupt or truncated.
 * NEW reference. */
py_code *py_code_unmarshal(const unsigned char *data, size_t len,
                           const py_marshal_stamp *stamp, py_obj *filename);

/* The same for the object stream alone (no header, no checksum): for the
 * unit tests and the fuzzer, which check that no input crashes it. */
py_code *py_code_unmarshal_stream(const unsigned char *data, size_t len,
                                  py_obj *filename);

/* The code of source file `path` (whose text is src, len bytes), from the
 * compile cache when a current entry exists, else compiled and stored.
 * NEW reference, or NULL with SyntaxError etc. as py_compile(). */
py_code *py_compile_cached(const char *path, const char *src, size_t len);

/* Whether a current cache entry exists and, if so, its code (NEW) without
 * reading the source; NULL (no exception) when there is none. */
py_code *py_cache_lookup(const char *path);

#endif
