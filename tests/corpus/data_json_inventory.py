# Loading JSON from a file, querying it, writing a report back to a temp file.
import json
import os
import tempfile

with open("inventory.json", encoding="utf-8") as f:
    data = json.load(f)

print(data["store"], "-", len(data["items"]), "items, updated", data["updated"])
value = 0.0
for item in data["items"]:
    v = item["price"] * item["qty"]
    value += v
    flags = []
    if item["qty"] < 5:
        flags.append("LOW")
    if item.get("discontinued"):
        flags.append("DISCONTINUED")
    print(f"{item['sku']} {item['name']:<9} {item['qty']:>4} x {item['price']:>6.2f} = {v:>8.2f} {' '.join(flags)}")
print(f"stock value: {value:.2f}")
tags = sorted({t for item in data["items"] for t in item["tags"]})
print("tags:", tags)
print([i["name"] for i in data["items"] if "note" in i and i["note"] is None])

report = {
    "store": data["store"],
    "low_stock": [i["sku"] for i in data["items"] if i["qty"] < 5],
    "value": round(value, 2),
    "ok": True,
    "ratio": None,
}
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "report.json")
    with open(path, "w") as f:
        json.dump(report, f, indent=2, sort_keys=True)
    with open(path) as f:
        text = f.read()
    print(text)
    print(json.loads(text) == report, os.path.exists(path))
print(os.path.exists(path))
print(json.dumps({"b": [1, 2.5, "x"], "a": {"nested": False}}, separators=(",", ":")))
print(json.dumps("naïve ☃"), json.dumps("naïve ☃", ensure_ascii=False))
try:
    json.loads("{'single': 'quotes'}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
