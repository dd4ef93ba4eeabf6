/*
 * fuzz_run.c -- Python source run on the VM under the learner's limits.
 *
 * Each input is run by pyapi_exec() in a fresh interpreter with the
 * containment the lesson engine gives learner code (src/lesson/
 * lesson_int.h), scaled down so that an input reaching a limit costs a
 * fraction of a second under the sanitizers: the default recursion limit
 * (1000, as the TUI's stepper), input() at EOF, output sinks that
 * discard, the sealed mode of lesson code (no file access, imports from
 * the standard library only), a heap cap of FUZZ_HEAP_CAP (16 MiB; the
 * engine's is 64 MiB, and the frame stack may grow as large again) and a
 * step budget of FUZZ_STEPS (1,000,000 instructions; the engine's is 20
 * million).  The mechanisms exercised are the same.  PYSCOPE_FUZZ_STEPS
 * overrides the budget.  Whatever the code does, the host must survive
 * and free everything.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "py.h"

#define FUZZ_HEAP_CAP (16u << 20)
#define FUZZ_STEPS    1000000u

static uint64_t step_budget(void)
{
    static uint64_t steps;
    if (!steps) {
        const char *e = getenv("PYSCOPE_FUZZ_STEPS");
        steps = e && *e ? strtoull(e, NULL, 10) : FUZZ_STEPS;
        if (!steps)
            steps = FUZZ_STEPS;
    }
    return steps;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *src = malloc(size ? size : 1);
    if (!src)
        return 0;
    memcpy(src, data, size);
    py_options opt;
    memset(&opt, 0, sizeof opt);
    opt.out = opt.err = fuzz_discard;
    opt.readline = fuzz_no_input;
    opt.heap_cap = FUZZ_HEAP_CAP;
    opt.recursion_limit = 1000;
    opt.sealed = true; /* as lesson code: no files, no script folder */
    if (pyapi_start(&opt) == 0) {
        pyapi_set_step_budget(step_budget());
        pyr_status st = pyapi_exec(src, size, "<fuzz>");
        FUZZ_ASSERT(st >= PYR_OK && st <= PYR_EXIT);
        pyapi_stop();
    }
    free(src);
    return 0;
}
