"""Kolada (RKA): the bundle on disk (``bundle``) and the live API (``client``, ``sync``)."""

ATTRIBUTION = "Källa: Kolada (RKA)"
ATTRIBUTION_LONG = "Källa: Kolada (RKA, Rådet för främjande av kommunala analyser), CC BY 4.0"
