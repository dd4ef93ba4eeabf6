# Using a local package (geometry/) with relative imports inside it.
import geometry
from geometry import Polygon, regular_polygon
from geometry.vectors import Vec
import geometry.shapes as shapes

square = Polygon([(0, 0), (2, 0), (2, 2), (0, 2)])
print("square:", len(square), square.perimeter(), square.area())
tri = Polygon([Vec(0, 0), Vec(4, 0), Vec(0, 3)])
print("triangle:", tri.perimeter(), tri.area())
for n in (3, 6, 12, 96):
    p = regular_polygon(n)
    print(f"{n:3}-gon area {p.area():.6f} perimeter {p.perimeter():.6f}")
print(geometry.VERSION, geometry.__all__, geometry.__name__, shapes.__name__, shapes.__package__)
print(shapes.Vec is Vec, geometry.vectors.Vec is Vec)
print(sorted(k for k in vars(geometry) if not k.startswith("__")))
print(Vec(1, 2) + Vec(0.5, 0.25))
