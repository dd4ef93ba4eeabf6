return lesson {
  day = 2, title = "Reference counts",

  predict {
    code = [[
      x = []
      y = x
      print(x is y)
    ]],
    question = "What does the last line print?",
    answer_text = "True",
    explain = "`y = x` binds a second name to the same list.",
  },

  predict {
    title = "Refcount of a fresh list",
    code = "import sys\nz = []\nprint(sys.getrefcount(z))",
    question = "What is printed?",
    choices = { "1", "2", "3" },
    answer = 2,
    explain = "The name z holds one reference and getrefcount's argument another.",
  },

  step {
    title = "Errors are lessons too",
    text = "Dividing by zero raises an exception:",
    code = "1 / 0",
    raises = "ZeroDivisionError",
  },

  reflect {
    question = "Why does `sys.getrefcount` report one more than you expect?",
    model_answer = "Passing the object as an argument creates a temporary reference.",
  },

  exercise {
    title = "Greet",
    task = "Read a name with `input()` and print `Hello, NAME!`.",
    input = { "Ada" },
    solution = [[
      name = input()
      print(f"Hello, {name}!")
    ]],
    check = function(py)
      assert(py.stdout() == "Hello, Ada!\n",
             "with the input Ada your program should print Hello, Ada!")
      local out = py.run_with_input(py.source(), { "Grace" })
      assert(out == "Hello, Grace!\n", "with the input Grace it printed: " .. out)
    end,
  },
}
