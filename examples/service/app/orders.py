import requests
from fastapi import APIRouter

from app.config import PAYMENT_API_KEY
from app.pricing import price_with_tax

router = APIRouter(prefix="/orders")


@router.post("")
def create_order(order: dict) -> dict:
    total = price_with_tax(order["net"])
    # HACK: the payment provider is called synchronously
    requests.post("https://payments.example.com/charge", json={"amount": str(total)}, headers={"Authorization": PAYMENT_API_KEY})
    return {"total": str(total)}
