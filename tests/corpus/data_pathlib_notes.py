# Reading a folder of note files beside the program with pathlib.
from pathlib import Path

here = Path(__file__).parent
notes_dir = here / "notes"
print(notes_dir.name, notes_dir.is_dir(), (here / "nothing-here").exists())
files = sorted(notes_dir.glob("*.txt"))
print([f.name for f in files], [f.stem for f in files], {f.suffix for f in files})
total = 0
for f in files:
    lines = [l for l in f.read_text().splitlines() if l.strip()]
    total += len(lines)
    print(f"{f.stem:<10} {len(lines)} item(s): {'; '.join(lines)}")
print("total items:", total)
print(sorted(p.name for p in notes_dir.iterdir()))
p = Path("notes") / "monday.txt"
print(p, p.parts, p.with_suffix(".bak"), p.parent, p.read_text().count("\n"))
print(Path("a/b/../c.tar.gz").suffixes, Path("/x/y").is_absolute(), Path("x").joinpath("y", "z").as_posix())
with (notes_dir / "tuesday.txt").open() as fh:
    print(repr(fh.readline()))
try:
    (notes_dir / "friday.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
