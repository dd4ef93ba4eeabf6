-- expect: collect.lua:7: step: 'collect' is "next" (the generation CPython would collect next), "0", "1" or "2", not 'soon'
-- expect: collect.lua:8: step: 'collect' needs 'code' (its objects are what the collection shows)
return lesson {
  day = 1, title = "Collecting",
  step { title = "Good", text = "t", code = "xs = [1]", collect = "next" },
  step { title = "Gen 2", text = "t", code = "xs = [1]", collect = "2" },
  step { title = "Bad", text = "t", code = "x = 1", collect = "soon" },
  step { title = "No code", text = "t", collect = "0" },
}
