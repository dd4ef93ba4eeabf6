-- expect: syntax.lua:5: '}' expected (to close '{' at line 2) near 'quiz'
return lesson {
  day = 1, title = "Missing comma",
  step { title = "One", text = "x" }
  quiz { question = "?", choices = { "a", "b" }, answer = 1 },
}
