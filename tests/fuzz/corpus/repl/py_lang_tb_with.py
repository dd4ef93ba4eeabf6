c*ÔÑ¾¡<˜# Uncaught error inside a with block: __exit__ sees it, does not suppress.
class Logger:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__)
        return False


with Logger():
    data = {"a": 1}
    print(data["b"])
