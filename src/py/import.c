/*
 * import.c -- the import system: sys.modules, the builtin (C) modules, and
 * modules and packages found as .py files on sys.path.
 *
 * It does what CPython 3.11's importlib does for source files, in C (CPython
 * runs its importlib bootstrap frozen into the binary; pyscope has no frozen
 * code, so the path finder and the source loader live here):
 *
 *   - a name already in sys.modules is returned as is;
 *   - a top-level name in the builtin table is made by its init function;
 *   - otherwise each folder of the search path (sys.path for a top-level
 *     name, the parent package's __path__ for a submodule) is tried for a
 *     package NAME/__init__.py, then a module NAME.py, then a namespace
 *     package (a folder NAME without __init__.py, kept only if nothing
 *     else matches);
 *   - the module object is put in sys.modules before its code runs, so
 *     circular imports see the partially initialised module; if the code
 *     fails it is removed again and the error propagates;
 *   - a dotted name imports its parents first and becomes an attribute of
 *     its parent once loaded.
 *
 * IMPORT_NAME gives __import__'s result: the top-level package for
 * `import a.b`, the module itself when there is a fromlist, whose names
 * that are submodules are imported too.  Relative imports resolve against
 * the importing module's __package__ (or __name__ and __path__), with
 * CPython's messages.  Modules being executed are remembered so that a
 * failed from-import can say "partially initialized module".
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "marshal.h"
#include "py.h"
#include "vm.h"

typedef struct builtin_module {
    const char *name;
    py_module_init init;
} builtin_module;

static const builtin_module builtin_modules[] = {
    {"builtins", py_init_builtins},
    {"sys", py_init_sys},
    {"gc", py_init_gc},
    {"math", py_init_math},
    {"time", py_init_time},
    {"_random", py_init_random},
    {"_sha512", py_init_sha512},
    {"_md5", py_init_md5},
    {"_sha1", py_init_sha1},
    {"_sha256", py_init_sha256},
    {"_sha3", py_init_sha3},
    {"_blake2", py_init_blake2},
    {"_operator", py_init_operator},
    {"_struct", py_init_struct},
    {"binascii", py_init_binascii},
    {"_csv", py_init_csv},
    {"_json", py_init_json},
    {"cmath", py_init_cmath},
    {"unicodedata", py_init_unicodedata},
    {"_signal", py_init_signal},
    {"_weakref", py_init_weakref},
    {"_thread", py_init_thread},
    {"errno", py_init_errno},
    {"posix", py_init_posix},
    {"_io", py_init_io},
    {"_string", py_init_string},
    {"_collections", py_init_collections},
    {"itertools", py_init_itertools},
    {"_sre", py_init_sre},
    {"_codecs", py_init_codecs},
    {"atexit", py_init_atexit},
    {"_ast", py_init_ast},
    {"_imp", py_init_imp},
    {"_warnings", py_init_warnings},
    {"marshal", py_init_marshal},
    {"_contextvars", py_init_contextvars},
    {"array", py_init_array},
    {"_socket", py_init_socket},
    {"select", py_init_select},
    {"_posixsubprocess", py_init_posixsubprocess},
    {"zlib", py_init_zlib},
    {"_bz2", py_init_bz2},
    {"_lzma", py_init_lzma},
};

#define NBUILTIN (sizeof builtin_modules / sizeof builtin_modules[0])

/* Is name one of the builtin modules? */
bool py_module_is_builtin(const char *name)
{
    for (size_t i = 0; i < NBUILTIN; i++)
        if (strcmp(builtin_modules[i].name, name) == 0)
            return true;
    return false;
}

/* NEW tuple of the builtin module names (sys.builtin_module_names). */
py_obj *py_builtin_module_names(void)
{
    py_obj *t = py_tuple_new((ssize_t)NBUILTIN);
    for (size_t i = 0; t && i < NBUILTIN; i++) {
        py_obj *s = py_str_from_cstr(builtin_modules[i].name);
        if (!s) {
            PY_DECREF(t);
            return NULL;
        }
        PY_TUPLE_ITEMS(t)[i] = s;
    }
    return t;
}

/* ============================================================ errors */

/* py_lookup_attr with a C string name: 1 found (*out NEW), 0 missing,
 * -1 error. */
