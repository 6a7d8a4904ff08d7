"""Password spraying from one address is locked out, beside the per-user lockout."""

from django.test import Client

from tests.web.factories import PASSWORD

LOGIN = "/konto/logga-in/"
SPRAYER = "203.0.113.7"


def attempt(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password})


def spray(client, users: int = 10, each: int = 4) -> list[int]:
    """``each`` wrong passwords for each of ``users`` user names: under the per-user limit."""
    return [
        attempt(client, f"person{user}@kommun.se", f"Sommar202{guess}").status_code
        for guess in range(each)
        for user in range(users)
    ]


def test_forty_wrong_passwords_over_ten_user_names_lock_the_address(editor_a):
    statuses = spray(Client(REMOTE_ADDR=SPRAYER))
    assert statuses[0] == 200 and statuses[-1] == 429
    assert statuses.index(429) == 19  # STYRA_LOGIN_IP_FAILURE_LIMIT = 20 failures
    # Now even a right password from that address is refused ...
    assert attempt(Client(REMOTE_ADDR=SPRAYER), editor_a.username, PASSWORD).status_code == 429
    # ... but not from another address.
    elsewhere = Client(REMOTE_ADDR="198.51.100.2")
    assert attempt(elsewhere, editor_a.username, PASSWORD).status_code == 302


def test_a_sprayers_own_login_does_not_clear_the_address(editor_a):
    client = Client(REMOTE_ADDR=SPRAYER)
    assert set(spray(client, users=10, each=1)) == {200}
    assert attempt(client, editor_a.username, PASSWORD).status_code == 302
    client.logout()
    assert spray(client, users=10, each=1)[-1] == 429


def test_the_per_user_lockout_still_comes_first(editor_a):
    client = Client(REMOTE_ADDR=SPRAYER)
    statuses = [attempt(client, editor_a.username, "fel").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    assert attempt(client, "someone.else@kommun.se", "fel").status_code == 200
