print("loading _registry_a")
import _registry_b

NAME = "A"


def hello():
    return f"A sees B.NAME={_registry_b.NAME}"
