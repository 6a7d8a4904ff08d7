from styra.web.priorities.decisions.models import *  # noqa: F403
from styra.web.priorities.interactions.models import *  # noqa: F403
