-- Day 6: *args and **kwargs, the func(1, 2, 3, x=4, y=5) walk-through,
-- unpacking in calls, keyword-only arguments.
return lesson {
  day = 6, title = "*args and **kwargs",
  summary = [[
    Functions that take any number of arguments: packing extra positional
    arguments into a tuple and keyword arguments into a dict, unpacking
    them again in calls, and keyword-only parameters.
  ]],

  step {
    title = "*args packs positional arguments into a tuple",
    text = [[
      Sometimes you cannot know in advance how many arguments a function
      will get. A parameter written `*args` collects **all the extra
      positional arguments** into a **tuple**. The name `args` is only a
      convention; the star is what matters.

      Step into each call and look at `args` in the Stack pane: a new
      tuple on the heap, holding references to the arguments. With no
      extra arguments it is the empty tuple `()`.
    ]],
    code = [[
      def numbers(*args):
          print(args, type(args).__name__)

      numbers(1, 2, 3, 4)
      numbers("one")
      numbers()
    ]],
  },

  step {
    title = "**kwargs packs keyword arguments into a dict",
    text = [[
      A parameter written `**kwargs` collects the **keyword arguments**
      that no other parameter takes into a new **dict**: each argument's
      name becomes a key (a string) and its value the value. Dicts keep
      insertion order, so the keys come out in the order of the call.
    ]],
    code = [[
      def info(**kwargs):
          print(kwargs)
          for key, value in kwargs.items():
              print(key, "->", value)

      info(name="Ahmed", age=24)
    ]],
  },

  step {
    title = "Walk-through: func(1, 2, 3, x=4, y=5)",
    text = [[
      Step through this one line by line with `n`, after stepping into
      the call with `s`, and follow `total` in the Stack pane:

      1. At the call Python hands out the arguments: the first positional
         one to `a` (1), the other positional ones to `args` as the tuple
         `(2, 3)`, the keyword ones to `kwargs` as `{'x': 4, 'y': 5}`.
      2. `total = a` starts at 1.
      3. The first loop adds 2 then 3: total is 3, then 6.
      4. `kwargs.items()` gives the pairs `('x', 4)` and `('y', 5)`
         (looping over the dict itself would give only the keys): total is
         10, then 15.
      5. The function returns 15, which is printed.
    ]],
    code = [[
      def func(a, *args, **kwargs):
          total = a
          for i in args:
              total += i
          for k, v in kwargs.items():
              total += v
          return total

      print(func(1, 2, 3, x=4, y=5))
    ]],
  },

  predict {
    title = "Who gets what?",
    code = [[
      def f(a, *args, **kwargs):
          print(a, args, kwargs)

      f(1, 2, z=3)
    ]],
    question = "What is printed?",
    choices = {
      "1 (2,) {'z': 3}",
      "1 [2] {'z': 3}",
      "1 (2, 3) {}",
      "1 2 {'z': 3}",
    },
    answer = 1,
    explain = [[
      `a` takes the first positional argument. The remaining positional
      argument goes into the tuple `args`, which has one item: `(2,)`. The
      keyword argument goes into the dict `kwargs`.
    ]],
  },

  step {
    title = "The order of parameters",
    text = [[
      In a `def`, the kinds of parameters must come in this order:

      1. ordinary parameters, those without defaults first: `a, b=2`;
      2. `*args` (or a bare `*`, see below);
      3. *keyword-only* parameters: `c, d=4`;
      4. `**kwargs`, always last.

      In a call, positional arguments must come before keyword
      arguments: `f(x=1, 2)` is a SyntaxError.
    ]],
    code = [[
      def f(a, b=2, *args, c, d=4, **kwargs):
          print(a, b, args, c, d, kwargs)

      f(1, c=3)
      f(1, 5, 6, 7, c=3, e=9)
    ]],
  },

  step {
    title = "Unpacking in calls",
    text = [[
      The stars also work the other way round, in a **call**: `*seq`
      spreads a list or tuple into separate positional arguments, and
      `**mapping` spreads a dict into keyword arguments.

      This is how a wrapper passes everything it received on to another
      function without knowing what it was.
    ]],
    code = [[
      def show(a, b, c):
          print(a, b, c)

      values = [1, 2, 3]
      show(*values)
      options = {"c": 30, "a": 10, "b": 20}
      show(**options)
      show(1, *(2, 3))

      def logged(*args, **kwargs):
          print("calling with", args, kwargs)
          return show(*args, **kwargs)

      logged(7, 8, c=9)
    ]],
  },

  step {
    title = "Keyword-only arguments",
    text = [[
      Parameters after `*args`, or after a bare `*`, can only be passed
      **by name**. That makes calls readable (`connect("db", port=5432)`)
      and lets you add options later without breaking callers.

      Passing one by position is a TypeError: the function "takes 1
      positional argument but 2 were given".
    ]],
    code = [[
      def connect(host, *, port=80):
          return f"{host}:{port}"

      print(connect("example.org"))
      print(connect("example.org", port=8080))
      print(connect("example.org", 8080))
    ]],
    raises = "TypeError",
  },

  step {
    title = "Too many or too few",
    text = [[
      Without `*args` and `**kwargs`, a function checks its arguments
      strictly: one too many is a TypeError, and so is giving the same
      parameter twice, by position and by name.
    ]],
    code = [[
      def show(a, b, c):
          print(a, b, c)

      show(1, 2, 3)
      show(1, a=1, b=2)
    ]],
    raises = "TypeError",
  },

  quiz {
    question = "Inside `def f(*args, **kwargs)`, what are the types of `args` and `kwargs`?",
    choices = { "list and dict", "tuple and dict", "tuple and list", "list and set" },
    answer = 2,
    explain = "Extra positional arguments are packed into a tuple, extra keyword arguments into a dict.",
  },

  quiz {
    question = "Given `def connect(host, *, port=80)`, which call works?",
    choices = { "connect(\"a\", 8080)", "connect(port=8080)", "connect(\"a\", port=8080)", "connect(\"a\", 80, 8080)" },
    answer = 3,
    explain = "`port` comes after the bare `*`, so it must be passed by name; `host` is required.",
  },

  reflect {
    question = "What are *args and **kwargs, and when would you use them?",
    model_answer = [[
      They let a function accept a variable number of arguments. A `*args`
      parameter collects any extra positional arguments into a tuple; a
      `**kwargs` parameter collects any extra keyword arguments into a dict
      mapping argument names to values. You use them for functions that
      naturally take "any number of" things (like a sum or a logger), for
      wrappers and decorators that forward whatever they receive with
      `f(*args, **kwargs)`, and to accept optional settings without
      listing each one. The names are conventions; the stars do the work.
    ]],
  },

  exercise {
    title = "Average of any number of values",
    task = [[
      Write `average(*nums)` that returns the mean of its arguments, and
      `0` when it is called with none: `average(1, 2, 3)` is `2.0`,
      `average(10)` is `10.0`, `average()` is `0`.
    ]],
    starter = [[
      def average(nums):
          return sum(nums) / len(nums)
    ]],
    solution = [[
      def average(*nums):
          if not nums:
              return 0
          return sum(nums) / len(nums)
    ]],
    hints = {
      "Put a star before the parameter name to collect all arguments into a tuple.",
      "An empty tuple is false: `if not nums: return 0` avoids dividing by zero.",
    },
    check = function(py)
      local ok, v = pcall(py.eval, "average(1, 2, 3)")
      assert(ok, "average(1, 2, 3) failed: " .. tostring(v) .. ". Use *nums to accept any number of arguments.")
      assert(v == 2, "average(1, 2, 3) should be 2.0, got " .. tostring(v))
      assert(py.eval("average(1, 2)") == 1.5, "average(1, 2) should be 1.5, got " ..
             py.eval("repr(average(1, 2))") .. ": divide with /, not //.")
      assert(py.eval("average(10)") == 10, "average(10) should be 10.0.")
      local ok2, z = pcall(py.eval, "average()")
      assert(ok2, "average() failed: " .. tostring(z) .. ". Return 0 when there are no numbers.")
      assert(z == 0, "average() should return 0, got " .. tostring(z))
    end,
  },

  exercise {
    title = "Describe with keywords",
    task = [[
      Write `describe(**info)` that returns the keyword arguments as text,
      `key=value` pairs sorted by key and joined by `", "`:
      `describe(name="Ahmed", age=24)` returns `"age=24, name=Ahmed"`, and
      `describe()` returns `""`.
    ]],
    starter = [[
      def describe(info):
          return str(info)
    ]],
    solution = [[
      def describe(**info):
          parts = []
          for key in sorted(info):
              parts.append(f"{key}={info[key]}")
          return ", ".join(parts)
    ]],
    hints = {
      "`**info` collects keyword arguments into a dict.",
      "`sorted(info)` gives the keys in order; build `f\"{key}={info[key]}\"` for each and join them with `\", \".join(...)`.",
    },
    check = function(py)
      local ok, v = pcall(py.eval, "describe(name='Ahmed', age=24)")
      assert(ok, "describe(name='Ahmed', age=24) failed: " .. tostring(v) .. ". Use **info.")
      assert(v == "age=24, name=Ahmed", "describe(name='Ahmed', age=24) should return 'age=24, name=Ahmed', got '" .. tostring(v) .. "'")
      assert(py.eval("describe()") == "", "describe() should return an empty string.")
      assert(py.eval("describe(b=2, a=1, c=3)") == "a=1, b=2, c=3", "describe(b=2, a=1, c=3) should return 'a=1, b=2, c=3'.")
    end,
  },

  exercise {
    title = "Options by name only",
    task = [[
      Write `url(host, *, port=80, secure=False)` returning
      `"http://HOST:PORT"`, or `"https://HOST:PORT"` when `secure` is
      true. `port` and `secure` must be keyword-only: `url("a.org", 8080)`
      must raise a TypeError, `url("a.org", port=8080)` returns
      `"http://a.org:8080"`.
    ]],
    starter = [[
      def url(host, port=80, secure=False):
          scheme = "https" if secure else "http"
          return f"{scheme}://{host}:{port}"
    ]],
    solution = [[
      def url(host, *, port=80, secure=False):
          scheme = "https" if secure else "http"
          return f"{scheme}://{host}:{port}"
    ]],
    hints = {
      "A bare `*` in the parameter list makes every parameter after it keyword-only.",
      "`def url(host, *, port=80, secure=False):`",
    },
    check = function(py)
      assert(py.eval("url('a.org')") == "http://a.org:80", "url('a.org') should return 'http://a.org:80'.")
      assert(py.eval("url('a.org', port=8080)") == "http://a.org:8080", "url('a.org', port=8080) should return 'http://a.org:8080'.")
      assert(py.eval("url('b.org', secure=True, port=443)") == "https://b.org:443",
             "url('b.org', secure=True, port=443) should return 'https://b.org:443'.")
      local ok, err = pcall(py.eval, "url('a.org', 8080)")
      assert(not ok and tostring(err):find("TypeError"),
             "url('a.org', 8080) should raise a TypeError: port must be keyword-only (put a `*` before it).")
    end,
  },
}
