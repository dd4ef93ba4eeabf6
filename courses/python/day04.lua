-- Day 4: mutable and immutable objects, function arguments, aliasing,
-- copies, and the mutable default argument.
return lesson {
  day = 4, title = "Mutable and immutable objects",
  summary = [[
    Which objects can change in place, what that means when you pass them
    to functions, aliasing and copies, and the mutable-default trap.
  ]],

  step {
    title = "Immutable: changing means replacing",
    id = "Immutable: a new object every time",
    text = [[
      An *immutable* object cannot be changed after it is made. `int`,
      `float`, `bool`, `str`, `tuple` and `frozenset` are immutable.

      `y = y * 2` does not double the float `3.5` in place: it builds a
      new float `7.0` and moves `y` to it. Watch the Heap pane: a second
      float appears, and `y`'s arrow moves. The old `3.5` stays, though: a
      literal written in the code is one of the code's constants, and the
      code keeps it alive as long as the code exists. A float computed
      while the program runs, like the `7.0`, is freed as soon as nothing
      refers to it.
    ]],
    facts = {
      { says = [[it builds a new float `7.0` and moves `y` to it]],
        code = [[
          y = 3.5
          old = y
          y = y * 2
          assert y == 7.0 and y is not old and old == 3.5
        ]] },
      { says = [[a literal written in the code is one of the code's constants, and the code keeps it alive]],
        code = [[
          code = compile("y = 3.5", "<lesson>", "exec")
          ns = {}
          exec(code, ns)
          assert ns["y"] is code.co_consts[0]
        ]] },
      { says = [[like the `7.0`, is freed as soon as nothing refers to it]],
        code = [[
          import sys
          y = 3.5
          y = y * 2
          assert sys.getrefcount(y) == 2  # only y (and the call's argument)
        ]] },
    },
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
    facts = {
      { says = [[same object, same id, one more item]],
        code = [[
          numbers = [1, 2, 3]
          before = numbers
          numbers.append(4)
          assert numbers is before and len(numbers) == 4
        ]] },
    },
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
    facts = {
      { says = [[binds its parameter to the *same object* the caller passed: no copy is made]],
        code = [[
          def same(text):
              return text
          word = "".join(["H", "i"])
          assert same(word) is word
        ]] },
      { says = [[The new string is freed when the function returns]],
        code = [[
          import sys
          counts = []
          def change_text(text):
              text = text + "!"
              counts.append(sys.getrefcount(text))
          change_text("Hi")
          assert counts == [2]  # only the local name: it goes when the frame does
        ]] },
    },
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
    facts = {
      { says = [[does, because the caller holds the same object]],
        code = [[
          def remove_last(numbers):
              numbers.pop()
              return numbers
          values = [10, 20, 30]
          assert remove_last(values) is values and values == [10, 20]
        ]] },
    },
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
      two arrows into it, and the graph that opens when the code has run
      draws them: `grid` holds `[0]` and `[1]`, both pointing at one box
      whose refcount is 2.
    ]],
    code = [[
      grid = [[0] * 3] * 2
      grid[0][0] = 9
      print(grid)
      print(grid[0] is grid[1])
    ]],
    graph = "grid",
  },

  step {
    title = "Copies: shallow and deep",
    text = [[
      `list(x)`, `x.copy()` and `x[:]` make a **shallow copy**: a new
      outer list whose slots point at the *same* items. For a list of
      numbers that is all you need. For a list of lists, the inner lists
      are still shared.

      A **deep copy** copies the inner lists too. For a list of lists
      one comprehension does it: `[list(row) for row in outer]`. For
      anything deeper, the standard library's `copy` module does it for
      you: that is the next step.
    ]],
    facts = {
      { says = [[make a **shallow copy**: a new outer list whose slots point at the *same* items]],
        code = [==[
          outer = [[1, 2], [3, 4]]
          for shallow in (list(outer), outer.copy(), outer[:]):
              assert shallow is not outer and shallow[0] is outer[0]
        ]==] },
      { says = [[A **deep copy** copies the inner lists too]],
        code = [==[
          outer = [[1, 2], [3, 4]]
          deep = [list(row) for row in outer]
          assert deep == outer and deep[0] is not outer[0] and deep[1] is not outer[1]
        ]==] },
    },
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
    title = "The copy module",
    text = [[
      `import copy` gives both kinds of copy for dicts and objects of your
      own classes as well as lists. `copy.copy(grid)` is shallow: a new outer list whose items
      are shared, the very objects `grid` holds (same id, `is` is True).
      `copy.deepcopy(grid)` goes all the way down: the outer list and
      every list inside it are copied, so none of `deep`'s inner lists
      is one of `grid`'s.

      Step through with `n` and watch which lists the Heap pane marks
      with `+`. `copy.copy` adds a single list, `shallow`, whose slots
      lead to the two inner lists `grid` already had. `copy.deepcopy` adds three:
      `deep` and its own `[1, 2]` and `[3, 4]`. No second `'tag'`
      appears: `deepcopy` does not copy a string or a number, since
      nothing can change it, so all three lists share it. The last line
      shows why it matters: the 99 appended through `grid` shows up in
      `shallow` but not in `deep`.
    ]],
    facts = {
      { says = [[`import copy` gives both kinds of copy for dicts and objects of your own classes as well as lists]],
        code = [==[
          import copy
          class Box:
              def __init__(self):
                  self.items = [1]
          d = {"k": [1]}
          b = Box()
          assert copy.copy(d) is not d and copy.copy(d)["k"] is d["k"]
          assert copy.deepcopy(d)["k"] is not d["k"] and copy.deepcopy(d) == d
          assert copy.copy(b) is not b and copy.copy(b).items is b.items
          assert copy.deepcopy(b).items is not b.items and copy.deepcopy(b).items == [1]
        ]==] },
      { says = [[a new outer list whose items are shared, the very objects `grid` holds (same id, `is` is True)]],
        code = [==[
          import copy
          grid = [[1, 2], [3, 4], "tag"]
          shallow = copy.copy(grid)
          assert shallow is not grid and shallow == grid
          assert all(a is b and id(a) == id(b) for a, b in zip(shallow, grid))
        ]==] },
      { says = [[the outer list and every list inside it are copied, so none of `deep`'s inner lists is one of `grid`'s]],
        code = [==[
          import copy
          grid = [[1, 2], [3, 4], "tag"]
          deep = copy.deepcopy(grid)
          assert deep is not grid and deep == grid
          assert deep[0] is not grid[0] and deep[1] is not grid[1]
          nested = [[[1]]]
          d = copy.deepcopy(nested)
          assert d[0] is not nested[0] and d[0][0] is not nested[0][0]
        ]==] },
      { says = [[`deepcopy` does not copy a string or a number, since nothing can change it, so all three lists share it]],
        code = [==[
          import copy
          grid = [[1, 2], [3, 4], "".join(["t", "ag"])]
          shallow = copy.copy(grid)
          deep = copy.deepcopy(grid)
          assert shallow[2] is grid[2] and deep[2] is grid[2]
          n, f = 10 ** 30, 3.5
          assert copy.deepcopy(n) is n and copy.deepcopy(f) is f
        ]==] },
      { says = [[the 99 appended through `grid` shows up in `shallow` but not in `deep`]],
        code = [==[
          import copy
          grid = [[1, 2], [3, 4], "tag"]
          shallow = copy.copy(grid)
          deep = copy.deepcopy(grid)
          grid[0].append(99)
          assert shallow[0] == [1, 2, 99] and deep[0] == [1, 2]
        ]==] },
    },
    code = [==[
      import copy
      grid = [[1, 2], [3, 4], "tag"]
      shallow = copy.copy(grid)
      deep = copy.deepcopy(grid)
      print(shallow is grid, shallow[0] is grid[0], id(shallow[1]) == id(grid[1]))
      print(deep is grid, deep[0] is grid[0], id(deep[1]) == id(grid[1]))
      print(deep[2] is grid[2])
      grid[0].append(99)
      print(shallow[0], deep[0])
    ]==],
  },

  predict {
    title = "One inner list, two slots",
    code = [[
      import copy
      inner = [1]
      outer = [inner, inner]
      s = copy.copy(outer)
      d = copy.deepcopy(outer)
      inner.append(2)
      print(s[1], d[1])
    ]],
    question = "What is printed?",
    choices = { "[1, 2] [1, 2]", "[1, 2] [1]", "[1] [1]", "[1] [1, 2]" },
    answer = 2,
    explain = [[
      `s` is a shallow copy: its two slots hold `inner` itself, so it
      sees the 2. `d` is a deep copy: its slots hold a copied list, made
      before the append, so it still reads `[1]`. `deepcopy` also keeps
      the shape: it copies `inner` once, and both of `d`'s slots point at
      that one copy (`d[0] is d[1]` is True), just as both of `outer`'s
      slots point at `inner`.
    ]],
    facts = {
      { says = [[`s` is a shallow copy: its two slots hold `inner` itself, so it sees the 2]],
        code = [[
          import copy
          inner = [1]
          outer = [inner, inner]
          s = copy.copy(outer)
          inner.append(2)
          assert s[0] is inner and s[1] is inner and s[1] == [1, 2]
        ]] },
      { says = [[`d` is a deep copy: its slots hold a copied list, made before the append, so it still reads `[1]`]],
        code = [[
          import copy
          inner = [1]
          outer = [inner, inner]
          d = copy.deepcopy(outer)
          inner.append(2)
          assert d[1] is not inner and d[1] == [1]
        ]] },
      { says = [[it copies `inner` once, and both of `d`'s slots point at that one copy (`d[0] is d[1]` is True)]],
        code = [[
          import copy
          inner = [1]
          outer = [inner, inner]
          d = copy.deepcopy(outer)
          assert d[0] is d[1] and d[0] is not inner
        ]] },
    },
  },

  step {
    title = "+= on a list mutates, + builds",
    text = [[
      For a list, `a += [3]` extends the list **in place** (same id), but
      `a = a + [4]` builds a **new** list and rebinds `a`. The difference
      matters when the list has an alias: the alias sees the `+=` but not
      the `+`.

      For immutable types both forms rebind the name to the result and
      leave an alias on the old value, since there is nothing to change in
      place.
    ]],
    facts = {
      { says = [[both forms rebind the name to the result and leave an alias on the old value]],
        code = [[
          t = (1, 2)
          alias = t
          t += (3,)
          assert t == (1, 2, 3) and alias == (1, 2) and t is not alias
        ]] },
    },
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
    facts = {
      { says = [[Arguments are passed as references to the caller's objects, never as copies]],
        code = [[
          def receive(x):
              return x
          items = [1, 2]
          assert receive(items) is items
        ]] },
      { says = [[copy a mutable argument before changing it, or return a new object]],
        code = [[
          def safe(numbers):
              numbers = list(numbers)
              numbers.pop()
              return numbers
          values = [10, 20, 30]
          result = safe(values)
          assert values == [10, 20, 30] and result == [10, 20] and result is not values
        ]] },
    },
    model_answer = [[
      Everything in Python is an object; a mutable object (list, dict,
      set) can be changed in place and keeps its identity, while an
      immutable one (int, float, str, tuple) never changes: an operation
      that seems to change it gives another object (a new one, or a cached
      one such as a small int). Arguments are passed as
      references to the caller's objects, never as copies. So when a
      function mutates a mutable argument (append, pop, item assignment),
      the caller sees the change; when it "changes" an immutable argument,
      it really rebinds its local name to another object and the caller's
      variable still refers to the old one. To avoid surprising callers,
      copy a mutable argument before changing it, or return a new object.
    ]],
  },

  exercise {
    title = "Leave the caller's list alone",
    facts = {
      { says = [[`pop()` changes the caller's list, because it is the same object]],
        code = [[
          def without_last(numbers):
              numbers.pop()
              return numbers
          values = [10, 20, 30]
          assert without_last(values) is values and values == [10, 20]
        ]] },
    },
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
