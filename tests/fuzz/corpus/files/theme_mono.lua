T-- mono.lua -- no colours at all, attributes only (what NO_COLOR gives
-- with any theme).  Format: README.md.
return {
  name = "mono",
  roles = {
    normal = { }, border = { }, hint = { },
    border_focus = { attrs = "bold" },  title = { attrs = "bold" },
    keyword = { attrs = "bold" },       string = { },  number = { },
    comment = { attrs = "dim" },        builtin = { },
    current_line = { attrs = "reverse" },
    new = { attrs = "bold" },           changed = { attrs = "underline" },
    freed = { attrs = "dim" },
    gen0 = { }, gen1 = { attrs = "underline" }, gen2 = { attrs = "bold" },
    ok = { attrs = "bold" },            error = { attrs = "bold underline" },
    id = { }, arrow = { attrs = "bold" },
    status = { attrs = "reverse" },     select = { attrs = "reverse" },
    area_code = { attrs = "reverse" },  area_variables = { attrs = "bold" },
    area_heap = { attrs = "reverse" },  area_free = { attrs = "dim" },
    area_stack = { attrs = "reverse" },
    emph = { attrs = "bold" },          code = { attrs = "underline" },
  },
}
