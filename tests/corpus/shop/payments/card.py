from ..util import money


class PaymentDeclined(Exception):
    pass


def charge_card(number, cents, limit=5000):
    if cents > limit:
        raise PaymentDeclined(f"card ending {number[-4:]} declined for {money(cents)}")
    return f"charged {money(cents)} to card ending {number[-4:]}"
