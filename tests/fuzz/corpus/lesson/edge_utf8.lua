return lesson { day = 4, title = "π ünï",
 step { title = "ß", text = "\xff\xfe bad bytes" } }
