return lesson { day = -1, title = "t", step { title = "s", text = "t" } }
