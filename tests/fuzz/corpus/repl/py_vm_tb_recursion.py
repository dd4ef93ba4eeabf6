Þ1´”Ö¨³# Unbounded recursion: RecursionError and the "[Previous line repeated
# N more times]" elision of the repeated frames.
def down(n):
    return down(n + 1)


down(0)
