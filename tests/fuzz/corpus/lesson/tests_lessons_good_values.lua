-- Every function of the `py` table a check can use, on values of every kind.
return lesson {
  day = 1, title = "What checks can see",

  step {
    title = "Markup",
    text = [[
      Text may use *emphasis*, **strong** and `code`, and lists:
      - one
      - two
    ]],
  },

  exercise {
    title = "Values",
    task = "Define the variables the check looks at.",
    solution = [==[
      n = 42
      big = 2 ** 100
      f = 1.5
      s = "héllo"
      t = True
      nothing = None
      l = [1, "two", [3]]
      tup = (1, 2)
      d = {"a": 1, "b": [2]}
      st = {1, 2}
      print("done")
    ]==],
    check = function(py)
      assert(py.eval("n") == 42, "n")
      assert(math.type(py.eval("n")) == "integer", "n is an integer")
      assert(py.eval("big") == "1267650600228229401496703205376", "big ints are strings")
      assert(py.eval("f") == 1.5, "f")
      assert(py.eval("s") == "héllo", "s")
      assert(py.eval("t") == true, "t")
      assert(py.eval("nothing") == nil, "None is nil")
      local l = py.eval("l")
      assert(#l == 3 and l[1] == 1 and l[2] == "two" and l[3][1] == 3, "list")
      local tup = py.eval("tup")
      assert(#tup == 2 and tup[2] == 2, "tuple")
      local d = py.eval("d")
      assert(d.a == 1 and d.b[1] == 2, "dict")
      local st = py.eval("st")
      assert(st[1] and st[2] and not st[3], "set")
      assert(py.eval("len") ~= nil, "other values come back as their repr")
      assert(py.stdout() == "done\n", "stdout")
      assert(py.type("l") == "list", "type")
      assert(py.is_same("l", "l") == true and py.is_same("l", "[1]") == false, "is_same")
      assert(py.refcount("l") >= 2, "refcount")
      local c = py.gc_count()
      assert(#c == 3, "gc_count has three generations")
      assert(py.exec("x = n + 1") == true and py.eval("x") == 43, "exec")
      local ok, err = pcall(py.eval, "undefined_name")
      assert(not ok and err:find("NameError"), "eval errors carry the Python message")
      ok, err = pcall(py.exec, "1 / 0")
      assert(not ok and err:find("ZeroDivisionError"), "exec errors too: " .. tostring(err))
      assert(py.run_with_input("print(input() + input())", { "a", "b" }) == "ab\n",
             "run_with_input")
      assert(py.source():find("big = 2 %*%* 100"), "source")
    end,
  },
}
