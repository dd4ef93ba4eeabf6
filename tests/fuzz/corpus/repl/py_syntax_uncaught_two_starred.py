&u#ô=ı±v# Two starred targets: the caret spans the whole target list.
a, *b, *c = range(5)
