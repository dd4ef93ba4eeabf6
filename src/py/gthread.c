/*
 * gthread.c -- green threads for _thread (see gthread.h).
 *
 * Each thread but the main one runs on a C stack of its own, mmap'd with
 * a guard page below it, entered with makecontext/swapcontext.  The
 * threads form a ring; a switch saves the per-thread fields of py_rt and
 * the VM's frame stack into the thread leaving and loads the ones of the
 * thread entering, so that py_rt.frame is always the running thread's
 * innermost frame (the panes and the tracer see the running thread).
 *
 * A thread that waits records what it waits for (a predicate, a
 * deadline) and gives the processor to the next thread in the ring that
 * can run.  When none can, the waiting thread sleeps in real time, in
 * slices, until the earliest deadline: with no deadline at all that is a
 * deadlock, which hangs as CPython's does until a Ctrl-C wakes the main
 * thread.  An ended thread's stack is freed by the next thread to run.
 *
 * Under AddressSanitizer every switch is announced with
 * __sanitizer_start_switch_fiber / __sanitizer_finish_switch_fiber.
 */
#include "gthread.h"

#include <math.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "objects.h"
#include "runtime.h"
#include "vm.h"
#include "waitslice.h"

#if defined(__SANITIZE_ADDRESS__)
#define GT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GT_ASAN 1
#endif
#endif

#ifdef GT_ASAN
#include <dlfcn.h>
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#define DEFAULT_STACK ((size_t)16 << 20) /* ASan's frames are larger */
#else
#define DEFAULT_STACK ((size_t)4 << 20)
#endif
#define SMALLEST_STACK  ((size_t)512 << 10) /* below: stack_size() is raised */
#define TICKS_PER_CLOCK 64 /* VM checks between two looks at the clock */

typedef struct gthread {
    struct gthread *next, *prev; /* the ring of living threads */
    unsigned long ident;
    long native_id;
    ucontext_t ctx;
    char *map; /* mmap'd guard page and stack, NULL for the main one */
    size_t map_len;
    const void *stack_lo; /* the stack, for ASan (the main one's as */
    size_t stack_size;    /* ASan reports it) */
    void *fake_stack;     /* ASan's fake stack while switched out */
    void (*body)(void *);
    void *arg;
    /* py_rt's per-thread fields while the thread is switched out */
    py_obj *cur_exc, *handled_exc, *context, *agen_hooks[2];
    py_frame *frame;
    int depth, c_depth;
    uintptr_t c_stack_floor;
    void *chunks; /* the VM's frame stack */
    /* what the thread waits for */
    bool waiting;
    bool (*ready)(void *);
    void *ready_arg;
    double deadline; /* < 0: none */
    struct gthread *zombie_next;
} gthread;

int py_gthread_multi;
double py_gthread_switch_interval = 0.005;

static gthread main_thread;
static gthread *cur;       /* the running thread; NULL before any start */
static gthread *zombies;   /* ended threads whose stacks are still to free */
static gthread *came_from; /* the thread the last switch left */
static long nthreads;      /* besides the main one */
static long native_seq;    /* threads started */
static bool finalizing;    /* threading._shutdown done: the main thread only */
static double next_switch;
static bool main_poked; /* interrupt_main(): for the main's next check */
static unsigned ticks;

/* A Ctrl-C or the host's step budget is waiting for the main thread. */
static bool interrupt_pending(void)
{
    return py_rt.interrupt ||
           (py_rt.step_budget && py_rt.steps > py_rt.step_budget);
}

bool py_gthread_is_main(void)
{
    return !cur || cur == &main_thread;
}

unsigned long py_gthread_ident(void)
{
    return py_gthread_is_main() ? (unsigned long)pthread_self() : cur->ident;
}

long py_gthread_native_id(void)
{
    return py_gthread_is_main() ? (long)getpid() : cur->native_id;
}

void *py_gthread_data(void)
{
    return py_gthread_is_main() ? NULL : cur->arg;
}

long py_gthread_count(void)
{
    return nthreads;
}

/* ========================================================= switching */

