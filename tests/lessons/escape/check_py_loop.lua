-- A check that loops over py.eval: each call into Python is charged to
-- the CPU budget, so the check stops as quickly as a plain Lua loop.
return lesson {
  day = 1, title = "Runaway py calls",
  exercise {
    title = "Loop", task = "t", starter = "x = 0", solution = "x = 1",
    check = function(py) while true do py.eval("1") end end,
  },
}
