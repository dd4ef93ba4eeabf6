# An uncaught SyntaxError: assignment to a function call.
values = [1, 2, 3]
len(values) = 4
