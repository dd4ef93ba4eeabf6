/*
 * parser.h -- recursive-descent parser for the Python 3.11 grammar
 * (without match, async/await), producing the AST of ast.h.
 *
 * Errors are raised as SyntaxError / IndentationError / TabError with
 * CPython 3.11's messages and attributes (msg, filename, lineno, offset,
 * text, end_lineno, end_offset).
 */
#ifndef PY_PARSER_H
#define PY_PARSER_H

#include "ast.h"
#include "code.h"

/* Parse src (UTF-8, len bytes) into an AST_MODULE node allocated in
 * arena.  In PY_MODE_EVAL the module body is one AST_EXPR statement.
 * NULL with an exception set on error. */
ast_node *py_parse(ast_arena *arena, const char *src, size_t len,
                   const char *filename, py_compile_mode mode);

/* Set a SyntaxError-family exception of type t with CPython's args and
 * attributes.  line/col/end_line/end_col are 1-based lines and 0-based
 * byte columns into src (end_col -1: unknown, PY_SE_NO_END: a location
 * CPython gives without an end, end_offset 0); the text attribute is the
 * source line, offsets are converted to 1-based character offsets. */
void py_syntax_error(py_type *t, const char *msg, const char *filename,
                     const char *src, size_t len, int line, int col,
                     int end_line, int end_col);

/* A SyntaxError found after parsing (compiler, symtable): as
 * py_syntax_error, but the text is None for a pseudo-file name such as
 * "<string>" or "<stdin>" (CPython reads the text from the file). */
void py_compile_error(const char *msg, const char *filename, const char *src,
                      size_t len, int line, int col, int end_line, int end_col);

#endif
