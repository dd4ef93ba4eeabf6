# An uncaught ValueError from int() on bad input inside a comprehension.
values = ["1", "2", "three", "4"]
print(sum(int(v) for v in values[:2]))
numbers = [int(v) for v in values]
print(numbers)
