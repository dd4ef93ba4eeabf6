# A sign-up form read from input(), validated by helper modules beside the program.
import _settings
from _validators import ValidationError, check_age, check_country, check_name

members = []
print(f"Sign-up (minimum age {_settings.MIN_AGE}). Empty name ends.")
while True:
    try:
        name = input("name: ")
    except EOFError:
        break
    if not name:
        break
    age = input("age: ")
    country = input("country: ")
    try:
        member = {"name": check_name(name), "age": check_age(age), "country": check_country(country)}
    except ValidationError as e:
        print(f"  rejected ({e.field}): {e}")
        continue
    member.update({k: v for k, v in _settings.DEFAULTS.items() if k not in member})
    members.append(member)
    print("  welcome,", member["name"])
print(len(members), "members")
for m in sorted(members, key=lambda m: (m["country"], m["name"])):
    print(f"  {m['country']} {m['name']:<12} {m['age']:>3} newsletter={m['newsletter']}")
print(isinstance(ValidationError("x", "y"), ValueError))