static int lookup_str(py_obj *o, const char *name, py_obj **out)
{
    py_obj *key = py_str_interned(name);
    *out = NULL;
    if (!key)
        return -1;
    int r = py_lookup_attr(o, key, out);
    py_decref(key);
    return r;
}

/* Set attribute attr of the pending exception to v (BORROWED). */
static void set_exc_attr(const char *attr, py_obj *v)
{
    py_obj *exc = py_err_fetch(), *key = py_str_interned(attr);
    if (exc && key && py_setattr(exc, key, v) == 0) {
        py_err_restore(exc);
        exc = NULL;
    }
    py_xdecref(key);
    py_xdecref(exc);
}

/* ModuleNotFoundError("No module named 'name'") with .name set; when
 * parent is given, "...; 'parent' is not a package".  When CPython's
 * standard library is not installed, the message says which package to
 * install instead of leaving the learner to guess. */
static void not_found(const char *name, const char *parent)
{
    if (parent)
        py_err_format(py_exc_ModuleNotFoundError,
                      "No module named '%s'; '%s' is not a package", name,
                      parent);
    else if (!pyapi_stdlib_present())
        py_err_format(py_exc_ModuleNotFoundError,
                      "No module named '%s' (CPython's standard library is "
                      "not in %s: install the Debian package "
                      "libpython3.11-stdlib, or set PYSCOPE_STDLIB)",
                      name, pyapi_stdlib_dir());
    else
        py_err_format(py_exc_ModuleNotFoundError, "No module named '%s'", name);
    py_obj *n = py_str_from_cstr(name);
    if (n)
        set_exc_attr("name", n);
    py_xdecref(n);
}

/* ==================================================== modules running */

/* Modules whose code is running now (BORROWED, innermost last): from them
 * a failed from-import is "partially initialized". */
static struct {
    py_obj **mods;
    size_t n, cap;
} running;

static int running_push(py_obj *m)
{
    if (running.n == running.cap) {
        size_t cap = running.cap ? 2 * running.cap : 16;
        py_obj **p = realloc(running.mods, cap * sizeof *p);
        if (!p) {
            py_err_nomemory();
            return -1;
        }
        running.mods = p;
        running.cap = cap;
    }
    running.mods[running.n++] = m;
    return 0;
}

static void running_pop(void)
{
    running.n--;
    if (running.n == 0) {
        free(running.mods);
        running.mods = NULL;
        running.cap = 0;
    }
}

static bool is_running(py_obj *m)
{
    for (size_t i = 0; i < running.n; i++)
        if (running.mods[i] == m)
            return true;
    return false;
}

/* ========================================================= the finder */

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* What a search found: a source file (NULL for a namespace package) and,
 * for packages, the package folder.  Both malloc'd. */
typedef struct found {
    char *file, *pkgdir;
} found;

/* A path entry as a folder: "" is the current directory, as CPython's
 * FileFinder makes it (an absolute path, so __file__ is absolute). */
static char *entry_dir(py_obj *entry)
{
    if (!PY_TYPE_CHECK(entry, &py_str_type))
        return NULL;
    if (PY_STR_NBYTES(entry) > 0)
        return strdup(PY_STR_DATA(entry));
    char *cwd = getcwd(NULL, 0);
    return cwd ? cwd : strdup(".");
}

static char *join3(const char *a, const char *b, const char *c)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + 2;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s/%s%s", a, b, c);
    return s;
}

/* Look for module `tail` in folder dir.  1 found (f filled), 0 not,
 * -1 out of memory.  A namespace folder only fills f->pkgdir. */
static int search_dir(const char *dir, const char *tail, found *f)
{
    char *pkg = join3(dir, tail, ""), *init = join3(dir, tail, "/__init__.py");
    char *mod = join3(dir, tail, ".py");
    int r = -1;
    if (!pkg || !init || !mod)
        goto done;
    r = 1;
    if (is_dir(pkg) && is_file(init)) {
        f->file = init, f->pkgdir = pkg, init = pkg = NULL;
    } else if (is_file(mod)) {
        f->file = mod, mod = NULL;
    } else if (!f->pkgdir && is_dir(pkg)) {
        f->pkgdir = pkg, pkg = NULL; /* namespace: keep looking */
        r = 0;
    } else {
        r = 0;
    }
done:
    free(pkg), free(init), free(mod);
    return r;
}

