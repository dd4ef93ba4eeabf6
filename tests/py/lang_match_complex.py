# Complex literal patterns in match (1+2j, -1-2j, in mappings and
# or-patterns) and CPython's SyntaxErrors for malformed ones.
def m(x):
    match x:
        case 1+2j: return 'a'
        case -1-2j: return 'b'
        case -1+2j: return 'c'
        case 0j: return 'zero-j'
        case -3j: return 'neg-j'
        case 1.5-0.5j: return 'float-complex'
        case {'k': 2+3j}: return 'in-map'
        case [1-1j, *_]: return 'in-seq'
        case -5: return 'neg-int'
        case -2.5: return 'neg-float'
        case _: return 'other'
for v in [1+2j, -1-2j, -1+2j, 0, 0j, -3j, 1.5-0.5j, {'k': 2+3j}, [1-1j, 5], -5, -2.5, 3j, complex(1, 2), 1]:
    print(repr(v), m(v))
for src in ['case 1+2:', 'case 1-2:', 'case 1j+2:', 'case 1j+2j:', 'case -1j-2j:', 'case 1+2+3j:', 'case a+1j:', 'case 1+a:', 'case -(1):', 'case --1:', 'case 1.5+2:', 'case "a"+1j:', 'case 1+-2j:', 'case -1:', 'case - 1 + 2j:', 'case 0x10+1j:', 'case 1_0+1_0j:', 'case 1*2j:']:
    code = 'match x:\n    ' + src + '\n        pass\n'
    try:
        compile(code, '<m>', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg, e.lineno, e.offset)
import ast
print(ast.dump(ast.parse('match x:\n case -1+2j: pass\n case {1-2j: y}: pass').body[0].cases[0].pattern))
print(ast.dump(ast.parse('match x:\n case {1-2j: y}: pass').body[0].cases[0].pattern))
def n(x):
    match x:
        case {1-2j: y}: return y
        case (0.5+1j) | (2-1j): return 'or'
    return None
print(n({1-2j: 'val'}), n(2-1j), n(0.5+1j), n(3))
