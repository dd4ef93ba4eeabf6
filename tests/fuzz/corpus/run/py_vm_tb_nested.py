# An exception raised inside an except block of another function, with
# a call spanning several lines, a method call and a generator frame.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount


def amounts():
    yield 10
    yield 500


def run(acct):
    for a in amounts():
        acct.withdraw(
            a)


try:
    run(Account(100))
except ValueError as e:
    print("first attempt failed:", e)
    undefined_function(e)
