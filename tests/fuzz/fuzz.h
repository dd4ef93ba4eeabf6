/*
 * fuzz.h -- what the libFuzzer harnesses of tests/fuzz/ share.
 *
 * Each harness defines LLVMFuzzerTestOneInput and nothing else that
 * libFuzzer needs: set-up happens lazily on the first input, so the same
 * file links against libFuzzer (fuzz build) or against replay.c, a plain
 * main() that feeds files to it (normal and ASan builds).  Harnesses go
 * through the public headers only (src/py/py.h, src/lesson/lesson.h).
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An output sink that drops what it is given (py_options.out / .err). */
void fuzz_discard(void *ud, const char *s, size_t n);
/* input() in fuzzed code: always EOF. */
char *fuzz_no_input(void *ud, const char *prompt);

/* A private scratch folder for the process (mkdtemp under $TMPDIR or
 * /tmp), created on first use; fuzz_clear_dir() empties it again. */
const char *fuzz_scratch_dir(void);
void fuzz_clear_dir(const char *dir);
/* Write size bytes to dir/name; the path is malloc'd (NULL on error). */
char *fuzz_write_file(const char *dir, const char *name, const uint8_t *data,
                      size_t size);

/* An invariant of the code under test does not hold: print and abort,
 * which libFuzzer reports as a crash with the input. */
#define FUZZ_ASSERT(cond)                                                      \
    do {                                                                       \
        if (!(cond))                                                           \
            fuzz_fail(__FILE__, __LINE__, #cond);                              \
    } while (0)
_Noreturn void fuzz_fail(const char *file, int line, const char *what);

#endif
