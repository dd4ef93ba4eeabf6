# Read student names and scores from input, print a report.
n = int(input("How many students? "))
students = []
for i in range(n):
    name = input(f"Name of student {i + 1}: ").strip().title()
    raw = input(f"Scores for {name}: ")
    scores = [int(s) for s in raw.split(",")]
    students.append((name, scores))
print()


def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"


print(f"{'Name':<10}{'Avg':>7}  Grade  Scores")
best = None
for name, scores in students:
    avg = sum(scores) / len(scores)
    print(f"{name:<10}{avg:>7.2f}  {letter(avg):^5}  {scores}")
    if best is None or avg > best[1]:
        best = (name, avg)
print(f"Top student: {best[0]} ({best[1]:.1f})")
all_scores = [s for _, sc in students for s in sc]
print("class range:", min(all_scores), "-", max(all_scores))
rest = input()
print("extra line:", repr(rest))
input()
