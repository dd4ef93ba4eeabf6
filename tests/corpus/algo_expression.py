"""Tokenize and evaluate arithmetic with the shunting-yard algorithm."""
from __future__ import annotations

import operator
import re
from typing import Callable, Union

Token = Union[int, str]
OPS: dict[str, tuple[int, Callable[[int, int], int]]] = {
    "+": (1, operator.add),
    "-": (1, operator.sub),
    "*": (2, operator.mul),
    "/": (2, operator.floordiv),
    "%": (2, operator.mod),
}


def tokenize(expr: str) -> list[Token]:
    """
    >>> tokenize("3 + 4*(2 - 1)")
    [3, '+', 4, '*', '(', 2, '-', 1, ')']
    """
    return [int(t) if t.isdigit() else t for t in re.findall(r"\d+|[-+*/%()]", expr)]


def to_rpn(tokens: list[Token]) -> list[Token]:
    """
    >>> to_rpn(tokenize("3 + 4 * 2"))
    [3, 4, 2, '*', '+']
    >>> to_rpn(tokenize("(1 + 2) * 3"))
    [1, 2, '+', 3, '*']
    """
    out: list[Token] = []
    stack: list[str] = []
    for tok in tokens:
        if isinstance(tok, int):
            out.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != "(" and OPS[stack[-1]][0] >= OPS[tok][0]:
                out.append(stack.pop())
            stack.append(tok)
    while stack:
        out.append(stack.pop())
    return out


def eval_rpn(rpn: list[Token]) -> int:
    """
    >>> eval_rpn([2, 3, 4, '*', '+'])
    14
    >>> eval_rpn([1, 0, '/'])
    Traceback (most recent call last):
        ...
    ZeroDivisionError: integer division or modulo by zero
    """
    stack: list[int] = []
    for tok in rpn:
        if isinstance(tok, int):
            stack.append(tok)
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok][1](a, b))
    return stack[0]


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    for e in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 % 4", "2 * (3 + 4) * (5 - 1)", "7 - 10 - 3"]:
        rpn = to_rpn(tokenize(e))
        print(f"{e:<22} => {' '.join(map(str, rpn)):<20} = {eval_rpn(rpn)}")
