-- Lesson code gets no file access: open() and the file-system functions
-- of posix/os raise PermissionError saying why; in-memory streams work.
return lesson {
  day = 2, title = "No files for lesson code",

  exercise {
    title = "Sealed",
    task = "Try to open a file and to list a folder.",
    solution = [==[
      try:
          open("notes.txt", "w")
      except PermissionError as e:
          opened = str(e)
      import posix
      try:
          posix.listdir(".")
      except PermissionError as e:
          listed = str(e)
      from _io import StringIO
      buf = StringIO()
      buf.write("in memory")
    ]==],
    check = function(py)
      assert(py.eval("opened") ==
             "[Errno 1] lesson code cannot open files: 'notes.txt'",
             "open() is refused")
      assert(py.eval("listed") ==
             "[Errno 1] lesson code cannot use the file system: '.'",
             "listdir() is refused")
      assert(py.eval("buf.getvalue()") == "in memory", "StringIO works")
      assert(py.eval("len(posix.environ)") == 0, "no environment")
    end,
  },
}
