-- A one-day course for walking through code in line mode (walk_plain.exp).
return course {
  id = "walk",
  title = "Walking course",
  description = "Code to step through line by line in plain mode.",
  lessons = { "day1.lua" },
}
