return lesson { day = 1e300, title = "t", step { title = "s", text = "t" } }
