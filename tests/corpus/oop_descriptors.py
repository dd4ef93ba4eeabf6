# Descriptors: typed, validated fields with __set_name__.


class Field:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}")
        setattr(obj, self.private, value)


class Product:
    name = Field(str)
    price = Field(float, minimum=0.0)
    stock = Field(int, minimum=0)

    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.stock})"


p = Product("pen", 1.5, 10)
print(p, vars(p))
for attr, val in [("price", -1.0), ("stock", "many"), ("name", 3), ("stock", 0)]:
    try:
        setattr(p, attr, val)
        print("set", attr, "ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(p, Product.price.name, Product.stock.minimum)


class Lazy:
    """Non-data descriptor caching its result in the instance dict."""

    def __init__(self, func):
        self.func = func

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Report:
    calls = 0

    def __init__(self, data):
        self.data = data

    @Lazy
    def summary(self):
        Report.calls += 1
        return f"n={len(self.data)} total={sum(self.data)}"


r = Report([3, 1, 4, 1, 5])
print(r.summary, r.summary, Report.calls, "summary" in vars(r))
