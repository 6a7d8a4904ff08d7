"""M9 in the web app: cross-impact matrices of targets, their cells, imports, exports and results.

A sub-package of the priorities app (the M8 prioritisation lives beside it in
``decisions/``); its models are re-exported by ``priorities/models.py``.
"""
