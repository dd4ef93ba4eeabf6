-- A check that eats memory must be stopped and reported.
return lesson {
  day = 1, title = "Greedy check",
  exercise {
    title = "Eat", task = "t", solution = "x = 1",
    check = function(py) local t = {} for i = 1, 1e9 do t[i] = ("x"):rep(100) .. i end end,
  },
}
