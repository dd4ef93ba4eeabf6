# IndentationError (a SyntaxError subclass) gets a single caret.
for x in range(3):
pass
