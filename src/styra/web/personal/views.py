"""The pages of personal data (docs/personal-data.md).

"Mina uppgifter" (``/konto/mina-uppgifter/``): anyone signed in downloads everything
stored about them. The platform's admins (``personal.manage_persons``) find a person by
e-mail on ``/plattform/personuppgifter/``, download their data, or erase them after a
confirmation step that shows what will change.
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from . import export
from .erase import erase
from .forms import EraseForm, PersonForm
from .people import Person

MANAGE = "personal.manage_persons"


def json_download(person: Person) -> HttpResponse:
    data = export.collect(person, timezone.now())
    response = HttpResponse(export.to_json(data), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="personuppgifter.json"'
    response["Cache-Control"] = "private, no-store"
    return response


def admin_or_403(request) -> None:
    if not request.user.has_perm(MANAGE):
        raise PermissionDenied


def counts_of(person: Person) -> dict[str, int]:
    rows = export.collect(person, timezone.now())["rows"]
    return {label: len(found) for label, found in rows.items()}


@login_required
@require_safe
def mine(request):
    return render(request, "personal/mine.html")


@login_required
@require_safe
def mine_export(request):
    return json_download(Person.of_user(request.user))


@login_required
@require_safe
def persons(request):
    admin_or_403(request)
    form = PersonForm(request.GET or None)
    context = {"form": form}
    if form.is_valid():
        person = Person.by_email(form.cleaned_data["email"], form.cleaned_data["name"])
        context.update(person=person, counts=counts_of(person))
    return render(request, "personal/persons.html", context)


@login_required
@require_safe
def person_export(request):
    admin_or_403(request)
    form = PersonForm(request.GET)
    if not form.is_valid():
        return render(request, "personal/persons.html", {"form": form}, status=400)
    return json_download(Person.by_email(form.cleaned_data["email"], form.cleaned_data["name"]))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def person_erase(request):
    """GET: what erasing the person will touch, and the confirmation form; POST: erase."""
    admin_or_403(request)
    form = EraseForm(request.POST or None, initial=request.GET.dict())
    if request.method == "POST" and form.is_valid():
        person = Person.by_email(form.cleaned_data["email"], form.cleaned_data["name"])
        report = erase(person)
        return render(request, "personal/person_erased.html", {"report": report})
    lookup = PersonForm(request.POST or request.GET)
    context = {"form": form}
    if lookup.is_valid():
        person = Person.by_email(lookup.cleaned_data["email"], lookup.cleaned_data["name"])
        context.update(person=person, counts=counts_of(person))
    return render(
        request, "personal/person_erase.html", context, status=400 if form.errors else 200
    )
