/*
 * lexer.c -- the tokenizer (see lexer.h).
 *
 * Structured like CPython's Parser/tokenizer.c: at the beginning of each
 * logical line the indentation is measured twice (tabs to multiples of 8
 * and tabs as 1 column); disagreeing comparisons between the two mean the
 * file mixes tabs and spaces ambiguously (TabError).  Blank and
 * comment-only lines never produce tokens.  Errors carry CPython 3.11's
 * messages.
 */
#include <stdio.h>
#include <string.h>

#include "lexer.h"
#include "unicode_db.h"

static const struct {
    const char *s;
    lx_type t;
} op_table[] = {
#define X(n, s) {s, TK_##n},
    LX_OPS(X)
#undef X
};

static const struct {
    const char *s;
    lx_type t;
} kw_table[] = {
#define X(n, s) {s, TK_##n},
    LX_KEYWORDS(X)
#undef X
};

/* ---------------------------------------------------------------- utf-8 */

long lx_utf8_decode(const char **pp, const char *end)
{
    const unsigned char *p = (const unsigned char *)*pp;
    unsigned c = *p;
    int n;
    long cp;
    if (c < 0x80) {
        *pp += 1;
        return c;
    }
    if (c >= 0xc2 && c <= 0xdf)
        n = 1, cp = c & 0x1f;
    else if (c >= 0xe0 && c <= 0xef)
        n = 2, cp = c & 0x0f;
    else if (c >= 0xf0 && c <= 0xf4)
        n = 3, cp = c & 0x07;
    else
        return -1;
    if ((const char *)p + n >= end)
        return -1;
    for (int i = 1; i <= n; i++) {
        if ((p[i] & 0xc0) != 0x80)
            return -1;
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
        return -1;
    *pp += n + 1;
    return cp;
}

static const char *utf8_reason(const unsigned char *p, const char *end)
{
    unsigned c = *p;
    int n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
    if (c < 0xc2 || c > 0xf4)
        return "invalid start byte";
    for (int i = 1; i <= n; i++) {
        if ((const char *)p + i >= end)
            return "unexpected end of data";
        if ((p[i] & 0xc0) != 0x80)
            return "invalid continuation byte";
    }
    return "invalid continuation byte";
}

size_t lx_translate_newlines(char *dst, const char *src, size_t len)
{
    size_t k = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] != '\r')
            dst[k++] = src[i];
        else if (i + 1 == len || src[i + 1] != '\n')
            dst[k++] = '\n';
    }
    return k;
}

bool lx_check_utf8(const char *src, size_t len, lx_error *err)
{
    const char *p = src, *end = src + len, *ls = src;
    int line = 1;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x80) {
            if (c == '\n')
                line++, ls = p + 1;
            p++;
            continue;
        }
        const char *q = p;
        if (lx_utf8_decode(&q, end) >= 0) {
            p = q;
            continue;
        }
        memset(err, 0, sizeof *err);
        snprintf(err->msg, sizeof err->msg,
                 "(unicode error) 'utf-8' codec can't decode byte 0x%02x in "
                 "position %d: %s",
                 c, (int)(p - ls), utf8_reason((const unsigned char *)p, end));
        err->line = err->end_line = line;
        err->col = (int)(p - ls);
        err->end_col = -1;
        return false;
    }
    return true;
}

const char *lx_line_text(const char *src, size_t len, int line, size_t *n)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < line && p < end; p++)
        if (*p == '\n')
            l++;
    const char *e = memchr(p, '\n', (size_t)(end - p));
    *n = (size_t)((e ? e : end) - p);
    return p;
}

/* ----------------------------------------------------------------- init */

void lx_init(lexer *lx, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->src = lx->cur = lx->line_start = src;
    lx->end = src + len;
    lx->line = 1;
    lx->atbol = true;
}

