"""Nätverket: networks of kommuner and regioner with coordinators (docs/network.md)."""
