from collections import Counter

from .util import money


class Cart:
    def __init__(self, catalog):
        self.catalog = catalog
        self.lines = Counter()

    def add(self, sku, qty=1):
        self.catalog.price(sku)  # KeyError for unknown items
        self.lines[sku] += qty

    def total(self):
        return sum(self.catalog.price(s) * q for s, q in self.lines.items())

    def receipt(self):
        rows = [f"{q} x {self.catalog.name(s):<10} {money(self.catalog.price(s) * q):>8}"
                for s, q in sorted(self.lines.items())]
        rows.append(f"{'total':<14} {money(self.total()):>8}")
        return "\n".join(rows)
