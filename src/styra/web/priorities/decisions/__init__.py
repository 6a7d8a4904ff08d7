"""Prioritisation (M8) for the web: criteria per goal, weights, workshops and decisions.

See docs/prioritisation.md. The pure scoring is ``styra.priorities``; this
package loads the criteria from the other modules, stores what the
organisation decides and shows it.
"""
