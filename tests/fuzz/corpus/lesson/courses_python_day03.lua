-- Day 3: data types, type conversion, operators; the temperature converter.
return lesson {
  day = 3, title = "Data types, conversion and operators",
  summary = [[
    int, float, str and bool; converting between them (and why input()
    needs it); arithmetic, comparison, logical and assignment operators.
    The assignment: a temperature converter.
  ]],

  step {
    title = "Four basic types",
    text = [[
      Every object knows its type (the `ob_type` field of its header).
      The four you will use constantly:

      - `int`: whole numbers of any size, `42`, `-7`, `10**30`;
      - `float`: numbers with a fractional part, `3.5`, `1e-3`;
      - `str`: text, `"hello"`;
      - `bool`: `True` and `False`.

      `type(value)` tells you the type. Look at the Heap pane: each value
      is an object, and its type is shown next to it.
    ]],
    code = [[
      count = 42
      price = 3.5
      name = "pyscope"
      ready = True
      print(type(count).__name__, type(price).__name__)
      print(type(name).__name__, type(ready).__name__)
    ]],
  },

  step {
    title = "Implicit conversion",
    text = [[
      When an operation mixes an `int` and a `float`, Python converts the
      int to a float for you: this is *implicit* conversion. The result
      is a new float object. `bool` is a kind of int (`True` is 1 and
      `False` is 0), so it joins in arithmetic as well.

      Python never converts implicitly between numbers and text:
      `"3" + 4` is a `TypeError`, not `"34"` and not `7`. You will see
      that error in a moment.
    ]],
    code = [[
      total = 3 + 2.5
      print(total, type(total).__name__)
      print(True + True)
      print(10 / 4)
    ]],
  },

  step {
    title = "Explicit conversion",
    text = [[
      To change a type yourself, call the type: `int(...)`, `float(...)`,
      `str(...)`, `bool(...)`. This is *explicit* conversion. Each call
      builds a new object; the original is left as it was.

      - `int("42")` parses text; `int(3.9)` drops the fraction (towards
        zero: `int(-3.9)` is `-3`);
      - `float("3.5")` parses text with a decimal point;
      - `str(12)` makes text from a number;
      - `bool(x)` is False for `0`, `0.0`, `""` and empty containers,
        True for everything else (even the text `"0"`).
    ]],
    code = [[
      print(int("42") + 1)
      print(float("3.5") * 2)
      print(str(12) + "3")
      print(int(3.9), int(-3.9))
      print(bool(""), bool("0"), bool(0))
    ]],
  },

  step {
    title = "When conversion fails",
    text = [[
      Explicit conversion checks its input. `int("3.5")` fails with a
      `ValueError`: the text is not a whole number. (Use `float("3.5")`,
      then `int(...)` if you need to.) Run it and read the last line of
      the traceback in the Output pane.
    ]],
    code = [[
      text = "3.5"
      number = int(text)
    ]],
    raises = "ValueError",
  },

  step {
    title = "input() always returns a string",
    text = [[
      `input()` reads one line typed by the user and returns it as a
      `str`, even when the user typed digits. To compute with it, convert
      it first: `int(input())` or `float(input())`.

      When this code runs, the lesson types `21` for you. Adding `2` to
      the text would be a TypeError, so it converts first. In the Heap
      pane you can see both objects: the string `"21"` and the int `21`.
    ]],
    code = [[
      typed = input("A number: ")
      print(type(typed).__name__)
      number = int(typed)
      print(number + 2)
    ]],
    input = { "21" },
  },

  step {
    title = "Mixing str and int",
    text = [[
      Here is the error from before. Python refuses to guess whether you
      meant addition or joining text, and names the types in the message.
    ]],
    code = [[
      print("3" + 4)
    ]],
    raises = "TypeError",
  },

  step {
    title = "Arithmetic operators",
    text = [[
      `+ - *` work as usual. Then:

      - `/` is true division and **always** gives a float: `7 / 7` is
        `1.0`;
      - `//` is floor division: it rounds *down*, towards minus infinity,
        so `-7 // 2` is `-4`, not `-3`;
      - `%` is the remainder that goes with `//`: `a == (a // b) * b + a % b`;
      - `**` is the power: `2 ** 10` is `1024`.
    ]],
    code = [[
      print(7 / 2, 7 // 2, 7 % 2)
      print(-7 // 2, -7 % 2)
      print(2 ** 10)
      print(7 / 7)
    ]],
  },

  predict {
    title = "Division results",
    code = [[
      print(9 / 3, 9 // 4, -9 // 4)
    ]],
    question = "What is printed?",
    choices = { "3 2 -2", "3.0 2 -3", "3.0 2.25 -2.25", "3 2 -3" },
    answer = 2,
    explain = [[
      `/` always returns a float (3.0). `//` floors: 9 // 4 is 2, and
      -9 // 4 is -3 because -2.25 rounded down is -3.
    ]],
  },

  step {
    title = "Comparison operators",
    text = [[
      `==  !=  <  >  <=  >=` compare values and return a bool. They can
      be chained: `1 < x < 10` means `1 < x and x < 10`.

      Ints and floats compare by value (`5 == 5.0` is True), strings
      compare letter by letter. Careful with floats: most decimal
      fractions cannot be stored exactly in binary, so `0.1 + 0.2 == 0.3`
      is False. Compare with a tolerance instead (`math.isclose`).
    ]],
    code = [[
      import math
      x = 5
      print(1 < x < 10, x == 5.0, "apple" < "banana")
      print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
      print(math.isclose(0.1 + 0.2, 0.3))
    ]],
  },

  step {
    title = "Logical operators",
    text = [[
      `and`, `or` and `not` combine conditions. `not` always returns a
      bool, but `and` and `or` return **one of their operands**, and stop
      as soon as the answer is known (*short-circuit*):

      - `a or b` gives `a` if `a` is true, otherwise `b`;
      - `a and b` gives `a` if `a` is false, otherwise `b`.

      That is why `name or "guest"` is a common way to supply a default.
    ]],
    code = [[
      name = ""
      print(name or "guest")
      print(5 and 7, 0 and 7)
      print(not 0, not "text")
    ]],
  },

  step {
    title = "Assignment operators make new objects",
    text = [[
      `x += 5` is short for `x = x + 5`; the same goes for `-= *= /= //=
      %= **=`. For ints, floats and strings this builds a **new object**
      and moves the name to it, because those objects cannot change. Watch
      `x` point at a different heap object on every line, and the id
      printed at the end differ from the first.
    ]],
    code = [[
      x = 1000
      first = id(x)
      x += 5
      x *= 2
      x //= 4
      print(x, id(x) == first)
    ]],
  },

  quiz {
    question = "The user types `7` at `age = input()`. What is `type(age)`?",
    choices = { "int", "str", "float", "it depends on what was typed" },
    answer = 2,
    explain = "input() always returns the typed line as text. Convert it with int(age).",
  },

  quiz {
    question = "What is `0 or \"default\"`?",
    choices = { "True", "False", "0", "\"default\"" },
    answer = 4,
    explain = "`or` returns its first true operand. 0 is false, so the result is the second operand.",
  },

  reflect {
    question = "What is the difference between implicit and explicit type conversion in Python? Give an example of each.",
    model_answer = [[
      Implicit conversion is done by Python on its own when an operation
      mixes compatible numeric types: in `3 + 2.5` the int is widened to a
      float and the result is 5.5. Python never does this between text and
      numbers. Explicit conversion is when the programmer calls a type
      such as int(), float() or str(): `int(input())` turns the string
      that input() returns into an int. Explicit conversion can fail, for
      example int("3.5") raises ValueError.
    ]],
  },

  exercise {
    title = "Add, don't glue",
    task = [[
      `a` and `b` hold text, as `input()` would give it. Set `total` to
      their sum as a number: `total` must be the int `42`.
    ]],
    starter = [[
      a = "12"
      b = "30"
      total = a + b
    ]],
    solution = [[
      a = "12"
      b = "30"
      total = int(a) + int(b)
    ]],
    hints = {
      "`a + b` joins the two strings into \"1230\".",
      "Convert each one first: `int(a) + int(b)`.",
    },
    check = function(py)
      local t = py.type("total")
      assert(t == "int", "`total` is a " .. t .. ", it should be an int. Convert a and b with int() before adding.")
      local v = py.eval("total")
      assert(v == 42, "`total` is " .. tostring(v) .. ", it should be 42.")
    end,
  },

  exercise {
    title = "Hours and minutes",
    task = [[
      Write a function `split_minutes(m)` that returns a tuple
      `(hours, minutes)` for a number of minutes, using `//` and `%`:
      `split_minutes(135)` is `(2, 15)`, `split_minutes(60)` is `(1, 0)`.
    ]],
    starter = [[
      def split_minutes(m):
          hours = m / 60
          minutes = 0
          return (hours, minutes)
    ]],
    solution = [[
      def split_minutes(m):
          hours = m // 60
          minutes = m % 60
          return (hours, minutes)
    ]],
    hints = {
      "`/` gives a float; floor division `//` gives whole hours.",
      "The minutes left over are `m % 60`.",
    },
    check = function(py)
      for _, c in ipairs({ { 135, 2, 15 }, { 60, 1, 0 }, { 59, 0, 59 }, { 600, 10, 0 } }) do
        local r = py.eval("split_minutes(" .. c[1] .. ")")
        assert(type(r) == "table" and #r == 2, "split_minutes(" .. c[1] .. ") should return a tuple of two numbers.")
        assert(py.type("split_minutes(" .. c[1] .. ")[0]") == "int",
               "the hours in split_minutes(" .. c[1] .. ") should be an int: use //, not /.")
        assert(r[1] == c[2] and r[2] == c[3],
               ("split_minutes(%d) should be (%d, %d), got (%s, %s)"):format(c[1], c[2], c[3], tostring(r[1]), tostring(r[2])))
      end
    end,
  },

  exercise {
    title = "Assignment: temperature converter",
    task = [[
      Write a program that reads a temperature in degrees Celsius with
      `input()`, converts it, and prints two lines:

          Fahrenheit: F
          Kelvin: K

      where F = C * 9 / 5 + 32 and K = C + 273.15, each rounded to 2
      decimal places with `round(value, 2)`. The input may have a
      fraction, like `36.6`. For the input `100` the program prints
      `Fahrenheit: 212.0` and `Kelvin: 373.15`.

      Your program is run with the input `100`, then again with `0`,
      `-40` and `36.6`.
    ]],
    input = { "100" },
    starter = [[
      celsius = input("Celsius: ")
      fahrenheit = celsius * 9 / 5 + 32
      kelvin = celsius + 273.15
      print("Fahrenheit:", fahrenheit)
      print("Kelvin:", kelvin)
    ]],
    solution = [[
      celsius = float(input("Celsius: "))
      fahrenheit = celsius * 9 / 5 + 32
      kelvin = celsius + 273.15
      print("Fahrenheit:", round(fahrenheit, 2))
      print("Kelvin:", round(kelvin, 2))
    ]],
    hints = {
      "input() gives you a string: convert it with float(), since the input may have a fraction.",
      "print(\"Fahrenheit:\", round(fahrenheit, 2)) prints the label, a space and the rounded number.",
      "-40 + 273.15 is 233.14999999999998 as a float: that is why the values are rounded.",
    },
    check = function(py)
      local cases = {
        { "100", "212.0", "373.15" },
        { "0", "32.0", "273.15" },
        { "-40", "-40.0", "233.15" },
        { "36.6", "97.88", "309.75" },
      }
      for i, c in ipairs(cases) do
        local out
        if i == 1 then
          out = py.stdout()
        else
          local ok, res = pcall(py.run_with_input, py.source(), { c[1] })
          assert(ok, "With the input " .. c[1] .. " your program failed: " .. tostring(res))
          out = res
        end
        local want = "Fahrenheit: " .. c[2] .. "\nKelvin: " .. c[3] .. "\n"
        local f = out:match("Fahrenheit: (%S+)\n")
        local k = out:match("Kelvin: (%S+)\n")
        assert(f and k, "With the input " .. c[1] .. " the program should print the two lines\n" .. want ..
               "but it printed\n" .. out)
        assert(f == c[2], "With the input " .. c[1] .. " Fahrenheit should be " .. c[2] .. ", your program printed " .. f)
        assert(k == c[3], "With the input " .. c[1] .. " Kelvin should be " .. c[3] .. ", your program printed " .. k)
      end
    end,
  },
}
