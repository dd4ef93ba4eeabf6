-- expect: returns_nothing.lua:3: the file must end with: return lesson { day = ..., title = ..., <steps> } (it returned nil)
local x = step { title = "a", text = "b" }
local y = 1
