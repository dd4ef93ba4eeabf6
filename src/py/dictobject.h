/*
 * dictobject.h -- the dict's layout, for the interpreter's own hot paths
 * (the attribute and global caches of ceval.c read an entry by index).
 * Everything else goes through the functions of core.h.
 */
#ifndef PYSCOPE_DICTOBJECT_H
#define PYSCOPE_DICTOBJECT_H

#include "objects.h"

typedef struct dentry {
    py_hash_t hash;
    py_obj *key; /* NULL: deleted */
    py_obj *value;
} dentry;

typedef struct py_dictobj {
    PY_HEAD;
    ssize_t used;     /* live entries */
    ssize_t nentries; /* entries used (live + deleted) */
    ssize_t usable;   /* entries that fit before a resize */
    size_t mask;      /* index table size - 1 (0 when no table) */
    void *indices;    /* one block: the index table, then the entries */
    dentry *entries;  /* inside the indices' block */
    /* one word for both, so that the version costs no memory: */
    uint64_t ixshift : 8;   /* log2 of an index's width: 0 (1 byte) .. 3 */
    uint64_t kversion : 56; /* 0, or unique per key insertion (2^56 of them
                               never wrap): py_dict_keys_version */
} py_dictobj;

/* The value of entry ix of dict d if its key is key itself (BORROWED),
 * else NULL: a cache's check that the name is still where it was. */
static inline py_obj *py_dict_entry_if(py_obj *d, ssize_t ix, py_obj *key)
{
    py_dictobj *dd = (py_dictobj *)d;
    if ((size_t)ix < (size_t)dd->nentries && dd->entries[ix].key == key)
        return dd->entries[ix].value;
    return NULL;
}

#endif
