"""Sharing on purpose: the pages (docs/network-sharing.md); the rules are network.sharing."""
