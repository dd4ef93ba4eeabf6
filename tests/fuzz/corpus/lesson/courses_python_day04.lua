-- Day 4: mutable and immutable objects, function arguments, aliasing,
-- copies, and the mutable default argument.
return lesson {
  day = 4, title = "Mutable and immutable objects",
  summary = [[
    Which objects can change in place, what that means when you pass them
    to functions, aliasing and copies, and the mutable-default trap.
  ]],

  step {
    title = "Immutable: a new object every time",
    text = [[
      An *immutable* object cannot be changed after it is made. `int`,
      `float`, `bool`, `str`, `tuple` and `frozenset` are immutable.

      `y = y * 2` does not double the float `3.5` in place: it builds a
      new float `7.0` and moves `y` to it. Watch the Heap pane: a second
      float appears, and `y`'s arrow moves. The old `3.5` is freed as soon
      as nothing refers to it.
    ]],
    code = [[
      y = 3.5
      before = id(y)
      y = y * 2
      print(y)
      print(id(y) == before)
    ]],
  },

  step {
    title = "Mutable: changed in place",
    text = [[
      A *mutable* object can be altered once it exists, and keeps its
      identity while it changes. `list`, `dict`, `set` and most objects of
      your own classes are mutable.

      `numbers.append(4)` modifies the very list `numbers` points at: same
      object, same id, one more item. (Avoid naming a variable `list`:
      that hides the built-in `list` type for the rest of the module.)
    ]],
    code = [[
      numbers = [1, 2, 3]
      before = id(numbers)
      numbers.append(4)
      print(numbers)
      print(id(numbers) == before)
    ]],
  },

  step {
    title = "Passing an immutable object",
    text = [[
      Calling a function binds its parameter to the *same object* the
      caller passed: no copy is made. Press `s` on the call and look at the
      Stack pane: `word` in the module frame and `text` in the
      `change_text` frame point at the same string.

      `text = text + "!"` cannot change that string, so it builds a new
      one, `"Hi!"`, and rebinds the *local* name `text`. The caller's
      `word` is untouched, so the program prints `Hi`. The new string is
      freed when the function returns.
    ]],
    code = [[
      def change_text(text):
          text = text + "!"

      word = "Hi"
      change_text(word)
      print(word)
    ]],
  },

  step {
    title = "Passing a mutable object",
    text = [[
      Here the function receives a reference to a list and calls a method
      that changes the list itself. `numbers` (local) and `values` (module)
      are two arrows to one list, so the caller sees the change: the
      program prints `[10, 20]`.

      Rule of thumb: *rebinding* a parameter (`x = ...`) never affects the
      caller; *mutating* the object (`x.append`, `x[0] = ...`, `x.pop()`)
      does, because the caller holds the same object.
    ]],
    code = [[
      def remove_last(numbers):
          numbers.pop()

      values = [10, 20, 30]
      remove_last(values)
      print(values)
    ]],
  },

  predict {
    title = "Rebind or mutate?",
    code = [[
      def reset(items):
          items = []

      def empty(items):
          items.clear()

      a = [1, 2]
      b = [1, 2]
      reset(a)
      empty(b)
      print(a, b)
    ]],
    question = "What is printed?",
    choices = { "[] []", "[1, 2] [1, 2]", "[1, 2] []", "[] [1, 2]" },
    answer = 3,
    explain = [[
      `reset` only rebinds its local name to a new empty list; the caller's
      list is unchanged. `empty` calls `clear()` on the caller's own list.
    ]],
  },

  step {
    title = "Aliasing",
    text = [[
      Two names for one mutable object are called *aliases*. A change made
      through either name is visible through both.

      Aliases also hide in containers. `[[0] * 3] * 2` does **not** make
      two rows: `* 2` repeats the *reference* to one inner list, so both
      rows are the same list. The Heap pane shows a single inner list with
      two arrows into it.
    ]],
    code = [[
      grid = [[0] * 3] * 2
      grid[0][0] = 9
      print(grid)
      print(grid[0] is grid[1])
    ]],
  },

  step {
    title = "Copies: shallow and deep",
    text = [[
      `list(x)`, `x.copy()` and `x[:]` make a **shallow copy**: a new
      outer list whose slots point at the *same* items. For a list of
      numbers that is all you need. For a list of lists, the inner lists
      are still shared.

      A **deep copy** copies the inner objects too. For a list of lists
      one comprehension does it: `[list(row) for row in outer]`. (The
      standard library has `copy.deepcopy` for the general case.)
    ]],
    code = [=[
      outer = [[1, 2], [3, 4]]
      shallow = list(outer)
      shallow[0].append(99)
      print(outer)
      deep = [list(row) for row in outer]
      deep[1].append(7)
      print(outer)
      print(deep)
    ]=],
  },

  step {
    title = "+= on a list mutates, + builds",
    text = [[
      For a list, `a += [3]` extends the list **in place** (same id), but
      `a = a + [4]` builds a **new** list and rebinds `a`. The difference
      matters when the list has an alias: the alias sees the `+=` but not
      the `+`.

      For immutable types both forms build a new object.
    ]],
    code = [[
      a = [1, 2]
      alias = a
      a += [3]
      print(alias, alias is a)
      a = a + [4]
      print(alias, alias is a)
    ]],
  },

  step {
    title = "A tuple holding a list",
    text = [[
      A tuple cannot change which objects it holds, but if one of them is
      mutable, that object can still change. `t[1].append(4)` does not
      modify the tuple: it modifies the list the tuple points at.
      Assigning to a slot of the tuple, on the other hand, is an error.
    ]],
    code = [[
      t = (1, [2, 3])
      t[1].append(4)
      print(t)
      t[0] = 5
    ]],
    raises = "TypeError",
  },

  step {
    title = "The mutable default argument",
    text = [[
      A default value is evaluated **once**, when the `def` runs, and
      stored in the function object (`add_item.__defaults__`). Every call
      that omits `bucket` gets that same list, so it keeps growing between
      calls. Step through and watch the one default list in the Heap pane.

      The fix: use `None` as the default and make a new list inside the
      function.
    ]],
    code = [[
      def add_item(item, bucket=[]):
          bucket.append(item)
          return bucket

      print(add_item(1))
      print(add_item(2))
      print(add_item.__defaults__)

      def add_item_fixed(item, bucket=None):
          if bucket is None:
              bucket = []
          bucket.append(item)
          return bucket

      print(add_item_fixed(1))
      print(add_item_fixed(2))
    ]],
  },

  predict {
    title = "A default that remembers",
    code = [[
      def collect(x, seen=[]):
          seen.append(x)
          return len(seen)

      collect("a")
      collect("b")
      print(collect("c"))
    ]],
    question = "What is printed?",
    answer_text = "3",
    explain = [[
      All three calls share the single default list, created when `def`
      ran. After the third call it holds "a", "b" and "c".
    ]],
  },

  quiz {
    question = "Which of these types are all immutable?",
    choices = { "list, tuple, str", "int, str, tuple", "dict, set, list", "int, list, float" },
    answer = 2,
    explain = "int, float, bool, str, tuple and frozenset cannot change; list, dict and set can.",
  },

  quiz {
    question = "A function receives a list and runs `items = items + [0]`. What does the caller's list look like afterwards?",
    choices = { "unchanged", "with a 0 added at the end", "empty", "it depends on the list's length" },
    answer = 1,
    explain = "`items + [0]` builds a new list and rebinds the local name; the caller's list is not touched.",
  },

  reflect {
    question = "What is the difference between mutable and immutable objects in Python, and how does it affect data handled inside functions?",
    model_answer = [[
      Everything in Python is an object; a mutable object (list, dict,
      set) can be changed in place and keeps its identity, while an
      immutable one (int, float, str, tuple) never changes: an operation
      that seems to change it builds a new object. Arguments are passed as
      references to the caller's objects, never as copies. So when a
      function mutates a mutable argument (append, pop, item assignment),
      the caller sees the change; when it "changes" an immutable argument,
      it really rebinds its local name to a new object and the caller's
      variable still refers to the old one. To avoid surprising callers,
      copy a mutable argument before changing it, or return a new object.
    ]],
  },

  exercise {
    title = "Leave the caller's list alone",
    task = [[
      Write `without_last(numbers)` that **returns a new list** with all
      items except the last one, and does not change the list it was
      given. After `values = [10, 20, 30]` and
      `result = without_last(values)`, `values` must still be
      `[10, 20, 30]` and `result` must be `[10, 20]`.
    ]],
    starter = [[
      def without_last(numbers):
          numbers.pop()
          return numbers
    ]],
    solution = [[
      def without_last(numbers):
          return numbers[:-1]
    ]],
    hints = {
      "`pop()` changes the caller's list, because it is the same object.",
      "A slice such as `numbers[:-1]` builds a new list.",
    },
    check = function(py)
      py.exec("values = [10, 20, 30]\nresult = without_last(values)")
      local v = py.eval("values")
      assert(#v == 3, "without_last changed the caller's list: `values` is now " ..
             py.eval("repr(values)") .. ". Build a new list instead of calling pop().")
      assert(not py.is_same("result", "values"), "without_last returned the same list it was given; return a new one.")
      assert(py.eval("result == [10, 20]"), "without_last([10, 20, 30]) should return [10, 20], got " .. py.eval("repr(result)"))
      assert(py.eval("without_last([5]) == []"), "without_last([5]) should return [].")
    end,
  },

  exercise {
    title = "Fix the shared default",
    task = [[
      `add_tag(tag, tags=[])` is supposed to return a list holding the
      tags passed so far *in this call*. Because of the shared default,
      `add_tag("a")` followed by `add_tag("b")` returns `["a", "b"]` the
      second time. Fix it so that the second call returns `["b"]`, while
      `add_tag("c", mine)` still appends to the list `mine` you pass.
    ]],
    starter = [[
      def add_tag(tag, tags=[]):
          tags.append(tag)
          return tags
    ]],
    solution = [[
      def add_tag(tag, tags=None):
          if tags is None:
              tags = []
          tags.append(tag)
          return tags
    ]],
    hints = {
      "The default list is created once, when `def` runs.",
      "Use `tags=None` and create `[]` inside the function when tags is None.",
    },
    check = function(py)
      py.exec("_first = add_tag('a')\n_second = add_tag('b')")
      assert(py.eval("_second == ['b']"), "The second call add_tag('b') returned " .. py.eval("repr(_second)") ..
             ": the default list is shared between calls. Use None as the default.")
      assert(not py.is_same("_first", "_second"), "Two calls without `tags` returned the same list object.")
      py.exec("mine = ['x']\n_r = add_tag('c', mine)")
      assert(py.eval("mine == ['x', 'c'] and _r is mine"), "add_tag('c', mine) should append to `mine` and return it.")
    end,
  },

  exercise {
    title = "Rows that are really separate",
    task = [[
      Write `make_grid(rows, cols)` that returns a list of `rows` lists,
      each holding `cols` zeros, where every row is its **own** list:
      after `g = make_grid(2, 3)` and `g[0][0] = 9`, `g[1]` must still be
      `[0, 0, 0]`.
    ]],
    starter = [[
      def make_grid(rows, cols):
          return [[0] * cols] * rows
    ]],
    solution = [[
      def make_grid(rows, cols):
          return [[0] * cols for _ in range(rows)]
    ]],
    hints = {
      "`[row] * rows` repeats a reference to the same row list.",
      "A comprehension, `[[0] * cols for _ in range(rows)]`, builds a new row each time round.",
    },
    check = function(py)
      py.exec("g = make_grid(2, 3)")
      assert(py.eval("g == [[0, 0, 0], [0, 0, 0]]"), "make_grid(2, 3) should be [[0, 0, 0], [0, 0, 0]], got " .. py.eval("repr(g)"))
      assert(not py.is_same("g[0]", "g[1]"), "g[0] is g[1]: both rows are the same list object. Build a new list for each row.")
      py.exec("g[0][0] = 9")
      assert(py.eval("g[1] == [0, 0, 0]"), "Setting g[0][0] changed another row.")
      assert(py.eval("len(make_grid(4, 1)) == 4"), "make_grid(4, 1) should have 4 rows.")
    end,
  },
}
