# A custom exception hierarchy in a bank transfer simulation.


class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed - account.balance} more")
        self.account = account
        self.needed = needed


class AccountFrozen(BankError):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        self.balance += amount


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except BankError as e:
        src.deposit(amount)  # roll back
        raise RuntimeError(f"transfer to {dst.owner} failed") from e


ana, ben, cy = Account("ana", 100), Account("ben", 20), Account("cy")
cy.frozen = True
for src, dst, amt in [(ana, ben, 30), (ben, ana, 80), (ana, cy, 10), (cy, ana, 1)]:
    try:
        transfer(src, dst, amt)
        print(f"ok: {src.owner} -> {dst.owner} {amt}")
    except InsufficientFunds as e:
        print("insufficient:", e, "| needed", e.needed)
    except RuntimeError as e:
        print("runtime:", e, "| cause:", repr(e.__cause__))
    except BankError as e:
        print(type(e).__name__, e.args)
print({a.owner: a.balance for a in (ana, ben, cy)})
print(InsufficientFunds.__mro__[1:3])
try:
    try:
        ben.withdraw(1000)
    except InsufficientFunds:
        raise ValueError("wrapped")
except ValueError as e:
    print(repr(e), type(e.__context__).__name__, e.__suppress_context__)
err = BankError("a", 1)
print(str(err), repr(err), err.args)
