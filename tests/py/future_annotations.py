from __future__ import annotations
import typing
class Node:
    next: Node | None = None
    items: list[dict[str, int | None]]
    def push(self, other: Node, *args: int, k: "str" = 'x', **kw: tuple[int, ...]) -> Node:
        return self
    def f(self, x: Callable[[int], str], y: lambda a, b=1, *c, d, **e: a + b * 2 ** -1, z: Optional["Node"] = None) -> {a: b for a in c if d}: pass
    def g(self, a: (1, 2), b: x[1:2, ::3], c: not a or b and c, d: -x ** 2, e: (-x) ** 2, f: a if b else c, g: f"x{y!r:>{w}}z", h: [*a], i: {1, 2}, j: ..., k: 1 .real, l: a < b <= c is not d) -> 3.5e10: pass
print(Node.__annotations__)
print(Node.push.__annotations__)
print(Node.f.__annotations__)
print(Node.g.__annotations__)
x: int = 5
print(__annotations__)
def h(): 
    y: Undefined = 1
    return y
print(h())
print(typing.get_type_hints(Node.push))