/* Search the folders of `path` (a list, BORROWED) for `tail`.  1, 0, -1. */
static int find_in_path(py_obj *path, const char *tail, found *f)
{
    if (!PY_TYPE_CHECK(path, &py_list_type))
        return 0;
    for (ssize_t i = 0; i < PY_LIST_SIZE(path); i++) {
        char *dir = entry_dir(PY_LIST_ITEMS(path)[i]);
        if (!dir)
            continue;
        int r = search_dir(dir, tail, f);
        free(dir);
        if (r != 0)
            return r;
    }
    return f->pkgdir ? 1 : 0;
}

/* ========================================================= the loader */

/* The whole file as a malloc'd buffer, or NULL with errno. */
static char *read_source(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, fp);
        if (n < cap)
            break;
        char *p = realloc(buf, cap *= 2);
        if (!p)
            free(buf);
        buf = p;
    }
    fclose(fp);
    *len = n;
    return buf;
}

/* Set the module attributes of a file module in d.  0 or -1. */
static int set_file_attrs(py_obj *d, const char *name, const found *f)
{
    py_obj *file = f->file ? py_str_from_cstr(f->file) : py_newref(py_None);
    int rc = file ? py_dict_set_str(d, "__file__", file) : -1;
    py_xdecref(file);
    if (rc == 0 && f->file)
        rc = py_dict_set_str(d, "__cached__", py_None);
    const char *dot = strrchr(name, '.');
    py_obj *pkg = f->pkgdir ? py_str_from_cstr(name)
                  : dot     ? py_str_new(name, (size_t)(dot - name))
                            : py_str_from_cstr("");
    rc = rc == 0 && pkg ? py_dict_set_str(d, "__package__", pkg) : -1;
    py_xdecref(pkg);
    if (rc < 0 || !f->pkgdir)
        return rc;
    py_obj *dir = py_str_from_cstr(f->pkgdir), *path = py_list_new(0);
    rc = dir && path && py_list_append(path, dir) == 0
             ? py_dict_set_str(d, "__path__", path)
             : -1;
    py_xdecref(dir);
    py_xdecref(path);
    return rc;
}

/* Compile and run the file of module m (BORROWED) in its namespace.
 * 0 or -1. */
static int exec_file(py_obj *m, const char *file)
{
    py_code *co = py_cache_lookup(file);
    if (!co) {
        size_t len;
        char *src = read_source(file, &len);
        if (!src) {
            py_err_format(py_exc_ImportError, "cannot read '%s': %s", file,
                          strerror(errno));
            return -1;
        }
        co = py_compile_cached(file, src, len);
        free(src);
        if (!co)
            return -1;
    }
    py_obj *d = py_module_dict(m);
    if (running_push(m) < 0) {
        PY_DECREF(co);
        return -1;
    }
    py_obj *r = py_eval_code(co, d, d);
    running_pop();
    PY_DECREF(co);
    if (!r)
        return -1;
    PY_DECREF(r);
    return 0;
}

/* Create module `name` from what the finder found, run it, and return the
 * module sys.modules holds afterwards (a module may replace itself).  A
 * failure removes it from sys.modules.  NEW or NULL. */
static py_obj *load_found(py_obj *name, const found *f)
{
    const char *s = PY_STR_DATA(name);
    py_obj *m = py_module_new(s);
    if (!m)
        return NULL;
    py_obj *d = py_module_dict(m);
    if (py_dict_set_str(d, "__builtins__", py_rt.builtins_mod) < 0 ||
        set_file_attrs(d, s, f) < 0 || py_dict_set(py_rt.modules, name, m) < 0)
        goto error;
    if (f->file && exec_file(m, f->file) < 0) {
        py_obj *exc = py_err_fetch();
        if (py_dict_get(py_rt.modules, name) &&
            py_dict_del(py_rt.modules, name))
            py_err_clear();
        py_err_restore(exc);
        goto error;
    }
    PY_DECREF(m);
    m = py_dict_get(py_rt.modules, name);
    if (!m) {
        if (!py_err_occurred())
            py_err_format(py_exc_ImportError,
                          "Loaded module %s not found in sys.modules", s);
        return NULL;
    }
    return py_newref(m);
error:
    PY_DECREF(m);
    return NULL;
}

