-- A `py` kept past its check must not reach a dead interpreter.
return lesson {
  day = 1, title = "Kept py",
  exercise {
    title = "Keep", task = "t", solution = "x = 1",
    check = function(py) kept = py end,
  },
  exercise {
    title = "Use", task = "t", solution = "x = 1",
    check = function(py) return kept.eval("x") end,
  },
}
