print("loading _registry_b")
import _registry_a

print("  inside _registry_b, A has NAME yet?", hasattr(_registry_a, "NAME"))
NAME = "B"


def hello():
    return f"B sees A.NAME={_registry_a.NAME}"