static void free_thread(gthread *t)
{
    py_vm_frame_stack_free(t->chunks);
    if (t->map)
        munmap(t->map, t->map_len);
    free(t);
}

/* Free the stacks of the threads that ended (never the running one's). */
static void reap(void)
{
    while (zombies) {
        gthread *z = zombies;
        zombies = z->zombie_next;
        free_thread(z);
    }
}

/* In the thread just resumed or started: tell ASan the switch is over
 * (and where the stack left is), then free what ended threads left. */
static void resumed(void)
{
#ifdef GT_ASAN
    const void *lo;
    size_t size;
    __sanitizer_finish_switch_fiber(cur->fake_stack, &lo, &size);
    if (came_from) {
        came_from->stack_lo = lo;
        came_from->stack_size = size;
    }
#endif
    reap();
}

#ifdef GT_ASAN
/* ASan's swapcontext interceptor writes a warning to stderr on first use
 * (which the conformance tests would see); the switches are announced to
 * it with the fiber calls instead and a new stack's shadow is cleared
 * when the thread is made, so libc's own swapcontext is called. */
static int swap_context(ucontext_t *from, ucontext_t *to)
{
    static int (*libc_swap)(ucontext_t *, const ucontext_t *);
    if (!libc_swap) {
        void *libc = dlopen("libc.so.6", RTLD_LAZY | RTLD_NOLOAD);
        if (libc)
            *(void **)&libc_swap = dlsym(libc, "swapcontext");
        if (!libc_swap)
            libc_swap = swapcontext;
    }
    return libc_swap(from, to);
}
#else
#define swap_context swapcontext
#endif

/* Give the processor to `to`: py_rt's per-thread fields and the frame
 * stack go with the thread.  Returns when this thread is resumed, never
 * when it is dying. */
static void switch_to(gthread *to, bool dying)
{
    gthread *from = cur;
    from->cur_exc = py_rt.cur_exc;
    from->handled_exc = py_rt.handled_exc;
    from->context = py_rt.context;
    from->agen_hooks[0] = py_rt.asyncgen_hooks[0];
    from->agen_hooks[1] = py_rt.asyncgen_hooks[1];
    from->frame = py_rt.frame;
    from->depth = py_rt.depth;
    from->c_depth = py_rt.c_depth;
    from->c_stack_floor = py_rt.c_stack_floor;
    from->chunks = py_vm_frame_stack_swap(to->chunks);
    to->chunks = NULL;
    py_rt.cur_exc = to->cur_exc;
    py_rt.handled_exc = to->handled_exc;
    py_rt.context = to->context;
    py_rt.asyncgen_hooks[0] = to->agen_hooks[0];
    py_rt.asyncgen_hooks[1] = to->agen_hooks[1];
    py_rt.frame = to->frame;
    py_rt.depth = to->depth;
    py_rt.c_depth = to->c_depth;
    py_rt.c_stack_floor = to->c_stack_floor;
    cur = to;
    came_from = from;
    next_switch = py_monotonic() + py_gthread_switch_interval;
#ifdef GT_ASAN
    __sanitizer_start_switch_fiber(dying ? NULL : &from->fake_stack,
                                   to->stack_lo, to->stack_size);
#else
    (void)dying;
#endif
    swap_context(&from->ctx, &to->ctx);
    resumed();
}

/* Can t run now?  The main thread always can when an interrupt waits. */
static bool runnable(gthread *t, double now)
{
    if (finalizing && t != &main_thread)
        return false;
    if (!t->waiting || (t == &main_thread && interrupt_pending()))
        return true;
    if (t->deadline >= 0 && now >= t->deadline)
        return true;
    return t->ready && t->ready(t->ready_arg);
}

/* The first thread from `start` on around the ring that can run, skip
 * excepted, or NULL. */
static gthread *pick(gthread *start, gthread *skip, double now)
{
    gthread *t = start;
    do {
        if (t != skip && runnable(t, now))
            return t;
        t = t->next;
    } while (t != start);
    return NULL;
}

