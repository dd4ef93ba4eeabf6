return lesson {
  day = 1, title = "What each line changes",

  step {
    title = "Names, a call and a cycle",
    text = [[
      Walk through this code with `:step` and listen to what changes.
    ]],
    code = [[
      import gc
      a = [1, 2]
      b = a
      del a
      def grow(xs):
          xs.append(3)
          return len(xs)
      n = grow(b)
      class Node:
          pass
      p = Node()
      p.me = p
      p = None
      print("collected", gc.collect() > 0)
      b = None
    ]],
  },

  step {
    title = "A loop that never ends",
    text = [[
      Walk into it, `:continue`, and stop it with Ctrl-C.
    ]],
    code = [[
      n = 0
      while n >= 0:
          n += 1
    ]],
  },

  step {
    title = "A cycle the collector frees",
    text = [[
      After the code has run, the collection CPython would run next is
      shown phase by phase.
    ]],
    code = [[
      class Node:
          pass
      a = Node()
      b = Node()
      a.other = b
      b.other = a
      keep = Node()
      del a, b
    ]],
    collect = "next",
  },
}
