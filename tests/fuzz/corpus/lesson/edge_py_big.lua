return lesson { day = 1, title = "t",
 exercise { title = "e", task = "t", starter = "x = 0", solution = "x = [0] * 10**9",
  check = function(py) assert(py.eval("x") == 1) end } }
