return lesson { day = 1, title = "a\0b", step { title = "s\0", text = "t\0t" } }
