import os

# TODO: read everything from the environment before the launch
DATABASE_URL = "postgresql://shop:Kx8vQ2mWp4Lz@db.internal:5432/shop"
PAYMENT_API_KEY = os.environ["PAYMENT_API_KEY"]
REQUEST_TIMEOUT_SECONDS = 10
