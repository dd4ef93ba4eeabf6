-- expect: solution_fails.lua:10: exercise 'Add': the solution fails its check: add(2, 3) should be 5
-- expect: solution_fails.lua:13: exercise 'Starter passes': the starter passes the check (it must fail until the learner does the task)
return lesson {
  day = 1, title = "Bad exercises",
  exercise {
    title = "Add",
    task = "Write add(a, b).",
    solution = "def add(a, b):\n    return a - b",
    check = function(py)
      assert(py.eval("add(2, 3)") == 5, "add(2, 3) should be 5")
    end,
  },
  exercise {
    title = "Starter passes",
    task = "Define x.",
    starter = "x = 1",
    solution = "x = 1",
    check = function(py) assert(py.eval("x") == 1, "x should be 1") end,
  },
}