/* Nobody can run: sleep until the earliest deadline of a waiting thread
 * (or `own`), at most one slice, sooner when an interrupt comes. */
static void idle(double now, double own)
{
    double earliest = own;
    if (cur) { /* from the main thread: a dying one is out of the ring */
        gthread *t = &main_thread;
        do {
            if (t->waiting && t->deadline >= 0 &&
                (!finalizing || t == &main_thread) &&
                (earliest < 0 || t->deadline < earliest))
                earliest = t->deadline;
            t = t->next;
        } while (t != &main_thread);
    }
    int ms = PY_WAIT_SLICE_MS;
    if (earliest >= 0 && (earliest - now) * 1000 < ms)
        ms = earliest <= now ? 0 : (int)ceil((earliest - now) * 1000);
    if (!interrupt_pending())
        poll(NULL, 0, ms);
}

void py_gthread_interrupt_main(void)
{
    if (py_gthread_multi)
        main_poked = true;
    else
        py_rt.interrupt = 1;
}

void py_gthread_tick(void)
{
    if (!cur)
        return;
    if (main_poked && cur == &main_thread) {
        main_poked = false;
        py_gthread_multi = nthreads > 0;
        py_rt.interrupt = 1;
    }
    if (finalizing)
        return;
    if (cur != &main_thread && interrupt_pending()) {
        switch_to(&main_thread, false);
        return;
    }
    if (++ticks % TICKS_PER_CLOCK)
        return;
    double now = py_monotonic();
    if (now < next_switch)
        return;
    gthread *n = pick(cur->next, cur, now);
    if (n)
        switch_to(n, false);
    else
        next_switch = now + py_gthread_switch_interval;
}

void py_gthread_yield(void)
{
    if (!cur || finalizing)
        return;
    gthread *n = pick(cur->next, cur, py_monotonic());
    if (n)
        switch_to(n, false);
}

/* Record what the running thread waits for (pick reads it). */
static void wait_for(bool (*ready)(void *), void *arg, double deadline)
{
    if (cur) {
        cur->waiting = true;
        cur->ready = ready;
        cur->ready_arg = arg;
        cur->deadline = deadline;
    }
}

int py_gthread_wait(bool (*ready)(void *), void *arg, double deadline)
{
    int r;
    wait_for(ready, arg, deadline);
    for (;;) {
        if (ready && ready(arg)) {
            r = 1;
            break;
        }
        if (py_gthread_is_main() && interrupt_pending()) {
            /* a Python SIGINT handler runs as a running thread; when it
             * takes the signal the wait goes on (a thread it started
             * may be the first ever: cur is set then) */
            if (cur)
                cur->waiting = false;
            if (py_check_interrupt() < 0) {
                r = -1;
                break;
            }
            wait_for(ready, arg, deadline);
            continue;
        }
        double now = py_monotonic();
        if (deadline >= 0 && now >= deadline) {
            r = 0;
            break;
        }
        gthread *n = cur ? pick(cur->next, cur, now) : NULL;
        if (n)
            switch_to(n, false);
        else
            idle(now, deadline);
    }
    if (cur)
        cur->waiting = false;
    return r;
}

/* ====================================================== thread life */

/* The first thing a new thread runs (on its own stack). */
static void entry(void)
{
    resumed();
    gthread *t = cur;
    t->body(t->arg);
    /* what the thread owned of the runtime goes with it */
    py_err_clear();
    PY_CLEAR(py_rt.handled_exc);
    PY_CLEAR(py_rt.context);
    PY_CLEAR(py_rt.asyncgen_hooks[0]);
    PY_CLEAR(py_rt.asyncgen_hooks[1]);
    t->prev->next = t->next;
    t->next->prev = t->prev;
    nthreads--;
    py_gthread_multi = nthreads > 0 || main_poked; /* ticks hand it over */
    t->zombie_next = zombies;
    zombies = t;
    for (;;) { /* the main thread is still in the ring */
        double now = py_monotonic();
        gthread *n = pick(t->next, NULL, now);
        if (n)
            switch_to(n, true);
        idle(now, -1);
    }
}

