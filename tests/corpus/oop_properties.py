# Properties with validation, computed attributes and read-only values.


class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._c + 273.15

    def __repr__(self):
        return f"Temperature({self._c:.2f})"


t = Temperature(25)
print(t, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t, t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 0
except AttributeError as e:
    print("AttributeError:", e)
print(t)


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self._owner = owner
        self._balance = balance
        self._history = []
        Account._next_id += 1
        self._id = Account._next_id

    owner = property(lambda self: self._owner, doc="account holder")

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self._history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise ValueError(f"insufficient funds: {self._balance} < {amount}")
        self._balance -= amount
        self._history.append(("withdraw", amount))

    @property
    def history(self):
        return tuple(self._history)


a = Account("ana", 100)
b = Account("ben")
a.deposit(50)
a.withdraw(30)
for op in (lambda: a.withdraw(500), lambda: b.deposit(-1)):
    try:
        op()
    except ValueError as e:
        print("refused:", e)
print(a.owner, a.balance, a.history, a._id, b._id)
print(Account.owner.__doc__, type(Account.balance).__name__)
