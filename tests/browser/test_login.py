"""Logging in: errors, lockout and landing on "Mina organisationer"."""

from playwright.sync_api import expect

from .conftest import check_axe, expect_skip_link, login


def submit(page, username, password):
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(password)
    page.get_by_role("button", name="Logga in").click()


def test_start_page_then_login_shows_my_organisations(page, editor_a):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Styra")
    check_axe(page)
    page.get_by_role("link", name="Logga in").first.click()
    check_axe(page)
    submit(page, editor_a.username, "fel-lösenord")
    expect(page.get_by_role("alert")).to_contain_text("korrekt användarnamn och lösenord")
    check_axe(page)
    login(page, editor_a)
    expect(page.get_by_role("heading", level=1)).to_have_text("Mina organisationer")
    expect(page.get_by_role("link", name="Stockholm").first).to_be_visible()
    check_axe(page)


def test_skip_link_is_first_and_moves_to_main(page, editor_a):
    page.goto("/")
    expect_skip_link(page)


def test_locked_out_after_repeated_failures(page, editor_a):
    page.goto("/konto/logga-in/")
    for _ in range(5):
        submit(page, editor_a.username, "fel-lösenord")
    expect(page.get_by_role("heading", level=1)).to_have_text("För många inloggningsförsök")
    check_axe(page)
    page.goto("/konto/logga-in/")
    submit(page, editor_a.username, "Rätt-hemligt-lösen-2030")
    expect(page.get_by_role("heading", level=1)).to_have_text("För många inloggningsförsök")


def test_logout(page, editor_a):
    login(page, editor_a)
    page.get_by_role("button", name="Logga ut").click()
    expect(page.get_by_role("link", name="Logga in").first).to_be_visible()
