# staticmethod(f) and classmethod(f) copy f's __module__, __name__,
# __qualname__, __doc__ and __annotations__ into their own __dict__.
def scale(value: float, by: int = 2) -> float:
    "Multiply value."
    return value * by


sm = staticmethod(scale)
cm = classmethod(scale)
print(sm.__name__, sm.__qualname__, sm.__module__, sm.__doc__)
print(sorted(cm.__dict__), cm.__annotations__)
print(staticmethod(len).__dict__)
print(sorted(staticmethod(42).__dict__))


class Shop:
    @staticmethod
    def tax(amount):
        "Tax on amount."
        return amount // 5

    @classmethod
    def open(cls):
        return cls.__name__


raw = Shop.__dict__["tax"]
print(raw.__name__, raw.__qualname__, raw.__doc__, Shop.tax(100))
print(Shop.__dict__["open"].__qualname__, Shop.open())
raw.__name__ = "renamed"
print(raw.__name__, Shop.tax.__name__, raw.__wrapped__ is raw.__func__)
