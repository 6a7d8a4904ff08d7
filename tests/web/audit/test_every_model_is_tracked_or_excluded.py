"""Every model of Styra's apps is either followed by the audit log (with the path to
its organisation) or excluded with a reason; secrets never enter a diff."""

from auditlog.registry import auditlog
from django.apps import apps

from styra.web.audit.registration import EXCLUDED, TRACKED


def styra_models() -> set[str]:
    return {m._meta.label for m in apps.get_models() if m.__module__.startswith("styra.")}


def test_every_model_is_tracked_or_excluded():
    missing = styra_models() - set(TRACKED) - set(EXCLUDED)
    assert not missing, f"add to TRACKED or EXCLUDED (with a reason): {sorted(missing)}"


def test_no_model_is_both_and_every_name_exists():
    assert not set(TRACKED) & set(EXCLUDED)
    assert set(TRACKED) | set(EXCLUDED) <= styra_models()
    assert all(reason.strip() for reason in EXCLUDED.values())


def test_tracked_models_are_registered_with_auditlog():
    for label in TRACKED:
        assert auditlog.contains(apps.get_model(label)), label


def test_secrets_stay_out_of_diffs():
    for model in auditlog.get_models():
        fields = auditlog.get_model_fields(model)
        for field in model._meta.concrete_fields:
            if any(word in field.name for word in ("password", "token", "secret")):
                assert field.name in fields["exclude_fields"], model._meta.label