/* Make the main thread the ring's first member (first start). */
static void init_main(void)
{
    memset(&main_thread, 0, sizeof main_thread);
    main_thread.next = main_thread.prev = &main_thread;
    main_thread.ident = (unsigned long)pthread_self();
    main_thread.native_id = (long)getpid();
    main_thread.deadline = -1;
    cur = &main_thread;
}

int py_gthread_start(void (*body)(void *), void *arg, size_t stack_size,
                     unsigned long *ident)
{
    if (finalizing) {
        py_err_set(py_exc_RuntimeError, "can't create new thread at "
                                        "interpreter shutdown");
        return -1;
    }
    if (!cur)
        init_main();
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t size = stack_size ? stack_size : DEFAULT_STACK;
    if (size < SMALLEST_STACK)
        size = SMALLEST_STACK;
    size = (size + page - 1) / page * page;
    gthread *t = calloc(1, sizeof *t);
    char *map =
        t ? mmap(NULL, size + page, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0)
          : MAP_FAILED;
    if (map == MAP_FAILED || mprotect(map, page, PROT_NONE) < 0 ||
        getcontext(&t->ctx) < 0) {
        if (map != MAP_FAILED)
            munmap(map, size + page);
        free(t);
        py_err_set(py_exc_RuntimeError, "can't start new thread");
        return -1;
    }
#ifdef GT_ASAN
    ASAN_UNPOISON_MEMORY_REGION(map + page, size); /* an old stack's marks */
#endif
    t->map = map;
    t->map_len = size + page;
    t->stack_lo = map + page;
    t->stack_size = size;
    t->ctx.uc_stack.ss_sp = map + page;
    t->ctx.uc_stack.ss_size = size;
    t->ctx.uc_link = NULL;
    makecontext(&t->ctx, entry, 0);
    /* never reused while the interpreter lives (threading keys by it):
     * the main thread's, plus a step per thread started */
    native_seq++;
    *ident = t->ident =
        (unsigned long)pthread_self() + (unsigned long)native_seq * 0x10000;
    t->native_id = (long)getpid() + native_seq;
    t->body = body;
    t->arg = arg;
    t->deadline = -1;
    /* as stack_floor() in runtime.c: a quarter kept for unwinding */
    size_t reserve = size / 4 > ((size_t)256 << 10) ? size / 4 : 256 << 10;
    t->c_stack_floor = (uintptr_t)(map + page) + reserve;
    t->next = &main_thread; /* last in the ring */
    t->prev = main_thread.prev;
    main_thread.prev->next = t;
    main_thread.prev = t;
    nthreads++;
    py_gthread_multi = 1;
    return 0;
}

py_frame *py_gthread_suspended_frame(size_t i, bool *more)
{
    *more = false;
    if (!cur)
        return NULL;
    gthread *t = &main_thread; /* the ring, the running one left out */
    do {
        if (t != cur && i-- == 0) {
            *more = true;
            return t->frame;
        }
        t = t->next;
    } while (t != &main_thread);
    return NULL;
}

/* ========================================================= teardown */

void py_gthread_shutdown(void)
{
    if (!py_gthread_is_main() || !py_rt.modules)
        return;
    py_obj *mod = py_dict_get_str(py_rt.modules, "threading");
    if (mod) {
        PY_INCREF(mod);
        py_obj *r = py_call_method(mod, "_shutdown", NULL, 0);
        if (r)
            PY_DECREF(r);
        else
            py_err_write_unraisable(mod);
        PY_DECREF(mod);
    }
    if (cur)
        finalizing = true;
}

void py_gthread_fini(void)
{
    if (cur && cur == &main_thread) {
        gthread *t = main_thread.next;
        while (t != &main_thread) {
            gthread *n = t->next;
            free_thread(t); /* its references go with the heap */
            t = n;
        }
    }
    reap();
    cur = NULL;
    came_from = NULL;
    nthreads = 0;
    native_seq = 0;
    py_gthread_multi = 0;
    finalizing = false;
    main_poked = false;
    memset(&main_thread, 0, sizeof main_thread);
}