void lx_init_fstring(lexer *lx, const char *src, size_t len, int line, int col)
{
    lx_init(lx, src, len);
    lx->line = line;
    lx->col_base = col;
    lx->atbol = false;
    lx->fstring = true;
}

/* --------------------------------------------------------------- errors */

static int col_of(lexer *lx, const char *p)
{
    return (int)(p - lx->line_start) +
           (lx->line_start == lx->src ? lx->col_base : 0);
}

static lx_type error_at(lexer *lx, lx_token *t, py_type *type, int line,
                        int col, int end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static lx_type error_at(lexer *lx, lx_token *t, py_type *type, int line,
                        int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
    va_end(ap);
    lx->err.type = type;
    lx->err.line = lx->err.end_line = line;
    lx->err.col = col;
    lx->err.end_col = end_col;
    lx->err.line_only = false;
    t->type = TK_ERROR;
    t->line = t->end_line = line;
    t->col = col;
    t->end_col = col;
    t->s = lx->cur;
    t->n = 0;
    lx->cur = lx->end; /* stop */
    return TK_ERROR;
}

static lx_type syntax_error(lexer *lx, lx_token *t, const char *p,
                            const char *msg)
{
    int c = col_of(lx, p);
    error_at(lx, t, py_exc_SyntaxError, lx->line, c, c, "%s", msg);
    lx->err.line_only = true;
    return TK_ERROR;
}

/* A SyntaxError CPython's parser reports from a tokenizer code: its text
 * keeps the newline. */
static lx_type keep_newline(lx_type r, lexer *lx, int end_col)
{
    lx->err.line_only = false;
    lx->err.end_col = end_col;
    return r;
}

/* A SyntaxError CPython's tokenizer raises itself: its text is the line
 * without the newline. */
static lx_type tok_error(lx_type r, lexer *lx)
{
    lx->err.line_only = true;
    return r;
}

/* ----------------------------------------------------------- indentation */

/* Measure the indentation at the start of a line; returns false when the
 * line is blank or a comment (it produces no tokens). */
static bool measure_indent(lexer *lx, int *col, int *altcol)
{
    int c = 0, a = 0;
    const char *p = lx->cur;
    for (; p < lx->end; p++) {
        if (*p == ' ')
            c++, a++;
        else if (*p == '\t')
            c = (c / 8 + 1) * 8, a++;
        else if (*p == '\f')
            c = a = 0;
        else
            break;
    }
    lx->cur = p;
    *col = c;
    *altcol = a;
    if (p == lx->end)
        return false;
    return !(*p == '#' || *p == '\n' ||
             (*p == '\r' && p + 1 < lx->end && p[1] == '\n'));
}

static lx_type tab_error(lexer *lx, lx_token *t)
{
    return error_at(lx, t, py_exc_TabError, lx->line, 0, PY_SE_NO_END,
                    "inconsistent use of tabs and spaces in indentation");
}

/* Compare the new line's indentation with the stack; sets lx->pending. */
static lx_type do_indent(lexer *lx, lx_token *t, int col, int altcol)
{
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altstack[lx->indent])
            return tab_error(lx, t);
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= LX_MAXINDENT)
            return error_at(lx, t, py_exc_IndentationError, lx->line, 0, -1,
                            "too many levels of indentation");
        if (altcol <= lx->altstack[lx->indent])
            return tab_error(lx, t);
        lx->pending++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altstack[lx->indent] = altcol;
        lx->indent_width = col;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pending--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            const char *e = memchr(lx->cur, '\n', (size_t)(lx->end - lx->cur));
            int len = (int)((e ? e : lx->end) - lx->line_start);
            return error_at(lx, t, py_exc_IndentationError, lx->line, len, -1,
                            "unindent does not match any outer "
                            "indentation level");
        }
        if (altcol != lx->altstack[lx->indent])
            return tab_error(lx, t);
    }
    return TK_ENDMARKER; /* no error */
}

/* ----------------------------------------------------------- tokens */

