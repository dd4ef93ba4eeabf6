# Temperature conversion tables with formatted columns.


def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


print("Celsius  Fahrenheit")
print("-------  ----------")
for c in range(-40, 101, 20):
    print(f"{c:7d}  {c_to_f(c):10.1f}")

print()
print(f"{'F':>6} | {'C':>7} | {'K':>7}")
print("-" * 26)
f = 0
while f <= 212:
    c = f_to_c(f)
    print(f"{f:>6} | {c:>7.2f} | {c + 273.15:>7.2f}")
    f += 53

readings = [21.5, 23.0, 19.75, 25.25, 22.0, 18.5, 24.0]
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
avg = sum(readings) / len(readings)
print(f"\nweekly average: {avg:.3f} C = {c_to_f(avg):.3f} F")
for day, r in zip(days, readings):
    bar = "#" * int(r - 15)
    flag = " <- warmest" if r == max(readings) else (" <- coldest" if r == min(readings) else "")
    print(f"{day} {r:5.2f} {bar:<11}{flag}")
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), int(-3.7), int(3.7))
