"""The ``goal`` path converter: ``<goal:goal>`` matches an SDG goal number, 1–17.

Any other number (``mal/0/``, ``mal/18/``) matches no URL, so the page answers
404 without a view having to check. Registered once, in ``CommonConfig.ready``.
"""

from styra.sdg import GOAL_NUMBERS


class GoalConverter:
    regex = "1[0-7]|[1-9]"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        if int(value) not in GOAL_NUMBERS:
            raise ValueError(f"no SDG goal {value!r}: goals are numbered 1–17")
        return str(int(value))
