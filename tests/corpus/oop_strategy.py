# Strategy pattern: pricing rules swapped at runtime.
from abc import ABC, abstractmethod


class DiscountStrategy(ABC):
    @abstractmethod
    def apply(self, amount):
        ...

    def __str__(self):
        return self.__class__.__name__


class NoDiscount(DiscountStrategy):
    def apply(self, amount):
        return amount


class PercentOff(DiscountStrategy):
    def __init__(self, percent):
        self.percent = percent

    def apply(self, amount):
        return amount * (100 - self.percent) / 100

    def __str__(self):
        return f"{self.percent}% off"


class BuyOverGetOff(DiscountStrategy):
    def __init__(self, threshold, off):
        self.threshold = threshold
        self.off = off

    def apply(self, amount):
        return amount - self.off if amount >= self.threshold else amount


class Checkout:
    def __init__(self, strategy=None):
        self.strategy = strategy or NoDiscount()
        self.items = []

    def add(self, name, price, qty=1):
        self.items.append((name, price, qty))
        return self

    def total(self):
        subtotal = sum(p * q for _, p, q in self.items)
        return round(self.strategy.apply(subtotal), 2)


cart = Checkout().add("apple", 0.5, 6).add("bread", 2.25).add("cheese", 7.8)
for strategy in (NoDiscount(), PercentOff(10), PercentOff(25), BuyOverGetOff(10, 3)):
    cart.strategy = strategy
    print(f"{str(strategy):<15} {cart.total():>7.2f}")

try:
    DiscountStrategy()
except TypeError as e:
    print("TypeError:", e)

# strategies as plain functions
rules = {"double": lambda x: x * 2, "square": lambda x: x ** 2, "neg": lambda x: -x}
for name in sorted(rules):
    print(name, [rules[name](n) for n in range(5)])
