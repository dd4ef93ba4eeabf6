-- expect: facts_summary.lua:7: lesson: fact: 'Big ints are cached' is not in the lesson's summary (quote the words of the sentence it backs)
return lesson {
  day = 1, title = "Summary facts",
  summary = [[Small ints are cached.]],
  facts = {
    { says = "Small ints are cached", code = "assert int('7') is 7" },
    { says = "Big ints are cached", code = "pass" },
  },
  step { title = "A step", text = "t" },
}
