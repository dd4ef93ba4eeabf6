# json: dumps/loads options, custom encoders and object hooks.
import json
from dataclasses import asdict, dataclass
from datetime import date


@dataclass
class Event:
    title: str
    day: date
    attendees: list


class EventEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Event):
            return {"__event__": asdict(o)}
        return super().default(o)


def decode(obj):
    if "__date__" in obj:
        return date.fromisoformat(obj["__date__"])
    if "__event__" in obj:
        return Event(**obj["__event__"])
    return obj


events = [Event("standup", date(2026, 12, 7), ["ana", "ben"]), Event("retro", date(2026, 12, 11), [])]
text = json.dumps(events, cls=EventEncoder)
print(text)
back = json.loads(text, object_hook=decode)
print(back == events, back[0])
print(json.dumps({"z": 1, "a": [1, 2, {"b": None}]}, indent=4, sort_keys=True))
print(json.dumps([1.0, 1e100, float("inf"), -0.0, 10 ** 20, True]), json.loads("[1.0, 1e100, Infinity, NaN]")[:3])
try:
    json.dumps({"when": date(2026, 1, 1)})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\u00e9\\n"'), json.loads("  42 "), json.loads("null"))
print(json.dumps({1: "int key", (2): "x", None: 0, True: 1}))
print(json.loads("[1.5]", parse_float=str), json.loads('{"n": 7}', object_pairs_hook=list))
for bad in ["[1, 2", "{\"a\" 1}", "tru", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e.msg} at {e.pos}")
