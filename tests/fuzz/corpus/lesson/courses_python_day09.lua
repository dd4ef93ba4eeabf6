-- Day 9: string methods -- case, alignment, searching, replace, split and
-- join, validation, f-strings; strings are immutable.
return lesson {
  day = 9, title = "String methods",
  summary = [[
    Changing case, aligning, searching, replacing, splitting and joining,
    validating and formatting text, and why every one of these methods
    gives you a new string.
  ]],

  step {
    title = "Strings never change",
    text = [[
      A `str` is immutable. A string method never modifies the string it
      is called on: it returns a **new** string object, and the original
      stays as it was. Watch the Heap pane: `s.upper()` adds a second
      string, and `s` still points at `"hi"`.

      To "change" a string variable, rebind the name to the result:
      `s = s.upper()`.
    ]],
    code = [[
      s = "hi"
      t = s.upper()
      print(s, t, s is t)
      s = s.upper()
      print(s)
    ]],
  },

  step {
    title = "No item assignment",
    text = [[
      Because strings are immutable you cannot assign to one of their
      characters. Build a new string instead, for example
      `"H" + s[1:]`.
    ]],
    code = [[
      s = "hello"
      print("H" + s[1:])
      s[0] = "H"
    ]],
    raises = "TypeError",
  },

  step {
    title = "Changing case",
    text = [[
      - `upper()` and `lower()` change every letter;
      - `capitalize()` makes the first character upper case **and the rest
        lower case**: `"hELLO wORLD".capitalize()` is `"Hello world"`;
      - `title()` capitalizes every word;
      - `swapcase()` flips each letter.

      Each call is a new object on the heap.
    ]],
    code = [[
      print("hello world".capitalize())
      print("hELLO wORLD".capitalize())
      print("hello world".title())
      print("hello world".upper(), "HELLO WORLD".lower())
      print("Hello".swapcase())
    ]],
  },

  predict {
    title = "Centered",
    code = [[
      print(repr("Python".center(10, "*")))
    ]],
    question = "What is printed?",
    choices = { "'Python'", "'**Python**'", "'****Python****'", "'*Python*'" },
    answer = 2,
    explain = [[
      `center(width, fill)` pads the string to a total length of `width`.
      "Python" has 6 characters, so 4 fill characters are added, 2 on each
      side: '**Python**'. It never returns a string shorter than the
      original, so the width has to be bigger than the text to see any
      effect.
    ]],
  },

  step {
    title = "Alignment",
    text = [[
      `center`, `ljust` and `rjust` pad a string to a given total width,
      with spaces or a fill character you choose; `zfill` pads a number
      string with zeros on the left. When the width is not bigger than the
      string, the string comes back unchanged.
    ]],
    code = [[
      print(repr("Python".center(10, "*")))
      print(repr("Python".ljust(10, ".")))
      print(repr("Python".rjust(10)))
      print("7".zfill(3))
      print(repr("Python".center(3, "*")))
    ]],
  },

  step {
    title = "Searching",
    text = [[
      - `s.count(sub)` counts non-overlapping occurrences;
      - `s.find(sub)` gives the index of the first occurrence, or **-1**
        if there is none; `rfind` searches from the right;
      - `s.index(sub)` is like `find` but raises **ValueError** when the
        text is missing;
      - `sub in s` just answers yes or no.

      Indexes start at 0: in `"HELLO WORLD"` the first `O` is at index 4.
    ]],
    code = [[
      s = "HELLO WORLD"
      print(s.count("L"))
      print(s.index("O"), s.rfind("O"))
      print(s.find("OR"), s.find("xyz"))
      print("WORLD" in s)
    ]],
  },

  step {
    title = "index when the text is missing",
    text = [[
      Use `find` when "not there" is a normal outcome and you will test for
      -1; use `index` when a missing text is an error.
    ]],
    code = [[
      s = "HELLO WORLD"
      print(s.find("xyz"))
      print(s.index("xyz"))
    ]],
    raises = "ValueError",
  },

  step {
    title = "replace, split and join",
    text = [[
      - `s.replace(old, new)` returns a copy with every `old` replaced;
      - `s.split(sep)` cuts the string at each `sep` and returns a **list**
        of new strings; with no argument it splits on runs of whitespace
        and drops empty pieces;
      - `sep.join(items)` is the reverse: it glues a list of strings
        together with `sep` between them.

      `split` creates one new string object per piece: count them in the
      Heap pane.
    ]],
    code = [[
      date = "31/01/2022"
      print(date.replace("/", "-"))
      parts = date.split("/")
      print(parts)
      print("-".join(parts))
      print("a,b,,c".split(","))
      print("  lots   of   space ".split())
    ]],
  },

  step {
    title = "Validation methods",
    text = [[
      These return True or False, and all return **False for the empty
      string**:

      - `isalnum()`: every character is a letter or a digit. It does not
        need both: `"abc".isalnum()` is True; a space makes it False;
      - `isalpha()`: only letters; `isdigit()`: only digits;
      - `isnumeric()`: only characters that are numbers. `"12.5"` and
        `"-5"` are **not** numeric: `.` and `-` are not digits;
      - `islower()` / `isupper()`: all *cased* characters are lower (upper)
        case and there is at least one. Spaces and digits are ignored, so
        `"hello world".islower()` is True.
    ]],
    code = [[
      print("abc123".isalnum(), "abc".isalnum(), "abc 123".isalnum(), "".isalnum())
      print("12345".isnumeric(), "12.5".isnumeric(), "-5".isnumeric())
      print("hello world".islower(), "HELLO WORLD".isupper(), "hello1".islower())
      print("abc".isalpha(), "123".isdigit())
    ]],
  },

  predict {
    title = "Letters only?",
    code = [[
      print("python".isalnum(), "3.11".isnumeric())
    ]],
    question = "What is printed?",
    choices = { "False False", "True False", "False True", "True True" },
    answer = 2,
    explain = [[
      isalnum needs every character to be a letter or a digit, and letters
      alone are enough. "3.11" contains a dot, which is not numeric.
    ]],
  },

  step {
    title = "f-strings",
    text = [[
      An f-string, `f"..."`, evaluates the expressions in braces and
      inserts their text. After a colon comes a *format spec*:

      - `{pi:.2f}`: 2 digits after the point;
      - `{n:>5}`: right-aligned in 5 characters (`<` left, `^` centered);
      - `{n:,}`: thousands separators.

      The f-string is evaluated each time the line runs, and builds a new
      string each time.
    ]],
    code = [[
      name = "Ada"
      age = 36
      pi = 3.14159
      print(f"{name} is {age}")
      print(f"{pi:.2f}")
      print(f"[{age:>5}] [{name:^7}]")
      print(f"{1234567:,}")
    ]],
  },

  step {
    title = "Building strings efficiently",
    text = [[
      Since every `+` makes a new string, building a long text with `+=` in
      a loop creates (and frees) many intermediate strings. Collect the
      pieces in a list and `join` them once at the end: one final string.
      Compare the number of string objects in the Heap pane for the two
      loops.
    ]],
    code = [[
      words = ["memory", "is", "fun"]
      text = ""
      for w in words:
          text += w + " "
      print(repr(text.strip()))
      print(repr(" ".join(words)))
    ]],
  },

  quiz {
    question = "What does `\"HELLO\".find(\"Z\")` return?",
    choices = { "None", "-1", "0", "it raises ValueError" },
    answer = 2,
    explain = "find returns -1 when the text is missing; index would raise ValueError.",
  },

  quiz {
    question = "After `s = \"data\"` and `s.upper()`, what is `s`?",
    choices = { "\"DATA\"", "\"data\"", "None", "\"Data\"" },
    answer = 2,
    explain = "upper() returns a new string; s still refers to the original. Write s = s.upper() to keep the result.",
  },

  reflect {
    question = "Strings are immutable in Python. What does that mean for string methods, and how should you build a long string from many pieces?",
    model_answer = [[
      Once a str object exists, its characters cannot change. Every method
      that seems to modify a string (upper, replace, strip, ...) returns a
      new string object and leaves the original untouched, so you must keep
      the result, for example s = s.strip(). Immutability also lets
      strings be shared safely and used as dict keys. Building a long
      string with += in a loop creates a new string on each step; it is
      better to collect the pieces in a list and call "".join(pieces)
      once, which builds the final string in one go.
    ]],
  },

  exercise {
    title = "A banner",
    task = [[
      Write `banner(text, width)` that returns `text` in upper case,
      centered in `width` characters with `*` as the fill:
      `banner("hi", 6)` is `"**HI**"`.
    ]],
    starter = [[
      def banner(text, width):
          text.upper()
          return text.center(width)
    ]],
    solution = [[
      def banner(text, width):
          return text.upper().center(width, "*")
    ]],
    hints = {
      "text.upper() returns a new string: use its result.",
      "center takes the fill character as its second argument.",
    },
    check = function(py)
      local v = py.eval("banner('hi', 6)")
      assert(v == "**HI**", "banner('hi', 6) should be '**HI**', got '" .. tostring(v) .. "'")
      assert(py.eval("banner('Python', 10)") == "**PYTHON**", "banner('Python', 10) should be '**PYTHON**'.")
      assert(py.eval("banner('long text', 3)") == "LONG TEXT", "banner('long text', 3) should be 'LONG TEXT' (no room to pad).")
    end,
  },

  exercise {
    title = "Reformat a date",
    task = [[
      Write `iso_date(d)` that turns a date written `DD/MM/YYYY` into
      `YYYY-MM-DD`, using `split` and `join`:
      `iso_date("31/01/2022")` is `"2022-01-31"`.
    ]],
    starter = [[
      def iso_date(d):
          return d.replace("/", "-")
    ]],
    solution = [[
      def iso_date(d):
          day, month, year = d.split("/")
          return "-".join([year, month, day])
    ]],
    hints = {
      "`d.split(\"/\")` gives the list ['31', '01', '2022'].",
      "Put the pieces in the order year, month, day and join them with \"-\".",
    },
    check = function(py)
      local v = py.eval("iso_date('31/01/2022')")
      assert(v == "2022-01-31", "iso_date('31/01/2022') should be '2022-01-31', got '" .. tostring(v) .. "'")
      assert(py.eval("iso_date('05/11/1999')") == "1999-11-05", "iso_date('05/11/1999') should be '1999-11-05'.")
    end,
  },

  exercise {
    title = "Check a PIN",
    task = [[
      Write `valid_pin(s)` that returns True when `s` is exactly 4 or
      exactly 6 characters long and every character is a digit, else
      False. `"1234"` and `"123456"` are valid; `"12a4"`, `"12345"`,
      `"-123"` and `""` are not.
    ]],
    starter = [[
      def valid_pin(s):
          return s.isalnum()
    ]],
    solution = [[
      def valid_pin(s):
          return len(s) in (4, 6) and s.isdigit()
    ]],
    hints = {
      "isalnum accepts letters too; you need a digits-only test.",
      "`len(s) in (4, 6) and s.isdigit()`",
    },
    check = function(py)
      for _, s in ipairs({ "1234", "123456", "0000" }) do
        assert(py.eval("valid_pin('" .. s .. "')") == true, "valid_pin('" .. s .. "') should be True.")
      end
      for _, s in ipairs({ "12a4", "12345", "-123", "", "abcd", "12 4" }) do
        assert(py.eval("valid_pin('" .. s .. "')") == false, "valid_pin('" .. s .. "') should be False.")
      end
    end,
  },
}
