# A generic Stack and Queue with typing.Generic, plus a bracket checker.
from __future__ import annotations

from typing import Generic, Iterator, List, Optional, TypeVar

T = TypeVar("T")


class EmptyError(Exception):
    pass


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


class Queue(Generic[T]):
    def __init__(self) -> None:
        self._in: Stack[T] = Stack()
        self._out: Stack[T] = Stack()

    def put(self, item: T) -> None:
        self._in.push(item)

    def get(self) -> T:
        if not len(self._out):
            while len(self._in):
                self._out.push(self._in.pop())
        return self._out.pop()


def balanced(text: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    s: Stack[str] = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            try:
                if s.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return len(s) == 0


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), s.peek(), list(s))
print(s.pop(), s.pop(), s)
q: Queue[str] = Queue()
for w in "first second third".split():
    q.put(w)
print(q.get(), end=" ")
q.put("fourth")
print(q.get(), q.get(), q.get())
try:
    q.get()
except EmptyError as e:
    print("EmptyError:", e)
for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "}"]:
    print(f"{t!r:12} {balanced(t)}")
print(Stack[int], Stack.__parameters__)