/* Create builtin module bm, register it in sys.modules.  NEW. */
static py_obj *load_builtin(const builtin_module *bm)
{
    py_obj *m = bm->init();
    if (!m)
        return NULL;
    if (py_dict_set_str(py_rt.modules, bm->name, m) < 0) {
        py_decref(m);
        return NULL;
    }
    return m;
}

/* ======================================================= find and load */

/* BORROWED sys.path list, or NULL. */
static py_obj *sys_path(void)
{
    py_obj *ks = py_str_interned("sys"), *kp = py_str_interned("path");
    py_obj *sys = ks && kp ? py_dict_get(py_rt.modules, ks) : NULL;
    py_obj *path = sys ? py_dict_get(py_module_dict(sys), kp) : NULL;
    PY_XDECREF(ks);
    PY_XDECREF(kp);
    return path; /* NULL: missing, or MemoryError pending */
}

/* Bind child module m (BORROWED) as attribute `tail` of parent. */
static int bind_in_parent(py_obj *parent, const char *tail, py_obj *m)
{
    py_obj *key = py_str_from_cstr(tail);
    int rc = key ? py_setattr(parent, key, m) : -1;
    py_xdecref(key);
    return rc;
}

static py_obj *import_absolute(py_obj *name);

/* Import dotted `name` whose parent is the first plen bytes.  NEW. */
static py_obj *import_submodule(py_obj *name, size_t plen)
{
    const char *s = PY_STR_DATA(name);
    py_obj *pname = py_str_new(s, plen);
    py_obj *parent = pname ? import_absolute(pname) : NULL;
    py_xdecref(pname);
    if (!parent)
        return NULL;
    py_obj *m = py_dict_get(py_rt.modules, name); /* the parent may have */
    if (m) {
        PY_DECREF(parent);
        return py_newref(m);
    }
    py_obj *path = NULL;
    if (lookup_str(parent, "__path__", &path) < 0 || !path) {
        if (!py_err_occurred()) {
            char *p = strndup(s, plen);
            not_found(s, p ? p : s);
            free(p);
        }
        PY_DECREF(parent);
        return NULL;
    }
    found f = {NULL, NULL};
    int r = find_in_path(path, s + plen + 1, &f);
    PY_DECREF(path);
    m = r > 0 ? load_found(name, &f) : NULL;
    if (r == 0)
        not_found(s, NULL);
    else if (r < 0)
        py_err_nomemory();
    free(f.file), free(f.pkgdir);
    if (m && bind_in_parent(parent, s + plen + 1, m) < 0)
        PY_CLEAR(m);
    PY_DECREF(parent);
    return m;
}

/* Import a top-level name: builtin table, then sys.path.  NEW. */
static int install_importlib(void);

static py_obj *import_top(py_obj *name)
{
    const char *s = PY_STR_DATA(name);
    for (size_t i = 0; i < NBUILTIN; i++)
        if (strcmp(s, builtin_modules[i].name) == 0)
            return load_builtin(&builtin_modules[i]);
    py_obj *path = sys_path();
    if (!path || !PY_TYPE_CHECK(path, &py_list_type)) {
        if (!py_err_occurred())
            py_err_set(py_exc_ImportError,
                       "sys.path must be a list of directories");
        return NULL;
    }
    found f = {NULL, NULL};
    py_incref(path); /* the module may change sys.path */
    int r = find_in_path(path, s, &f);
    py_decref(path);
    py_obj *m = r > 0 ? load_found(name, &f) : NULL;
    if (m && strcmp(s, "importlib") == 0 && install_importlib() < 0)
        PY_CLEAR(m);
    if (r == 0)
        not_found(s, NULL);
    else if (r < 0)
        py_err_nomemory();
    free(f.file), free(f.pkgdir);
    return m;
}

/* CPython installs importlib's finders at start-up: BuiltinImporter,
 * FrozenImporter and PathFinder on sys.meta_path, FileFinder's hook on
 * sys.path_hooks.  pyscope imports in C and does not need them, so they
 * are installed when Lib's importlib package is first imported, for the
 * code that uses them (importlib.import_module, importlib.util.find_spec)
 * and for sys.meta_path to read as CPython's.  0 or -1. */
