"""shop: a package with a subpackage and relative imports."""
print(f"initialising package {__name__}")
from .catalog import Catalog
from .cart import Cart
