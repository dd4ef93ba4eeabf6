from .. import util

VOUCHERS = {"TENOFF": 1000, "HALF": None}


def apply_voucher(code, cents):
    if code not in VOUCHERS:
        raise KeyError(code)
    off = VOUCHERS[code]
    new = cents // 2 if off is None else max(0, cents - off)
    return new, f"{code}: {util.money(cents)} -> {util.money(new)}"