static lx_type make(lexer *lx, lx_token *t, lx_type type, const char *start)
{
    t->type = type;
    t->s = start;
    t->n = (size_t)(lx->cur - start);
    t->end_line = lx->line;
    t->end_col = col_of(lx, lx->cur);
    if (type != TK_NEWLINE && type != TK_INDENT && type != TK_DEDENT)
        lx->has_content = true;
    return type;
}

static void begin(lexer *lx, lx_token *t, const char *start)
{
    t->line = lx->line;
    t->col = col_of(lx, start);
}

static bool is_id_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c >= 0x80;
}

static bool is_id_char(unsigned char c)
{
    return is_id_start(c) || (c >= '0' && c <= '9');
}

/* Is cp (decoded, -1 for bad UTF-8) not allowed in an identifier, at its
 * start (XID_Start) or further on (XID_Continue)? */
static bool bad_id_codepoint(long cp, bool start)
{
    if (cp < 0) /* not valid UTF-8: never part of a name */
        return true;
    return !udb_has((uint32_t)cp, start ? UDB_XID_START : UDB_XID_CONTINUE);
}

static bool is_string_prefix(const char *s, size_t n)
{
    char a[3] = {0};
    if (n > 2)
        return false;
    for (size_t i = 0; i < n; i++)
        a[i] = (char)(s[i] | 0x20);
    if (n == 1)
        return strchr("rbuf", a[0]) != NULL;
    return (a[0] == 'r' && (a[1] == 'b' || a[1] == 'f')) ||
           ((a[0] == 'b' || a[0] == 'f') && a[1] == 'r');
}

static lx_type lex_string(lexer *lx, lx_token *t, const char *start)
{
    char q = *lx->cur;
    bool triple = lx->end - lx->cur >= 3 && lx->cur[1] == q && lx->cur[2] == q;
    int sline = lx->line, scol = col_of(lx, start);
    const char *sls = lx->line_start;
    lx->cur += triple ? 3 : 1;
    for (;;) {
        if (lx->cur >= lx->end) {
            int last = lx->line - (lx->end > lx->src && lx->end[-1] == '\n');
            lx->line_start = sls;
            return tok_error(
                error_at(lx, t, py_exc_SyntaxError, sline, scol, scol,
                         "unterminated %sstring literal (detected at line %d)",
                         triple ? "triple-quoted " : "", last),
                lx);
        }
        char c = *lx->cur++;
        if (c == '\\' && lx->cur < lx->end) {
            if (*lx->cur == '\n')
                lx->line++, lx->line_start = lx->cur + 1;
            lx->cur++;
        } else if (c == '\n') {
            if (!triple) {
                lx->line_start = sls;
                return tok_error(
                    error_at(
                        lx, t, py_exc_SyntaxError, sline, scol, scol,
                        "unterminated string literal (detected at line %d)",
                        sline),
                    lx);
            }
            lx->line++;
            lx->line_start = lx->cur;
        } else if (c == q) {
            if (!triple)
                break;
            if (lx->end - lx->cur >= 2 && lx->cur[0] == q && lx->cur[1] == q) {
                lx->cur += 2;
                break;
            }
        }
    }
    t->line = sline;
    t->col = scol;
    return make(lx, t, TK_STRING, start);
}

static lx_type lex_name(lexer *lx, lx_token *t, const char *start)
{
    while (lx->cur < lx->end && is_id_char((unsigned char)*lx->cur)) {
        if ((unsigned char)*lx->cur >= 0x80) {
            const char *p = lx->cur;
            long cp = lx_utf8_decode(&p, lx->end);
            if (bad_id_codepoint(cp, false))
                break;
            lx->cur = p;
        } else {
            lx->cur++;
        }
    }
    size_t n = (size_t)(lx->cur - start);
    if (lx->cur < lx->end && (*lx->cur == '\'' || *lx->cur == '"') &&
        is_string_prefix(start, n))
        return lex_string(lx, t, start);
    if (n >= 2 && n <= 8 && *start >= 'F' && *start <= 'y')
        for (size_t i = 0; i < sizeof kw_table / sizeof *kw_table; i++)
            if (strlen(kw_table[i].s) == n && !memcmp(kw_table[i].s, start, n))
                return make(lx, t, kw_table[i].t, start);
    return make(lx, t, TK_NAME, start);
}

