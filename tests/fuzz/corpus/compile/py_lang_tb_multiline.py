# Uncaught error in a call spread over several lines; subscript carets.
def pick(data, i, j):
    return data[i][j]


grid = [[1, 2], [3, 4]]
print(pick(grid, 1, 1))
value = pick(
    grid,
    0,
    7,
)
