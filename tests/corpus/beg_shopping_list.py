# A shopping list with lists and dicts, totals and receipts.
prices = {"milk": 1.09, "bread": 2.49, "eggs": 3.19, "apples": 0.45, "coffee": 7.99}
cart = []


def add(item, qty=1):
    if item not in prices:
        print(f"sorry, no {item}")
        return
    for entry in cart:
        if entry["item"] == item:
            entry["qty"] += qty
            return
    cart.append({"item": item, "qty": qty})


add("milk", 2)
add("apples", 6)
add("caviar")
add("coffee")
add("milk")
add("bread")

print(f"{'item':<10}{'qty':>4}{'price':>8}{'total':>9}")
subtotal = 0
for entry in cart:
    item, qty = entry["item"], entry["qty"]
    line = prices[item] * qty
    subtotal += line
    print(f"{item:<10}{qty:>4}{prices[item]:>8.2f}{line:>9.2f}")
vat = subtotal * 0.09
print(f"{'subtotal':<22}{subtotal:>9.2f}")
print(f"{'vat 9%':<22}{vat:>9.2f}")
print(f"{'TOTAL':<22}{subtotal + vat:>9.2f}")
cart.sort(key=lambda e: prices[e["item"]] * e["qty"], reverse=True)
print("most expensive line:", cart[0]["item"])
removed = cart.pop()
print("removed", removed, "left", [e["item"] for e in cart])
cheap = [k for k, v in sorted(prices.items()) if v < 2]
print("cheap:", cheap)
prices.update(bread=2.59, tea=3.00)
del prices["eggs"]
print(list(prices.keys()), len(prices), "tea" in prices, prices.get("eggs", "gone"))