/* Digits of the given class with single underscores between them.
 * Returns false when an underscore is not followed by a digit. */
static bool digits(lexer *lx, int (*ok)(int))
{
    while (lx->cur < lx->end) {
        if (*lx->cur == '_') {
            if (lx->cur + 1 >= lx->end || !ok((unsigned char)lx->cur[1])) {
                lx->cur++;
                return false;
            }
            lx->cur++;
        } else if (ok((unsigned char)*lx->cur)) {
            lx->cur++;
        } else {
            break;
        }
    }
    return true;
}

static int is_dec(int c)
{
    return c >= '0' && c <= '9';
}
static int is_hex(int c)
{
    return is_dec(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
static int is_oct(int c)
{
    return c >= '0' && c <= '7';
}
static int is_bin(int c)
{
    return c == '0' || c == '1';
}

/* After a number: a letter right after it is an error, except for the
 * keywords CPython still accepts there (`1if x else 2`). */
static bool number_end_ok(lexer *lx)
{
    static const char *const kws[] = {"and", "else", "for", "if",
                                      "in",  "is",   "not", "or"};
    if (lx->cur >= lx->end || !is_id_char((unsigned char)*lx->cur))
        return true;
    for (size_t i = 0; i < sizeof kws / sizeof *kws; i++) {
        size_t n = strlen(kws[i]);
        if ((size_t)(lx->end - lx->cur) >= n && !memcmp(lx->cur, kws[i], n))
            return true;
    }
    return false;
}

static lx_type radix_number(lexer *lx, lx_token *t, const char *start)
{
    char k = (char)(lx->cur[1] | 0x20);
    int (*ok)(int) = k == 'x' ? is_hex : k == 'o' ? is_oct : is_bin;
    const char *what = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
    lx->cur += 2;
    if (lx->cur < lx->end && *lx->cur == '_')
        lx->cur++;
    if (lx->cur >= lx->end || !ok((unsigned char)*lx->cur)) {
        char msg[64];
        if (lx->cur < lx->end && is_dec((unsigned char)*lx->cur)) {
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal",
                     *lx->cur, what);
            return syntax_error(lx, t, lx->cur, msg);
        }
        snprintf(msg, sizeof msg, "invalid %s literal", what);
        return syntax_error(lx, t, lx->cur - 1, msg);
    }
    if (!digits(lx, ok) || !number_end_ok(lx) ||
        (lx->cur < lx->end && is_dec((unsigned char)*lx->cur))) {
        char msg[64];
        if (lx->cur < lx->end && is_dec((unsigned char)*lx->cur) && k != 'x') {
            snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal",
                     *lx->cur, what);
            return syntax_error(lx, t, lx->cur, msg);
        }
        snprintf(msg, sizeof msg, "invalid %s literal", what);
        /* CPython points at the last character it accepted */
        return syntax_error(lx, t, lx->cur - 1, msg);
    }
    return make(lx, t, TK_NUMBER, start);
}

