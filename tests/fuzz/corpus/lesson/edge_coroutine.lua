local co = coroutine and coroutine.create(function() end)
return lesson { day = 1, title = "c", step { title = "s", text = "x" } }
