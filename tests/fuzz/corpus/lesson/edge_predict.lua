return lesson { day = 2, title = "p",
 predict { code = [[print(1 + 1)]], question = "What prints?", answer = "2" },
 quiz { question = "q", choices = { "a", "b", "c" }, answer = 3 } }
