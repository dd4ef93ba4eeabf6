"""PEP 563: from __future__ import annotations stores annotations as the
text CPython writes for them; dataclasses and get_type_hints read them."""
from __future__ import annotations
import typing
from dataclasses import dataclass, fields

x: int = 1
y: list[dict[str, int | None]]
class C2: pass
class C:
    a: "Node"
    b: typing.Optional[C] = None
    c: tuple[int, ...] = ()
    d: typing.Callable[[int, str], bool | None]
    e: -1 + 2 * 3 ** -4
    f: (a or b) and not c
    g: x if y else z
    h: a < b <= c is not d
    i: dict[str, list[tuple[int]]]
    j: f(1, *a, k=2, **kw)
    k: x[1:2, ::3]
    l: {1: 2, **d}
    m: {1, 2}
    n: [a, b]
    o: (1,)
    p: 1.5e300 * 1e400
    q: b"bytes"
    r: ...
    s: (lambda: 0)
    C2.t: int = 5
def fn(a: int, *b: str, c: C = None, **d: "x") -> list[C]:
    v: int = 3
    return v
print(__annotations__)
print(C.__annotations__)
print(fn.__annotations__)
@dataclass
class D:
    a: int
    b: list[str]
print([f.type for f in fields(D)], D(1, []))
print(typing.get_type_hints(D))
