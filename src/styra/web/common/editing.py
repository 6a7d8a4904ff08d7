"""The one shape of a create/edit form page and of a delete page.

``edit_page`` is the body every "new …" and "change …" view shares; the view
builds the form, names how to save the row and where to go after it.
``delete_page`` asks to confirm on GET and deletes on POST.
"""

from django.contrib import messages
from django.shortcuts import redirect, render

from styra.web.common.concurrency import save_unless_changed
from styra.web.common.formerrors import render_form


def edit_page(request, form, save, done, template_name: str, context: dict):
    """On a valid post ``save()`` unless the row changed since the form was opened, then
    ``done(saved)`` (a message and the redirect); else the form page, 400 with errors."""
    if request.method == "POST" and form.is_valid():
        saved = save_unless_changed(form, save)
        if saved:
            return done(saved)
    return render_form(request, template_name, context | {"form": form})


def delete_page(request, delete, message: str, done: str, template_name: str, context: dict):
    """On POST ``delete()``, say ``message`` and go to the URL ``done``; on GET the page that
    asks to confirm (``context`` says what goes with the row)."""
    if request.method == "POST":
        delete()
        messages.success(request, message)
        return redirect(done)
    return render(request, template_name, context)


def posted(request):
    """What a form is bound to: the POST data, or None on GET (an unbound form)."""
    return request.POST if request.method == "POST" else None
