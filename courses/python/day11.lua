-- Day 11: when equal strings are one object (interning, the one-character
-- cache, sys.intern), and what sys.getsizeof counts.
return lesson {
  day = 11, title = "Interned strings and object sizes",
  summary = [[
    When two equal strings are one object and when they are not: literals
    that look like names, the one-character cache, `sys.intern`. Then what
    `sys.getsizeof` measures: digits of an int, the spare slots of a list,
    the collector's header, and why a container's size leaves out its
    items.
  ]],

  step {
    title = "Equal text, separate objects",
    text = [[
      Text built while the program runs gets its own object, even when an
      equal string already exists. Step through and watch the Heap pane:
      each `join` adds a str object of its own, so `a == b` is True while
      `a is b` is False.
    ]],
    facts = {
      { says = [[each `join` adds a str object of its own, so `a == b` is True while `a is b` is False]],
        code = [[
          a = "".join(["mem", "ory"])
          b = "".join(["mem", "ory"])
          assert a == b and a is not b
        ]] },
    },
    code = [[
      a = "".join(["mem", "ory"])
      b = "".join(["mem", "ory"])
      print(a == b, a is b)
    ]],
  },

  step {
    title = "Literals that look like names are interned",
    text = [[
      A string literal made only of letters, digits and underscores (it
      looks like a name) is *interned*: Python keeps one object per such
      text in a table and every literal with that text, in any function,
      refers to it. Names of variables and attributes are interned the same
      way, so looking one up can compare addresses before comparing text.

      Here `word` and the value `label()` returns are one object; in the
      Heap pane it has a single entry. The string built with `join` is a
      separate object until you pass it to `sys.intern`, which looks the
      text up in the table and returns the object already there.
    ]],
    facts = {
      { says = [[`word` and the value `label()` returns are one object]],
        code = [[
          def label():
              return "memory"
          word = "memory"
          assert word is label()
        ]] },
      { says = [[The string built with `join` is a separate object until you pass it to `sys.intern`, which looks the text up in the table and returns the object already there]],
        code = [[
          import sys
          word = "memory"
          built = "".join(["mem", "ory"])
          assert built is not word and sys.intern(built) is word
        ]] },
    },
    code = [[
      import sys

      def label():
          return "memory"

      word = "memory"
      print(word is label())
      built = "".join(["mem", "ory"])
      print(built is word)
      shared = sys.intern(built)
      print(shared is word)
    ]],
  },

  step {
    title = "Folded before the program runs",
    text = [[
      The compiler works out expressions made only of constants before the
      program starts: `"hel" + "lo"` is stored as the constant `"hello"`,
      `2 ** 8` as `256`, `(1, 2) + (3,)` as `(1, 2, 3)`. A folded string
      that looks like a name is interned like any literal, so `x` below is
      the very object the literal `"hello"` gives.

      The same `+` on two variables runs when the program does and builds
      its string then, so `z is y` is False although `z == y`. Whether
      `is` says True for equal strings depends on how the compiler saw the
      code, not on the text: compare strings with `==`.
    ]],
    facts = {
      { says = [[`"hel" + "lo"` is stored as the constant `"hello"`, `2 ** 8` as `256`, `(1, 2) + (3,)` as `(1, 2, 3)`]],
        code = [[
          consts = compile('a = "hel" + "lo"\nb = 2 ** 8\nc = (1, 2) + (3,)', "<s>", "exec").co_consts
          assert "hello" in consts and 256 in consts and (1, 2, 3) in consts
        ]] },
      { says = [[so `x` below is the very object the literal `"hello"` gives]],
        code = [[
          x = "hel" + "lo"
          y = "hello"
          assert x is y
        ]] },
      { says = [[so `z is y` is False although `z == y`]],
        code = [[
          a, b = "hel", "lo"
          z = a + b
          y = "hello"
          assert z == y and z is not y
        ]] },
    },
    code = [[
      x = "hel" + "lo"
      y = "hello"
      print(x is y)
      a, b = "hel", "lo"
      z = a + b
      print(z == y, z is y)
    ]],
  },

  predict {
    title = "Interning on demand",
    code = [[
      import sys
      keys = ["".join(["us", "er_id"]) for _ in range(3)]
      print(keys[0] is keys[1])
      keys = [sys.intern(k) for k in keys]
      print(keys[0] is keys[1])
    ]],
    question = "What does the program print?",
    choices = { "True then True", "False then True", "False then False", "True then False" },
    answer = 2,
    explain = [[
      Each `join` makes its own object, so the first check is False. After
      `sys.intern`, all three slots refer to the one interned `"user_id"`:
      the Heap pane drops to a single string, and its reference count goes
      up by three.
    ]],
    facts = {
      { says = [[After `sys.intern`, all three slots refer to the one interned `"user_id"`]],
        code = [[
          import sys
          keys = ["".join(["us", "er_id"]) for _ in range(3)]
          before = sys.getrefcount(sys.intern(keys[0]))
          keys = [sys.intern(k) for k in keys]
          assert keys[0] is keys[1] is keys[2]
          assert sys.getrefcount(keys[0]) >= before + 2
        ]] },
    },
  },

  step {
    title = "The one-character cache",
    text = [[
      One-character strings are so common that CPython makes the 256 of
      them with a code point below 256 once and hands them out every time:
      `chr(97)`, `"data"[1]` and `"a b".split()[0]` are all the same
      object.

      A literal `"a"` in your code is the *interned* `"a"`, and for most
      letters that is a different object: CPython interned them while
      starting up, before the cache was asked. So `chr(97) is "a"` is
      False while `chr(103) is "g"` is True. Nobody should need to know
      this, and that is the point: whether two equal strings are one
      object depends on caches you do not control. Compare strings with
      `==`; keep `is` for `None` and for identity you created yourself.
    ]],
    facts = {
      { says = [[`chr(97)`, `"data"[1]` and `"a b".split()[0]` are all the same object]],
        code = [[
          s = "data"
          assert chr(97) is s[1] is "a b".split()[0]
        ]] },
      { says = [[So `chr(97) is "a"` is False while `chr(103) is "g"` is True]],
        code = [[
          def same(x, y):
              return x is y
          assert not same(chr(97), "a") and same(chr(103), "g")
        ]] },
    },
    code = [[
      s = "data"
      letter = s[1]
      print(letter is chr(97))
      a = "a"
      print(letter is a, letter == a)
    ]],
  },

  quiz {
    title = "Why is is a trap on strings?",
    question = "`x == y` is True for two strings. What does that tell you about `x is y`?",
    choices = {
      "it is True too: equal strings are always one object",
      "it is False: strings are never shared",
      "nothing: it depends on how each string was made and on CPython's caches",
    },
    answer = 3,
    explain = [[
      Interned literals, the one-character cache and `sys.intern` make
      some equal strings one object; text built at run time is usually
      a separate object. Only `==` answers whether the text is the same.
    ]],
  },

  step {
    title = "What sys.getsizeof counts: ints",
    text = [[
      `sys.getsizeof(obj)` gives the bytes of one object's own memory
      block, as CPython lays it out on a 64-bit machine. An int stores its
      value in *digits* of 30 bits each: 0 to `2**30 - 1` take 28 bytes,
      and every further 30 bits add 4. The Heap pane's size column shows
      the same numbers.
    ]],
    facts = {
      { says = [[0 to `2**30 - 1` take 28 bytes, and every further 30 bits add 4]],
        code = [[
          import sys
          assert sys.getsizeof(0) == sys.getsizeof(2**30 - 1) == 28
          assert [sys.getsizeof(2**k) for k in (30, 60, 90)] == [32, 36, 40]
        ]] },
    },
    code = [[
      import sys
      for n in [0, 1, 2**30 - 1, 2**30, 2**60, 2**90]:
          print(n.bit_length(), "bits:", sys.getsizeof(n), "bytes")
    ]],
  },

  predict {
    title = "Growing a list",
    code = [[
      import sys
      a = []
      print(sys.getsizeof(a))
      a.append(1)
      print(sys.getsizeof(a))
    ]],
    question = "An empty list takes 56 bytes and each slot 8. What is the second number?",
    choices = { "56", "64", "88", "120" },
    answer = 3,
    explain = [[
      `append` does not grow the list one slot at a time: when the list is
      full it makes room for several more items at once (four, the first
      time), so most appends only fill a spare slot. 56 + 4 x 8 = 88.
    ]],
    facts = {
      { says = [[when the list is full it makes room for several more items at once (four, the first time)]],
        code = [[
          import sys
          a = []
          sizes = []
          for i in range(9):
              a.append(i)
              sizes.append(sys.getsizeof(a))
          assert sizes == [88] * 4 + [120] * 4 + [184], sizes
        ]] },
    },
  },

  step {
    title = "The collector's header and the items",
    text = [[
      Two things `sys.getsizeof` does with containers surprise people:

      - it adds the 16-byte header the cycle collector keeps in front of
        every object it can track: `sys.getsizeof([])` is 56 while
        `[].__sizeof__()` is 40. An int or a str has no such header.
      - it counts a container's slots, not its items: a list holding one
        list of 1000 zeros is as big as a list holding one `0`.

      So the memory a structure really uses is the sum over every object
      it reaches, each of which the Heap pane lists with its own size.
    ]],
    facts = {
      { says = [[`sys.getsizeof([])` is 56 while `[].__sizeof__()` is 40. An int or a str has no such header]],
        code = [[
          import sys
          assert sys.getsizeof([]) == 56 and [].__sizeof__() == 40
          assert sys.getsizeof(5) == (5).__sizeof__()
          assert sys.getsizeof("ab") == "ab".__sizeof__()
        ]] },
      { says = [[a list holding one list of 1000 zeros is as big as a list holding one `0`]],
        code = [[
          import sys
          assert sys.getsizeof([[0] * 1000]) == sys.getsizeof([0])
        ]] },
    },
    code = [[
      import sys
      inner = [0] * 1000
      outer = [inner]
      print(sys.getsizeof(outer), sys.getsizeof(inner))
      print(sys.getsizeof(outer) + sys.getsizeof(inner))
    ]],
  },

  reflect {
    title = "Interning and memory",
    question = "A program reads a million lines like `status=active` and keeps the word after `=` of each in a list. Why might `sys.intern` save memory here, and what does it not change?",
    model_answer = [[
      Each split makes a new str object, so a million equal words are a
      million objects, each with its own header and text. Interning each
      word makes the list's slots all refer to one object per distinct
      word, and the duplicates are freed as soon as nothing else refers to
      them. It does not change the list itself (a million slots of 8
      bytes), nor what `==` answers.
    ]],
    facts = {
      { says = [[Interning each word makes the list's slots all refer to one object per distinct word, and the duplicates are freed as soon as nothing else refers to them]],
        code = [[
          import sys
          lines = ["status=" + "".join(["act", "ive"]) for _ in range(100)]
          parts = [line.split("=")[1] for line in lines]
          words = [sys.intern(w) for w in parts]
          assert all(w is words[0] for w in words)
          # the other 99 are held by `parts` alone: freed with it
          alone = [i for i in range(100) if sys.getrefcount(parts[i]) == 2]
          assert len(alone) >= 99
        ]] },
      { says = [[nor what `==` answers]],
        code = [[
          import sys
          w = "".join(["act", "ive"])
          assert (sys.intern(w) == w) and (w == "active")
        ]] },
    },
  },

  exercise {
    title = "One object per word",
    facts = {
      { says = [[every item of the result must be the same object, and that object's reference count must show the 50 slots that now share it]],
        code = [[
          import sys
          def dedupe(words):
              return [sys.intern(w) for w in words]
          ws = ["-".join(["ruby", "gem"]) for _ in range(50)]
          out = dedupe(ws)
          assert all(w is out[0] for w in out) and sys.getrefcount(out[0]) >= 51
        ]] },
      { says = [[`list(words)` copies the slots: still 50 objects]],
        code = [[
          ws = ["-".join(["ruby", "gem"]) for _ in range(50)]
          out = list(ws)
          assert out is not ws and len({id(w) for w in out}) == 50
        ]] },
    },
    task = [[
      Write `dedupe(words)` that returns a new list with the same words in
      the same order, where equal words are *one* object. The check builds
      50 equal words at run time (50 separate objects), calls `dedupe`, and
      looks at identity: every item of the result must be the same object,
      and that object's reference count must show the 50 slots that now
      share it. It also tries a list of different words, which must keep
      their text and order.
    ]],
    starter = [[
      def dedupe(words):
          return list(words)
    ]],
    solution = [[
      import sys

      def dedupe(words):
          return [sys.intern(w) for w in words]
    ]],
    hints = {
      "`list(words)` copies the slots: still 50 objects.",
      "`sys.intern(w)` returns the one interned object for w's text. A dict that remembers the first object per text works too.",
    },
    check = function(py)
      py.exec("_ws = ['-'.join(['ruby', 'gem']) for _ in range(50)]\n_out = dedupe(_ws)")
      assert(py.eval("isinstance(_out, list) and _out == _ws"),
             "dedupe must return a list with the same words in the same order.")
      assert(not py.is_same("_out", "_ws"), "Return a new list, not the one you were given.")
      assert(py.eval("all(w is _out[0] for w in _out)"),
             "Some equal words in the result are still separate objects: make them one (sys.intern).")
      py.exec("_mix = dedupe(['-'.join(['x', str(_i % 3)]) for _i in range(6)])")
      assert(py.eval("_mix == ['x-0', 'x-1', 'x-2', 'x-0', 'x-1', 'x-2']"),
             "dedupe(['x-0', 'x-1', 'x-2', 'x-0', 'x-1', 'x-2']) must keep the words and their order, got " ..
             py.eval("repr(_mix)") .. ".")
      assert(py.eval("_mix[0] is _mix[3] and _mix[1] is _mix[4]"),
             "In dedupe(['x-0', 'x-1', 'x-2', 'x-0', 'x-1', 'x-2']) the equal words should be one object.")
      assert(py.refcount("_out[0]") >= 51,
             "The shared word should have at least 50 references (one per slot), it has " ..
             tostring(py.refcount("_out[0]") - 1) .. ".")
    end,
  },

  exercise {
    title = "Count the spare slots",
    task = [[
      Write `capacity(xs)` that returns how many items the list `xs` has
      room for right now, full and spare slots together, using only
      `sys.getsizeof`: an empty list takes 56 bytes and each slot 8. The
      check grows lists with `append` and compares your answer with the
      room the list really has.
    ]],
    starter = [[
      def capacity(xs):
          return len(xs)
    ]],
    solution = [[
      import sys

      def capacity(xs):
          return (sys.getsizeof(xs) - 56) // 8
    ]],
    hints = {
      "`len(xs)` counts the items, not the spare slots.",
      "Take the empty list's 56 bytes away and divide by 8.",
    },
    check = function(py)
      for _, c in ipairs({ { 0, 0 }, { 1, 4 }, { 5, 8 }, { 9, 16 }, { 17, 24 } }) do
        py.exec("_a = []\nfor _i in range(" .. c[1] .. "):\n    _a.append(_i)")
        local got = py.eval("capacity(_a)")
        assert(got == c[2], ("After %d appends the list has room for %d items; capacity gave %s.")
               :format(c[1], c[2], tostring(got)))
      end
      py.exec("_b = [0] * 10")
      assert(py.eval("capacity(_b)") == 10, "`[0] * 10` has exactly 10 slots; capacity gave " ..
             tostring(py.eval("capacity(_b)")) .. ".")
    end,
  },
}