static int install_importlib(void)
{
    py_obj *sys = py_dict_get_str(py_rt.modules, "sys");
    py_obj *b = py_dict_get_str(py_rt.modules, "importlib._bootstrap");
    py_obj *e = py_dict_get_str(py_rt.modules, "importlib._bootstrap_external");
    if (!sys || !b || !e)
        return 0;
    py_obj *meta = py_getattr_str(sys, "meta_path"), *r = NULL;
    if (!meta)
        return -1;
    if (PY_TYPE_CHECK(meta, &py_list_type) && PY_LIST_SIZE(meta) == 0) {
        const char *names[] = {"BuiltinImporter", "FrozenImporter"};
        int rc = 0;
        for (int i = 0; rc == 0 && i < 2; i++) {
            py_obj *imp = py_getattr_str(b, names[i]);
            rc = imp ? py_list_append(meta, imp) : -1;
            PY_XDECREF(imp);
        }
        py_obj *install = rc == 0 ? py_getattr_str(e, "_install") : NULL;
        r = install ? py_call(install, &b, 1, NULL) : NULL;
        PY_XDECREF(install);
    } else {
        r = py_none_new();
    }
    PY_DECREF(meta);
    PY_XDECREF(r);
    return r ? 0 : -1;
}

/* Import an absolute dotted name, parents first.  NEW module. */
static py_obj *import_absolute(py_obj *name)
{
    py_obj *m = py_dict_get(py_rt.modules, name);
    if (m) {
        if (m == py_None) {
            py_err_format(py_exc_ModuleNotFoundError,
                          "import of %s halted; None in sys.modules",
                          PY_STR_DATA(name));
            set_exc_attr("name", name);
            return NULL;
        }
        return py_newref(m);
    }
    if (py_err_occurred())
        return NULL;
    const char *s = PY_STR_DATA(name), *dot = strrchr(s, '.');
    if (py_check_interrupt() < 0)
        return NULL;
    return dot ? import_submodule(name, (size_t)(dot - s)) : import_top(name);
}

/* ==================================================== relative names */

/* The package a relative import in `globals` starts from.  NEW str. */
static py_obj *calling_package(py_obj *globals)
{
    py_obj *pkg = globals ? py_dict_get_str(globals, "__package__") : NULL;
    if (pkg && pkg != py_None) {
        if (!PY_TYPE_CHECK(pkg, &py_str_type)) {
            py_err_set(py_exc_TypeError, "package must be a string");
            return NULL;
        }
        return py_newref(pkg);
    }
    py_obj *name = globals ? py_dict_get_str(globals, "__name__") : NULL;
    if (!name || !PY_TYPE_CHECK(name, &py_str_type)) {
        py_err_set(py_exc_KeyError, "'__name__' not in globals");
        return NULL;
    }
    if (py_dict_get_str(globals, "__path__"))
        return py_newref(name);
    const char *s = PY_STR_DATA(name), *dot = strrchr(s, '.');
    return py_str_new(s, dot ? (size_t)(dot - s) : 0);
}

/* The absolute name for `rel` (without its dots) `level` packages up from
 * the caller's package.  NEW str. */
static py_obj *resolve_name(const char *rel, int level, py_obj *globals)
{
    py_obj *pkg = calling_package(globals);
    if (!pkg)
        return NULL;
    if (PY_STR_NBYTES(pkg) == 0) {
        PY_DECREF(pkg);
        py_err_set(py_exc_ImportError,
                   "attempted relative import with no known parent package");
        return NULL;
    }
    const char *p = PY_STR_DATA(pkg);
    size_t n = (size_t)PY_STR_NBYTES(pkg);
    for (int i = 1; i < level; i++) {
        while (n > 0 && p[n - 1] != '.')
            n--;
        if (n == 0) {
            PY_DECREF(pkg);
            py_err_set(py_exc_ImportError,
                       "attempted relative import beyond top-level package");
            return NULL;
        }
        n--;
    }
    py_obj *base = py_str_new(p, n), *r = base;
    PY_DECREF(pkg);
    if (base && *rel) {
        r = py_str_format("%U.%s", base, rel);
        PY_DECREF(base);
    }
    return r;
}

