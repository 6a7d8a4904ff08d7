"""The network's pure core: analyses of a network's members, with no Django and no clock."""
