"""1b Focus analysis: steering documents → passages → suggested SDG goals → focus (M6).

Pure core: no Django, no clock, no network. ``extract_passages`` reads an uploaded
file; ``suggest`` proposes goals and targets for a passage; ``focus_per_goal`` and
``blind_spots`` compute M6. See docs/focus.md.
"""

from styra.focus.extract import ExtractError, Passage, extract_passages
from styra.focus.focus import blind_spots, focus_per_goal
from styra.focus.suggest import Suggestion, suggest

__all__ = [
    "ExtractError",
    "Passage",
    "Suggestion",
    "blind_spots",
    "extract_passages",
    "focus_per_goal",
    "suggest",
]
