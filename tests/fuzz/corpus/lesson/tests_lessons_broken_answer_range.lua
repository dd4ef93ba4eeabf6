-- expect: answer_range.lua:8: quiz: answer 3 is out of range (choices 1 to 2)
-- expect: answer_range.lua:10: predict: give either 'choices' (with 'answer') or 'answer_text', not both
return lesson {
  day = 1, title = "Out of range",
  quiz {
    question = "Which?",
    choices = { "a", "b" },
    answer = 3,
  },
  predict { code = "print(1)", question = "?", choices = { "1", "2" }, answer = 1, answer_text = "1" },
}
