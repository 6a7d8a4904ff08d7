"""Named permission on the nulägesanalys pages (``user.has_perm(name, area)``).

| permission | who |
|---|---|
| nulage.view_analysis | any logged-in user: the Kolada-based analysis of any area |

The Kolada data is open, so any logged-in user reads the 17 goals, goal and KPI
pages and their exports for any kommun or region. The organisation's own
indicators, target values and rådighet join its analysis only for those who
may read them (``indicators.view_own_data``, ``radighet.view_mandate``:
members); everybody else sees the Kolada part with Styra's defaults.
"""

import rules

rules.add_perm("nulage.view_analysis", rules.is_authenticated)
