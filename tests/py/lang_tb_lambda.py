# Uncaught error inside a lambda called by sorted's key function.
records = [{"name": "b", "age": 3}, {"name": "a"}]
print("sorting")
by_age = sorted(records, key=lambda r: r["age"])
