-- Day 5: functions -- definition, parameters, return values, defaults,
-- local and global scope, `global` and `nonlocal`.
return lesson {
  day = 5, title = "Functions and scope",
  summary = [[
    Defining and calling functions, parameters, return values and
    defaults; where names live (local, enclosing, global) and how
    `global` and `nonlocal` change that.
  ]],

  step {
    title = "def makes a function object",
    text = [[
      A *function* is a named, reusable block of code. `def` is a
      statement that runs: it builds a **function object** on the heap and
      binds the name to it, just like `=` would. Nothing inside the body
      runs yet.

      Calling the function with `greet()` runs the body. Step with `s` to
      go into the call: a new frame for `greet` appears on the Stack pane,
      and disappears when the call ends.
    ]],
    code = [[
      def greet():
          print("Hello! Welcome to the Python course.")

      print(type(greet).__name__)
      greet()
      greet()
    ]],
  },

  step {
    title = "Parameters",
    text = [[
      Names listed in the parentheses of `def` are *parameters*. The
      values given in a call are *arguments*: at the call, each parameter
      becomes a local name in the new frame, bound to its argument.
    ]],
    code = [[
      def greet_user(name):
          print(f"Hello, {name}! Welcome to the Python course.")

      greet_user("Anand")
      greet_user("Geetha")
    ]],
  },

  step {
    title = "Return values",
    text = [[
      `return value` ends the call and hands `value` back to the caller,
      where it can be stored or used in an expression. A function that
      reaches its end without `return` (or with a bare `return`) returns
      `None`.

      `30` is one of the cached small ints, so no new object appears for
      it. The second call is more interesting: watch the int `3000` on the
      heap. It is made inside `add_numbers`, survives the end of the call
      because it is returned, and is then bound to `big`.
    ]],
    code = [[
      def add_numbers(a, b):
          return a + b

      result = add_numbers(10, 20)
      print("The sum is:", result)
      big = add_numbers(1000, 2000)
      print(big)

      def shout(word):
          print(word.upper())

      print(shout("hey"))
    ]],
  },

  step {
    title = "Default parameter values",
    text = [[
      `name="Student"` gives the parameter a default, used when the call
      leaves it out. Parameters with defaults come after those without.
      (Remember day 4: the default object is made once, when `def` runs,
      so keep defaults immutable.)
    ]],
    code = [[
      def greet(name="Student"):
          print(f"Hello, {name}! Welcome to the Python course.")

      greet()
      greet("Geetha")
      greet(name="Vamshi")
    ]],
  },

  step {
    title = "A frame per call",
    text = [[
      Each call gets its own frame with its own local names, even when
      the same function is called again before the first call is done.
      Step into `total_price` and then into `with_tax`: the Stack pane
      shows three frames, one on top of the other, and they come off in
      the opposite order.
    ]],
    code = [[
      def with_tax(amount):
          return amount * 1.2

      def total_price(prices):
          subtotal = sum(prices)
          return with_tax(subtotal)

      print(total_price([10, 20, 30]))
    ]],
  },

  step {
    title = "Local and global names",
    text = [[
      A name assigned **inside** a function is *local*: it lives in the
      call's frame and disappears with it. A name assigned at the top level
      of the module is *global*: any function of the module can read it.

      Here there are two different variables called `name`. The function
      creates its own local one and never touches the global one. The
      Stack pane shows both, one in each frame.
    ]],
    code = [[
      name = "Global Name"

      def greet():
          name = "Local Name"
          print(name)

      greet()
      print(name)
    ]],
  },

  predict {
    title = "Reading before assigning",
    code = [[
      total = 0

      def add(n):
          total += n

      add(5)
    ]],
    raises = "UnboundLocalError",
    question = "What happens when `add(5)` runs?",
    choices = {
      "total becomes 5",
      "an UnboundLocalError",
      "a NameError",
      "nothing: the function changes a copy",
    },
    answer = 2,
    explain = [[
      Because `total` is assigned inside `add` (`+=` assigns), the
      compiler makes `total` local for the *whole* function. Reading it
      before it has a local value fails with UnboundLocalError: "cannot
      access local variable 'total' where it is not associated with a
      value".
    ]],
  },

  step {
    title = "global",
    text = [[
      `global total` tells the compiler that `total` inside this function
      means the module's variable. Now `total += n` rebinds the global.

      Use it sparingly: a function that returns its result is easier to
      follow than one that changes module variables behind your back.
    ]],
    code = [[
      total = 0

      def add(n):
          global total
          total += n

      add(5)
      add(10)
      print(total)
    ]],
  },

  step {
    title = "nonlocal and closures",
    text = [[
      A function defined inside another can read the outer function's
      names. Those names live in **cells**, which stay alive after the
      outer call returns as long as the inner function needs them: that
      pairing of a function and the cells it uses is a *closure*.

      To *assign* to such a name, declare it `nonlocal`. Every call of
      `make_counter` creates a fresh cell, so each counter counts on its
      own. Watch the cell object on the heap outlive the `make_counter`
      frame.
    ]],
    code = [[
      def make_counter():
          count = 0
          def step():
              nonlocal count
              count += 1
              return count
          return step

      tick = make_counter()
      tick()
      print(tick())
      other = make_counter()
      print(other())
    ]],
  },

  predict {
    title = "Which name?",
    code = [[
      x = "global"

      def outer():
          x = "enclosing"
          def inner():
              return x
          return inner()

      print(outer(), x)
    ]],
    question = "What is printed?",
    choices = { "global global", "enclosing global", "enclosing enclosing", "an error" },
    answer = 2,
    explain = [[
      Python looks a name up Local, then Enclosing functions, then Global,
      then Built-in (the LEGB rule). `inner` has no local `x`, so it finds
      `outer`'s. The module's `x` was never changed.
    ]],
  },

  quiz {
    question = "What does a function return when it ends without a `return` statement?",
    choices = { "0", "an empty string", "None", "the value of its last line" },
    answer = 3,
    explain = "Every call returns something; without an explicit return it is None.",
  },

  quiz {
    question = "What does `nonlocal count` inside an inner function do?",
    choices = {
      "makes `count` a new local variable",
      "makes assignments to `count` rebind the enclosing function's variable",
      "makes `count` a module-level variable",
      "copies the enclosing value into the inner function",
    },
    answer = 2,
    explain = "nonlocal refers to the nearest enclosing function's name (its cell); global would refer to the module.",
  },

  reflect {
    question = "What is the difference between local and global variables, and when do you need the `global` keyword?",
    model_answer = [[
      A local variable is a name assigned inside a function: it lives in
      that call's frame, is invisible outside it and disappears when the
      call returns. A global variable is assigned at module level and can
      be read from any function in the module. Assigning to a name inside
      a function makes it local for the whole function, even if a global
      of the same name exists; to rebind the global instead you declare it
      with `global name`. Reading a global never needs the keyword.
      (`nonlocal` does the same for a variable of an enclosing function.)
    ]],
  },

  exercise {
    title = "A default height",
    task = [[
      Write `area(width, height=1)` that returns `width * height`.
      `area(3, 4)` is 12, `area(5)` is 5 and `area(height=2, width=7)`
      is 14.
    ]],
    starter = [[
      def area(width, height):
          print(width * height)
    ]],
    solution = [[
      def area(width, height=1):
          return width * height
    ]],
    hints = {
      "Give `height` a default with `height=1` in the def line.",
      "Use `return`, not `print`: the caller needs the value.",
    },
    check = function(py)
      local ok, v = pcall(py.eval, "area(5)")
      assert(ok, "area(5) failed: " .. tostring(v) .. ". Give `height` the default value 1.")
      assert(v == 5, "area(5) returned " .. tostring(v) .. ", it should return 5 (did you use return?)")
      assert(py.eval("area(3, 4)") == 12, "area(3, 4) should return 12.")
      assert(py.eval("area(height=2, width=7)") == 14, "area(height=2, width=7) should return 14.")
    end,
  },

  exercise {
    title = "Count the calls",
    task = [[
      `calls` is a module variable starting at 0. Complete `record()` so
      that every call adds 1 to the global `calls`. After three calls
      `calls` must be 3.
    ]],
    starter = [[
      calls = 0

      def record():
          calls = calls + 1
    ]],
    solution = [[
      calls = 0

      def record():
          global calls
          calls = calls + 1
    ]],
    hints = {
      "Assigning `calls` inside the function makes it local, so reading it first fails.",
      "Declare `global calls` at the start of the function body.",
    },
    check = function(py)
      local ok, err = pcall(py.exec, "calls = 0\nrecord()\nrecord()\nrecord()")
      assert(ok, "Calling record() failed: " .. tostring(err) .. ". Declare `global calls` in the function.")
      local n = py.eval("calls")
      assert(n == 3, "After three calls `calls` is " .. tostring(n) .. ", it should be 3.")
    end,
  },

  exercise {
    title = "A counter with nonlocal",
    task = [[
      Write `make_counter(start)` that returns a function. Each call of
      that function adds 1 to a count that begins at `start` and returns
      the new count. Two counters must not share their count:
      with `a = make_counter(10)`, `a()` gives 11, then 12; a new
      `make_counter(0)()` gives 1.
    ]],
    starter = [[
      def make_counter(start):
          def step():
              return start + 1
          return step
    ]],
    solution = [[
      def make_counter(start):
          count = start
          def step():
              nonlocal count
              count += 1
              return count
          return step
    ]],
    hints = {
      "The inner function has to change a variable of the outer one.",
      "Declare `nonlocal count` (or `nonlocal start`) in the inner function before `+= 1`.",
    },
    check = function(py)
      py.exec("_a = make_counter(10)\n_x = _a()\n_y = _a()\n_b = make_counter(0)\n_z = _b()\n_w = _a()")
      assert(py.eval("_x") == 11, "The first call of make_counter(10) should return 11, got " .. tostring(py.eval("_x")))
      assert(py.eval("_y") == 12, "The second call should return 12, got " .. tostring(py.eval("_y")) ..
             ": the count must be remembered between calls (nonlocal).")
      assert(py.eval("_z") == 1, "make_counter(0)() should return 1.")
      assert(py.eval("_w") == 13, "A second counter changed the first one: each make_counter call needs its own count.")
    end,
  },
}
