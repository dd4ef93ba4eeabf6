# Subscript errors show ~ under the value and ^ under the [index].
grid = [[1, 2], [3, 4]]
names = {"a": 1}
print(grid[1][0], names["a"])
row = grid[1]
print(row[-1])
print(  grid[0][5]  )
