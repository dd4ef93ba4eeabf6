/*
 * test_tokens.c -- unit tests of pyapi_tokens(), the token spans the
 * code pane colours from: kinds, line/column spans, comments recovered
 * between tokens, and recovery from source the lexer rejects (what a
 * learner has half typed).  No interpreter is started: the lexer needs
 * none.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/py.h"
#include "unit.h"

static const char kind_ch[] = "nkNsco!"; /* indexed by pyapi_token_kind */

/* The tokens of src as "kind:text kind:text ..." (malloc'd). */
static char *render(const char *src)
{
    pyapi_token *t;
    size_t n;
    if (pyapi_tokens(src, strlen(src), &t, &n) < 0)
        return NULL;
    size_t cap = 16 + 3 * strlen(src) + 3 * n, k = 0;
    char *out = malloc(cap);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++)
        k +=
            (size_t)snprintf(out + k, cap - k, "%s%c:%.*s", i ? " " : "",
                             kind_ch[t[i].kind], (int)t[i].len, src + t[i].off);
    free(t);
    return out;
}

#define CHECK_TOKENS(src, want)                                                \
    do {                                                                       \
        char *got_ = render(src);                                              \
        CHECK_STR_EQ(got_, want);                                              \
        free(got_);                                                            \
    } while (0)

UNIT_TEST(kinds)
{
    CHECK_TOKENS("x = 42 if y else None\n",
                 "n:x o:= N:42 k:if n:y k:else k:None");
    CHECK_TOKENS("print(f'{a!r}', rb\"\\x00\", 1_000.5e-3, 0x1F)",
                 "n:print o:( s:f'{a!r}' o:, s:rb\"\\x00\" o:, N:1_000.5e-3 "
                 "o:, N:0x1F o:)");
    CHECK_TOKENS("a **= b // c -> ...", "n:a o:**= n:b o:// n:c o:-> o:...");
    CHECK_TOKENS("match = 1", "n:match o:= N:1"); /* soft keyword: a name */
}

UNIT_TEST(comments)
{
    CHECK_TOKENS("# head\nx = 1  # tail\n\n   # indented\ny = '#no'\n",
                 "c:# head n:x o:= N:1 c:# tail c:# indented n:y o:= s:'#no'");
    CHECK_TOKENS("f(1,  # inside brackets\n  2)",
                 "n:f o:( N:1 o:, c:# inside brackets N:2 o:)");
    CHECK_TOKENS("x = 1 \\\n  + 2 # after a continuation",
                 "n:x o:= N:1 o:+ N:2 c:# after a continuation");
}

UNIT_TEST(spans)
{
    const char *src = "def f(n):\n    s = '''a\nb'''\n    return s  # c\n";
    pyapi_token *t;
    size_t n;
    CHECK(pyapi_tokens(src, strlen(src), &t, &n) == 0);
    CHECK_INT_EQ(n, 12);
    CHECK_INT_EQ(t[0].kind, PYTOK_KEYWORD);
    CHECK_INT_EQ(t[0].line, 1);
    CHECK_INT_EQ(t[0].col, 0);
    CHECK_INT_EQ(t[0].end_line, 1);
    CHECK_INT_EQ(t[0].end_col, 3);
    CHECK_INT_EQ(t[8].kind, PYTOK_STRING); /* '''a\nb''' */
    CHECK_INT_EQ(t[8].line, 2);
    CHECK_INT_EQ(t[8].col, 8);
    CHECK_INT_EQ(t[8].end_line, 3);
    CHECK_INT_EQ(t[8].end_col, 4);
    CHECK_INT_EQ(t[8].off, 18);
    CHECK_INT_EQ(t[8].len, 9);
    CHECK_INT_EQ(t[11].kind, PYTOK_COMMENT);
    CHECK_INT_EQ(t[11].line, 4);
    CHECK_INT_EQ(t[11].col, 14);
    CHECK_INT_EQ(t[11].end_col, 17);
    for (size_t i = 1; i < n; i++) /* in order, never overlapping */
        CHECK(t[i].off >= t[i - 1].off + t[i - 1].len);
    free(t);
}

UNIT_TEST(recovery)
{
    /* an unterminated string: the rest of its line, then on */
    CHECK_TOKENS("s = 'abc\nt = 2", "n:s o:= !:'abc n:t o:= N:2");
    /* an unterminated triple-quoted string runs to the end */
    CHECK_TOKENS("x = 1\ndoc = \"\"\"half\nwritten",
                 "n:x o:= N:1 n:doc o:= s:\"\"\"half\nwritten");
    /* a bracket never closed: every token still comes */
    CHECK_TOKENS("f(1, [2,\n# c", "n:f o:( N:1 o:, o:[ N:2 o:, c:# c");
    /* a dedent to no known level: the line is lexed afresh */
    CHECK_TOKENS("if x:\n        a\n# c\n    b = 1\n",
                 "k:if n:x o:: n:a c:# c n:b o:= N:1");
    /* a closing bracket that matches nothing; characters of no token */
    CHECK_TOKENS("a)\nb $ c", "n:a !:) n:b !:$ n:c");
    CHECK_TOKENS("", "");
    /* bytes that are not UTF-8 (the lexer is never given them): that
     * line is an error, the others are lexed */
    CHECK_TOKENS("a = 1\nb\xff = 2\nc", "n:a o:= N:1 !:b\xff = 2 n:c");
    CHECK_TOKENS("\xc3", "!:\xc3");
}

UNIT_TEST(no_interpreter_needed_and_big)
{
    size_t lines = 5000, k = 0;
    char *src = malloc(lines * 32);
    for (size_t i = 0; i < lines; i++)
        k += (size_t)sprintf(src + k, "v%zu = [%zu, 'x']  # n\n", i, i);
    pyapi_token *t;
    size_t n;
    CHECK(pyapi_tokens(src, k, &t, &n) == 0);
    CHECK_INT_EQ(n, lines * 8);
    CHECK_INT_EQ(t[n - 1].line, (long long)lines);
    free(t);
    free(src);
}
