"""Django's admin works under the Content-Security-Policy, with the new models registered."""

from playwright.sync_api import expect

from .conftest import login


def test_superuser_uses_the_admin(page, django_user_model, editor_a):
    root = django_user_model.objects.create_superuser("root", "root@example.se", "x")
    root.set_password("Rätt-hemligt-lösen-2030")
    root.save()
    login(page, root)
    page.goto("/admin/")
    for model in ("Medlemskap", "Inbjudningar", "Kommunledningsbeslut", "Kontaktpersoner"):
        expect(page.get_by_role("link", name=model, exact=True)).to_be_visible()
    page.get_by_role("link", name="Medlemskap", exact=True).click()
    expect(page.get_by_role("main")).to_contain_text("erik_redaktor")
