from fastapi import FastAPI

from app.orders import router as orders_router

app = FastAPI(title="shop-api")
app.include_router(orders_router, prefix="/api/v1")


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
