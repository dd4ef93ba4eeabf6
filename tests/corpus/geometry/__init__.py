"""A small geometry package: vectors and shapes."""
from .vectors import Vec
from .shapes import Polygon, regular_polygon

__all__ = ["Vec", "Polygon", "regular_polygon"]
VERSION = (1, 2)
