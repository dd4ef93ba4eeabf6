-- expect: dup_id.lua:5: quiz: id 'same' is already used by the step at line 4
return lesson {
  day = 1, title = "Duplicate ids",
  quiz { id = "same", question = "a?", choices = { "x", "y" }, answer = 1 },
  quiz { id = "same", question = "b?", choices = { "x", "y" }, answer = 2 },
}
