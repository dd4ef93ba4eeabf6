"""Module-level state: imported once, shared by every importer."""
print("_counter_mod is being executed")
count = 0
seen = []


def bump(who):
    global count
    count += 1
    seen.append(who)
    return count


def main():
    print("running _counter_mod as a program")


if __name__ == "__main__":
    main()
