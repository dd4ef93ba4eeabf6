/*
 * fuzz_repl.c -- the REPL's test for incomplete input.
 *
 * The REPL (src/cmd.c, src/tui/app.c) gathers lines until
 * pyapi_is_incomplete() says the statement is complete.  Here the input
 * is cut into lines at its own newlines and at random points (a
 * splitmix64 stream seeded by the first 8 bytes, which are not part of
 * the text), as a learner pressing Enter anywhere would; after each line
 * the text so far is asked about, as the REPL asks.  Invariants:
 *
 *  - the answer is a function of the text: asking twice agrees;
 *  - text that compiles (pyapi_dis succeeds) is never incomplete, nor is
 *    the empty text;
 *  - text reported incomplete does not compile;
 *  - asking leaves no pending error: the interpreter still evaluates.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "py.h"

#define MAX_LINES 48 /* prefixes checked per input; each is a compile */

static uint64_t next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static bool compiles(const char *src, size_t len)
{
    return pyapi_dis(src, len, "<stdin>") == PYR_OK;
}

static void check_prefix(const char *buf, size_t len)
{
    bool inc = pyapi_is_incomplete(buf, len);
    FUZZ_ASSERT(inc == pyapi_is_incomplete(buf, len));
    if (len == 0)
        FUZZ_ASSERT(!inc);
    if (compiles(buf, len))
        FUZZ_ASSERT(!inc);
    py_value v;
    char *err = NULL;
    FUZZ_ASSERT(pyapi_eval("1", &v, &err) == 0);
    FUZZ_ASSERT(v.kind == PYV_INT && v.i == 1);
    pyapi_value_free(&v);
}

/* Feed text as lines; a line ends at a newline of the text or, with
 * probability 1/8 per byte, at a random point where Enter is pressed. */
static void feed(const char *text, size_t n, uint64_t seed)
{
    char *buf = malloc(2 * n + 2);
    if (!buf)
        return;
    size_t len = 0;
    int lines = 0;
    for (size_t i = 0; i < n && lines < MAX_LINES; i++) {
        buf[len++] = text[i];
        bool enter = text[i] == '\n';
        if (!enter && (next(&seed) & 7) == 0) {
            buf[len++] = '\n';
            enter = true;
        }
        if (enter || i + 1 == n) {
            check_prefix(buf, len);
            lines++;
        }
    }
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint64_t seed = 0;
    size_t skip = size < 8 ? size : 8;
    for (size_t i = 0; i < skip; i++)
        seed = seed << 8 | data[i];
    py_options opt;
    memset(&opt, 0, sizeof opt);
    opt.out = opt.err = fuzz_discard;
    opt.readline = fuzz_no_input;
    opt.heap_cap = 64u << 20;
    opt.sealed = true;
    if (pyapi_start(&opt) != 0)
        return 0;
    check_prefix("", 0);
    feed((const char *)data + skip, size - skip, seed);
    pyapi_stop();
    return 0;
}
