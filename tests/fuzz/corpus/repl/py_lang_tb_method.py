2ªRP®™¾§# Uncaught error inside a method called through another method.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def pop_two(self):
        a = self.pop()
        b = self.pop()
        return a, b


s = Stack()
s.push(1)
print(s.pop_two())
