return lesson { day = 1, title = "t", quiz { question = "q", choices = { "a" }, answer = 0/0 } }
