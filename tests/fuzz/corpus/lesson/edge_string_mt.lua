getmetatable("").__index = function() return 1 end
return lesson { day = 1, title = "x", step { title = "s", text = "t" } }
