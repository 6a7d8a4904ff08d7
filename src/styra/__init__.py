"""Styra: steer a Swedish kommun or region with Agenda 2030.

The packages ``sdg``, ``agenda2030``, ``kolada``, ``analysis`` and ``reports``
are the pure core: no Django, no clock, no network outside the Kolada client.
``web`` is the Django shell around it.
"""

__version__ = "0.1.0"
