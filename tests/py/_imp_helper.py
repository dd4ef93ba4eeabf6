print("helper loading", __name__)
X = 42
def f(): return "f"
