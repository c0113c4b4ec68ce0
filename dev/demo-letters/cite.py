"""Citation helpers for the demo letter data."""


def M(name, edition=None, section=None, pages=None, other=None):
    """An MTUS citation; layout D gives name + edition (+ section), the older layouts name + pages."""
    return {'basis': 'MTUS', 'name': name, 'edition': edition, 'section': section, 'pages': pages, 'other': other}


def N(other):
    """A citation of sources outside the MTUS only."""
    return {'basis': 'NON_MTUS', 'other': other}


NONE = {'basis': 'NONE'}

CP16 = 'Chronic Pain Medical Treatment'
OP16 = 'Opioid Treatment'
