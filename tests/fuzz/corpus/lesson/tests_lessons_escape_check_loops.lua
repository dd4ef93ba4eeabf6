-- A check that never ends must be stopped and reported, not hang.
return lesson {
  day = 1, title = "Runaway check",
  exercise {
    title = "Loop", task = "t", solution = "x = 1",
    check = function(py) while true do end end,
  },
}
