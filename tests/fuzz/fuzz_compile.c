/*
 * fuzz_compile.c -- source -> tokens -> AST -> bytecode, nothing run.
 *
 * The input is Python source.  pyapi_tokens() must split it into spans
 * that lie inside the source, in order, without overlap, with line and
 * column numbers that agree with the offsets; then the source is
 * compiled (lexer, parser, symbol table, compiler) and disassembled by
 * pyapi_dis() in a fresh interpreter whose output goes nowhere.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "py.h"

/* A position in the source: moves forward only, so checking every token
 * costs one pass over the text. */
typedef struct {
    const char *src;
    size_t len, off, line_start;
    int line;
} cursor;

/* Move c to offset off (>= c->off) and give its line (1-based) and
 * column (byte, 0-based): lines end at \n, \r\n or a lone \r
 * (universal newlines). */
static void position(cursor *c, size_t off, int *line, int *col)
{
    for (; c->off < off; c->off++) {
        char ch = c->src[c->off];
        if (ch == '\n' || (ch == '\r' && (c->off + 1 >= c->len ||
                                          c->src[c->off + 1] != '\n'))) {
            c->line++;
            c->line_start = c->off + 1;
        }
    }
    *line = c->line;
    *col = (int)(off - c->line_start);
}

/* pyapi_tokens() spans: inside the text, in order, without overlap,
 * with positions that agree with the offsets. */
static void check_tokens(const char *src, size_t len)
{
    pyapi_token *t = NULL;
    size_t n = 0;
    if (pyapi_tokens(src, len, &t, &n) != 0)
        return; /* out of memory */
    FUZZ_ASSERT(n == 0 || t != NULL);
    cursor c = {.src = src, .len = len, .line = 1};
    size_t prev_end = 0;
    for (size_t i = 0; i < n; i++) {
        FUZZ_ASSERT(t[i].kind >= PYTOK_NAME && t[i].kind <= PYTOK_ERROR);
        FUZZ_ASSERT(t[i].off >= prev_end);
        FUZZ_ASSERT(t[i].off + t[i].len <= len);
        FUZZ_ASSERT(t[i].len > 0);
        FUZZ_ASSERT(t[i].line >= 1 && t[i].line <= t[i].end_line);
        int line, col;
        position(&c, t[i].off, &line, &col);
        FUZZ_ASSERT(line == t[i].line && col == t[i].col);
        position(&c, t[i].off + t[i].len, &line, &col);
        FUZZ_ASSERT(line == t[i].end_line && col == t[i].end_col);
        prev_end = t[i].off + t[i].len;
    }
    free(t);
}

static void compile(const char *src, size_t len)
{
    py_options opt;
    memset(&opt, 0, sizeof opt);
    opt.out = opt.err = fuzz_discard;
    opt.readline = fuzz_no_input;
    opt.heap_cap = 64u << 20;
    opt.sealed = true;
    if (pyapi_start(&opt) != 0)
        return;
    pyapi_dis(src, len, "<fuzz>");
    pyapi_stop();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* An exact-size copy: reads past the end are caught by ASan. */
    char *src = malloc(size ? size : 1);
    if (!src)
        return 0;
    memcpy(src, data, size);
    check_tokens(src, size);
    compile(src, size);
    free(src);
    return 0;
}
