from modeltranslation.translator import TranslationOptions, register

from .models import Municipality, Theme


@register(Theme)
class ThemeTR(TranslationOptions):
    fields = ("name",)


@register(Municipality)
class MunicipalityTR(TranslationOptions):
    fields = ("description", "seeking_details")
