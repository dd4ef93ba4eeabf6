# Literals: numbers, strings, escapes, bytes, containers.
print(1_000_000, 0x_ff, 0o17, 0b1010, 1e3, 1.5e-3, .5, 5., 1_0.0_1)
print(0, 00, 123456789012345678901234567890)
print('a' "b" '''c''' """d""")
print('tab\there', 'nl\\n', 'quote\'s', "dq\"s", '\x41\u00e9\U0001F600', '\101')
print(r'raw\n', R'raw\t', rb'\x00', b'bytes\x00\xff')
print('line one \
continued')
print("""multi
line""")
print([1, 2, 3], (1,), (), {}, {1, 2}, {'a': 1, **{'b': 2}}, [*range(3), 4])
print(..., None, True, False)
x = [
    1,
    2,  # comment
    3,
]
print(x, len(x))
print(-5, - 5, +3, ~7, not 0, 2 ** -1, -2 ** 2)
big = [i for i in range(100)]
t = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
     21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)
print(sum(big), sum(t), len(t))
print({'k%d' % i: i for i in range(3)})
