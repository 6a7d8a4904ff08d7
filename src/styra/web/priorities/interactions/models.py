"""A cross-impact matrix (M9) of an organisation or a network: its targets and scored cells.

A cell that has not been scored is *missing*: it has no row, never a 0. The
matrix's targets are kept in the SDG catalog's order wherever they are shown.
"""

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from styra.priorities.matrix import MAX_SCORE, MIN_SCORE
from styra.web.common.models import Edited, Timestamps, target_id_field, user_field
from styra.web.organisations.models import Network, Organisation

__all__ = ["Matrix", "MatrixCell", "MatrixTarget", "Score"]

MIN_TARGETS = 10
MAX_TARGETS = 40


class Score(models.IntegerChoices):
    """SEI's seven-point scale (Nilsson et al. 2016), in the words Styra shows."""

    INDIVISIBLE = 3, _("Oupplösligt kopplad")
    REINFORCING = 2, _("Förstärker")
    ENABLING = 1, _("Möjliggör")
    CONSISTENT = 0, _("Ingen påverkan")
    CONSTRAINING = -1, _("Begränsar")
    COUNTERACTING = -2, _("Motverkar")
    CANCELLING = -3, _("Omöjliggör")


class Matrix(Timestamps):
    """Belongs to exactly one organisation or one network."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="interaction_matrices",
    )
    network = models.ForeignKey(
        Network,
        verbose_name=_("nätverk"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="interaction_matrices",
    )
    title = models.CharField(_("namn"), max_length=200)
    description = models.TextField(_("beskrivning"), blank=True)
    created_by = user_field(_("skapad av"))

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("interaktionsmatris")
        verbose_name_plural = _("interaktionsmatriser")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(organisation__isnull=False, network__isnull=True)
                    | Q(organisation__isnull=True, network__isnull=False)
                ),
                name="interactions_matrix_one_owner",
            ),
            models.UniqueConstraint(
                "organisation", Lower("title"), name="interactions_matrix_unique_title"
            ),
            models.UniqueConstraint(
                "network", Lower("title"), name="interactions_matrix_unique_title_in_network"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def owner(self) -> Organisation | Network:
        return self.organisation if self.organisation_id else self.network


class MatrixTarget(models.Model):
    matrix = models.ForeignKey(
        Matrix, verbose_name=_("matris"), on_delete=models.CASCADE, related_name="targets"
    )
    target_id = target_id_field()

    class Meta:
        ordering = ["matrix", "pk"]
        verbose_name = _("delmål i matris")
        verbose_name_plural = _("delmål i matris")
        constraints = [
            models.UniqueConstraint(
                fields=["matrix", "target_id"], name="interactions_target_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.matrix_id}: {self.target_id}"


class MatrixCell(Edited):
    """How progress on ``from_target`` influences ``to_target`` (−3…+3), and why."""

    matrix = models.ForeignKey(
        Matrix, verbose_name=_("matris"), on_delete=models.CASCADE, related_name="cells"
    )
    from_target = target_id_field(_("påverkar"))
    to_target = target_id_field(_("påverkas"))
    score = models.SmallIntegerField(_("värde"), choices=Score.choices)
    rationale = models.TextField(_("motivering"), blank=True)

    class Meta:
        ordering = ["matrix", "pk"]
        verbose_name = _("cell i matris")
        verbose_name_plural = _("celler i matris")
        constraints = [
            models.UniqueConstraint(
                fields=["matrix", "from_target", "to_target"], name="interactions_cell_unique"
            ),
            models.CheckConstraint(
                condition=~Q(from_target=models.F("to_target")),
                name="interactions_cell_no_diagonal",
            ),
            models.CheckConstraint(
                condition=Q(score__gte=MIN_SCORE, score__lte=MAX_SCORE),
                name="interactions_cell_score_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_target} → {self.to_target}: {self.score:+d}"
