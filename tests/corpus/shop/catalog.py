class Catalog:
    def __init__(self):
        self._items = {}

    def add(self, sku, name, cents):
        self._items[sku] = (name, cents)

    def price(self, sku):
        return self._items[sku][1]

    def name(self, sku):
        return self._items[sku][0]
