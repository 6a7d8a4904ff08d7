"""The search page: KPIs, goals, targets, areas and the user's own organisations' content."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import get_language

from styra.search import MAX_QUERY_CHARS, parse_query
from styra.web.accounts.context_processors import SESSION_KEY

from . import searchable


@login_required
def search(request):
    """KPIs, goals, targets, areas and the content of the user's own organisations, by word
    forms (styra.search); the documents and the results' links come from searchable.py."""
    typed = request.GET.get("q")
    query = parse_query(typed or "")
    current = request.session.get(SESSION_KEY)
    mine = [m.organisation for m in request.user.memberships.select_related("organisation")]
    home = next((o for o in mine if o.pk == current), mine[0] if mine else None)
    groups = searchable.find(query, request.user, home, get_language()) if query.terms else []
    context = {
        "query": query,
        "groups": groups,
        "total": sum(group.count for group in groups),
        "problem": searchable.problem_of(typed, query),
        "max_chars": MAX_QUERY_CHARS,
        "home_area": home,
    }
    return render(request, "nulage/search.html", context)
