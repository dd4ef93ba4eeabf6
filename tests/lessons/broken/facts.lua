-- expect: facts.lua:12: step: fact: 'a sentence that is not there' is not in the step's text (quote the words of the sentence it backs)
-- expect: facts.lua:15: step: fact: missing field 'code'
-- expect: facts.lua:16: step: fact: unknown field 'cod' (a fact has 'says' and 'code')
-- expect: facts.lua:16: step: fact: missing field 'code'
-- expect: facts.lua:17: step: fact: field 'code' must be a string
return lesson {
  day = 1, title = "Facts",
  step { title = "Facts", text = [[
      Small ints are cached, and `int("5") is 5`.]],
    facts = {
      { says = [[int("5") is 5]], code = [[assert int("5") is 5]] },
      { says = "a sentence that is not there", code = "pass" },
      { says = [[Small ints are
                cached]], code = "pass" },
      { says = "cached" },
      { says = "cached", cod = "pass" },
      { says = "cached", code = 5 },
    },
  },
}