static lx_type lex_fraction_exponent(lexer *lx, lx_token *t, const char *start)
{
    if (lx->cur < lx->end && *lx->cur == '.') {
        lx->cur++;
        if (lx->cur < lx->end && is_dec((unsigned char)*lx->cur) &&
            !digits(lx, is_dec))
            return syntax_error(lx, t, lx->cur - 1, "invalid decimal literal");
    }
    if (lx->cur < lx->end && (*lx->cur | 0x20) == 'e') {
        const char *e = lx->cur++;
        if (lx->cur < lx->end && (*lx->cur == '+' || *lx->cur == '-'))
            lx->cur++;
        if (lx->cur >= lx->end || !is_dec((unsigned char)*lx->cur)) {
            if (lx->cur == e + 1 && (size_t)(lx->end - e) >= 4 &&
                !memcmp(e, "else", 4)) {
                lx->cur = e; /* `1else` */
                return make(lx, t, TK_NUMBER, start);
            }
            /* CPython points at the character before the one it stopped
             * at: the digit before a bare 'e', the sign after it */
            return syntax_error(lx, t, lx->cur == e + 1 ? e - 1 : lx->cur - 1,
                                "invalid decimal literal");
        }
        if (!digits(lx, is_dec))
            return syntax_error(lx, t, lx->cur - 1, "invalid decimal literal");
    }
    if (lx->cur < lx->end && (*lx->cur | 0x20) == 'j')
        lx->cur++; /* an imaginary literal: 3j, 1.5e3J */
    if (!number_end_ok(lx))
        return syntax_error(lx, t, lx->cur - 1, "invalid decimal literal");
    return make(lx, t, TK_NUMBER, start);
}

static lx_type lex_number(lexer *lx, lx_token *t, const char *start)
{
    if (*lx->cur == '0' && lx->cur + 1 < lx->end &&
        strchr("xXoObB", lx->cur[1]) && lx->cur[1])
        return radix_number(lx, t, start);
    if (*lx->cur == '.') /* .5 */
        return lex_fraction_exponent(lx, t, start);
    bool zero = *lx->cur == '0';
    if (!digits(lx, is_dec))
        return syntax_error(lx, t, lx->cur - 1, "invalid decimal literal");
    if (zero &&
        (lx->cur >= lx->end || (*lx->cur != '.' && (*lx->cur | 0x20) != 'e' &&
                                (*lx->cur | 0x20) != 'j'))) {
        const char *zeros_end = start;
        while (zeros_end < lx->cur && (*zeros_end == '0' || *zeros_end == '_'))
            zeros_end++;
        for (const char *p = start; p < lx->cur; p++)
            if (*p != '0' && *p != '_') {
                int c = col_of(lx, start);
                return tok_error(
                    error_at(lx, t, py_exc_SyntaxError, lx->line, c,
                             col_of(lx, zeros_end),
                             "leading zeros in decimal "
                             "integer literals are not permitted; use an "
                             "0o prefix for octal integers"),
                    lx);
            }
    }
    return lex_fraction_exponent(lx, t, start);
}

static lx_type lex_op(lexer *lx, lx_token *t, const char *start)
{
    size_t avail = (size_t)(lx->end - lx->cur);
    if (avail >= 2 && lx->cur[0] == '<' && lx->cur[1] == '>') {
        lx->cur += 2; /* CPython's tokenizer reads "<>" as NOTEQUAL */
        return make(lx, t, TK_NOTEQUAL, start);
    }
    for (size_t len = 3; len >= 1; len--) {
        if (len > avail)
            continue;
        for (size_t i = 0; i < sizeof op_table / sizeof *op_table; i++) {
            if (strlen(op_table[i].s) == len &&
                !memcmp(op_table[i].s, lx->cur, len)) {
                lx->cur += len;
                return make(lx, t, op_table[i].t, start);
            }
        }
    }
    lx->cur++;
    return make(lx, t, TK_BADCHAR, start);
}

static lx_type open_paren(lexer *lx, lx_token *t, const char *start)
{
    if (lx->level >= LX_MAXLEVEL)
        return syntax_error(lx, t, start, "too many nested parentheses");
    lx->parens[lx->level].ch = *start;
    lx->parens[lx->level].line = lx->line;
    lx->parens[lx->level].col = col_of(lx, start);
    lx->level++;
    return lex_op(lx, t, start);
}

