-- expect: fields.lua:8: quiz: unknown field 'anwser' (did you mean 'answer'?)
-- expect: fields.lua:7: quiz: missing required field 'answer'
-- expect: fields.lua:11: step: field 'code' must be a string
-- expect: fields.lua:13: exercise: unknown field 'hint' (did you mean 'hints'?)
return lesson {
  day = 1, title = "Typos",
  quiz { question = "Pick one", choices = { "a", "b" },
         anwser = 1 },
  step {
    title = "Code as a number",
    code = 42, text = "hi",
  },
  exercise { title = "E", task = "t", solution = "x = 1", hint = { "h" },
             check = function(py) assert(py.eval("x") == 1, "x should be 1") end },
}
