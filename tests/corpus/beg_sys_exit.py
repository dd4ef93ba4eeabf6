# Validating arguments and exiting with an error status.
import sys


def validate(config):
    errors = []
    if not 1 <= config.get("workers", 0) <= 16:
        errors.append("workers must be between 1 and 16")
    if config.get("mode") not in ("fast", "safe"):
        errors.append(f"unknown mode {config.get('mode')!r}")
    return errors


configs = [{"workers": 4, "mode": "fast"}, {"workers": 0, "mode": "turbo"}]
for cfg in configs:
    errs = validate(cfg)
    if errs:
        for e in errs:
            print("error:", e, file=sys.stderr)
        print(f"config {cfg} rejected")
        sys.stdout.flush()
        sys.exit(3)
    print(f"config {cfg} ok")
print("never printed")
