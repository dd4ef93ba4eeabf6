return lesson { day = 1, title = "t" }
