-- Day 2: reference counting and the cycle collector.
return lesson {
  day = 2, title = "Reference counting and garbage collection",
  summary = [[
    Every object counts the references to it and is freed when the count
    reaches zero; a generational collector cleans up the cycles that
    counting alone cannot.
  ]],
  facts = {
    { says = [[Every object counts the references to it and is freed when the count reaches zero]],
      code = [[
        import gc, sys
        gc.disable()
        log = []
        class Tracked:
            def __del__(self):
                log.append("freed")
        a = Tracked()
        b = a
        assert sys.getrefcount(a) == 3  # a, b and the argument
        del a
        assert log == []
        del b
        assert log == ["freed"]
      ]] },
    { says = [[a generational collector cleans up the cycles that counting alone cannot]],
      code = [[
        import gc
        gc.disable()
        a, b = [], []
        a.append(b)
        b.append(a)
        del a, b
        assert gc.collect() == 2
      ]] },
  },

  step {
    title = "The object header",
    text = [[
      Every object on the heap starts with a small *header*. In CPython it
      is the C struct `PyObject`, with two fields:

      - `ob_refcnt`, the **reference count**: how many references point at
        the object right now;
      - `ob_type`, a pointer to the object's **type**, which says what the
        object can do.

      Containers (lists, dicts, instances of your classes...) carry two
      more links in front of that header, which put them on the list of
      objects the garbage collector watches.

      The Heap pane shows these fields as columns: `rc` is the reference
      count, the type name comes from `ob_type`, `gen0` is the collector's
      list. Step through and watch the list's `rc` go up on line 3.
    ]],
    code = [[
      import sys
      a = [1, 2, 3]
      b = a
      print(type(a).__name__, sys.getrefcount(a))
    ]],
  },

  step {
    title = "sys.getrefcount counts one extra",
    text = [[
      `sys.getrefcount(obj)` returns the reference count of `obj`, but
      always **one more** than you might expect: to call the function,
      the argument itself must be referenced for the duration of the
      call, and that temporary reference is counted too.

      A fresh list bound to one name therefore reports 2. Each new name,
      list slot or argument that points at it adds 1. Watch the `rc`
      column follow along.
    ]],
    code = [[
      import sys
      a = [1, 2, 3]
      print(sys.getrefcount(a))
      b = a
      print(sys.getrefcount(a))
      pair = [a, a]
      print(sys.getrefcount(a))
    ]],
  },

  predict {
    title = "Counting references",
    code = [[
      import sys
      data = {"x": 1}
      alias = data
      holder = [data]
      print(sys.getrefcount(data))
    ]],
    question = "What number is printed?",
    choices = { "2", "3", "4", "5" },
    answer = 3,
    explain = [[
      Three references are stored: the names `data` and `alias`, and the
      first slot of `holder`. `getrefcount`'s own argument adds one more:
      3 + 1 = 4.
    ]],
  },

  step {
    title = "del removes a name, not an object",
    text = [[
      `del name` unbinds the name and drops the reference it held: the
      count goes down by one. The object itself is untouched as long as
      other references remain.

      Here `del b` takes the list from rc 3 to rc 2 (as getrefcount shows
      it), and the list is still there, reachable as `a`.
    ]],
    code = [[
      import sys
      a = ["keep", "me"]
      b = a
      print(sys.getrefcount(a))
      del b
      print(sys.getrefcount(a))
      print(a)
    ]],
  },

  step {
    title = "Freed the moment the count hits zero",
    text = [[
      When the last reference goes away the count reaches **0** and the
      object is deallocated on the spot: no waiting for a collector. Its
      memory goes back to the interpreter's allocator and can be reused
      for the next object (it is not necessarily returned to the operating
      system).

      Step through and watch the Heap pane mark the list as freed on
      line 2. The same happens to a function's local objects when the call
      returns and its frame disappears (line 6), unless something else
      still refers to them.
    ]],
    facts = {
      { says = [[Freed the moment the count hits zero]],
        code = [[
          import gc
          gc.disable()
          log = []
          class Tracked:
              def __del__(self):
                  log.append("freed")
          a = Tracked()
          b = a
          del a
          assert log == []
          del b
          assert log == ["freed"]
        ]] },
      { says = [[the count reaches **0** and the object is deallocated on the spot: no waiting for a collector]],
        code = [[
          import gc
          gc.disable()
          log = []
          class Tracked(list):
              def __del__(self):
                  log.append("freed")
          a = Tracked([1, 2, 3])
          del a
          assert log == ["freed"]
        ]] },
      { says = [[watch the Heap pane mark the list as freed on line 2. The same happens to a function's local objects when the call returns]],
        code = [[
          import gc
          gc.disable()
          log = []
          class Tracked(list):
              def __del__(self):
                  log.append("freed")
          def work():
              temp = Tracked([0] * 5)
              return len(temp)
          assert work() == 5 and log == ["freed"]
        ]] },
    },
    code = [[
      a = [1, 2, 3]
      del a

      def work():
          temp = [0] * 5
          return len(temp)

      print(work())
    ]],
  },

  step {
    title = "Cycles: where counting fails",
    text = [[
      Two lists that contain each other keep each other's count above
      zero. After `del a, b` no name reaches them, yet each still holds a
      reference to the other: rc 1 each in the Heap pane, forever, if
      counting were all Python had.

      This is what the *cycle collector* is for. `gc.collect()` finds the
      unreachable cycle, frees both lists and returns how many
      unreachable objects it found: **2**.
    ]],
    code = [[
      import gc
      a = []
      b = []
      a.append(b)
      b.append(a)
      del a, b
      found = gc.collect()
      print("unreachable objects found:", found)
    ]],
  },

  step {
    title = "Three generations",
    text = [[
      Most objects die young: a temporary list lives for one line. So the
      collector sorts the container objects it tracks into three
      **generations** and looks at the young ones most often:

      - **generation 0**: new objects;
      - **generation 1**: objects that survived one collection;
      - **generation 2**: objects that survived two or more.

      `gc.get_threshold()` gives the triggers, `(700, 10, 10)` by
      default. Generation 0 is collected when its count goes above 700.
      That count goes up by one for each object allocated that the
      collector *could* track (lists, dicts, instances: even an empty dict
      it does not track yet) and down by one for each one deallocated;
      an object recycled through its type's free list skips both.
      Generation 1 is collected when more than 10 collections of
      generation 0 have happened since its last collection: a
      `gc.callbacks` log shows eleven collections of generation 0, then
      one of generation 1. Generation 2 works the same way on top of
      generation 1 (and CPython adds one more condition: only when enough
      new objects have reached the old generation since the last full
      collection, a quarter of its size, so that big programs do not
      spend all their time on full collections).

      `gc.get_count()` shows the three counters. Watch the **GC
      generations** pane fill up as the loop makes 100 lists.
    ]],
    facts = {
      { says = [[Generation 2 works the same way on top of generation 1]],
        code = [[
          import gc
          gc.collect()
          gc.set_threshold(5, 2, 2)   # small numbers, the same rule
          log = []
          gc.callbacks.append(lambda phase, info: phase == "start" and log.append(info["generation"]))
          keep = [[] for _ in range(20000)]
          gc.callbacks.clear()
          assert log[:12] == [0, 0, 0, 1] * 3
          assert log[:log.index(2)].count(1) > 2
        ]] },
      { says = [[generation 0**: new objects]],
        code = [[
          import gc
          gc.collect()
          x = []
          assert any(o is x for o in gc.get_objects(0))
        ]] },
      { says = [[even an empty dict it does not track yet]],
        code = [[
          import gc
          gc.collect()
          before = gc.get_count()[0]
          dicts = [{} for _ in range(100)]
          assert not gc.is_tracked(dicts[0])
          assert gc.get_count()[0] - before >= 100
        ]] },
      { says = [[an object recycled through its type's free list skips both]],
        code = [[
          import gc
          gc.collect()
          before = gc.get_count()[0]
          lists = [[] for _ in range(100)]
          made = gc.get_count()[0] - before
          del lists   # most of the 100 lists go to the list free list
          assert made >= 100 and gc.get_count()[0] - before > made - 100
        ]] },
      { says = [[a `gc.callbacks` log shows eleven collections of generation 0, then one of generation 1]],
        code = [[
          import gc
          gc.collect()
          log = []
          gc.callbacks.append(lambda phase, info: phase == "start" and log.append(info["generation"]))
          keep = [[] for _ in range(700 * 13)]
          gc.callbacks.clear()
          assert log[:12] == [0] * 11 + [1], log
        ]] },
      { says = [[only when enough new objects have reached the old generation since the last full collection, a quarter of its size]],
        code = [[
          import gc
          old = [[] for _ in range(4000)]
          gc.collect()              # old now sits in generation 2
          gc.set_threshold(10, 2, 2)
          log = []
          gc.callbacks.append(lambda phase, info: phase == "start" and log.append(info["generation"]))
          few = [[] for _ in range(300)]      # far fewer than a quarter of 4000
          after_few = 2 in log
          many = [[] for _ in range(6000)]
          gc.callbacks.clear()
          assert not after_few and 2 in log
        ]] },
    },
    code = [[
      import gc
      print(gc.get_threshold())
      gc.collect()
      keep = []
      for i in range(100):
          keep.append([i])
      print(gc.get_count()[0] >= 100)
    ]],
  },

  step {
    title = "References that do not count",
    text = [[
      A *weak* reference finds an object without keeping it alive:
      `weakref.ref(obj)` does not add to `obj`'s refcount. Calling the
      weak reference gives the object while something else keeps it, and
      `None` once the last counted reference has gone and it has been
      freed. Caches use them: `weakref.WeakValueDictionary` holds its
      values weakly, so an entry disappears by itself when nothing else
      uses the object.
    ]],
    facts = {
      { says = [[`weakref.ref(obj)` does not add to `obj`'s refcount]],
        code = [[
          import sys, weakref
          class Photo:
              pass
          p = Photo()
          before = sys.getrefcount(p)
          r = weakref.ref(p)
          assert sys.getrefcount(p) == before
        ]] },
      { says = [[and `None` once the last counted reference has gone and it has been freed]],
        code = [[
          import weakref
          class Photo:
              pass
          p = Photo()
          r = weakref.ref(p)
          assert r() is p
          del p
          assert r() is None
        ]] },
      { says = [[so an entry disappears by itself when nothing else uses the object]],
        code = [[
          import weakref
          class Photo:
              pass
          cache = weakref.WeakValueDictionary()
          p = Photo()
          cache["sky"] = p
          assert len(cache) == 1
          del p
          assert len(cache) == 0
        ]] },
    },
    code = [[
      import sys, weakref

      class Photo:
          pass

      p = Photo()
      before = sys.getrefcount(p)
      r = weakref.ref(p)
      print(sys.getrefcount(p) == before, r() is p)
      del p
      print(r())
    ]],
  },

  step {
    title = "Where every reference comes from",
    text = [[
      A refcount is a sum, and pyscope can show its terms. The code builds
      two nodes that point at each other and a list that holds both. When
      it has run, the inspector opens on `a`:

      - *refers to*: the references `a` holds (`.next`, its class);
        Enter follows one, Esc comes back;
      - *referred to by*: one line per counted reference, and they add up
        to the refcount: the global name `a`, the slot `b.next`, the item
        `xs[0]`;
      - *alive because*: the shortest chain from a variable to `a`.

      Press `g` for the graph: `a` and `b` point at each other, a loop
      that no count can undo once the names are gone. Open it yourself
      with Enter on any row of the Heap pane, or type `:refs a`, `:why a`
      or `:graph xs` at the prompt.
    ]],
    facts = {
      { says = [[they add up to the refcount: the global name `a`, the slot `b.next`, the item `xs[0]`]],
        code = [==[
          import sys
          class Node:
              pass
          a = Node()
          b = Node()
          a.next = b
          b.next = a
          xs = [a, b, [1, 2]]
          assert sys.getrefcount(a) - 1 == 3
          assert b.next is a and xs[0] is a
        ]==] },
    },
    code = [==[
      class Node:
          pass

      a = Node()
      b = Node()
      a.next = b
      b.next = a
      xs = [a, b, [1, 2]]
    ]==],
    inspect = "a",
  },

  step {
    title = "How cycle detection works (slow motion)",
    text = [[
      The collector never needs to know where your names are. For the
      generation it collects, it:

      1. copies each object's refcount into a scratch field (*update refs*);
      2. for every reference *from one object in the generation to
         another*, subtracts 1 from the target's copy (*subtract refs*).
         What is left counts references from outside: names, frames,
         older objects;
      3. objects left above zero are reachable, and so is everything they
         reach; the rest are moved to an *unreachable* list (*move
         unreachable*);
      4. runs finalizers (`__del__`) of unreachable objects, then clears
         them, which drops the cycle's internal references so the counts
         fall to zero and the objects are freed;
      5. survivors move up one generation.

      Run the code (`c`): when it has finished, pyscope collects in slow
      motion the generation CPython would collect next (here the
      youngest, where the two new lists are) and shows each phase in the
      Heap pane, your objects first (any key: next phase, Esc: finish).
      `g` does it again at any time, `G` runs a full `gc.collect()`. In
      line mode the phases are printed after the output. This is not mark-and-sweep
      from roots: CPython finds garbage by subtracting internal references
      (it is implemented in `Modules/gcmodule.c`).
    ]],
    facts = {
      { says = [[drops the cycle's internal references so the counts fall to zero and the objects are freed]],
        code = [[
          import gc
          gc.disable()
          log = []
          class Node:
              def __del__(self):
                  log.append("freed")
          a, b = Node(), Node()
          a.other, b.other = b, a
          del a, b
          assert log == []
          gc.collect()
          assert log == ["freed", "freed"]
        ]] },
    },
    code = [[
      import gc
      left = ["left"]
      right = ["right"]
      left.append(right)
      right.append(left)
      survivor = ["still named"]
      del left, right
      print("no name refers to the two lists now")
    ]],
    collect = "next",
  },

  predict {
    title = "A cycle of three",
    code = [[
      import gc
      gc.collect()
      x = []
      y = []
      z = []
      x.append(y)
      y.append(z)
      z.append(x)
      del x, y
      print(gc.collect())
      del z
      print(gc.collect())
    ]],
    question = "What are the two numbers printed?",
    choices = { "0 then 3", "2 then 1", "3 then 0", "0 then 0" },
    answer = 1,
    explain = [[
      While `z` still names one list of the ring, every list is reachable
      (z reaches x, x reaches y), so the first collection finds nothing.
      After `del z` the whole ring is unreachable and all 3 lists are
      collected.
    ]],
  },

  step {
    title = "The gc module",
    text = [[
      The `gc` module lets you look at and steer the collector:

      - `gc.collect(generation=2)` collects now and returns the number of
        unreachable objects found;
      - `gc.get_count()`, `gc.get_threshold()`, `gc.set_threshold(...)`;
      - `gc.disable()`, `gc.enable()`, `gc.isenabled()`;
      - `gc.is_tracked(obj)`: only objects that can hold references take
        part. Ints and strings can never be part of a cycle, so they are
        not tracked.

      Reference counting keeps working when the collector is disabled:
      only cycles stay behind until you collect by hand.
    ]],
    code = [[
      import gc
      print(gc.is_tracked(42), gc.is_tracked("text"), gc.is_tracked([]))
      gc.disable()
      print(gc.isenabled())
      gc.enable()
      print(gc.isenabled())
    ]],
  },

  step {
    title = "When turning the collector off makes sense",
    text = [[
      A collection of generation 2 walks every tracked object, which takes
      time in a large program. A service with strict latency limits may
      call `gc.disable()` (or raise the thresholds) so that no collection
      starts in the middle of a request, then call `gc.collect()` itself
      at a quiet moment, or avoid creating cycles at all.

      It is a trade: with the collector off, every cycle you create stays
      in memory until you collect. For ordinary programs the defaults are
      the right choice. Here cycles pile up while it is off, and one manual
      collection clears them all.
    ]],
    code = [[
      import gc
      gc.disable()
      gc.collect()
      for i in range(5):
          node = []
          node.append(node)
      del node
      print("collected:", gc.collect())
      gc.enable()
    ]],
  },

  quiz {
    question = "With the default thresholds `(700, 10, 10)`, what starts a collection of generation 0?",
    choices = {
      "700 seconds since the last collection",
      "allocations minus deallocations of container objects exceeding 700",
      "the heap reaching 700 kilobytes",
      "10 objects surviving generation 1",
    },
    answer = 2,
    explain = [[
      The generation-0 count goes up when an object the collector could
      track (a list, a dict, an instance) is allocated, tracked yet or not,
      and down when one is deallocated. When it goes above the threshold
      (700), generation 0 is collected.
    ]],
  },

  quiz {
    question = "Which of these objects is tracked by the cycle collector?",
    choices = { "the int 42", "the string 'abc'", "an empty list", "None" },
    answer = 3,
    explain = "Lists can hold references to other objects and so can be part of a cycle. Ints, strings and None cannot.",
  },

  reflect {
    question = "Python frees objects by reference counting. Why does it also need a garbage collector?",
    model_answer = [[
      Reference counting frees an object as soon as its count drops to
      zero, which is fast and predictable, but objects that refer to each
      other in a cycle keep each other's counts above zero even when the
      program can no longer reach them. The generational cycle collector
      finds such groups: it subtracts the references that come from inside
      the group, and objects with nothing left pointing at them from
      outside are unreachable, so it clears and frees them.
    ]],
  },

  reflect {
    question = "When would you disable the garbage collector, and what is the risk?",
    model_answer = [[
      In latency-sensitive programs (trading systems, games, request
      handlers with tight limits) a collection of the old generation can
      cause a noticeable pause, so they disable automatic collection or
      raise the thresholds and call gc.collect() at moments they choose.
      Reference counting still frees most objects. The risk is that every
      reference cycle stays in memory until a manual collection, so memory
      use can grow if the code creates cycles.
    ]],
  },

  exercise {
    title = "One more name, one more reference",
    facts = {
      { says = [[bind a new name `alias` to the same object, so that `after - before` is exactly 1]],
        code = [[
          import sys
          x = ["some", "data"]
          before = sys.getrefcount(x)
          alias = x
          after = sys.getrefcount(x)
          assert alias is x and after - before == 1
        ]] },
    },
    task = [[
      The starter measures the reference count of `x` twice. Between the
      two measurements, bind a new name `alias` to the same object, so that
      `after - before` is exactly 1.
    ]],
    starter = [[
      import sys
      x = ["some", "data"]
      before = sys.getrefcount(x)
      after = sys.getrefcount(x)
    ]],
    solution = [[
      import sys
      x = ["some", "data"]
      before = sys.getrefcount(x)
      alias = x
      after = sys.getrefcount(x)
    ]],
    hints = {
      "Add one line between the two measurements.",
      "`alias = x` stores a new reference to the same list.",
    },
    check = function(py)
      assert(py.eval("'alias' in globals()"), "Define the name `alias`, between the two measurements.")
      assert(py.is_same("alias", "x"), "`alias` must refer to the same object as `x` (`alias = x`).")
      local d = py.eval("after - before")
      assert(d == 1, "`after - before` is " .. tostring(d) .. ", it should be 1: bind `alias` between the two getrefcount calls.")
    end,
  },

  exercise {
    title = "Make a cycle for the collector",
    facts = {
      { says = [[Without links, both lists are freed by reference counting when the function returns]],
        code = [[
          import gc
          gc.disable()
          log = []
          class Tracked(list):
              def __del__(self):
                  log.append("freed")
          def make_two():
              a = Tracked()
              b = Tracked()
          make_two()
          assert log == ["freed", "freed"]
        ]] },
    },
    task = [[
      Write a function `make_cycle()` that creates two lists which refer
      to each other and then returns None, so that after the call the two
      lists are garbage only the collector can free. The check calls
      `gc.collect()`, then `make_cycle()`, then `gc.collect()` again, which
      must return 2.
    ]],
    starter = [[
      def make_cycle():
          a = []
          b = []
    ]],
    solution = [[
      def make_cycle():
          a = []
          b = []
          a.append(b)
          b.append(a)
    ]],
    hints = {
      "Without links, both lists are freed by reference counting when the function returns.",
      "Append each list to the other: `a.append(b)` and `b.append(a)`.",
    },
    check = function(py)
      py.exec("import gc\ngc.collect()\n_r = make_cycle()\n_n = gc.collect()")
      assert(py.eval("_r") == nil, "make_cycle() should return None, not the lists (returning them keeps them reachable).")
      local n = py.eval("_n")
      assert(n == 2, "gc.collect() after make_cycle() found " .. tostring(n) ..
             " unreachable objects, expected 2: the two lists must refer to each other.")
    end,
  },

  exercise {
    title = "Break the cycle yourself",
    task = [[
      `tidy()` builds a pair of lists that refer to each other. Add code
      *before it returns* that breaks the cycle, so that reference counting
      alone frees both lists: after `tidy()` the collector must find
      nothing (`gc.collect()` returns 0). Keep the lines that build the
      cycle.
    ]],
    starter = [[
      def tidy():
          a = ["a"]
          b = ["b"]
          a.append(b)
          b.append(a)
    ]],
    solution = [[
      def tidy():
          a = ["a"]
          b = ["b"]
          a.append(b)
          b.append(a)
          b.clear()
    ]],
    hints = {
      "A cycle is broken as soon as one of its links is gone.",
      "`b.clear()` (or `a.pop()`) removes one link; then both counts can drop to zero on return.",
    },
    check = function(py)
      local src = py.source()
      assert(src:find("a%.append%(%s*b%s*%)") and src:find("b%.append%(%s*a%s*%)"),
             "Keep the two lines that build the cycle, a.append(b) and b.append(a); break it after them.")
      py.exec("import gc\ngc.disable()\ngc.collect()\ntidy()\n_n = gc.collect()\ngc.enable()")
      local n = py.eval("_n")
      assert(n == 0, "After tidy() the collector still found " .. tostring(n) ..
             " unreachable objects: break one link of the cycle before the function returns.")
    end,
  },
  exercise {
    title = "Who keeps it alive?",
    task = [[
      `del second` removes a name, not the object: the node called
      "second" is still reachable in two other ways. Add lines *before*
      `del second` so that, once the name goes, nothing refers to that
      node and reference counting frees it at once. Keep `first` and
      `registry` (with `first` still in it).

      When the check fails it tells you the path that still leads to the
      node, the way the `:why` command of the REPL does (`:refs X` lists
      every reference to X, `:graph X` draws its neighbours).
    ]],
    starter = [[
      class Node:
          def __init__(self, name):
              self.name = name
              self.next = None

      first = Node("first")
      second = Node("second")
      first.next = second
      registry = [first, second]
      sid = id(second)

      del second
    ]],
    solution = [[
      class Node:
          def __init__(self, name):
              self.name = name
              self.next = None

      first = Node("first")
      second = Node("second")
      first.next = second
      registry = [first, second]
      sid = id(second)
      first.next = None
      registry.remove(second)
      del second
    ]],
    hints = {
      "Two references besides the name: one in an attribute, one in a list.",
      "`first.next = None` drops one; `registry.remove(second)` the other.",
    },
    check = function(py)
      assert(py.eval("'first' in globals() and 'registry' in globals()"),
             "Keep `first` and `registry`.")
      assert(py.eval("first in registry"), "`first` should still be in `registry`.")
      assert(py.eval("'second' not in globals()"), "Keep the last line, `del second`.")
      local path, why = py.why_alive(py.eval("sid"))
      assert(not path, "The node is still alive: it is reachable as " .. tostring(path) ..
             ". Drop that reference before `del second`.")
      assert(why == "freed", "The node is still in memory: " .. tostring(why))
    end,
  },
  exercise {
    title = "A cache that lets go",
    facts = {
      { says = [[so that an image is freed as soon as the last name for it goes]],
        code = [[
          import weakref
          class Image:
              def __init__(self, name):
                  self.name = name
          cache = weakref.WeakValueDictionary()
          img = Image("sky")
          cache["sky"] = img
          r = weakref.ref(img)
          del img
          assert r() is None and len(cache) == 0
        ]] },
    },
    task = [[
      `load(name)` keeps every `Image` it makes in `cache`, so an image
      stays in memory for ever, even when the program no longer uses it.
      Make `cache` hold its images weakly (the `weakref` module has a
      dictionary for that), so that an image is freed as soon as the last
      name for it goes, while two `load` calls for the same name still
      give the same `Image` as long as it is in use.
    ]],
    starter = [[
      class Image:
          def __init__(self, name):
              self.name = name

      cache = {}

      def load(name):
          img = cache.get(name)
          if img is None:
              img = Image(name)
              cache[name] = img
          return img
    ]],
    solution = [[
      import weakref

      class Image:
          def __init__(self, name):
              self.name = name

      cache = weakref.WeakValueDictionary()

      def load(name):
          img = cache.get(name)
          if img is None:
              img = Image(name)
              cache[name] = img
          return img
    ]],
    hints = {
      "A plain dict's values are counted references: they keep the images alive.",
      "`cache = weakref.WeakValueDictionary()` (after `import weakref`).",
    },
    check = function(py)
      py.exec("_img = load('sky')\n_same = load('sky') is _img\n_n1 = len(cache)\n_id = id(_img)\ndel _img\n_n2 = len(cache)")
      assert(py.eval("_same"), "Two load('sky') calls should give the same Image while it is in use.")
      assert(py.eval("_n1") == 1, "After load('sky') the cache should hold one entry.")
      local path = py.why_alive(py.eval("_id"))
      assert(not path, "The Image is still alive after its last name went: it is reachable as " ..
             tostring(path) .. ". The cache must not keep it.")
      assert(py.eval("_n2") == 0, "The cache still lists the freed image.")
    end,
  },
}
