# Uncaught error raised in __init__ during object construction.
class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError("balance cannot be negative")
        self.owner = owner
        self.balance = balance


accounts = [Account("a", 10)]
accounts.append(Account("b", -5))
