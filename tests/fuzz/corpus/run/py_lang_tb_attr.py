# Uncaught AttributeError on a chained attribute access in a method.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def third(self):
        return self.next.next.value


n = Node(1, Node(2, Node(3)))
print(n.third())
print(n.next.third())