/* ========================================================== fromlist */

/* `from pkg import x`: x may be a submodule not imported yet.  Import
 * pkg.x unless pkg has x; a missing pkg.x is not an error here (IMPORT_FROM
 * reports the name).  0 or -1. */
static int import_from_entry(py_obj *mod, py_obj *modname, py_obj *x)
{
    if (!PY_TYPE_CHECK(x, &py_str_type))
        return 0;
    if (py_str_eq_cstr(x, "*")) {
        py_obj *all = NULL;
        if (lookup_str(mod, "__all__", &all) < 0)
            return -1;
        if (!all)
            return 0;
        py_obj *it = py_iter(all), *item;
        int rc = it ? 0 : -1;
        while (rc == 0 && (item = py_iter_next(it))) {
            if (!py_str_eq_cstr(item, "*"))
                rc = import_from_entry(mod, modname, item);
            py_decref(item);
        }
        py_xdecref(it);
        py_decref(all);
        return rc < 0 || py_err_occurred() ? -1 : 0;
    }
    py_obj *v = NULL;
    if (py_lookup_attr(mod, x, &v) < 0)
        return -1;
    if (v) {
        py_decref(v);
        return 0;
    }
    py_obj *full = py_str_format("%U.%U", modname, x);
    py_obj *sub = full ? import_absolute(full) : NULL;
    if (!sub && full && py_err_matches(PY_OBJ(py_exc_ModuleNotFoundError))) {
        py_obj *exc = py_err_fetch(), *n = NULL;
        int same = lookup_str(exc, "name", &n) > 0 &&
                   PY_TYPE_CHECK(n, &py_str_type) && py_str_eq(n, full);
        py_xdecref(n);
        if (same)
            py_decref(exc);
        else
            py_err_restore(exc);
    }
    py_xdecref(full);
    py_xdecref(sub);
    return py_err_occurred() ? -1 : 0;
}

static int handle_fromlist(py_obj *mod, py_obj *fromlist)
{
    py_obj *path = NULL, *modname = NULL;
    if (lookup_str(mod, "__path__", &path) < 0)
        return -1;
    if (!path)
        return 0;
    py_decref(path);
    modname = py_getattr_str(mod, "__name__");
    if (!modname)
        return -1;
    py_obj *it = py_iter(fromlist), *x;
    int rc = it ? 0 : -1;
    while (rc == 0 && (x = py_iter_next(it))) {
        rc = import_from_entry(mod, modname, x);
        py_decref(x);
    }
    py_xdecref(it);
    py_decref(modname);
    return rc < 0 || py_err_occurred() ? -1 : 0;
}

/* ===================================================== entry points */

static bool fromlist_empty(py_obj *fromlist)
{
    if (!fromlist || fromlist == py_None)
        return true;
    if (PY_TYPE_CHECK(fromlist, &py_tuple_type))
        return PY_TUPLE_SIZE(fromlist) == 0;
    if (PY_TYPE_CHECK(fromlist, &py_list_type))
        return PY_LIST_SIZE(fromlist) == 0;
    return false;
}

/* __import__'s result without a fromlist: the top-level package of the
 * name imported ("a" for a.b.c; for a relative import, the resolved
 * package plus the first component of what was written).  NEW. */
static py_obj *top_package(py_obj *absname, const char *written, int level)
{
    const char *s = PY_STR_DATA(absname);
    size_t n;
    if (level == 0) {
        const char *dot = strchr(s, '.');
        n = dot ? (size_t)(dot - s) : strlen(s);
    } else {
        const char *dot = strchr(written, '.');
        n = strlen(s) - (dot ? strlen(dot) : 0);
    }
    py_obj *top = py_str_new(s, n);
    if (!top)
        return NULL;
    py_obj *m = py_dict_get(py_rt.modules, top);
    if (!m && !py_err_occurred())
        py_err_format(py_exc_KeyError, "'%s' not in sys.modules", s);
    py_decref(top);
    return m ? py_newref(m) : NULL;
}

/* __import__(name, globals, locals, fromlist, level), as CPython's.  name
 * BORROWED; fromlist BORROWED (None, a tuple or a list); NEW module. */
