-- expect: unknown_name.lua:4: unknown name 'exersize' (did you mean 'exercise'?)
return lesson {
  day = 1, title = "Misspelt constructor",
  exersize { title = "x" },
}
