# Visitor pattern over a tiny expression tree.


class Node:
    def accept(self, visitor):
        method = getattr(visitor, "visit_" + type(self).__name__)
        return method(self)


class Num(Node):
    def __init__(self, value):
        self.value = value


class Var(Node):
    def __init__(self, name):
        self.name = name


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Printer:
    def visit_Num(self, n):
        return str(n.value)

    def visit_Var(self, n):
        return n.name

    def visit_BinOp(self, n):
        return f"({n.left.accept(self)} {n.op} {n.right.accept(self)})"


class Evaluator:
    def __init__(self, env):
        self.env = env

    def visit_Num(self, n):
        return n.value

    def visit_Var(self, n):
        try:
            return self.env[n.name]
        except KeyError:
            raise NameError(f"unbound variable {n.name}") from None

    def visit_BinOp(self, n):
        a, b = n.left.accept(self), n.right.accept(self)
        return {"+": a + b, "-": a - b, "*": a * b}[n.op]


class Simplifier:
    def visit_Num(self, n):
        return n

    def visit_Var(self, n):
        return n

    def visit_BinOp(self, n):
        left, right = n.left.accept(self), n.right.accept(self)
        if isinstance(left, Num) and isinstance(right, Num):
            return Num(Evaluator({}).visit_BinOp(BinOp(n.op, left, right)))
        if n.op == "*" and (isinstance(right, Num) and right.value == 1):
            return left
        if n.op == "+" and isinstance(right, Num) and right.value == 0:
            return left
        return BinOp(n.op, left, right)


class VarCollector:
    def __init__(self):
        self.names = set()

    def visit_Num(self, n):
        pass

    def visit_Var(self, n):
        self.names.add(n.name)

    def visit_BinOp(self, n):
        n.left.accept(self)
        n.right.accept(self)


expr = BinOp("+", BinOp("*", Var("x"), BinOp("-", Num(3), Num(2))), BinOp("*", Num(4), Var("y")))
printer = Printer()
print(expr.accept(printer))
print(expr.accept(Simplifier()).accept(printer))
print(expr.accept(Evaluator({"x": 10, "y": 0.5})))
vc = VarCollector()
expr.accept(vc)
print(sorted(vc.names))
try:
    expr.accept(Evaluator({"x": 1}))
except NameError as e:
    print("NameError:", e)
