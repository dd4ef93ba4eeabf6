-- A check that tries to rewrite how strings behave for the checks after it.
return lesson {
  day = 1, title = "String metatable",
  exercise {
    title = "Tamper", task = "t", solution = "x = 1",
    check = function(py) getmetatable("").__index = function() return 1 end end,
  },
  exercise {
    title = "Tamper library", task = "t", solution = "x = 1",
    check = function(py) string.upper = function() return "pwned" end end,
  },
  exercise {
    title = "Use", task = "t", solution = "x = 1",
    check = function(py)
      assert(("x"):upper() == "X", "strings were changed")
      assert(py.eval("x") == 1, "x should be 1")
    end,
  },
}
