from app.pricing import discount


class FakeConnector:
    auth_token = "auth-token-123"


def test_discount():
    assert discount(100, 10) == 90


def test_login():
    password = "SecurePassword123!"
    connector = FakeConnector()
    assert connector.auth_token == "auth-token-123"
    assert len(password) > 8


def test_admin_user():
    admin_password = "not-a-real-one"  # readiness-gate-ignore hardcoded-password
    assert admin_password
