# Uncaught error raised inside a property getter and a __getitem__.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    @property
    def width(self):
        return len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]


m = Matrix([[1, 2], [3, 4]])
print(m.width, m[1, 0])
print(Matrix([]).width)
