"""Two editors add the same KPI to an action at the same moment: the second gets
the KPI field's error (400), never a server error."""

from styra.web.actionplan.forms import IndicatorForm
from styra.web.actionplan.models import ActionIndicator
from tests.web.concurrent_edits import clash_after_checks

from .conftest import url

TAKEN = ["Nyckeltalet finns redan för den här åtgärden."]


def test_a_kpi_added_during_the_save_is_a_field_error(client_for, editor_a, plan_a, monkeypatch):
    action = plan_a["x"]
    choices = IndicatorForm(organisation=action.organisation).fields["kpi_id"].choices
    kpi_id = next(key for _goal, group in choices if isinstance(group, list) for key, _ in group)
    clash_after_checks(
        monkeypatch,
        IndicatorForm,
        lambda: ActionIndicator.objects.create(action=action, kpi_id=kpi_id),
    )
    response = client_for(editor_a).post(
        url("actionplan-indicator-create", action.pk), {"kpi_id": kpi_id}
    )
    assert response.status_code == 400
    assert response.context["form"].errors["kpi_id"] == TAKEN
    assert ActionIndicator.objects.filter(action=action, kpi_id=kpi_id).count() == 1
