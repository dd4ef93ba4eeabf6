class CalcError(Exception):
    """Base class for calculator errors."""


class ParseError(CalcError):
    def __init__(self, text, pos):
        super().__init__(f"unexpected {text[pos]!r} at position {pos}" if pos < len(text) else "unexpected end")
        self.pos = pos
