from .card import charge_card
from .voucher import apply_voucher

__all__ = ["charge_card", "apply_voucher"]
