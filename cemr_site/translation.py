from modeltranslation.translator import TranslationOptions, register

from .models import SiteSettings


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("organisation_name", "address")
