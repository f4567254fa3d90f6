"""Municipality profiles, the themes they work on and the links between them; the
partnership requests municipalities send to CEMR; the outbox of mails."""

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
from .requests import REFERENCE_ALPHABET, PartnershipRequest, new_reference

__all__ = [
    "REFERENCE_ALPHABET",
    "FacetCell",
    "Language",
    "Municipality",
    "MunicipalityName",
    "MunicipalityQuerySet",
    "OutgoingMail",
    "PartnershipRequest",
    "Theme",
    "TwinningLink",
    "new_reference",
]
