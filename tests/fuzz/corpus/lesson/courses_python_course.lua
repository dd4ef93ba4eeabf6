-- The main pyscope course: ten days of Python, watched from the inside.
return course {
  id = "python",
  title = "Python, watched from the inside",
  description = [[
    Ten days of Python while you watch its memory: names and objects on the
    stack and the heap, reference counts, the small-int cache, the three GC
    generations and their thresholds. You start with how memory is managed
    and end with magic methods and the exact moment `__del__` runs. Day 0
    shows how to drive pyscope itself.
  ]],
  lessons = {
    "day00.lua",
    "day01.lua", "day02.lua", "day03.lua", "day04.lua", "day05.lua",
    "day06.lua", "day07.lua", "day08.lua", "day09.lua", "day10.lua",
  },
}
