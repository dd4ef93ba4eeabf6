-- A loop whose work is in C (string.rep, long concatenations): found by
-- the lesson fuzzer; the budget charges the bytes made, and CPU time backs it.
local t = {}
for i = 1, 1e9 do t.s = string.rep("x", 1000) .. i end
return lesson { day = 1, title = "x", step { text = "t" } }
