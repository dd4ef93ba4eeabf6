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
