# list method errors and messages, including list(...) of non-iterables and bad indices.
lst = [1, 2, 3]
for call in [lambda: lst[3], lambda: lst[-4], lambda: lst["0"], lambda: lst[1.0], lambda: lst.index(9),
             lambda: lst.remove("1"), lambda: list(5), lambda: list(None), lambda: lst.pop(3), lambda: [].pop(-1),
             lambda: lst.insert("a", 1), lambda: lst.sort(key=1), lambda: lst + 5, lambda: lst * "2",
             lambda: lst.count(), lambda: lst.__setitem__(5, 0), lambda: lst.reverse(1), lambda: lst.copy(1)]:
    try:
        print(call())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(lst, lst.index(3, -1), lst[-3], list(range(0)), [*lst, *"ab"])
