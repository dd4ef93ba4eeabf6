# A package with a subpackage, relative imports (. and ..) and __all__.
import sys

print("before import:", "shop" in sys.modules)
import shop
from shop.payments import *
from shop.payments.card import PaymentDeclined
import shop.util

print("after import:", sorted(m for m in sys.modules if m.startswith("shop")))
cat = shop.Catalog()
cat.add("tea", "green tea", 450)
cat.add("cup", "teacup", 1299)
cat.add("pot", "teapot", 3450)
cart = shop.Cart(cat)
cart.add("tea", 3)
cart.add("pot")
cart.add("cup", 2)
try:
    cart.add("spoon")
except KeyError as e:
    print("unknown item", e)
print(cart.receipt())
total = cart.total()
for code in ("TENOFF", "HALF", "BOGUS"):
    try:
        new, msg = apply_voucher(code, total)
        print(msg)
    except KeyError as e:
        print("no voucher", e)
for amount in (total, apply_voucher("HALF", total)[0]):
    try:
        print(charge_card("4111111111111111", amount))
    except PaymentDeclined as e:
        print("declined:", e)
print(shop.util.money(5), shop.payments.__all__, shop.payments.card.__package__)
import shop  # second import: no second "initialising" line
