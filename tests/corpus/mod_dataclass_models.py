# Importing dataclass models from a helper module with __all__.
from _models import *
import _models

tasks = [
    Task("write tests", Priority.HIGH, ["dev"]),
    Task("water plants", Priority.LOW),
    Task("release", Priority.HIGH, ["dev", "ops"]),
    Task("reply to mail"),
]
tasks[1].done = True
for t in sorted(tasks):
    mark = "x" if t.done else " "
    print(f"[{mark}] {t.priority.name:<6} {t.title:<14} {','.join(t.tags)}")
print(tasks[3])
print(Task("a") == Task("a", tags=["x"]), Task("a") < Task("b"), Task("z", Priority.HIGH) < Task("a"))
print(sorted(n for n in dir() if not n.startswith("_")))
print(_models.__all__, "field" in dir(_models))
by_tag = {}
for t in tasks:
    for tag in t.tags:
        by_tag.setdefault(tag, []).append(t.title)
print(by_tag)
