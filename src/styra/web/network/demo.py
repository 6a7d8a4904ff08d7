"""The demo network of ``make run`` (``styra network demo``): seven kommuner from
seven SKR kommungrupper and one region, as in "Styra med Agenda 2030", with no
commitments filled in, so a newcomer sees the network pages."""

from django.db import transaction
from django.utils.translation import gettext as _

from styra.web.organisations.models import Network, Organisation

from .services import NetworkError

NAME = "Styra med Agenda 2030 (2023)"
DESCRIPTION = (
    "Ett utvecklingsnätverk med SKR: sju kommuner och en region hittar och testar "
    "modeller för nulägesanalys och lär av varandra."
)
MEMBERS = {
    "0115": "Vallentuna",  # A2 pendlingskommun nära storstad
    "0780": "Växjö",  # B3 större stad
    "0764": "Alvesta",  # B4 pendlingskommun nära större stad
    "2582": "Boden",  # B5 lågpendlingskommun nära större stad
    "2084": "Avesta",  # C6 mindre stad/tätort
    "1784": "Arvika",  # C8 landsbygdskommun
    "0885": "Borgholm",  # C9 landsbygdskommun med besöksnäring
    "0007": "Region Kronoberg",
}


@transaction.atomic
def ensure_demo(coordinator) -> tuple[Network, bool]:
    """The demo network with its members and ``coordinator``; created the first time only."""
    found = Organisation.objects.filter(pk__in=MEMBERS)
    missing = sorted(set(MEMBERS) - set(found.values_list("pk", flat=True)))
    if missing:
        raise NetworkError(
            _("Organisationerna %(ids)s saknas: läs in Kolada-data först (styra load).")
            % {"ids": ", ".join(missing)}
        )
    network, created = Network.objects.get_or_create(
        name=NAME, defaults={"description": DESCRIPTION}
    )
    network.members.add(*found)
    network.coordinators.add(coordinator)
    return network, created
