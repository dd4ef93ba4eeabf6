# Uncaught TypeError from a binary operation deep in a call chain.
def fmt(label, n):
    return label + ": " + n


def report(counts):
    lines = []
    for k in counts:
        lines.append(fmt(k, counts[k]))
    return lines


print(report({"a": "1"}))
print(report({"b": 2}))
