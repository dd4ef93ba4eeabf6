"""Helper functions for mod_text_helpers.py."""
import re

WORD_RE = re.compile(r"[A-Za-z']+")
calls = 0


def words(text):
    global calls
    calls += 1
    return [w.lower() for w in WORD_RE.findall(text)]


def title_case(text, small=("a", "an", "the", "of", "in", "and")):
    out = []
    for i, w in enumerate(text.split()):
        out.append(w if i and w.lower() in small else w.capitalize())
    return " ".join(out)


def wrap(text, width):
    lines, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        lines.append(line)
    return lines


if __name__ == "__main__":
    print("this only runs when _textutils is the main program")
