# json.tool-like usage: read a document, pretty-print it sorted, re-read it,
# compact it; and json.dump / json.load through file objects.
import io
import json

doc = '''{"users": [{"name": "Zoë", "id": 2, "tags": ["a", "b"], "score": 9.5},
 {"name": "Ünal", "id": 1, "tags": [], "score": null, "emoji": "\\ud83d\\ude00"}],
 "count": 2, "ok": true}'''
obj = json.loads(doc)
pretty = json.dumps(obj, indent=4, sort_keys=True, ensure_ascii=False)
print(pretty)
print(json.loads(pretty) == obj)
compact = json.dumps(obj, separators=(",", ":"), sort_keys=True)
print(compact)
buf = io.StringIO()
json.dump(obj, buf, indent=2)
buf.seek(0)
print(json.load(buf) == obj, len(buf.getvalue()))
# json lines
lines = "\n".join(json.dumps({"i": i, "sq": i * i, "s": "é" * i}) for i in range(5))
print([json.loads(line)["sq"] for line in lines.splitlines()])
# iterencode chunks
print(list(json.JSONEncoder().iterencode({"a": [1, 2]}, _one_shot=True)))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]}))[:3])
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}), json.JSONEncoder().encode("é"))
# raw_decode over a stream of documents in one non-ASCII str: positions
# are code point indices, forwards, backwards and on other strs
dec = json.JSONDecoder()
stream = '{"a": "é"} ["😀", 1]  "€x" 7 {"b": {"c": "ü"}}'
i, out = 0, []
while i < len(stream):
    o, i = dec.raw_decode(stream, i)
    out.append((o, i))
    while i < len(stream) and stream[i] == " ":
        i += 1
print(out)
print(dec.raw_decode(stream, 11), dec.raw_decode(stream, 0), dec.raw_decode(stream, 21))
other = stream.replace("é", "e").replace("😀", "s")
print(dec.raw_decode(other, 11), dec.raw_decode(other + "", 21))
try:
    dec.raw_decode(stream, 20)
except json.JSONDecodeError as e:
    print(e)
stream2 = "".join(json.dumps({"n": n, "s": "é" * n}, ensure_ascii=False) for n in range(30))
i, total = 0, 0
while i < len(stream2):
    o, i = dec.raw_decode(stream2, i)
    total += o["n"] + len(o["s"])
print(total, i == len(stream2))
