-- The worked example of courses/README.md, kept in sync by hand and checked by tests.
return lesson {
  day = 1, title = "Names, objects and references",
  summary = "Assignment binds names; it never copies.",

  step {
    title = "A name is a label",
    text = [[
      `a = [1, 2, 3]` creates a **list object** on the heap and binds the
      name *a* to it. `b = a` binds a second name to the *same* object:
      - nothing is copied;
      - the list's reference count goes up by one.
    ]],
    code = [[
      a = [1, 2, 3]
      b = a
      b.append(4)
      print(a)
    ]],
  },

  predict {
    title = "Counting references",
    code = [[
      import sys
      a = []
      b = a
      print(sys.getrefcount(a))
    ]],
    question = "What does the last line print?",
    choices = { "1", "2", "3" },
    answer = 3,
    explain = "`a` and `b` are two references; the call's argument is a third.",
  },

  step {
    title = "When it goes wrong",
    text = "Errors are part of the lesson too; this one is expected:",
    code = "d = {}\nd['missing']",
    raises = "KeyError",
  },

  quiz {
    title = "Copy or not",
    question = "After `b = a`, does changing `b` change `a`?",
    choices = { "Yes, they are the same object", "No, `b` is a copy" },
    answer = 1,
    explain = "Use `b = a.copy()` or `b = list(a)` for a copy.",
  },

  reflect {
    title = "Interview question",
    question = "Why can `x is y` be True for small ints but False for big ones?",
    model_answer = [[
      CPython caches the ints -5..256, so every 5 is the same object;
      a big int made at run time is a new object each time. Compare values
      with `==`; use `is` only for identity (and `None`).
    ]],
  },

  exercise {
    title = "Make a real copy",
    task = [[
      Write `clone(xs)` that returns a **new** list with the same items,
      so that changing the copy leaves the original alone.
    ]],
    starter = [[
      def clone(xs):
          return xs
    ]],
    solution = [[
      def clone(xs):
          return list(xs)
    ]],
    hints = { "The starter returns the same object.", "`list(xs)` builds a new list." },
    check = function(py)
      py.exec("orig = [1, 2]; c = clone(orig)")
      assert(py.eval("c") and py.eval("c")[2] == 2, "clone([1, 2]) should be [1, 2]")
      assert(not py.is_same("orig", "c"), "clone must return a new list, not the same one")
      py.exec("c.append(3)")
      assert(#py.eval("orig") == 2, "changing the copy changed the original")
    end,
  },

  exercise {
    title = "Greet",
    task = "Read a name with `input()` and print `Hello, NAME!`.",
    input = { "Ada" },
    solution = [[print(f"Hello, {input()}!")]],
    check = function(py)
      assert(py.stdout() == "Hello, Ada!\n", "with the input Ada, print exactly: Hello, Ada!")
      local out = py.run_with_input(py.source(), { "Grace" })
      assert(out == "Hello, Grace!\n", "with the input Grace it printed: " .. out)
    end,
  },
}
