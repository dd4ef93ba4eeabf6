"""A singly linked list with the usual operations."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Optional


@dataclass
class Node:
    data: Any
    next: Optional[Node] = None


class LinkedList:
    """
    >>> ll = LinkedList()
    >>> ll.append(1); ll.append(2); ll.push(0)
    >>> ll
    0 -> 1 -> 2
    >>> len(ll), 2 in ll, 5 in ll
    (3, True, False)
    >>> ll.reverse(); list(ll)
    [2, 1, 0]
    >>> ll.remove(1); ll
    2 -> 0
    >>> ll.remove(9)
    Traceback (most recent call last):
        ...
    ValueError: 9 not in list
    """

    def __init__(self) -> None:
        self.head: Optional[Node] = None

    def __iter__(self) -> Iterator[Any]:
        node = self.head
        while node:
            yield node.data
            node = node.next

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return " -> ".join(map(str, self))

    def push(self, data: Any) -> None:
        self.head = Node(data, self.head)

    def append(self, data: Any) -> None:
        if self.head is None:
            self.head = Node(data)
            return
        node = self.head
        while node.next:
            node = node.next
        node.next = Node(data)

    def remove(self, data: Any) -> None:
        prev, node = None, self.head
        while node:
            if node.data == data:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                return
            prev, node = node, node.next
        raise ValueError(f"{data} not in list")

    def reverse(self) -> None:
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    ll = LinkedList()
    for word in "to be or not to be".split():
        ll.append(word)
    print(ll, "| length", len(ll))
    ll.reverse()
    print(ll)
    print(Node(1, Node(2)))
