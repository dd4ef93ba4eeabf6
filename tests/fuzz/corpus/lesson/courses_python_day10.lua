-- Day 10: magic (dunder) methods -- __init__, __str__/__repr__, __len__,
-- __add__, comparisons, __eq__/__hash__, __iter__, __getitem__, __call__,
-- and __del__ with when it runs.
return lesson {
  day = 10, title = "Magic methods",
  summary = [[
    The double-underscore methods Python calls for you: construction,
    printing, len(), operators, comparisons and hashing, iteration and
    indexing, calling, and __del__ with the exact moment it runs.
  ]],

  step {
    title = "__init__: setting up a new object",
    text = [[
      *Magic methods* (or *dunder* methods, for "double underscore") are
      methods whose names start and end with `__`. You rarely call them
      yourself: Python calls them when you use a built-in operation on your
      object.

      `Student("Vamshi")` first creates an empty instance on the heap, then
      calls `__init__` on it with the arguments, so it can store its
      attributes. Step into the call with `s`: `self` in the `__init__`
      frame is the new object, and `s` is bound to it once `__init__`
      returns. (`__init__` initializes; it is not what allocates the
      object.)
    ]],
    code = [[
      class Student:
          def __init__(self, name):
              self.name = name

      s = Student("Vamshi")
      print(s.name)
    ]],
  },

  step {
    title = "__str__ and __repr__",
    text = [[
      - `__str__` gives the friendly text used by `print()` and `str()`;
      - `__repr__` gives the unambiguous text for developers, used by
        `repr()`, by the REPL and inside containers: a list prints the
        `repr` of its items. Ideally it looks like the code that would
        rebuild the object.

      If a class defines only `__repr__`, `str()` uses it too. With
      neither, you get something like `<__main__.Student object at 0x...>`.
    ]],
    code = [[
      class Student:
          def __init__(self, name):
              self.name = name

          def __str__(self):
              return f"Student name is {self.name}"

          def __repr__(self):
              return f"Student({self.name!r})"

      s = Student("Vamshi")
      print(s)
      print(repr(s))
      print([s])
    ]],
  },

  step {
    title = "__len__",
    text = [[
      `len(obj)` calls `obj.__len__()`, which must return an int >= 0.
      An object with `__len__` also becomes false in an `if` when its
      length is 0 (unless it defines `__bool__`).
    ]],
    code = [[
      class Team:
          def __init__(self, members):
              self.members = members

          def __len__(self):
              return len(self.members)

      t = Team(["A", "B", "C"])
      print(len(t))
      print(bool(Team([])))
    ]],
  },

  step {
    title = "__add__: operator overloading",
    text = [[
      `a + b` calls `a.__add__(b)`. The version below returns a plain
      int, so `n1 + n2` prints `30`, but the result is no longer a
      `Number`: adding a third `Number` fails, because `int + Number` has
      no meaning. Run it and read the error.
    ]],
    code = [[
      class Number:
          def __init__(self, value):
              self.value = value

          def __add__(self, other):
              return self.value + other.value

      n1 = Number(10)
      n2 = Number(20)
      print(n1 + n2)
      print(n1 + n2 + Number(5))
    ]],
    raises = "TypeError",
  },

  step {
    title = "Return your own type",
    text = [[
      Returning a **new** `Number` keeps the result usable with the same
      operators, so sums can be chained. Each `+` builds a new instance on
      the heap; the operands are not changed, as with the built-in numbers.

      `__radd__` handles the reversed case, `0 + n`, which is what the
      built-in `sum()` does first. Returning `NotImplemented` for types you
      do not support lets Python try the other operand, and raise a clear
      TypeError if neither side knows what to do.
    ]],
    code = [[
      class Number:
          def __init__(self, value):
              self.value = value

          def __add__(self, other):
              if isinstance(other, Number):
                  return Number(self.value + other.value)
              if isinstance(other, int):
                  return Number(self.value + other)
              return NotImplemented

          def __radd__(self, other):
              return self.__add__(other)

          def __repr__(self):
              return f"Number({self.value})"

      print(Number(10) + Number(20) + Number(5))
      print(sum([Number(1), Number(2), Number(3)]))
    ]],
  },

  predict {
    title = "Equal numbers?",
    code = [[
      class Number:
          def __init__(self, value):
              self.value = value

      print(Number(1) == Number(1))
    ]],
    question = "What is printed?",
    choices = { "True", "False", "an error: == is not defined" },
    answer = 2,
    explain = [[
      Without `__eq__`, `==` falls back to identity, like `is`. These are
      two separate objects, so they are not equal.
    ]],
  },

  step {
    title = "Comparisons",
    text = [[
      `==` calls `__eq__`, `<` calls `__lt__`, and so on (`__le__`,
      `__gt__`, `__ge__`, `__ne__`; `!=` uses the opposite of `__eq__`
      when `__ne__` is missing). Once `__lt__` exists, `sorted()` and
      `min()` work on your objects.
    ]],
    code = [[
      class Money:
          def __init__(self, cents):
              self.cents = cents

          def __eq__(self, other):
              return isinstance(other, Money) and self.cents == other.cents

          def __lt__(self, other):
              return self.cents < other.cents

          def __repr__(self):
              return f"Money({self.cents})"

      print(Money(3) == Money(3), Money(3) != Money(4))
      print(Money(1) < Money(2))
      print(sorted([Money(5), Money(2), Money(9)]))
    ]],
  },

  step {
    title = "__eq__ and __hash__ belong together",
    text = [[
      Sets and dict keys find objects by their *hash* and then confirm
      with `==`. The rule: objects that are equal must have equal hashes.

      So when a class defines `__eq__` without `__hash__`, Python sets
      `__hash__` to None: the objects become **unhashable**, and putting
      one in a set is a TypeError. Define `__hash__` from the same fields
      that `__eq__` compares, and only for objects whose fields do not
      change afterwards.
    ]],
    code = [[
      class Point:
          def __init__(self, x, y):
              self.x = x
              self.y = y

          def __eq__(self, other):
              return (self.x, self.y) == (other.x, other.y)

      print(Point.__hash__)
      points = {Point(1, 2)}
    ]],
    raises = "TypeError",
  },

  step {
    title = "A hashable value class",
    text = [[
      With `__hash__` returning the hash of the same tuple `__eq__`
      compares, two equal points collapse into one set item and can be
      used as dict keys.
    ]],
    code = [[
      class Point:
          def __init__(self, x, y):
              self.x = x
              self.y = y

          def __eq__(self, other):
              return (self.x, self.y) == (other.x, other.y)

          def __hash__(self):
              return hash((self.x, self.y))

      points = {Point(1, 2), Point(1, 2), Point(3, 4)}
      print(len(points))
      names = {Point(0, 0): "origin"}
      print(names[Point(0, 0)])
    ]],
  },

  step {
    title = "__iter__ and __getitem__",
    text = [[
      `for x in obj` calls `iter(obj)`, which uses `__iter__`. Writing
      `__iter__` as a generator (with `yield`) is the shortest way. Step
      into the loop and watch the generator's frame being suspended and
      resumed on the Stack pane.

      `obj[i]` calls `__getitem__(i)`. A class with only `__getitem__` is
      iterable too: Python calls it with 0, 1, 2... until it raises
      `IndexError`. `in` works on both.
    ]],
    code = [[
      class Countdown:
          def __init__(self, start):
              self.start = start

          def __iter__(self):
              n = self.start
              while n > 0:
                  yield n
                  n -= 1

      for n in Countdown(3):
          print(n)

      class Squares:
          def __getitem__(self, i):
              if i >= 4:
                  raise IndexError(i)
              return i * i

      sq = Squares()
      print(sq[3], list(sq), 9 in sq)
    ]],
  },

  step {
    title = "__call__",
    text = [[
      An instance whose class defines `__call__` can be called like a
      function. Unlike a closure, its state is in plain attributes you can
      look at (see `add5` in the Heap pane, with its `n`).
    ]],
    code = [[
      class Adder:
          def __init__(self, n):
              self.n = n

          def __call__(self, x):
              return x + self.n

      add5 = Adder(5)
      print(add5(10))
      print(callable(add5))
    ]],
  },

  step {
    title = "__del__: exactly when the object is freed",
    text = [[
      `__del__` (the *finalizer*) runs when the object is about to be
      destroyed. In CPython that moment is precise:

      - when its reference count drops to 0: `del a` alone does nothing
        here, because `b` still refers to the object; `del b` frees it,
        and `freeing a` is printed right then, before `after`;
      - when a function returns and its frame's locals are dropped;
      - for objects in a **cycle**, only when the cycle collector finds
        them, not at `del` (the next question shows it).

      Step through with `n` and watch the Output pane and the Heap pane
      together. Objects still alive when the program ends may not be
      finalized in any useful order, so never rely on `__del__` for
      important cleanup such as saving data: use `with` or `try/finally`.
    ]],
    code = [[
      class Noisy:
          def __init__(self, name):
              self.name = name

          def __del__(self):
              print("freeing", self.name)

      a = Noisy("a")
      b = a
      del a
      print("del a done")
      del b
      print("after")

      def work():
          temp = Noisy("local")
          print("returning")

      work()
      print("back")
    ]],
  },

  predict {
    title = "A finalizer in a cycle",
    code = [[
      import gc

      class Noisy:
          def __init__(self, name):
              self.name = name

          def __del__(self):
              print("freeing", self.name)

      gc.collect()
      x = Noisy("x")
      x.me = x
      del x
      print("dropped")
      gc.collect()
      print("collected")
    ]],
    question = "In which order do the lines appear?",
    choices = {
      "freeing x, dropped, collected",
      "dropped, freeing x, collected",
      "dropped, collected, freeing x",
      "dropped, collected (freeing x is never printed)",
    },
    answer = 2,
    explain = [[
      `x.me = x` makes a cycle, so `del x` leaves the count at 1 and
      nothing is freed. The collector finds the object during
      `gc.collect()`: it runs `__del__` (printing "freeing x") before
      freeing it, and only then does collect return.
    ]],
  },

  quiz {
    question = "A class defines `__eq__` but not `__hash__`. What happens with `{obj}`?",
    choices = {
      "it works, using the object's id as hash",
      "TypeError: unhashable type",
      "the set stays empty",
      "Python calls __eq__ to build a hash",
    },
    answer = 2,
    explain = "Defining __eq__ sets __hash__ to None, so instances can no longer go into sets or be dict keys.",
  },

  quiz {
    question = "Which method does `print(obj)` use when the class defines both `__str__` and `__repr__`?",
    choices = { "__repr__", "__str__", "both, one after the other", "neither" },
    answer = 2,
    explain = "print calls str(), which uses __str__; containers and the REPL use __repr__.",
  },

  reflect {
    question = "What are magic (dunder) methods, and why are they useful?",
    model_answer = [[
      They are methods with names like __init__, __str__, __len__ or
      __add__ that Python calls implicitly when a built-in operation is
      applied to an object: creating it, printing it, len(), +, ==,
      iteration, indexing, calling. Defining them lets your own classes
      behave like built-in types: operators work on them (operator
      overloading), they print meaningfully, they can be used in for
      loops, sets and dicts. The result is code that reads naturally
      (a + b instead of a.add(b)). They should keep the usual meaning of
      the operation, for example + returning a new object and equal
      objects having equal hashes.
    ]],
  },

  reflect {
    question = "When does `__del__` run in CPython, and why shouldn't you rely on it for cleanup?",
    model_answer = [[
      It runs when the object is about to be destroyed. Usually that is the
      instant its reference count drops to zero: the last name is deleted
      or rebound, or the function holding it returns. If the object is
      part of a reference cycle, the count never reaches zero by itself,
      so __del__ runs only when the cycle collector finds the cycle, which
      may be much later (or never, if the collector is disabled). Objects
      still alive at interpreter exit may not be finalized reliably, and
      other implementations of Python do not free objects immediately at
      all. So for closing files or releasing resources, use a with
      statement or try/finally, which run at a known point.
    ]],
  },

  exercise {
    title = "A Vector you can add",
    task = [[
      Write a class `Vector` with:

      - `__init__(self, x, y)` storing `x` and `y`;
      - `__add__` returning a **new** `Vector` with the sums;
      - `__eq__` comparing both coordinates;
      - `__repr__` returning text like `Vector(4, 6)`.

      Then `Vector(1, 2) + Vector(3, 4) == Vector(4, 6)` is True.
    ]],
    starter = [[
      class Vector:
          def __init__(self, x, y):
              self.x = x
              self.y = y
    ]],
    solution = [[
      class Vector:
          def __init__(self, x, y):
              self.x = x
              self.y = y

          def __add__(self, other):
              return Vector(self.x + other.x, self.y + other.y)

          def __eq__(self, other):
              return self.x == other.x and self.y == other.y

          def __repr__(self):
              return f"Vector({self.x}, {self.y})"
    ]],
    hints = {
      "__add__(self, other) should `return Vector(self.x + other.x, self.y + other.y)`.",
      "__repr__ returns a string: f\"Vector({self.x}, {self.y})\".",
    },
    check = function(py)
      local ok, t = pcall(py.type, "Vector(1, 2) + Vector(3, 4)")
      assert(ok, "Vector(1, 2) + Vector(3, 4) failed: " .. tostring(t) .. ". Define __add__.")
      assert(t == "Vector", "Vector + Vector should give a Vector, it gave a " .. t .. ".")
      assert(py.eval("Vector(1, 2) + Vector(3, 4) == Vector(4, 6)"), "Vector(1, 2) + Vector(3, 4) should equal Vector(4, 6): check __add__ and __eq__.")
      assert(not py.eval("Vector(1, 2) == Vector(2, 1)"), "Vector(1, 2) == Vector(2, 1) should be False.")
      assert(py.eval("repr(Vector(4, 6))") == "Vector(4, 6)", "repr(Vector(4, 6)) should be 'Vector(4, 6)', got " .. py.eval("repr(repr(Vector(4, 6)))"))
      py.exec("_a = Vector(1, 1)\n_b = _a + Vector(2, 2)")
      assert(not py.is_same("_a", "_b") and py.eval("_a == Vector(1, 1)"), "__add__ must return a new Vector and leave the operands unchanged.")
    end,
  },

  exercise {
    title = "A playlist that acts like a list",
    task = [[
      Write a class `Playlist` built from a list of song titles,
      `Playlist(["a", "b", "c"])`, such that `len(p)` is 3, `p[0]` is
      `"a"`, `list(p)` is `["a", "b", "c"]` and `"b" in p` is True.
      Implement `__len__` and `__getitem__` (and `__iter__` if you like).
    ]],
    starter = [[
      class Playlist:
          def __init__(self, songs):
              self.songs = songs
    ]],
    solution = [[
      class Playlist:
          def __init__(self, songs):
              self.songs = list(songs)

          def __len__(self):
              return len(self.songs)

          def __getitem__(self, i):
              return self.songs[i]

          def __iter__(self):
              return iter(self.songs)
    ]],
    hints = {
      "len(p) calls p.__len__(); p[0] calls p.__getitem__(0).",
      "Both can simply delegate to the list: `return len(self.songs)`, `return self.songs[i]`.",
    },
    check = function(py)
      py.exec("_p = Playlist(['a', 'b', 'c'])")
      local ok, n = pcall(py.eval, "len(_p)")
      assert(ok, "len(p) failed: " .. tostring(n) .. ". Define __len__.")
      assert(n == 3, "len(Playlist(['a', 'b', 'c'])) should be 3, got " .. tostring(n))
      local ok2, first = pcall(py.eval, "_p[0]")
      assert(ok2, "p[0] failed: " .. tostring(first) .. ". Define __getitem__.")
      assert(first == "a", "p[0] should be 'a'.")
      assert(py.eval("list(_p) == ['a', 'b', 'c']"), "list(p) should be ['a', 'b', 'c'].")
      assert(py.eval("'b' in _p") and not py.eval("'z' in _p"), "'b' in p should be True and 'z' in p False.")
    end,
  },

  exercise {
    title = "Hashable money",
    task = [[
      `Money` compares by its `cents`, but because it defines `__eq__`
      without `__hash__` it cannot go into a set. Add `__hash__` so that
      `len({Money(100), Money(100), Money(5)})` is 2 and a `Money` can be
      a dict key.
    ]],
    starter = [[
      class Money:
          def __init__(self, cents):
              self.cents = cents

          def __eq__(self, other):
              return isinstance(other, Money) and self.cents == other.cents
    ]],
    solution = [[
      class Money:
          def __init__(self, cents):
              self.cents = cents

          def __eq__(self, other):
              return isinstance(other, Money) and self.cents == other.cents

          def __hash__(self):
              return hash(self.cents)
    ]],
    hints = {
      "Equal objects must have equal hashes.",
      "`def __hash__(self): return hash(self.cents)`",
    },
    check = function(py)
      local ok, n = pcall(py.eval, "len({Money(100), Money(100), Money(5)})")
      assert(ok, "Putting Money in a set failed: " .. tostring(n) .. ". Define __hash__.")
      assert(n == 2, "len({Money(100), Money(100), Money(5)}) should be 2, got " .. tostring(n) ..
             ": equal Money objects need equal hashes (hash the cents).")
      assert(py.eval("{Money(7): 'seven'}[Money(7)]") == "seven", "A Money(7) key should be found with another Money(7).")
    end,
  },

  exercise {
    title = "Catch the moment of freeing",
    task = [[
      A module-level list `freed` is given. Write a class `Tracked` whose
      `__init__(self, name)` stores the name and whose `__del__` appends
      that name to `freed`. The check runs `t = Tracked("one")`, then
      `del t`, and expects `"one"` in `freed` **immediately**, since the
      reference count dropped to zero.
    ]],
    starter = [[
      freed = []

      class Tracked:
          def __init__(self, name):
              self.name = name
    ]],
    solution = [[
      freed = []

      class Tracked:
          def __init__(self, name):
              self.name = name

          def __del__(self):
              freed.append(self.name)
    ]],
    hints = {
      "__del__(self) is called when the object is about to be destroyed.",
      "In __del__, `freed.append(self.name)`.",
    },
    check = function(py)
      py.exec("freed.clear()\n_t = Tracked('one')\n_keep = _t\ndel _t")
      local f = py.eval("freed")
      assert(#f == 0, "The object was finalized while another name (_keep) still referred to it.")
      py.exec("del _keep")
      f = py.eval("freed")
      assert(#f == 1 and f[1] == "one", "After the last reference was deleted, `freed` should be ['one'], got " ..
             py.eval("repr(freed)") .. ". Append self.name in __del__.")
    end,
  },
}
