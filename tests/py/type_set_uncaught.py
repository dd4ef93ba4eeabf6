# An uncaught KeyError from set.remove.
tags = {"red", "green"}
tags.remove("red")
print(sorted(tags))
tags.remove("blue")
