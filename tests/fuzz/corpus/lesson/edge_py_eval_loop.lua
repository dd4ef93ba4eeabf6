return lesson { day = 1, title = "t",
 exercise { title = "e", task = "t", starter = "x = 0", solution = "x = 1",
  check = function(py) while true do py.eval("1") end end } }
