return lesson {
  day = 1, title = "Names and objects",

  step {
    title = "A name for an object",
    text = [[
      `a = [1, 2]` makes a *list* and binds the name **a** to it.
    ]],
    code = [[
      a = [1, 2]
      b = a
      print(a is b)
    ]],
  },

  quiz {
    id = "alias",
    question = "After `b = a`, how many list objects exist?",
    choices = { "one", "two" },
    answer = 1,
    explain = "Assignment never copies: both names point at the same list.",
  },

  exercise {
    title = "Double it",
    task = [[Write a function `double(x)` that returns twice `x`.]],
    starter = [[
      def double(x):
          pass
    ]],
    solution = [[
      def double(x):
          return 2 * x
    ]],
    hints = { "Multiply by 2.", "`return 2 * x`" },
    check = function(py)
      assert(py.eval("double(4)") == 8, "double(4) should be 8, got " .. tostring(py.eval("double(4)")))
      assert(py.eval("double('ab')") == "abab", "double('ab') should be 'abab'")
    end,
  },
}
