-- expect: not_a_step.lua:3: lesson: item 1 is table, not a step (use step, predict, quiz, reflect or exercise)
-- expect: not_a_step.lua:4: lesson: 'day' must be 0 or more
return lesson {
  day = -1, title = "Forged step",
  { kind = "quiz", question = "?" },
}
