›3ÂEp-n# A syntax error in the program itself: CPython prints the location,
# the line and a caret, then the message.
x = 1
print(x
y = 2
