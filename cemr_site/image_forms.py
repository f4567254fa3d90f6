"""Every picture an editor uploads carries its text alternative: Wagtail's image
description (its default alt text) is required."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        description = self.fields.get("description")
        if description is not None:
            description.required = True
            description.help_text = _(
                "Say what the picture shows for people who cannot see it, in a sentence "
                "(no “picture of”). Required: it is the text alternative."
            )
