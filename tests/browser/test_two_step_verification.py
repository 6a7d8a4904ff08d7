"""Two-step verification in the browser: set it up from the user menu (secret typed off
the page, as someone who cannot scan would), see the backup codes, log out, log in with
the password and a code; axe-core on every page, keyboard only on the code step."""

import re

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from .conftest import check_axe, login


def code_from(secret_base32: str, steps_ahead: int = 0) -> str:
    from base64 import b32decode

    return f"{totp(b32decode(secret_base32), drift=steps_ahead):06d}"


def test_set_up_then_log_in_with_a_code(page, editor_a):
    login(page, editor_a)
    page.get_by_role("link", name="Tvåstegsverifiering").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tvåstegsverifiering")
    check_axe(page)
    page.get_by_role("link", name="Slå på tvåstegsverifiering").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Slå på tvåstegsverifiering")
    expect(
        page.get_by_role("img", name="QR-kod att skanna med autentiseringsappen")
    ).to_be_visible()
    check_axe(page)
    secret = page.locator("code.otp-secret").inner_text().replace(" ", "")

    page.get_by_label("Kod").fill("000000" if code_from(secret) != "000000" else "111111")
    page.get_by_role("button", name="Slå på").click()
    expect(page.get_by_role("alert")).to_contain_text("Koden stämmer inte")
    check_axe(page)
    page.get_by_label("Kod").fill(code_from(secret))
    page.get_by_role("button", name="Slå på").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dina reservkoder")
    expect(page.locator(".otp-codes li")).to_have_count(10)
    check_axe(page)
    assert TOTPDevice.objects.get(user=editor_a).confirmed

    page.get_by_role("button", name="Logga ut").click()
    login_with_code_step(page, editor_a)
    # Keyboard only on the code step: type the code, Enter submits.
    page.get_by_label("Kod").focus()
    page.keyboard.type(code_from(secret, 1))
    page.keyboard.press("Enter")
    page.wait_for_url("**/mina-organisationer/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mina organisationer")
    check_axe(page)


def login_with_code_step(page, user):
    from tests.web.factories import PASSWORD

    page.goto("/konto/logga-in/")
    page.get_by_label("Användarnamn").fill(user.get_username())
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    expect(page).to_have_url(re.compile(r"/konto/tvastegsverifiering/kod/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Skriv in din kod")
    check_axe(page)
    page.goto("/mina-organisationer/")  # nothing else answers before the code
    expect(page).to_have_url(re.compile(r"/konto/tvastegsverifiering/kod/"))
