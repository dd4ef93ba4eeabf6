-- Day 0: how to use pyscope -- the panes and the keys, learned by doing.
return lesson {
  day = 0, title = "How to use pyscope",
  summary = [[
    A short tour: the panes, stepping through code line by line, into and
    out of functions, backwards, the slow-motion garbage collector, and the
    prompt at the bottom.
  ]],

  step {
    title = "The panes",
    text = [[
      pyscope runs Python code and shows you its memory while it runs.
      Around this text you have:

      - **Code**: the program, with the line about to run marked `>`;
      - **Output**: what the program prints;
      - **Stack / variables**: one frame per function call in progress,
        with its names and an arrow to the object each one refers to;
      - **Heap**: the objects, with type, reference count (`rc`), GC
        generation and size; new, changed and freed ones are marked;
      - **GC generations**: the collector's three counters against their
        thresholds;
      - the **memory bar**: code, variables, heap, free, stack.

      Everything you will learn is something you can watch in one of these
      panes.
    ]],
    code = [[
      greeting = "hello"
      numbers = [1, 2, 3]
      print(greeting, numbers)
    ]],
  },

  step {
    title = "n: the next line",
    text = [[
      Press `n` to run the line marked `>` and stop at the next one. Do it
      three times for this program and watch:

      1. `x` appears in the Stack pane, pointing at the int `1000`;
      2. `y` appears with an arrow to the **same** object;
      3. the Output pane shows `True`.
    ]],
    code = [[
      x = 1000
      y = x
      print(x is y)
    ]],
  },

  step {
    title = "s: step into, o: step out",
    text = [[
      On a line that calls a function, `n` runs the whole call at once.
      `s` **steps into** it instead: a new frame for `double` is pushed on
      the Stack pane and the marker jumps into the function body. `o`
      **steps out**: it finishes the current call and stops back in the
      caller, where the frame has been popped.

      Try `s` on the last line, then `n` inside `double`, then `o`.
    ]],
    code = [[
      def double(n):
          result = n * 2
          return result

      answer = double(21)
      print(answer)
    ]],
  },

  step {
    title = "c: continue, b: back, r: restart",
    text = [[
      - `c` **continues**: it runs to the end of the program without
        stopping;
      - `b` steps **back** one line, exactly: the stack, the heap and the
        output return to what they were. Use it whenever something changed
        too fast to see;
      - `r` **restarts** the program from its first line.

      Press `c` to run the loop to the end, then `b` a few times and watch
      `total` count back down.
    ]],
    code = [[
      total = 0
      for i in range(5):
          total += i
      print(total)
    ]],
  },

  step {
    title = "g: the garbage collector in slow motion",
    text = [[
      Step with `n` until the marker reaches the last line, then press `g`.
      pyscope runs the collection one phase at a time and shows each phase
      in the Heap pane: the two lists that only refer to each other are
      found unreachable and freed, while `kept` survives. Press any key to
      move through the phases. You will learn what each phase does on
      day 2.
    ]],
    code = [[
      import gc
      a = []
      b = []
      a.append(b)
      b.append(a)
      kept = ["I have a name"]
      del a, b
      print(gc.collect())
    ]],
  },

  step {
    title = "Tab, ? and q",
    text = [[
      - `Tab` moves the **focus** from pane to pane; the focused pane is
        highlighted and the arrow keys, Page Up and Page Down scroll it.
        Use it when the Heap pane holds more objects than fit;
      - `?` shows the **help** with every key; any key closes it;
      - `q` **quits**. Your place in the course is saved at every step, so
        the next start resumes here.

      Press `Tab` a few times now, then `?` and read the list.
    ]],
  },

  step {
    title = "The prompt",
    text = [[
      The line at the bottom marked `>>>` is a Python prompt, like the one
      `python3` gives you; `:` or `i` puts the cursor in it. Type a
      statement and press Enter: it runs, and the panes show its effect.
      An indented block (a `for` or a `def`) ends with an empty line. Up
      and Down recall earlier lines.

      Try: `nums = [1, 2, 3]`, then `import sys`, then
      `sys.getrefcount(nums)`, and find the list in the Heap pane.
      `pyscope repl` opens the same prompt outside the course.
    ]],
  },

  quiz {
    question = "The marker is on `x = area(3, 4)`. Which key shows you the inside of `area` as it runs?",
    choices = { "n", "s", "o", "c" },
    answer = 2,
    explain = "s steps into the call; n would run the whole call in one go.",
  },

  quiz {
    question = "You pressed `n` and missed what happened to the heap. What do you press?",
    choices = { "r, to restart from the top", "b, to go back one line", "q, to quit", "g" },
    answer = 2,
    explain = "b undoes exactly one step, panes and output included.",
  },

  exercise {
    title = "Your first exercise",
    task = [[
      Exercises are checked by running your code. Make a name `greeting`
      that refers to the string `"hello, pyscope"`, then run it. If you are
      stuck, ask for a hint; after a first try you can see the solution.
    ]],
    starter = [[
      greeting = ""
    ]],
    solution = [[
      greeting = "hello, pyscope"
    ]],
    hints = {
      "Put the text between the quotes.",
      "greeting = \"hello, pyscope\"",
    },
    check = function(py)
      assert(py.eval("'greeting' in globals()"), "Define a name `greeting`.")
      local g = py.eval("greeting")
      assert(g == "hello, pyscope", "`greeting` should be 'hello, pyscope', it is '" .. tostring(g) .. "'.")
    end,
  },
}
