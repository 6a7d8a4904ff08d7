"""The twins page of a kommun and its export (M12; terms and caching in services.py).

Open like the nulägesanalys: any signed-in user, for any kommun, since only Kolada
values are used (``nulage.view_analysis``). A region's page says that twins are
for kommuner.
"""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from styra.analysis.twins import DEFAULT_KPIS, KOMMUNGRUPP, MAX_KPIS, TWIN_COUNT, Term
from styra.web.common.access import organisation_or_404
from styra.web.common.downloads import FORMATS, download
from styra.web.nulage.comparison import TWINS
from styra.web.nulage.data import snapshot

from .forms import TERM_PARAM, TwinsForm, weight_field
from .services import (
    SPEC_PARAM,
    TermsError,
    checked,
    export_table,
    kommun_kpis,
    parse_spec,
    spec_of,
    spec_params,
    term_titles,
    twins_of,
)

VIEW = "nulage.view_analysis"  # Kolada data only: as open as the nulägesanalys
MAX_SUBMITTED = MAX_KPIS + 1  # the KPIs and the kommungrupp


def query(params) -> str:
    return f"?{urlencode(params)}" if params else ""


def submitted_terms(ids: list[str]) -> tuple[Term, ...]:
    """The terms the form listed (their weights come from the form's fields)."""
    return tuple(Term(kpi_id[:20]) for kpi_id in dict.fromkeys(ids[:MAX_SUBMITTED]))


@login_required
def twins_list(request, kolada_id: str):
    snap = snapshot()
    area = organisation_or_404(request, kolada_id, VIEW, known=snap.organisations)
    if area.type != "K":
        return render(request, "twins/twins_region.html", {"area": area})
    problems, terms = [], None
    try:
        terms = parse_spec(request.GET.get(SPEC_PARAM))
    except TermsError as error:
        problems.append(str(error))
        terms = parse_spec(None)
    if TERM_PARAM in request.GET:
        submitted = submitted_terms(request.GET.getlist(TERM_PARAM))
        form = TwinsForm(request.GET, submitted, term_titles(submitted))
        if form.is_valid():
            try:
                chosen = checked(form.terms)
            except TermsError as error:
                form.add_error(None, str(error))
            else:
                url = reverse("twins-list", args=[area.pk])
                return redirect(url + query(spec_params(chosen)))
    else:
        form = TwinsForm(None, terms, term_titles(terms))
    return render(request, "twins/twins_list.html", context(area, snap, terms, form, problems))


def context(area, snap, terms, form, problems) -> dict:
    result = twins_of(area, terms, snap)
    titles = term_titles(terms)
    used = {term.kpi_id: term for term in result.terms}
    params = spec_params(terms)
    return {
        "area": area,
        "form": form,
        "problems": problems,
        "spec": spec_of(terms),
        "term_rows": [
            {
                "kpi_id": term.kpi_id,
                "title": titles.get(term.kpi_id, term.kpi_id),
                "field": form[name],
                "used": used.get(term.kpi_id),
                "weight_percent": round(100 * used[term.kpi_id].weight, 1)
                if term.kpi_id in used
                else None,
            }
            for term in form.chosen
            if (name := weight_field(term)) in form.fields
        ],
        "terms": [(titles[t.kpi_id], t) for t in result.terms],
        "result": result,
        "twin_rows": twin_rows(result, snap, titles),
        "count": TWIN_COUNT,
        "kommungrupp": KOMMUNGRUPP,
        "datalist": datalist(snap),
        "compare_url": reverse("nulage-overview", args=[area.pk])
        + query((("jamfor", TWINS), *params)),
        "exports": {
            fmt: reverse("twins-export", args=[area.pk, fmt]) + query(params) for fmt in FORMATS
        },
    }


def datalist(snap) -> list[tuple[str, str]]:
    """The KPIs offered while typing: the structure set and Styra's curated set."""
    ids = [*DEFAULT_KPIS, *snap.catalog["kpi_id"]]
    return [(kpi.pk, kpi.title) for kpi in kommun_kpis(ids).values()]


def explained_part(part, titles) -> dict:
    """One term of a twin's distance: title, both values, share of the distance in %."""
    percent = None if part.share is None else round(100 * part.share, 1)
    return {
        "kpi_id": part.kpi_id,
        "title": titles[part.kpi_id],
        "own": part.own,
        "twin": part.twin,
        "percent": percent,
    }


def twin_rows(result, snap, titles) -> list[dict]:
    """Per twin: its name, group, distance, and per term both values and the share."""
    rows = []
    for rank, twin in enumerate(result.twins, start=1):
        organisation = snap.organisations.get(twin.area_id)
        parts = [explained_part(part, titles) for part in twin.contributions]
        biggest = sorted((p for p in parts if p["percent"]), key=lambda p: -p["percent"])[:2]
        rows.append(
            {
                "rank": rank,
                "twin": twin,
                "organisation": organisation,
                "parts": parts,
                "biggest": biggest,
                "share_percent": round(100 * twin.weight_share),
            }
        )
    return rows


@login_required
def twins_export(request, kolada_id: str, fmt: str):
    snap = snapshot()
    area = organisation_or_404(request, kolada_id, VIEW, known=snap.organisations)
    if area.type != "K" or fmt not in FORMATS:
        raise Http404
    try:
        terms = parse_spec(request.GET.get(SPEC_PARAM))
    except TermsError as error:
        raise Http404(str(error)) from None
    result = twins_of(area, terms, snap)
    names = {pk: organisation.name for pk, organisation in snap.organisations.items()}
    table = export_table(area, result, term_titles(terms), names)
    return download(table, fmt, f"styra-{area.name}-tvillingar")
