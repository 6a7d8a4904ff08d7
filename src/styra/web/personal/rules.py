"""Named permission on people's personal data (``user.has_perm(name)``).

| permission | who |
|---|---|
| personal.manage_persons | platform admins (``is_staff``, superuser): export or erase anyone |

Anyone signed in downloads their own data ("Mina uppgifter"); that needs no permission.
"""

import rules

rules.add_perm("personal.manage_persons", rules.is_active & (rules.is_staff | rules.is_superuser))
