-- The worked example of courses/README.md, kept in sync by hand and checked by tests.
return course {
  id = "example",
  title = "An example course",
  description = "One day, one of each kind of step.",
  lessons = { "day01.lua" },
}
