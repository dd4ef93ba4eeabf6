-- Day 1: memory management -- who manages memory, stack and heap, the
-- five memory areas, names as references, id(), `is` and ==, small ints.
return lesson {
  day = 1, title = "Memory management",
  summary = [[
    Who looks after memory in Python, where objects and names live, and
    how `id()` and `is` let you see it.
  ]],

  step {
    title = "Someone has to manage memory",
    text = [[
      Every value a program uses needs a place in memory. *Memory
      management* means two jobs: finding room for a value when it is
      created, and giving that room back once nothing needs it any more.

      In C the programmer does both by hand (`malloc` and `free`). In
      Python you never do: the interpreter has a *memory manager* built
      in (in CPython, the reference interpreter, it is part of the
      virtual machine that runs your bytecode). It asks for memory when
      an object is made and hands it back when the object is no longer
      used.

      Step through the code with `n` and watch the **Heap** pane: a list
      appears on line 1 and disappears on line 2, when the only name
      that pointed to it is moved to `None`. You wrote no code to free it.
    ]],
    code = [[
      scores = [90, 75, 82]
      scores = None
      print("the list is gone, nobody freed it by hand")
    ]],
  },

  step {
    title = "Static and dynamic allocation",
    text = [[
      Languages hand out memory in two ways:

      - *static* allocation: the size and place are fixed before the
        program runs, when it is compiled (a C global array of 100 ints);
      - *dynamic* allocation: memory is requested while the program runs,
        in whatever amount is needed right then. That memory comes from
        the *heap*.

      Python objects are always allocated dynamically. A list does not
      know its final length in advance: it asks for more room as it
      grows. `sys.getsizeof` reports how many bytes an object takes right
      now; watch the list's size change in the Heap pane as items arrive.

      (Inside the interpreter a few objects exist before your program
      starts, such as `None`, `True` and the small integers you will meet
      at the end of this lesson. Everything your program creates is made
      at run time.)
    ]],
    code = [[
      import sys

      items = []
      before = sys.getsizeof(items)
      for n in range(10):
          items.append(n)
      after = sys.getsizeof(items)
      print("grew:", after > before)
    ]],
  },

  step {
    title = "The stack and the heap",
    text = [[
      Two regions matter most:

      - the **stack** holds one *frame* per running function call: its
        local names and its scratch space. It grows by one frame on every
        call and shrinks when the call returns, strictly last in, first
        out. It is quick but not very big.
      - the **heap** holds the objects themselves: ints, strings, lists,
        functions, instances of your classes. Objects are placed wherever
        there is room, in no particular order, and live as long as
        something refers to them.

      Press `s` on line 5 to *step into* `square`. The **Stack** pane gets
      a second frame holding `n` and `result`. When `square` returns, the
      frame is popped, but the int `144` it produced is still on the heap,
      because `x` now refers to it.
    ]],
    code = [[
      def square(n):
          result = n * n
          return result

      x = square(12)
      print(x)
    ]],
  },

  step {
    title = "The five memory areas",
    text = [[
      The bar at the bottom of the panes splits memory the way many
      Python tutorials picture it, in five areas:

      1. **code**: the program itself, compiled to bytecode;
      2. **variables**: the names, each holding a reference to an object;
      3. **heap**: the objects;
      4. **free**: memory that is reserved but not in use yet;
      5. **stack**: the frames of the calls in progress.

      The stack and the heap both grow into the free area and give memory
      back to it when they shrink. This is a model, not a map of a real
      process, but it fits what you can watch here. The heap is *private*
      to the interpreter: Python code never touches raw addresses, it
      only works through names and objects.

      Step through and watch the free area shrink as the strings pile up
      on the heap, then grow again when the list is dropped.
    ]],
    code = [[
      words = []
      for i in range(50):
          words.append("word" + str(i))
      print(len(words), "strings on the heap")
      words = None
    ]],
  },

  step {
    title = "Names are references",
    text = [[
      A Python variable does not contain a value. It is a *name* that
      holds a reference to an object on the heap, drawn as an arrow in the
      Stack pane.

      `x = 10` puts the name `x` in the variable area and points it at an
      int object `10` on the heap. `y = x` copies the *arrow*, not the
      object: both names now point at the same int.

      `x = x + 1` does not change that int (ints cannot change). It makes
      a new int `11` and moves the arrow of `x` to it; `y` still points at
      `10`.
    ]],
    code = [[
      x = 10
      y = x
      print(x is y)
      x = x + 1
      print(x, y, x is y)
    ]],
  },

  step {
    title = "id(): the identity of an object",
    text = [[
      `id(obj)` returns a number that identifies an object for as long as
      it is alive. In CPython, and in pyscope, it is the object's address
      in memory: compare it with the addresses in the Heap pane.

      Two names with the same `id` point at one and the same object. Ids
      are only unique among objects alive at the same time: once an object
      is freed, a new object may be placed at the same address and get the
      same id.
    ]],
    code = [[
      fruits = ["apple", "pear"]
      basket = fruits
      print(id(fruits) == id(basket))
      print(hex(id(fruits)))
    ]],
  },

  predict {
    title = "Equal or identical?",
    code = [[
      a = [1, 2]
      b = [1, 2]
      print(a == b)
      print(a is b)
    ]],
    question = "What do the two print calls show?",
    choices = { "True then True", "True then False", "False then False", "False then True" },
    answer = 2,
    explain = [[
      `==` compares values: both lists hold 1 and 2, so they are equal.
      `is` compares identity: two list displays build two separate list
      objects, so `a is b` is False. The Heap pane shows two lists.
    ]],
  },

  step {
    title = "is versus ==",
    text = [[
      - `a == b` asks: *do these objects hold equal values?* The type
        decides what "equal" means (for lists, equal items in order).
      - `a is b` asks: *are these the same object?* It is the same as
        `id(a) == id(b)` and can never be fooled by a custom `__eq__`.

      Use `is` for identity checks such as `x is None`, and `==` for
      everything else. The program below builds a copy with `list(...)`:
      equal values, different object.
    ]],
    code = [[
      original = [3, 1, 2]
      copy = list(original)
      same = original
      print(copy == original, copy is original)
      print(same == original, same is original)
    ]],
  },

  step {
    title = "Small integers are cached",
    text = [[
      Integers are used everywhere, so CPython makes the ints from **-5 to
      256** once, when it starts, and hands out those same objects every
      time such a value is needed. Any two computations that give 100 give
      the *same* object.

      Outside that range a new int object is made each time. `int("257")`
      builds its result at run time, so two calls give two objects.

      (If you write the literal `257` twice in one piece of code, the
      compiler may store a single constant and `is` can say True. That is
      a detail of the compiler, not a rule to rely on: never use `is` to
      compare numbers.)
    ]],
    code = [[
      a = int("256")
      b = int("256")
      print(a is b)
      c = int("257")
      d = int("257")
      print(c is d, c == d)
      print(int("-5") is int("-5"), int("-6") is int("-6"))
    ]],
  },

  predict {
    title = "Inside or outside the cache?",
    code = [[
      m = int("100") * 2
      n = int("200")
      print(m is n)
      p = int("150") * 2
      q = int("300")
      print(p is q)
    ]],
    question = "What is printed?",
    choices = { "True then True", "True then False", "False then True", "False then False" },
    answer = 2,
    explain = [[
      200 lies inside -5..256, so both computations return the one cached
      int 200. 300 is outside the cache: each computation makes its own int
      object, equal in value but not identical.
    ]],
  },

  quiz {
    question = "After `a = [1, 2, 3]` and `b = a`, how many list objects exist on the heap?",
    choices = { "one, with two names pointing at it", "two, one per name", "none until the list is printed" },
    answer = 1,
    explain = "Assignment copies the reference, never the object. The Stack pane shows two arrows to one list.",
  },

  quiz {
    question = "Which expression is the right way to test whether `result` is None?",
    choices = { "result == None", "result is None", "id(result) == 0", "result.is_none()" },
    answer = 2,
    explain = [[
      There is exactly one `None` object, so an identity test is exact and
      cannot be changed by a class that overrides `__eq__`.
    ]],
  },

  reflect {
    question = "What is memory management, and who handles it in Python?",
    model_answer = [[
      Memory management is deciding when a program gets memory for its
      data and when that memory is given back so it can be reused. Python
      programmers do not do it by hand: the interpreter's memory manager
      (in CPython, part of the virtual machine that runs the bytecode)
      allocates memory for every object it creates and frees it when the
      object is no longer referenced, using reference counting plus a
      cycle-detecting garbage collector.
    ]],
  },

  reflect {
    question = "What are the types of memory allocation, and which one does Python use?",
    model_answer = [[
      Static allocation fixes the size and location of data before the
      program runs, at compile time; dynamic allocation requests memory
      while the program runs, from the heap, in the amount needed at that
      moment. (Local variables of a C function get a third kind, automatic
      allocation on the call stack.) Python objects are allocated
      dynamically: each object is created on the private heap at run time
      when the code that makes it executes. Only a few objects, like None,
      True, False and the small ints, are set up once by the interpreter
      itself when it starts.
    ]],
  },

  reflect {
    question = "What is the difference between stack and heap memory in Python?",
    model_answer = [[
      The stack holds the frames of the function calls in progress: each
      call pushes a frame with its local names, and returning pops it, in
      strict last-in-first-out order. It is fast and small. The heap holds
      the objects themselves, placed wherever there is room, and an object
      lives as long as something refers to it, not as long as the call that
      made it. Python names do not contain values: a local name in a frame
      holds a reference to an object on the heap. With `x = 10`, `x` is a
      name in the current frame (or module) and the int 10 lives on the
      heap; `x` just points at it.
    ]],
  },

  exercise {
    title = "Two names, one list",
    task = [[
      The starter makes a list `a`. Bind a second name `b` so that it
      refers to *the same* list object (not a copy), then append `4`
      through `b`. Afterwards `a` must show `[1, 2, 3, 4]` too, because
      there is only one list.
    ]],
    starter = [[
      a = [1, 2, 3]
      b = [1, 2, 3]
    ]],
    solution = [[
      a = [1, 2, 3]
      b = a
      b.append(4)
    ]],
    hints = {
      "Assignment `b = a` copies the reference, not the list.",
      "After `b = a`, call `b.append(4)` and look at `a` in the Stack pane.",
    },
    check = function(py)
      assert(py.eval("'b' in globals()"), "Define a name `b`.")
      assert(py.is_same("a", "b"),
             "`a is b` is False: `b` refers to a different list. Bind it with `b = a`.")
      local a = py.eval("a")
      assert(#a == 4 and a[4] == 4,
             "`a` should be [1, 2, 3, 4]: append 4 through `b` and it shows in `a` as well.")
    end,
  },

  exercise {
    title = "Equal but not identical",
    task = [[
      `prices` is a list. Make a name `backup` that holds a *copy* of it:
      `backup == prices` must be True but `backup is prices` must be
      False, so that changing one later does not change the other.
    ]],
    starter = [[
      prices = [4, 8, 15]
      backup = prices
    ]],
    solution = [[
      prices = [4, 8, 15]
      backup = list(prices)
    ]],
    hints = {
      "`backup = prices` only copies the arrow. You need a new list object.",
      "`list(prices)`, `prices.copy()` and `prices[:]` all build a new list with the same items.",
    },
    check = function(py)
      assert(py.eval("'backup' in globals()"), "Define a name `backup`.")
      assert(py.eval("backup == prices"), "`backup == prices` should be True: copy the same items.")
      assert(not py.is_same("backup", "prices"),
             "`backup is prices` is True, so both names point at one list. Make a new list, e.g. with `list(prices)`.")
      py.exec("prices.append(16)")
      assert(#py.eval("backup") == 3, "Appending to `prices` changed `backup`: it must be a separate list.")
    end,
  },

  exercise {
    title = "Which ints are shared?",
    task = [[
      Write a function `shared(n)` that returns True when two ints equal
      to `n`, each built at run time with `int(str(n))`, are the *same
      object*, and False otherwise. Use `is` to find out, do not write
      the range -5..256 into your code.
    ]],
    starter = [[
      def shared(n):
          return True
    ]],
    solution = [[
      def shared(n):
          return int(str(n)) is int(str(n))
    ]],
    hints = {
      "Build two ints: `a = int(str(n))` and `b = int(str(n))`.",
      "Return `a is b`: it is True only for cached small ints.",
    },
    check = function(py)
      local src = py.source()
      assert(not src:find("25[67]") and not src:find("-%s*[56]"),
             "Do not write the range -5..256 into the code: let `is` find it out.")
      for _, n in ipairs({ 0, 7, 256, -5 }) do
        assert(py.eval("shared(" .. n .. ")") == true,
               "shared(" .. n .. ") should be True: " .. n .. " is in the small-int cache.")
      end
      for _, n in ipairs({ 257, 1000, -6 }) do
        assert(py.eval("shared(" .. n .. ")") == false,
               "shared(" .. n .. ") should be False: " .. n .. " is outside -5..256, so each int() makes a new object.")
      end
    end,
  },
}