static lx_type close_paren(lexer *lx, lx_token *t, const char *start)
{
    char c = *start;
    if (lx->level == 0)
        return tok_error(error_at(lx, t, py_exc_SyntaxError, lx->line,
                                  col_of(lx, start), col_of(lx, start),
                                  "%sunmatched '%c'",
                                  lx->fstring ? "f-string: " : "", c),
                         lx);
    char o = lx->parens[lx->level - 1].ch;
    if ((o == '(' && c != ')') || (o == '[' && c != ']') ||
        (o == '{' && c != '}')) {
        int ol = lx->parens[lx->level - 1].line;
        if (ol != lx->line)
            return tok_error(
                error_at(lx, t, py_exc_SyntaxError, lx->line, col_of(lx, start),
                         col_of(lx, start),
                         "closing parenthesis '%c' does not match opening "
                         "parenthesis '%c' on line %d",
                         c, o, ol),
                lx);
        return tok_error(error_at(lx, t, py_exc_SyntaxError, lx->line,
                                  col_of(lx, start), col_of(lx, start),
                                  "closing parenthesis '%c' does not "
                                  "match opening parenthesis '%c'",
                                  c, o),
                         lx);
    }
    lx->level--;
    return lex_op(lx, t, start);
}

/* The number of the source's last line (a final newline ends it). */
static int last_line(const lexer *lx)
{
    const char *end = lx->end;
    if (end > lx->src && end[-1] == '\n')
        end--;
    int n = 1;
    for (const char *q = lx->src; q < end; q++)
        n += *q == '\n';
    return n;
}

static lx_type at_eof(lexer *lx, lx_token *t)
{
    begin(lx, t, lx->cur);
    t->s = lx->cur;
    t->n = 0;
    t->end_line = t->line;
    t->end_col = t->col;
    if (lx->fstring)
        return t->type = TK_ENDMARKER;
    if (lx->level > 0) {
        int i = lx->level - 1;
        error_at(lx, t, py_exc_SyntaxError, lx->parens[i].line,
                 lx->parens[i].col, PY_SE_NO_END, "'%c' was never closed",
                 lx->parens[i].ch);
        lx->err.eof_in_brackets = true;
        /* CPython's text keeps the newline only when the bracket is on
         * the last line (the tokenizer's current one) */
        lx->err.line_only = lx->parens[i].line < last_line(lx);
        return TK_ERROR;
    }
    if (lx->has_content) {
        lx->has_content = false;
        return t->type = TK_NEWLINE;
    }
    if (lx->indent > 0) {
        lx->indent--;
        return t->type = TK_DEDENT;
    }
    return t->type = TK_ENDMARKER;
}

/* Start of a logical line: measure the indentation and queue INDENT /
 * DEDENT tokens.  Returns TK_ERROR on an indentation error, TK_NEWLINE to
 * tell the caller to skip a blank line, TK_ENDMARKER otherwise. */
static lx_type line_start(lexer *lx, lx_token *t)
{
    int col, altcol;
    lx->atbol = false;
    if (!measure_indent(lx, &col, &altcol)) {
        if (lx->cur >= lx->end)
            return TK_ENDMARKER;
        return TK_NEWLINE;
    }
    if (lx->level > 0)
        return TK_ENDMARKER;
    return do_indent(lx, t, col, altcol);
}

static lx_type pending_token(lexer *lx, lx_token *t)
{
    begin(lx, t, lx->cur);
    t->s = lx->cur;
    t->n = 0;
    t->end_line = t->line;
    if (lx->pending > 0) {
        lx->pending--;
        t->end_col = t->col; /* bytes of indentation, tabs counted as 1 */
        t->col = 0;
        return t->type = TK_INDENT;
    }
    lx->pending++;
    t->end_col = t->col;
    return t->type = TK_DEDENT;
}

static void skip_comment(lexer *lx)
{
    while (lx->cur < lx->end && *lx->cur != '\n')
        lx->cur++;
}

