local t = setmetatable({}, {__index = function(_, k) return k end})
return lesson(t)
