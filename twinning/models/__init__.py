"""Municipality profiles, the themes they work on and the links between them; the
partnership requests municipalities send to CEMR; the outbox of mails."""

from .contact import ContactMessage
from .directory import (
    FacetCell,
    Language,
    Municipality,
    MunicipalityName,
    MunicipalityQuerySet,
    Theme,
    TwinningLink,
)
from .mail import OutgoingMail
from .management import Claim, Manager, OneTimeLink, ProfileChange
from .participation import Participation
from .requests import (
    REFERENCE_ALPHABET,
    PartnershipRequest,
    PartnershipRequestStatusChange,
    new_reference,
)

__all__ = [
    "REFERENCE_ALPHABET",
    "Claim",
    "ContactMessage",
    "FacetCell",
    "Language",
    "Municipality",
    "MunicipalityName",
    "Manager",
    "MunicipalityQuerySet",
    "OneTimeLink",
    "OutgoingMail",
    "Participation",
    "PartnershipRequest",
    "PartnershipRequestStatusChange",
    "ProfileChange",
    "Theme",
    "TwinningLink",
    "new_reference",
]
