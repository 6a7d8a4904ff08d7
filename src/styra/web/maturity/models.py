"""Rounds of the maturity self-assessment, each respondent's response and answers.

The dimensions themselves are data in ``styra.maturity`` (dimensions.yaml);
an answer stores the dimension's id.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from styra.web.common.models import Timestamps, user_field
from styra.web.organisations.models import organisation_field


class Round(models.Model):
    """One round of the self-assessment in an organisation, e.g. "Våren 2025"."""

    organisation = organisation_field("maturity_rounds")
    title = models.CharField(_("namn på omgången"), max_length=200)
    opened_on = models.DateField(_("startdatum"))
    closed = models.BooleanField(_("stängd"), default=False)
    created_by = user_field(_("skapad av"))
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        ordering = ["organisation_id", "-opened_on", "-pk"]
        verbose_name = _("omgång av självskattningen")
        verbose_name_plural = _("omgångar av självskattningen")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.opened_on} {self.title}"


class Response(Timestamps):
    """One respondent's answers in one round; they may change them until the round closes."""

    class Group(models.TextChoices):
        STEERING_GROUP = "styrgrupp", _("Styrgrupp")
        WORKING_GROUP = "arbetsgrupp", _("Arbetsgrupp")
        OTHER = "annan", _("Annan")

    round = models.ForeignKey(
        Round, verbose_name=_("omgång"), on_delete=models.CASCADE, related_name="responses"
    )
    respondent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("svarande"),
        on_delete=models.CASCADE,
        related_name="maturity_responses",
    )
    group = models.CharField(_("svarar som"), max_length=12, choices=Group.choices)

    class Meta:
        ordering = ["round_id", "created_at", "pk"]
        verbose_name = _("svar på självskattningen")
        verbose_name_plural = _("svar på självskattningen")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "respondent"], name="maturity_response_unique_round_respondent"
            )
        ]

    def __str__(self) -> str:
        return f"{self.round_id} {self.respondent_id} ({self.group})"


class Answer(models.Model):
    """A respondent's level (0–4) on one dimension, with an optional comment."""

    response = models.ForeignKey(
        Response, verbose_name=_("svar"), on_delete=models.CASCADE, related_name="answers"
    )
    dimension_id = models.CharField(_("dimension"), max_length=40)
    level = models.PositiveSmallIntegerField(_("nivå"), validators=[MaxValueValidator(4)])
    comment = models.TextField(_("kommentar"), max_length=1000, blank=True)

    class Meta:
        ordering = ["response_id", "pk"]
        verbose_name = _("bedömning")
        verbose_name_plural = _("bedömningar")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "dimension_id"], name="maturity_answer_unique_dimension"
            ),
            models.CheckConstraint(
                condition=models.Q(level__gte=0, level__lte=4), name="maturity_answer_level_0_4"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.response_id} {self.dimension_id}={self.level}"
