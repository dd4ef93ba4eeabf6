# The _ast node classes: hierarchy, _fields, _attributes, class-level
# defaults for optional fields, the AST constructor, shared singletons.
import ast
import _ast

print(ast.AST, ast.AST.__module__, ast.AST._fields, ast.AST._attributes)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.PyCF_ONLY_AST == _ast.PyCF_ONLY_AST)

names = sorted(n for n in dir(_ast)
               if not n.startswith("__") and isinstance(getattr(_ast, n), type))
print(len(names))
for n in names:
    c = getattr(_ast, n)
    own = {k: v for k, v in vars(c).items() if v is None}
    print(n, c.__bases__[0].__name__, c._fields, c.__match_args__,
          getattr(c, "_attributes", None), sorted(own), (c.__doc__ or "").splitlines()[:1])

print(issubclass(ast.FunctionDef, ast.stmt), issubclass(ast.Name, ast.expr),
      issubclass(ast.Add, ast.operator), issubclass(ast.Load, ast.expr_context))
print(ast.Module.__mro__)

# the constructor
n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, vars(n).keys())
n = ast.Name(id="y", ctx=ast.Store(), lineno=3, col_offset=4)
print(n.id, n.lineno, n.col_offset, n.end_lineno)
n = ast.Name("z")
print(n.id, hasattr(n, "ctx"))
c = ast.Constant(5)
print(c.value, c.kind, ast.dump(c))
b = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(ast.dump(b))
print(ast.unparse(b))
e = ast.Expression(b)
ast.fix_missing_locations(e)
print(b.lineno, b.col_offset, b.left.end_lineno)
print(compile(ast.parse("1 + 2", mode="eval"), "<ast>", "eval", ast.PyCF_ONLY_AST).body.left.value)
f = ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [ast.Pass()], [])
print(ast.dump(f))
print(f.returns, f.type_comment)

class MyNode(ast.AST):
    _fields = ("a", "b")

m = MyNode(1, b=2)
print(m.a, m.b, isinstance(m, ast.AST))
print(MyNode(1).__reduce__()[0] is MyNode, MyNode(1).__reduce__()[1:])

# singletons from the parser, not from the constructor
t1 = ast.parse("x").body[0].value
t2 = ast.parse("y + z").body[0].value
print(t1.ctx is t2.left.ctx, t1.ctx is ast.Load(), type(t2.op).__name__)

# match statements on nodes (__match_args__)
match ast.parse("a = 1").body[0]:
    case ast.Assign([ast.Name(id=name)], ast.Constant(value=v)):
        print("assign", name, v)

# copying and walking
import copy
tree = ast.parse("def f(a):\n    return a * 2\n")
tree2 = copy.deepcopy(tree)
print(ast.dump(tree) == ast.dump(tree2), tree2.body[0] is not tree.body[0])
print([type(n).__name__ for n in ast.walk(tree)])
print([n.id for n in ast.walk(tree) if isinstance(n, ast.Name)])

class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(node.id.upper(), node.ctx), node)

print(ast.unparse(Renamer().visit(tree)))
