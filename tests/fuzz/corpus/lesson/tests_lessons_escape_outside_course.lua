-- Lesson names must stay inside the course folder: reading any other file
-- as Lua would show pieces of it in the syntax error.
return course {
  id = "outside",
  title = "Lessons from elsewhere",
  lessons = { "../../../../../../etc/passwd", "/etc/passwd", "sub/../day1.lua" },
}
