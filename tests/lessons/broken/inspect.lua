-- expect: inspect.lua:7: step 'Unknown': inspect = "nope": NameError: name 'nope' is not defined
-- expect: inspect.lua:8: step 'Fresh': graph = "[1, 2]": that expression makes a new object, which is freed at once: name an existing one
-- expect: inspect.lua:9: step 'No code': inspect needs code to run
return lesson {
  day = 1, title = "Inspecting",
  step { title = "Good", text = "t", code = "xs = [[1], [2]]", inspect = "xs[0]" },
  step { title = "Unknown", text = "t", code = "x = 1", inspect = "nope" },
  step { title = "Fresh", text = "t", code = "x = 1", graph = "[1, 2]" },
  step { title = "No code", text = "t", inspect = "x" },
}
