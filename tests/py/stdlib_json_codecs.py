# CPython's json, codecs, textwrap, string, collections, functools, typing
# and copy modules run on pyscope (traceback imports; formatting an
# exception needs BaseExceptionGroup, not there yet).
import json, codecs, traceback, textwrap, string, collections, functools, typing, copy
data = {"name": "Ada", "langs": ["py", "c"], "age": 36, "ok": True, "none": None, "pi": 3.14}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.loads(s) == data, json.dumps([1, "é"], ensure_ascii=False), json.dumps("é"))
print(json.dumps(data, indent=2, sort_keys=True))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9", "utf-8"), codecs.lookup("UTF-8").name)
print("x\u20acy".encode("ascii", "backslashreplace"), "x\u20acy".encode("ascii", "xmlcharrefreplace"), b"a\xffb".decode("utf-8", "replace"))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 2, width=30))
print(textwrap.dedent("    a\n      b"), string.Template("$who likes $what").substitute(who="Ann", what="tea"))
print(traceback.format_list([("f.py", 3, "g", "x = 1")]))
print(collections.Counter("abracadabra").most_common(2), collections.namedtuple("P", "x y")(1, 2))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.lru_cache()(lambda n: n * 2)(4))
print(copy.deepcopy([[1, 2], {"a": [3]}]), typing.Optional[int], typing.List[str])
