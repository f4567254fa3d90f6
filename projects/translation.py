from modeltranslation.translator import TranslationOptions, register

from .models import (
    ContactPerson,
    HomePage,
    PartnerOrganisation,
    ProgrammeIndexPage,
    ProgrammePage,
    StandardPage,
)


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro", "body")


@register(ProgrammeIndexPage)
class ProgrammeIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ProgrammePage)
class ProgrammePageTR(TranslationOptions):
    fields = ("summary", "body", "phase")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(ContactPerson)
class ContactPersonTR(TranslationOptions):
    fields = ("role",)


@register(PartnerOrganisation)
class PartnerOrganisationTR(TranslationOptions):
    fields = ("name",)
