-- expect: runtime_error.lua:4: attempt to perform arithmetic on a nil value (field 'nothing')
local t = {}
return lesson {
  day = 1 + t.nothing, title = "Runtime error",
}
