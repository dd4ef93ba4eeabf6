/*
 * compcache.c -- the compile cache of imported modules.
 *
 * CPython keeps compiled modules in __pycache__ beside the source; pyscope
 * keeps them under $XDG_CACHE_HOME/pyscope/ (~/.cache/pyscope/), never
 * beside the learner's files.  An entry is named after the module file and
 * a hash of its absolute path, and is used only when it was written by this
 * very executable (its identity: inode, size and modification time) for a
 * source of the same modification time and size.  Entries are written to a
 * temporary file and renamed into place, so concurrent runs never read a
 * torn file; any failure to read or write just means compiling.
 * PYSCOPE_NO_CACHE=1 turns the cache off.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core.h"
#include "marshal.h"

#define MAX_ENTRY (64u << 20) /* larger files are not cache entries */

static uint64_t fnv(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

/* The identity of the running executable, or 0 if unknown (no cache). */
static uint64_t build_id(void)
{
    static uint64_t id;
    static bool done;
    if (!done) {
        struct stat st;
        done = true;
        if (stat("/proc/self/exe", &st) == 0) {
            uint64_t v[4] = {(uint64_t)st.st_ino, (uint64_t)st.st_size,
                             (uint64_t)st.st_mtim.tv_sec,
                             (uint64_t)st.st_mtim.tv_nsec};
            id = fnv(14695981039346656037ull, v, sizeof v) | 1;
        }
    }
    return id;
}

/* The cache folder (malloc'd), created if needed; NULL when the cache is
 * off or no folder can be had. */
static char *cache_dir(void)
{
    const char *off = getenv("PYSCOPE_NO_CACHE");
    if ((off && *off && strcmp(off, "0") != 0) || !build_id())
        return NULL;
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    char *dir = NULL;
    int n;
    if (xdg && xdg[0] == '/')
        n = asprintf(&dir, "%s/pyscope", xdg);
    else if (home && home[0] == '/')
        n = asprintf(&dir, "%s/.cache/pyscope", home);
    else
        return NULL;
    if (n < 0)
        return NULL;
    /* mkdir -p of the last two levels (~/.cache may not exist yet) */
    char *slash = strrchr(dir, '/');
    if (mkdir(dir, 0700) != 0 && errno == ENOENT && slash) {
        *slash = '\0';
        mkdir(dir, 0700);
        *slash = '/';
        mkdir(dir, 0700);
    }
    return dir;
}

/* The entry file for source `path` (malloc'd) or NULL. */
static char *entry_path(const char *path)
{
    char *dir = cache_dir(), *entry = NULL;
    if (!dir)
        return NULL;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t stem = strlen(base);
    if (stem > 3 && strcmp(base + stem - 3, ".py") == 0)
        stem -= 3;
    if (stem > 64)
        stem = 64;
    uint64_t h = fnv(14695981039346656037ull, path, strlen(path));
    if (asprintf(&entry, "%s/%.*s.%016llx.psc", dir, (int)stem, base,
                 (unsigned long long)h) < 0)
        entry = NULL;
    free(dir);
    return entry;
}

static bool source_stamp(const char *path, py_marshal_stamp *st)
{
    struct stat s;
    if (stat(path, &s) != 0)
        return false;
    st->build = build_id();
    st->mtime_ns = (uint64_t)s.st_mtim.tv_sec * 1000000000ull +
                   (uint64_t)s.st_mtim.tv_nsec;
    st->size = (uint64_t)s.st_size;
    return true;
}

/* The whole content of file `path` (malloc'd, *len set) or NULL. */
static unsigned char *slurp(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat s;
    if (fd < 0)
        return NULL;
    unsigned char *buf = NULL;
    if (fstat(fd, &s) == 0 && S_ISREG(s.st_mode) && s.st_size > 0 &&
        (uint64_t)s.st_size <= MAX_ENTRY && (buf = malloc((size_t)s.st_size))) {
        size_t got = 0;
        while (got < (size_t)s.st_size) {
            ssize_t r = read(fd, buf + got, (size_t)s.st_size - got);
            if (r <= 0)
                break;
            got += (size_t)r;
        }
        if (got != (size_t)s.st_size) {
            free(buf);
            buf = NULL;
        }
        *len = got;
    }
    close(fd);
    return buf;
}

py_code *py_cache_lookup(const char *path)
{
    py_marshal_stamp st;
    char *entry = source_stamp(path, &st) ? entry_path(path) : NULL;
    size_t len = 0;
    unsigned char *data = entry ? slurp(entry, &len) : NULL;
    py_code *co = NULL;
    if (data) {
        py_obj *fn = py_str_from_cstr(path);
        co = fn ? py_code_unmarshal(data, len, &st, fn) : NULL;
        PY_XDECREF(fn);
        if (!co && py_err_occurred())
            py_err_clear();
    }
    free(data);
    free(entry);
    return co;
}

/* Write the entry of `path` for co; failures are ignored (the next run
 * compiles again). */
static void store(const char *path, py_code *co, const py_marshal_stamp *st)
{
    char *entry = entry_path(path), *tmp = NULL;
    size_t len;
    unsigned char *data = entry ? py_code_marshal(co, st, &len) : NULL;
    if (data && asprintf(&tmp, "%s.%ld.tmp", entry, (long)getpid()) >= 0) {
        int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        bool ok = fd >= 0 && write(fd, data, len) == (ssize_t)len;
        if (fd >= 0 && close(fd) != 0)
            ok = false;
        if (!ok || rename(tmp, entry) != 0)
            unlink(tmp);
    }
    free(tmp);
    free(data);
    free(entry);
}

py_code *py_compile_cached(const char *path, const char *src, size_t len)
{
    py_marshal_stamp st;
    bool stamped = source_stamp(path, &st);
    py_code *co = py_compile(src, len, path, PY_MODE_EXEC);
    if (co && stamped && st.build)
        store(path, co, &st);
    return co;
}
