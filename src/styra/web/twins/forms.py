"""The twins form (GET): a weight per chosen term, and a KPI to add by id or by name."""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from styra.analysis.twins import KOMMUNGRUPP, MAX_KPIS, Term
from styra.web.common.formfields import CleanInput
from styra.web.indicators.models import Kpi

from .services import weight_text

MAX_WEIGHT = 100
TERM_PARAM = "nyckeltal"  # the chosen terms' ids, in order (hidden inputs)


def weight_field(term: Term) -> str:
    return f"vikt-{term.kpi_id}"


def kpi_from_text(text: str) -> Kpi:
    """The kommun KPI named by an id ("N01951", "n01951 Invånare …") or by words of its title."""
    first = text.split()[0].upper()
    by_id = Kpi.objects.filter(pk=first).first()
    if by_id is None:
        words = Q()
        for word in text.split()[:8]:
            words &= Q(title__icontains=word)
        found = list(Kpi.objects.filter(words).order_by("kpi_id")[:6])
        if not found:
            raise ValidationError(
                _("Inget nyckeltal heter eller har id ”%(text)s”.") % {"text": text}
            )
        if len(found) > 1:
            raise ValidationError(
                _("Flera nyckeltal passar ”%(text)s”, skriv id:t, t.ex. %(ids)s.")
                % {"text": text, "ids": ", ".join(f"{k.pk} ({k.title})" for k in found[:3])}
            )
        by_id = found[0]
    if by_id.municipality_type == Kpi.MunicipalityType.REGION:
        raise ValidationError(
            _("%(kpi)s finns bara för regioner; tvillingar jämför kommuner.") % {"kpi": by_id.pk}
        )
    return by_id


class TwinsForm(CleanInput, forms.Form):
    """``terms``: the terms chosen before; a weight of 0 takes a term away."""

    lagg_till = forms.CharField(
        label=gettext_lazy("Lägg till ett nyckeltal"),
        required=False,
        max_length=200,
        help_text=gettext_lazy("Kolada-id (t.ex. N00905) eller ord ur namnet. Vikt 1."),
    )

    def __init__(self, data, terms: tuple[Term, ...], titles: dict[str, str]):
        super().__init__(data)
        self.chosen = terms
        for term in terms:
            self.fields[weight_field(term)] = forms.FloatField(
                label=_("Vikt för %(title)s") % {"title": titles.get(term.kpi_id, term.kpi_id)},
                min_value=0,
                max_value=MAX_WEIGHT,
                initial=weight_text(term.weight),  # 3, not 3.0
            )
        self.order_fields([*map(weight_field, terms), "lagg_till"])

    def clean_lagg_till(self) -> str:
        text = self.cleaned_data["lagg_till"]
        if not text:
            return ""
        kpi = kpi_from_text(text)
        if kpi.pk in {term.kpi_id for term in self.chosen}:
            raise ValidationError(_("%(kpi)s är redan valt.") % {"kpi": kpi.pk})
        return kpi.pk

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        kept = [Term(t.kpi_id, data[weight_field(t)]) for t in self.chosen]
        kept = [term for term in kept if term.weight > 0]
        if data.get("lagg_till"):
            kept.append(Term(data["lagg_till"], 1.0))
        kpis = [term for term in kept if term.kpi_id != KOMMUNGRUPP]
        if len(kpis) > MAX_KPIS:
            self.add_error("lagg_till", _("Välj högst %(n)s nyckeltal.") % {"n": MAX_KPIS})
        elif not kpis:
            raise ValidationError(_("Välj minst ett nyckeltal med en vikt över 0."))
        self.terms = tuple(kept)
        return data
