return lesson { day = 3, title = "**bold** `code` *it*",
 step { title = "`unterminated", text = "**a *b `c", code = "x = 1\n" } }
