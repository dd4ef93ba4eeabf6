-- expect: facts_fail.lua:7: fact 'Floats are cached' does not hold: AssertionError
-- expect: facts_fail.lua:12: fact 'Small ints are cached' does not hold: AssertionError: 1000 is cached
-- expect: facts_fail.lua:15: fact 'names a missing variable' does not hold: NameError: name 'nope' is not defined. Did you mean: 'None'?
return lesson {
  day = 1, title = "Facts that fail",
  summary = "Floats are cached.",
  facts = { { says = "Floats are cached", code = "assert float('1.5') is float('1.5')" } },
  step { title = "Facts", text = [[
      Small ints are cached, and `int("5") is 5`. This step
      names a missing variable.]],
    facts = {
      { says = "Small ints are cached", code = [[
          n = 999
          assert int(str(n + 1)) is 1000, "1000 is cached"]] },
      { says = "names a missing variable", code = "nope" },
      { says = [[`int("5") is 5`]], code = [[assert int("5") is 5]] },
    },
  },
}
