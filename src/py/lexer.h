/*
 * lexer.h -- the tokenizer: Python 3.11 source text to tokens.
 *
 * The lexer is pull-based: lx_next() produces one token at a time, so a
 * syntax error early in a file is reported before a tokenizer error later
 * in it (as CPython does).  It tracks indentation (INDENT / DEDENT with a
 * stack, TabError on inconsistent tabs and spaces), bracket nesting
 * (newlines inside brackets are ignored), backslash continuations and
 * comments.  String and number tokens are returned as raw source spans;
 * the parser decodes them.
 *
 * A tokenizer error is reported as a TK_ERROR token; the message, the
 * exception type and the location are in lx->err.  Columns are 0-based
 * UTF-8 byte offsets from the start of the line.
 */
#ifndef PY_LEXER_H
#define PY_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "object.h"

#define LX_OPS(X)                                                              \
    X(LPAR, "(")                                                               \
    X(RPAR, ")")                                                               \
    X(LSQB, "[")                                                               \
    X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}") X(COLON, ":") X(COMMA, ",") X(  \
        SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/")       \
        X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=")  \
            X(DOT, ".") X(PERCENT, "%") X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(  \
                LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(TILDE, "~")           \
                X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(   \
                    DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=")     \
                    X(STAREQUAL, "*=") X(SLASHEQUAL, "/=")                     \
                        X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") X(           \
                            VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=")          \
                            X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=") \
                                X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//") \
                                    X(DOUBLESLASHEQUAL, "//=") X(AT, "@")      \
                                        X(ATEQUAL, "@=") X(RARROW, "->")       \
                                            X(ELLIPSIS, "...")                 \
                                                X(COLONEQUAL, ":=")

#define LX_KEYWORDS(X)                                                         \
    X(FALSE, "False")                                                          \
    X(NONE, "None")                                                            \
    X(TRUE, "True")                                                            \
    X(AND, "and") X(AS, "as") X(ASSERT, "assert") X(ASYNC, "async")            \
        X(AWAIT, "await") X(BREAK, "break") X(CLASS, "class")                  \
            X(CONTINUE, "continue") X(DEF, "def") X(DEL, "del")                \
                X(ELIF, "elif") X(ELSE, "else") X(EXCEPT, "except")            \
                    X(FINALLY, "finally") X(FOR, "for") X(FROM, "from")        \
                        X(GLOBAL, "global") X(IF, "if") X(IMPORT, "import")    \
                            X(IN, "in") X(IS, "is") X(LAMBDA, "lambda")        \
                                X(NONLOCAL, "nonlocal") X(NOT, "not")          \
                                    X(OR, "or") X(PASS, "pass")                \
                                        X(RAISE, "raise") X(RETURN, "return")  \
                                            X(TRY, "try") X(WHILE, "while")    \
                                                X(WITH, "with")                \
                                                    X(YIELD, "yield")

typedef enum {
    TK_ENDMARKER,
    TK_NAME,
    TK_NUMBER,
    TK_STRING,
    TK_NEWLINE,
    TK_INDENT,
    TK_DEDENT,
    TK_ERROR,   /* tokenizer error: see lexer.err */
    TK_BADCHAR, /* a character that starts no token ($, ?, !) */
#define X(n, s) TK_##n,
    LX_OPS(X)
#define TK_FIRST_KEYWORD TK_FALSE
        LX_KEYWORDS(X)
#undef X
            TK_COUNT
} lx_type;

typedef struct lx_token {
    lx_type type;
    int line, col, end_line, end_col;
    const char *s; /* the token's text in the source */
    size_t n;
} lx_token;

/* A column CPython leaves out of a known location: offset or end_offset
 * 0 */
#define PY_SE_NO_END (-2)
/* An end column CPython gives as None (end_offset None) */
#define PY_SE_NONE_END (-3)

typedef struct lx_error {
    py_type *type; /* SyntaxError, IndentationError or TabError */
    char msg[256];
    int line, col, end_line, end_col; /* end_col -1: unknown */
    bool eof_in_brackets;             /* an unclosed bracket at EOF */
    bool line_only; /* CPython's tokenizer raised it: text has no newline */
} lx_error;

#define LX_MAXLEVEL  200
#define LX_MAXINDENT 100

typedef struct lexer {
    const char *src, *end, *cur;
    const char *line_start;
    int line;
    int col_base; /* column of src within its line (f-strings) */
    int indstack[LX_MAXINDENT + 1], altstack[LX_MAXINDENT + 1];
    int indent;       /* top of the indentation stacks */
    int pending;      /* >0: INDENTs to emit, <0: DEDENTs */
    int indent_width; /* width of the last INDENT */
    bool atbol;       /* at the beginning of a logical line */
    bool has_content; /* a token was produced on this line */
    bool fstring;     /* lexing an f-string replacement field */
    struct {
        char ch;
        int line, col;
    } parens[LX_MAXLEVEL];
    int level;
    lx_error err;
} lexer;

/* Start lexing src[0..len) as a file. */
void lx_init(lexer *lx, const char *src, size_t len);
/* Start lexing an f-string expression located at (line, col). */
void lx_init_fstring(lexer *lx, const char *src, size_t len, int line, int col);
/* Produce the next token into *t; returns its type. */
lx_type lx_next(lexer *lx, lx_token *t);
/* The text of line `line` of src (without its newline). */
const char *lx_line_text(const char *src, size_t len, int line, size_t *n);
/* Check that src is valid UTF-8; on failure fill *err and return false. */
bool lx_check_utf8(const char *src, size_t len, lx_error *err);

/* Universal newlines, as CPython's tokenizer: copy src to dst (at least
 * len bytes) with "\r\n" and a lone "\r" turned into "\n"; returns the
 * new length. */
size_t lx_translate_newlines(char *dst, const char *src, size_t len);
/* Decode one UTF-8 code point at *p (advancing it); -1 if invalid. */
long lx_utf8_decode(const char **p, const char *end);

#endif
