# typing in practice: annotations, Protocol, TypedDict, NamedTuple, Optional, Callable.
from __future__ import annotations

from typing import (Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Protocol, Tuple,
                    TypedDict, TypeVar, Union, get_type_hints, runtime_checkable)

T = TypeVar("T")


class Coord(NamedTuple):
    lat: float
    lon: float
    label: str = ""

    def rounded(self) -> Coord:
        return Coord(round(self.lat, 1), round(self.lon, 1), self.label)


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Box:
    def draw(self) -> str:
        return "[]"


class Blob:
    pass


def first(items: Iterable[T], default: Optional[T] = None) -> Optional[T]:
    for x in items:
        return x
    return default


def apply_all(funcs: List[Callable[[int], int]], x: int) -> List[int]:
    return [f(x) for f in funcs]


def parse(value: Union[str, int, None]) -> int:
    if value is None:
        return 0
    return int(value)


c = Coord(52.3676, 4.9041, "Amsterdam")
print(c, c.rounded(), c._fields, Coord(1, 2))
m: Movie = {"title": "Alien", "year": 1979}
print(m, Movie.__required_keys__ == frozenset(), sorted(Movie.__optional_keys__))
print(isinstance(Box(), Drawable), isinstance(Blob(), Drawable))
print(first([3, 4]), first([], "none"), apply_all([abs, lambda v: v * 2], -3), parse("12"), parse(None))
print(first.__annotations__)
print(get_type_hints(apply_all))
scores: Dict[str, Tuple[int, ...]] = {"ana": (1, 2), "ben": ()}
print(scores, List[int], Optional[str], Union[int, str], Callable[[int], str])
print(list[int], dict[str, Any] == dict[str, Any], Coord.__annotations__)
