-- A tiny course for the engine's tests and the plain-mode expect script.
return course {
  id = "mini",
  title = "Mini course",
  description = "Two short days that exercise every kind of step.",
  lessons = { "day1.lua", "day2.lua" },
}
