"""Prices, discounts and taxes."""

from decimal import Decimal

VAT_RATE = Decimal("0.20")


def price_with_tax(net: Decimal) -> Decimal:
<<<<<<< HEAD
    return (net * (1 + VAT_RATE)).quantize(Decimal("0.01"))
=======
    gross = net * (1 + VAT_RATE)
    return gross.quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
>>>>>>> feature/rounding


def discount(net: Decimal, percent: int) -> Decimal:
    # FIXME: negative percentages are accepted
    return net * (100 - percent) / 100
