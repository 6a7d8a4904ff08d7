"""The page that waits for a document's render job: queued, running, ready (with the
link to the file) or failed (with the error and a new try), polled by HTMX every 2 s.

Every document that renders in the background (the nulägesanalys, the follow-up
report, …) answers its waiting URL with ``job_page``; never cached (private,
no-store), since it changes while the job runs.
"""

from django.shortcuts import render


def job_page(request, organisation, job, file_url: str, breadcrumb: list[tuple[str, str]]):
    """The waiting page (or, to an HTMX poll, its status block) of ``job``;
    ``breadcrumb``: the (URL, label) links after the organisation's name."""
    context = {
        "organisation": organisation,
        "job": job,
        "fmt": job.params.get("fmt", "pdf"),
        "file_url": file_url,
        "breadcrumb": breadcrumb,
    }
    polled = request.headers.get("HX-Request") == "true"
    template = "background/_job.html" if polled else "background/job.html"
    response = render(request, template, context)
    response["Cache-Control"] = "private, no-store"
    return response
