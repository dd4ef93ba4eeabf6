# A to-do list with a text menu, driven by input().
todos = []


def show():
    if not todos:
        print("  (nothing to do)")
    for i, (task, done) in enumerate(todos, 1):
        mark = "x" if done else " "
        print(f"  {i}. [{mark}] {task}")


def menu():
    print("\n1) add  2) done  3) remove  4) list  5) quit")
    return input("choice: ").strip()


while True:
    choice = menu()
    if choice == "1":
        task = input("task: ").strip()
        if task:
            todos.append([task, False])
            print(f"added {task!r}")
    elif choice in ("2", "3"):
        show()
        try:
            idx = int(input("number: ")) - 1
            if not 0 <= idx < len(todos):
                raise IndexError
        except (ValueError, IndexError):
            print("no such task")
            continue
        if choice == "2":
            todos[idx][1] = True
            print("marked", todos[idx][0])
        else:
            print("removed", todos.pop(idx)[0])
    elif choice == "4":
        show()
    elif choice == "5":
        break
    else:
        print(f"unknown choice {choice!r}")
print(f"\n{sum(d for _, d in todos)}/{len(todos)} done. Goodbye!")
