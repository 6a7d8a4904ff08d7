"""``styra load --fetch``: without a bundle beside the checkout, fetch one from Kolada.

``make run`` loads with ``--fetch``: on a machine without ``../shared/data/kolada``
(and without ``STYRA_BUNDLE``) it syncs the Agenda 2030 bundle from Kolada's live
API into var/kolada, with a progress bar, when Kolada answers; when it does not,
it stops saying exactly what to set.
"""

from datetime import UTC, datetime
from pathlib import Path

import click

from styra.cli.kolada import echo_progress, values_progress
from styra.kolada.bundle import BESIDE_CHECKOUT, fetched_bundle_path
from styra.kolada.client import DEFAULT_BASE_URL, KoladaClient, KoladaError, RetryPolicy
from styra.kolada.sync import SyncError, sync_bundle

KOLADA_URL = DEFAULT_BASE_URL
PROBE_TIMEOUT = 10.0  # seconds for the one request that tells whether Kolada answers


def no_bundle_message(why_not_fetched: str | None = None) -> str:
    """What to set or do when there is no bundle, as exact commands."""
    lines = [f"No Kolada bundle: STYRA_BUNDLE is not set and {BESIDE_CHECKOUT} does not exist."]
    if why_not_fetched:
        lines.append(f"Kolada could not be reached to fetch one ({why_not_fetched}).")
    lines += [
        "Point to a bundle you have:",
        "    STYRA_BUNDLE=/path/to/bundle make run",
        f"or put it at {BESIDE_CHECKOUT} (beside the checkout),",
        "or fetch one on a machine that reaches Kolada and copy it here:",
        f"    styra kolada sync --out {fetched_bundle_path()}",
    ]
    return "\n".join(lines)


def kolada_unreachable(base_url: str) -> str | None:
    """Why Kolada does not answer one quick request (no retries), or None when it does."""
    probe = KoladaClient(base_url, timeout=PROBE_TIMEOUT, retry=RetryPolicy(max_retries=0))
    with probe:
        try:
            probe.get_envelope(f"{probe.base_url}/kpi_groups?per_page=1")
        except KoladaError as error:
            return str(error)
    return None


def fetch_missing_bundle(base_url: str | None = None) -> Path:
    """Sync the Agenda 2030 bundle into var/kolada; stop with what to set when Kolada
    cannot be reached or the sync fails."""
    base_url = base_url or KOLADA_URL
    out_dir = fetched_bundle_path()
    why_not = kolada_unreachable(base_url)
    if why_not:
        raise click.ClickException(no_bundle_message(why_not))
    click.echo(f"No Kolada bundle here: fetching one from {base_url} into {out_dir}", err=True)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        with KoladaClient(base_url) as client:
            sync_bundle(
                client,
                out_dir,
                synced_at=started,
                progress=echo_progress,
                on_chunk=values_progress(),
            )
    except (KoladaError, SyncError) as error:
        raise click.ClickException(no_bundle_message(f"the sync failed: {error}")) from error
    return out_dir