static lx_type newline(lexer *lx, lx_token *t, const char *start, bool blank)
{
    lx->cur++;
    bool emit = !blank && lx->level == 0 && !lx->fstring;
    if (emit) {
        begin(lx, t, start);
        make(lx, t, TK_NEWLINE, start);
        lx->has_content = false;
    }
    lx->line++;
    lx->line_start = lx->cur;
    if (!emit && lx->level > 0)
        return TK_COUNT; /* keep going on the same logical line */
    lx->atbol = !lx->fstring;
    return emit ? TK_NEWLINE : TK_COUNT;
}

lx_type lx_next(lexer *lx, lx_token *t)
{
    for (;;) {
        if (lx->pending)
            return pending_token(lx, t);
        if (lx->atbol) {
            lx_type r = line_start(lx, t);
            if (r == TK_ERROR)
                return r;
            if (lx->pending)
                continue;
            if (r == TK_NEWLINE) { /* blank or comment line */
                skip_comment(lx);
                if (lx->cur < lx->end)
                    newline(lx, t, lx->cur, true);
                lx->atbol = true;
                continue;
            }
        }
        while (lx->cur < lx->end && (*lx->cur == ' ' || *lx->cur == '\t' ||
                                     *lx->cur == '\f' || *lx->cur == '\r'))
            lx->cur++;
        if (lx->cur < lx->end && *lx->cur == '#')
            skip_comment(lx);
        if (lx->cur >= lx->end)
            return at_eof(lx, t);
        const char *start = lx->cur;
        unsigned char c = (unsigned char)*start;
        begin(lx, t, start);
        if (c == '\n') {
            if (newline(lx, t, start, !lx->has_content) == TK_NEWLINE)
                return TK_NEWLINE;
            continue;
        }
        if (c == '\\') {
            /* a '\\' last, or (outside brackets) only its newline after */
            if (lx->cur + 1 >= lx->end ||
                (lx->level == 0 && lx->cur + 2 == lx->end &&
                 lx->cur[1] == '\n'))
                return keep_newline(
                    syntax_error(lx, t, start + 1, /* after the '\\' */
                                 "unexpected EOF while parsing"),
                    lx, -1);
            if (lx->cur[1] != '\n' &&
                !(lx->cur[1] == '\r' && lx->cur + 2 < lx->end &&
                  lx->cur[2] == '\n'))
                return keep_newline(
                    syntax_error(lx, t, start + 1,
                                 "unexpected character "
                                 "after line continuation character"),
                    lx, PY_SE_NO_END);
            lx->cur += lx->cur[1] == '\n' ? 2 : 3;
            lx->line++;
            lx->line_start = lx->cur;
            continue;
        }
        if (c >= 0x80) {
            const char *p = lx->cur;
            long cp = lx_utf8_decode(&p, lx->end);
            if (bad_id_codepoint(cp, true) && cp >= 0 &&
                !udb_has((uint32_t)cp, UDB_PRINTABLE))
                return tok_error(
                    error_at(lx, t, py_exc_SyntaxError, lx->line, t->col,
                             t->col, "invalid non-printable character U+%04lX",
                             cp),
                    lx);
            if (bad_id_codepoint(cp, true))
                return tok_error(error_at(lx, t, py_exc_SyntaxError, lx->line,
                                          t->col, t->col,
                                          "invalid character '%.*s' (U+%04lX)",
                                          (int)(p - start), start, cp),
                                 lx);
        }
        if (is_id_start(c))
            return lex_name(lx, t, start);
        if (is_dec(c) || (c == '.' && lx->cur + 1 < lx->end &&
                          is_dec((unsigned char)lx->cur[1])))
            return lex_number(lx, t, start);
        if (c == '\'' || c == '"')
            return lex_string(lx, t, start);
        if (c == '(' || c == '[' || c == '{')
            return open_paren(lx, t, start);
        if (c == ')' || c == ']' || c == '}')
            return close_paren(lx, t, start);
        return lex_op(lx, t, start);
    }
}