py_obj *py_import_module_level(py_obj *name, py_obj *globals, py_obj *fromlist,
                               int level)
{
    if (!PY_TYPE_CHECK(name, &py_str_type)) {
        py_err_format(py_exc_TypeError, "module name must be str, not %s",
                      py_type_name(name));
        return NULL;
    }
    if (level < 0) {
        py_err_set(py_exc_ValueError, "level must be >= 0");
        return NULL;
    }
    if (level == 0 && PY_STR_NBYTES(name) == 0) {
        py_err_set(py_exc_ValueError, "Empty module name");
        return NULL;
    }
    py_obj *absname = level ? resolve_name(PY_STR_DATA(name), level, globals)
                            : py_newref(name);
    if (!absname)
        return NULL;
    py_obj *m = import_absolute(absname);
    if (m && fromlist_empty(fromlist)) {
        py_obj *top = PY_STR_NBYTES(name) == 0
                          ? py_newref(m)
                          : top_package(absname, PY_STR_DATA(name), level);
        py_decref(m);
        m = top;
    } else if (m && handle_fromlist(m, fromlist) < 0) {
        PY_CLEAR(m);
    }
    py_decref(absname);
    return m;
}

/* IMPORT_NAME: the compiler writes a relative import's level as leading
 * dots of the name ("..mod").  NEW module. */
py_obj *py_import_name(py_obj *name, py_obj *globals, py_obj *fromlist)
{
    const char *s = PY_STR_DATA(name);
    int level = 0;
    while (s[level] == '.')
        level++;
    if (level == 0)
        return py_import_module_level(name, globals, fromlist, 0);
    py_obj *rel = py_str_from_cstr(s + level);
    if (!rel)
        return NULL;
    py_obj *m = py_import_module_level(rel, globals, fromlist, level);
    py_decref(rel);
    return m;
}

/* import name (absolute, from C): NEW module or NULL with ImportError. */
py_obj *py_import(py_obj *name)
{
    if (!PY_TYPE_CHECK(name, &py_str_type)) {
        py_err_format(py_exc_TypeError, "module name must be str, not %s",
                      py_type_name(name));
        return NULL;
    }
    if (PY_STR_NBYTES(name) == 0) {
        py_err_set(py_exc_ValueError, "Empty module name");
        return NULL;
    }
    return import_absolute(name);
}

/* IMPORT_FROM: attribute `name` of module mod, else the submodule
 * mod.name from sys.modules, else CPython's ImportError (naming a
 * partially initialised module when its code is still running).  NEW. */
py_obj *py_import_from(py_obj *mod, py_obj *name)
{
    py_obj *v = NULL;
    if (py_lookup_attr(mod, name, &v) != 0)
        return v;
    py_obj *mname = NULL;
    if (lookup_str(mod, "__name__", &mname) < 0)
        py_err_clear();
    if (mname && PY_TYPE_CHECK(mname, &py_str_type)) {
        py_obj *full = py_str_format("%U.%U", mname, name);
        v = full ? py_dict_get(py_rt.modules, full) : NULL;
        py_xdecref(full);
        if (v) {
            py_decref(mname);
            return py_newref(v);
        }
    } else {
        py_xdecref(mname);
        mname = py_str_from_cstr("<unknown module name>");
        if (!mname)
            return NULL;
    }
    py_obj *file = NULL;
    if (lookup_str(mod, "__file__", &file) < 0)
        py_err_clear();
    const char *where = file && PY_TYPE_CHECK(file, &py_str_type)
                            ? PY_STR_DATA(file)
                            : "unknown location";
    if (is_running(mod))
        py_err_format(py_exc_ImportError,
                      "cannot import name '%s' from partially initialized "
                      "module '%s' (most likely due to a circular import) (%s)",
                      PY_STR_DATA(name), PY_STR_DATA(mname), where);
    else
        py_err_format(py_exc_ImportError,
                      "cannot import name '%s' from '%s' (%s)",
                      PY_STR_DATA(name), PY_STR_DATA(mname), where);
    set_exc_attr("name", mname);
    if (file && PY_TYPE_CHECK(file, &py_str_type))
        set_exc_attr("path", file);
    py_xdecref(file);
    py_decref(mname);
    return NULL;
}
