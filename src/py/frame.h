/*
 * frame.h -- execution frames, as CPython 3.11 splits them.
 *
 * A py_frame is the VM's working record of one running code object: plain
 * C memory, not an object.  Frames of ordinary calls are bump-allocated on
 * the VM's frame stack (a list of chunks, LIFO); a generator's frame lives
 * in memory the generator owns.  Creating a frame therefore allocates no
 * object and moves no GC count, as in CPython 3.11.
 *
 * A frame *object* (py_frame_type, struct py_frameobj) is made lazily, only
 * when Python code needs to see the frame: a traceback entry, f_back, the
 * trace hook's consumers.  While the frame runs, the object reads through
 * to it; when the frame ends while the object is still referenced, the
 * object takes a snapshot (code, globals, locals as a dict, line, back
 * frame object) and lives on alone.
 *
 * Layout of localsplus (see code.h): fast locals, then cells (cellvars then
 * freevars), then the value stack; the block stack follows it.
 */
#ifndef PY_FRAME_H
#define PY_FRAME_H

#include "code.h"
#include "runtime.h"

/* A handler block: where to jump and the value-stack depth to restore. */
typedef struct py_block {
    int32_t handler; /* instruction index of the handler */
    int32_t level;   /* stack depth (slots above the stack base) */
} py_block;

/* Where a frame's memory comes from. */
enum {
    PY_FRAME_ON_STACK = 0, /* VM frame stack, popped on return */
    PY_FRAME_GENERATOR = 1 /* owned by a generator object */
};

struct py_frame {
    py_code *code;     /* owned */
    py_obj *func;      /* owned function, or NULL for module/exec code */
    py_obj *globals;   /* dict: BORROWED from func when it has one (as */
    py_obj *builtins;  /* CPython 3.11's frames), else owned (owns_ns) */
    py_obj *locals;    /* owned dict (module / class bodies) or NULL */
    py_frame *back;    /* calling frame (BORROWED), NULL at the bottom */
    py_obj *frame_obj; /* owned frame object, made lazily, or NULL */
    py_obj *gen;       /* generator running this frame (BORROWED) or NULL */
    py_obj **stack;    /* base of the value stack */
    py_obj **sp;       /* next free stack slot */
    py_block *blocks;  /* block stack (code->nblocks entries) */
    int nblock;        /* blocks in use */
    int ip;            /* index of the next instruction */
    const uint32_t *next_instr; /* just after the instruction being run
                                   (one store per instruction, no
                                   arithmetic), NULL before the first:
                                   py_frame_lasti */
    int lastline;               /* last line reported to the trace hook */
    int trace_lasti;            /* instruction of the last trace check */
    uint8_t owner;              /* PY_FRAME_ON_STACK / PY_FRAME_GENERATOR */
    uint8_t entry;        /* entered from C: RETURN_VALUE leaves the loop */
    uint8_t owns_ns;      /* globals and builtins are owned references */
    int nlocalsplus;      /* nlocals + ncells */
    py_obj *localsplus[]; /* locals, cells, stack (then blocks) */
};

/* Index of the instruction f is running, -1 before the first. */
static inline int py_frame_lasti(const py_frame *f)
{
    return f->next_instr ? (int)(f->next_instr - f->code->code) - 1 : -1;
}

/* Bytes a frame for co needs. */
size_t py_frame_size(const py_code *co);

/* Line number the frame is at (its current instruction's line). */
int py_frame_line(py_frame *f);

/* Frame object of f, created on first use.  BORROWED (f keeps it). */
py_obj *py_frame_object(py_frame *f);

/* f is ending: drop its link to its frame object, letting the object take
 * a snapshot first if anything else still holds it. */
void py_frame_detach(py_frame *f);

/* NEW dict of f's local variables (fast locals and cells by name), or
 * f->locals itself (new reference) for module and class bodies. */
py_obj *py_frame_locals_dict(py_frame *f);

/* The frame object type's instance layout (private to frame.c, exposed
 * for traceback.c and the front end's snapshots). */
typedef struct py_frameobj {
    PY_HEAD;
    py_frame *f;     /* live frame, or NULL once detached */
    py_obj *code;    /* snapshot after detach (owned) */
    py_obj *globals; /* snapshot (owned) */
    py_obj *locals;  /* snapshot dict (owned) */
    py_obj *back;    /* snapshot: frame object of the caller (owned) */
    int lineno;      /* snapshot */
} py_frameobj;

#endif
