# An uncaught SyntaxError: unterminated string literal.
greeting = "hello
print(greeting)
