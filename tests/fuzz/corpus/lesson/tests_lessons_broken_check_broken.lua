-- expect: check_broken.lua:9: exercise 'Bug in check': the solution fails its check: attempt to index a nil value
return lesson {
  day = 1, title = "Broken check",
  exercise {
    title = "Bug in check",
    task = "t",
    solution = "x = 1",
    check = function(py)
      local v = rawget(_G, "undefined_table").field
    end,
  },
}
