"""The nulägesanalys as one plain document: what ``styra analyse --format json`` prints
and what ``/api/v1/areas/{id}/analysis`` answers, built in one place so they cannot drift.

The document is ``dataclasses.asdict`` of the ``AreaAnalysis`` (tuples become lists
when written as JSON), with ``peers`` (the M10 comparison of one KPI, or None) and
``source`` (the data's attribution, ``styra.kolada.ATTRIBUTION`` for Kolada) added.
"""

import dataclasses

from styra.analysis.area import AreaAnalysis
from styra.analysis.peers import PeerComparison


def analysis_document(analysis: AreaAnalysis, peers: PeerComparison | None, source: str) -> dict:
    document = dataclasses.asdict(analysis)
    document["peers"] = dataclasses.asdict(peers) if peers else None
    document["source"] = source
    return document
