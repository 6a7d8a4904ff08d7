"""The filters of the audit log page (GET; an invalid filter shows its error, no rows)."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from styra.web.common.formfields import CleanInput, PlausibleDateField

from . import services
from .models import AuditEntry


class LogFilterForm(CleanInput, forms.Form):
    user = forms.TypedChoiceField(label=_("Vem"), required=False, coerce=int, empty_value=None)
    object_type = forms.TypedChoiceField(
        label=_("Typ av objekt"), required=False, coerce=int, empty_value=None
    )
    since = PlausibleDateField(label=_("Från och med"), required=False)
    until = PlausibleDateField(label=_("Till och med"), required=False)
    words = forms.CharField(label=_("Ord"), required=False, max_length=100)

    def __init__(self, owner: services.LogOwner, *args, **kwargs):
        super().__init__(*args, **kwargs)
        actors = AuditEntry.objects.filter(owner.scope).order_by().values("actor_id")
        people = get_user_model().objects.filter(Q(pk__in=actors) | Q(pk__in=owner.people))
        everyone = [("", _("Alla"))]
        self.fields["user"].choices = everyone + [
            (user.pk, services.person_name(user))
            for user in people.order_by("first_name", "last_name", "username")
        ]
        self.fields["object_type"].choices = everyone + [
            (kind.pk, str(kind.model_class()._meta.verbose_name).capitalize())
            for kind in services.tracked_types()
        ]

    def log_filter(self) -> services.LogFilter | None:
        if not self.is_valid():
            return None
        return services.LogFilter(**self.cleaned_data)
