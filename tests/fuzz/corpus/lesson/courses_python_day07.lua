-- Day 7: lambdas and closures -- lambda as an expression, map/filter/
-- sorted(key=...), late binding in loops and the i=i fix.
return lesson {
  day = 7, title = "Lambdas and closures",
  summary = [[
    Small anonymous functions, the functions that take functions (map,
    filter, sorted), and the late-binding surprise of lambdas made in a
    loop, watched in the stack pane.
  ]],

  step {
    title = "lambda is an expression",
    text = [[
      `lambda params: expression` builds a function object, like `def`,
      but it is an *expression*: you can write it wherever a value is
      expected, for example as an argument. Its body is a single
      expression whose value is returned; statements (`return`, `if`
      blocks, assignments) are not allowed inside.

      The object on the heap is an ordinary function. Its name is just
      `<lambda>`, because a lambda has no name of its own.
    ]],
    code = [[
      square = lambda x: x * x
      print(square(5))
      print(type(square).__name__, square.__name__)

      def square_def(x):
          return x * x

      print(square_def(5))
    ]],
  },

  step {
    title = "map and filter",
    text = [[
      `map(f, items)` calls `f` on each item; `filter(f, items)` keeps the
      items for which `f` returns something true. Both return **lazy
      iterators**: nothing is computed until you loop over them, for
      example with `list(...)`. Lambdas are handy here because the function
      is used only once.

      A list comprehension often reads better:
      `[x * 2 for x in nums]` is the same as `list(map(lambda x: x * 2, nums))`.
    ]],
    code = [[
      nums = [1, 2, 3, 4, 5, 6]
      doubled = map(lambda x: x * 2, nums)
      print(type(doubled).__name__)
      print(list(doubled))
      print(list(filter(lambda n: n % 2 == 0, nums)))
      print([x * 2 for x in nums if x % 2 == 0])
    ]],
  },

  step {
    title = "sorted with a key",
    text = [[
      `sorted(items, key=f)` sorts by `f(item)` instead of by the items
      themselves; `reverse=True` flips the order. The key is called once
      per item. Sorting is *stable*: items with equal keys keep their
      original order. In the last line Ann and Cid are both 31, and Ann
      stays before Cid even with `reverse=True`.

      `sorted` always builds a **new** list (a new object in the Heap
      pane); `list.sort()` sorts a list in place and returns None.
    ]],
    code = [[
      words = ["banana", "fig", "apple", "kiwi"]
      print(sorted(words, key=len))
      print(sorted(words, key=lambda w: w[-1]))
      people = [("Ann", 31), ("Bob", 25), ("Cid", 31)]
      print(sorted(people, key=lambda p: p[1], reverse=True))
    ]],
  },

  step {
    title = "Lambdas are closures too",
    text = [[
      A lambda can use names from the function around it, exactly as a
      nested `def` can (day 5). It does not copy their values: it keeps a
      reference to the variable's **cell** and reads the cell each time it
      is called.

      `make_multiplier(3)` returns a lambda holding a cell with `n = 3`.
      Each call of `make_multiplier` has its own cell, so `double` and
      `triple` do not interfere. Watch the cells on the heap outlive the
      frames that made them.
    ]],
    code = [[
      def make_multiplier(n):
          return lambda x: x * n

      double = make_multiplier(2)
      triple = make_multiplier(3)
      print(double(5), triple(5))
    ]],
  },

  predict {
    title = "Three lambdas from a loop",
    code = [[
      funcs = [lambda x: x * i for i in range(3)]
      print(funcs[1](2))
    ]],
    question = "What does `funcs[1](2)` print?",
    choices = { "0", "2", "4", "an error: i is not defined" },
    answer = 3,
    explain = [[
      The three lambdas do not store the value `i` had when each was
      made; they share the single variable `i` of the comprehension. By
      the time any of them is called, the loop is over and `i` is 2, so
      `funcs[1](2)` computes 2 * 2 = 4.
    ]],
  },

  step {
    title = "Late binding, in the stack pane",
    text = [[
      Step into the list comprehension with `s`. It runs in a frame of its
      own, and because the lambdas use `i`, that `i` lives in a **cell**.
      Each lambda created in the loop keeps a reference to *the same*
      cell, the Heap pane shows one cell with three arrows into it.

      When the comprehension ends, the cell holds 2, the last value. Only
      then are the functions called, and each reads 2: this is *late
      binding*, names in a function body are looked up when the function
      runs, not when it is defined.

      The comprehension has its own scope, so after it ends there is no
      `i` at module level at all: the cell is reachable only through the
      lambdas.
    ]],
    code = [[
      funcs = [lambda x: x * i for i in range(3)]
      print([f(2) for f in funcs])
      print(funcs[0].__closure__[0] is funcs[2].__closure__[0])
      print("i" in globals())
    ]],
  },

  predict {
    title = "A plain loop",
    code = [[
      funcs = []
      for i in range(3):
          funcs.append(lambda: i)
      i = 10
      print([f() for f in funcs])
    ]],
    question = "What is printed?",
    choices = { "[0, 1, 2]", "[2, 2, 2]", "[10, 10, 10]", "[0, 0, 0]" },
    answer = 3,
    explain = [[
      Here `i` is a module variable, and the lambdas look it up when they
      are called. By then `i` has been set to 10.
    ]],
  },

  step {
    title = "The fix: bind the value now with i=i",
    text = [[
      A default value is evaluated when the function is *created*. Writing
      `lambda x, i=i: x * i` stores the current `i` in each lambda's own
      defaults, so each one keeps its value: 0, 1 and 2. In the Heap pane
      each function now points at its own int instead of a shared cell.

      A factory function (`make_multiplier` from before) is the other
      clean fix: each call has a fresh cell.
    ]],
    code = [[
      fixed = [lambda x, i=i: x * i for i in range(3)]
      print(fixed[1](2))
      print([f(2) for f in fixed])

      def make_multiplier(n):
          return lambda x: x * n

      made = [make_multiplier(i) for i in range(3)]
      print([f(2) for f in made])
    ]],
  },

  quiz {
    question = "Which of these is a valid lambda?",
    choices = {
      "lambda x: return x + 1",
      "lambda x: x + 1",
      "lambda x: y = x + 1",
      "lambda (x): { x + 1 }",
    },
    answer = 2,
    explain = "The body of a lambda is one expression, without `return`; its value is returned.",
  },

  quiz {
    question = "What does `map(lambda x: x + 1, [1, 2])` return?",
    choices = { "[2, 3]", "(2, 3)", "a lazy map iterator", "None" },
    answer = 3,
    explain = "map is lazy; wrap it in list(...) to compute the values: [2, 3].",
  },

  reflect {
    question = "Why does `funcs = [lambda x: x * i for i in range(3)]` give `funcs[1](2) == 4`, and how do you make each lambda keep its own `i`?",
    model_answer = [[
      The lambdas close over the variable `i`, not over its value at the
      moment each lambda is created. All three share the comprehension's
      single `i` (a cell), and a function body looks names up when it runs.
      The functions are only called after the loop has finished, when `i`
      is 2, so funcs[1](2) is 2 * 2 = 4 (and every function doubles). To
      capture the value at creation time, bind it as a default argument,
      `lambda x, i=i: x * i`, because defaults are evaluated when the
      function is made; or create each function in a factory function such
      as make_multiplier(i), which gives every function its own cell.
    ]],
  },

  exercise {
    title = "Sort by length, then alphabetically",
    task = [[
      Write `by_length(words)` that returns a new list of the words sorted
      by length, and words of the same length alphabetically:
      `by_length(["pear", "fig", "apple", "kiwi"])` is
      `["fig", "kiwi", "pear", "apple"]`. Use `sorted` with a `key`.
    ]],
    starter = [[
      def by_length(words):
          return sorted(words)
    ]],
    solution = [[
      def by_length(words):
          return sorted(words, key=lambda w: (len(w), w))
    ]],
    hints = {
      "`key=len` sorts by length only; ties keep their original order.",
      "A key can return a tuple: `lambda w: (len(w), w)` compares lengths first, then the words.",
    },
    check = function(py)
      local r = py.eval("by_length(['pear', 'fig', 'apple', 'kiwi'])")
      local got = table.concat(r, ", ")
      assert(got == "fig, kiwi, pear, apple",
             "by_length(['pear', 'fig', 'apple', 'kiwi']) should be fig, kiwi, pear, apple; got " .. got)
      py.exec("_w = ['bb', 'a', 'ab']\n_r = by_length(_w)")
      assert(py.eval("_w == ['bb', 'a', 'ab']"), "by_length changed the list it was given: return a new list with sorted().")
      assert(py.eval("_r == ['a', 'ab', 'bb']"), "by_length(['bb', 'a', 'ab']) should be ['a', 'ab', 'bb'].")
    end,
  },

  exercise {
    title = "Adders that remember",
    task = [[
      `make_adders()` should return a list of 5 functions where the k-th
      one adds `k` to its argument: `make_adders()[3](10)` is `13`. The
      starter suffers from late binding (every function adds 4). Fix it.
    ]],
    starter = [[
      def make_adders():
          return [lambda x: x + k for k in range(5)]
    ]],
    solution = [[
      def make_adders():
          return [lambda x, k=k: x + k for k in range(5)]
    ]],
    hints = {
      "All the lambdas share one `k`, which is 4 once the comprehension is done.",
      "Bind the current value as a default: `lambda x, k=k: x + k`.",
    },
    check = function(py)
      py.exec("_adders = make_adders()")
      assert(py.eval("len(_adders)") == 5, "make_adders() should return 5 functions.")
      for k = 0, 4 do
        local v = py.eval("_adders[" .. k .. "](10)")
        assert(v == 10 + k, ("make_adders()[%d](10) should be %d, got %s: the functions share one k (late binding)."):format(k, 10 + k, tostring(v)))
      end
    end,
  },

  exercise {
    title = "Squares of the even numbers",
    task = [[
      Write `even_squares(nums)` that returns a **list** of the squares of
      the even numbers in `nums`, in order, using `filter` and `map` with
      lambdas: `even_squares([1, 2, 3, 4])` is `[4, 16]`.
    ]],
    starter = [[
      def even_squares(nums):
          return map(lambda n: n * n, nums)
    ]],
    solution = [[
      def even_squares(nums):
          evens = filter(lambda n: n % 2 == 0, nums)
          return list(map(lambda n: n * n, evens))
    ]],
    hints = {
      "filter(lambda n: n % 2 == 0, nums) keeps the even numbers.",
      "map returns a lazy iterator: wrap the result in list(...).",
    },
    check = function(py)
      local t = py.type("even_squares([1, 2, 3, 4])")
      assert(t == "list", "even_squares should return a list, it returned a " .. t .. ": wrap it in list(...).")
      assert(py.eval("even_squares([1, 2, 3, 4]) == [4, 16]"),
             "even_squares([1, 2, 3, 4]) should be [4, 16], got " .. py.eval("repr(even_squares([1, 2, 3, 4]))"))
      assert(py.eval("even_squares([7, 10, -2]) == [100, 4]"), "even_squares([7, 10, -2]) should be [100, 4].")
      assert(py.eval("even_squares([]) == []"), "even_squares([]) should be [].")
    end,
  },
}
