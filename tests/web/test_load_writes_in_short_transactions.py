"""`styra load` keeps SQLite writable: a few whole KPIs per short transaction.

SQLite has one writer for the whole file, so a load there is many small
transactions other writers (a login, a save) slip in between; PostgreSQL
writes it in one (others write meanwhile). On both, a failure half-way
leaves each KPI wholly old or wholly new and the data version unchanged.
"""

from collections import Counter

import polars as pl
import pytest
from django.db import connection

from styra.kolada.bundle import read_bundle
from styra.web.indicators import bundle_loader
from styra.web.indicators.models import Value
from styra.web.indicators.versions import kolada_version
from tests.kolada.minibundle import VALUES, write_mini_bundle

pytestmark = pytest.mark.django_db
VALUE_TABLE = Value._meta.db_table


def test_batches_hold_whole_kpis_up_to_the_row_limit():
    values = pl.DataFrame({"kpi_id": ["B", "A", "B", "C", "A", "B"], "value": range(6)})
    batches = [batch["kpi_id"].to_list() for batch in bundle_loader.kpi_batches(values, 3)]
    assert batches == [["A", "A"], ["B", "B", "B"], ["C"]]


def value_rows_per_transaction(load) -> Counter:
    """Value rows inserted under each transaction (a savepoint inside the test's own)."""
    rows: Counter = Counter()

    def record(execute, sql, params, many, context):
        if VALUE_TABLE in sql and sql.lstrip().upper().startswith(("INSERT", "DELETE", "TRUNC")):
            params = list(params) if many else params
            rows[connection.savepoint_ids[-1]] += len(params) if many else 0
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        load()
    return rows


def test_each_transaction_writes_a_few_kpis(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_loader, "VALUE_ROWS_PER_TRANSACTION", 3)
    bundle = read_bundle(write_mini_bundle(tmp_path))
    rows = value_rows_per_transaction(lambda: bundle_loader.load_bundle(bundle))
    if connection.vendor == "sqlite":
        # N00401 has 3 rows, N00945 4: one KPI per transaction, none bigger than a KPI.
        assert sorted(rows.values()) == [3, 4]
    else:
        assert len(rows) == 1  # one COPY transaction; PostgreSQL lets others write meanwhile
    assert Value.objects.count() == 7


def test_a_failure_half_way_leaves_each_kpi_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_loader, "VALUE_ROWS_PER_TRANSACTION", 3)
    bundle_loader.load_bundle(read_bundle(write_mini_bundle(tmp_path / "a")))
    version = kolada_version()
    changed = VALUES.replace("1.4", "1.3").replace("60.1", "61.0").replace("45.0", "46.0")
    bundle = read_bundle(write_mini_bundle(tmp_path / "b", values=changed))
    real_insert, real_copy = bundle_loader.insert_values, bundle_loader.copy_values

    def fail_on_n00945(write):
        def writer(values):
            if "N00945" in values["kpi_id"].to_list():
                raise RuntimeError("disk full")
            write(values)

        return writer

    monkeypatch.setattr(bundle_loader, "insert_values", fail_on_n00945(real_insert))
    monkeypatch.setattr(bundle_loader, "copy_values", fail_on_n00945(real_copy))
    with pytest.raises(RuntimeError):
        bundle_loader.load_bundle(bundle)
    first = Value.objects.get(kpi_id="N00401", area_id="0180", year=2021).value
    assert first == (1.3 if connection.vendor == "sqlite" else 1.4)  # its batch committed
    assert sorted(Value.objects.filter(kpi_id="N00945").values_list("value", flat=True)) == [
        45.0,
        55.0,
        57.5,
        60.1,
    ]
    assert Value.objects.count() == 7
    assert kolada_version() == version  # pages keep the previous data's analyses
