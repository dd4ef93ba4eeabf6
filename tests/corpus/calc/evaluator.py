from .errors import CalcError, ParseError


class _Parser:
    """Recursive descent: expr := term (('+'|'-') term)*, term := factor (('*'|'/') factor)*."""

    def __init__(self, text):
        self.text = text.replace(" ", "")
        self.pos = 0

    def peek(self):
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-") and self.peek():
            op = self.text[self.pos]
            self.pos += 1
            value = value + self.term() if op == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/") and self.peek():
            op = self.text[self.pos]
            self.pos += 1
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif rhs == 0:
                raise CalcError("division by zero")
            else:
                value /= rhs
        return value

    def factor(self):
        ch = self.peek()
        if ch == "(":
            self.pos += 1
            value = self.expr()
            if self.peek() != ")":
                raise ParseError(self.text, self.pos)
            self.pos += 1
            return value
        if ch == "-":
            self.pos += 1
            return -self.factor()
        start = self.pos
        while self.peek().isdigit() or self.peek() == ".":
            self.pos += 1
        if start == self.pos:
            raise ParseError(self.text, self.pos)
        return float(self.text[start:self.pos])


def evaluate(text):
    p = _Parser(text)
    value = p.expr()
    if p.pos != len(p.text):
        raise ParseError(p.text, p.pos)
    return int(value) if value == int(value) else value
