"""StreamField blocks shared by every content page; each block has its own template.

For the block picker, each block also has a description that says when to use it and a
preview value from the demo content (projects/block_previews.py); the previews are drawn
with the site's stylesheet by templates/wagtailcore/shared/block_preview.html.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from . import block_previews


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("For the title of a new section of the page.")
        preview_value = block_previews.heading
        label = _("Heading")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it; leave empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("For a picture, with a caption and a credit.")
        preview_template = "blocks/previews/image_block.html"
        preview_value = block_previews.image
        label = _("Image with caption")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("For words set apart from the text, with who said them.")
        preview_value = block_previews.quote
        label = _("Quote")


class CalloutBlock(blocks.StructBlock):
    """The "In a box" element of the programme pages: a highlighted aside."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "info-circle"
        template = "blocks/callout_block.html"
        description = _("For background information that should stand out from the main text.")
        preview_value = block_previews.callout
        label = _("In a box")


class ObjectivesBlock(blocks.StructBlock):
    general_objective = blocks.TextBlock(label=_("General objective"))
    specific_objectives = blocks.ListBlock(
        blocks.TextBlock(label=_("Specific objective")), label=_("Specific objectives")
    )

    class Meta:
        icon = "list-ol"
        template = "blocks/objectives_block.html"
        description = _("For the general and specific objectives of a programme.")
        preview_value = block_previews.objectives
        label = _("Objectives")


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Figure"), max_length=40, help_text=_("For example 11,000+"))
    label = blocks.CharBlock(label=_("What it counts"), max_length=120)


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1)

    class Meta:
        icon = "decimal"
        template = "blocks/key_figures_block.html"
        description = _("For a few numbers that sum up a programme.")
        preview_value = block_previews.key_figures
        label = _("Key figures")


class TimelineEventBlock(blocks.StructBlock):
    date_label = blocks.CharBlock(
        label=_("When"), max_length=60, help_text=_("For example: March 2021")
    )
    title = blocks.CharBlock(label=_("Event"), max_length=200)
    text = blocks.TextBlock(label=_("Details"), required=False)


class TimelineBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    events = blocks.ListBlock(TimelineEventBlock(), label=_("Events"), min_num=1)

    class Meta:
        icon = "date"
        template = "blocks/timeline_block.html"
        description = _("For the key dates of a programme, in order.")
        preview_value = block_previews.timeline
        label = _("Timeline")


class ContactPersonBlock(blocks.StructBlock):
    person = SnippetChooserBlock("projects.ContactPerson", label=_("Contact person"))
    intro = blocks.CharBlock(label=_("Introduction"), required=False, max_length=250)

    class Meta:
        icon = "user"
        template = "blocks/contact_person_block.html"
        description = _("For the person visitors should contact for more information.")
        preview_value = block_previews.contact_person
        label = _("Contact person")


class PartnerListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    partners = blocks.ListBlock(
        SnippetChooserBlock("projects.PartnerOrganisation"), label=_("Partners")
    )

    class Meta:
        icon = "group"
        template = "blocks/partner_list_block.html"
        description = _("For the organisations a programme works with, with their logos.")
        preview_value = block_previews.partner_list
        label = _("Partner list")


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": blocks.BlockValidationError(_("Choose a page or enter an address."))
                }
            )
        return value


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=1)

    class Meta:
        icon = "link"
        template = "blocks/link_list_block.html"
        description = _("For links to further reading, on this site or elsewhere.")
        preview_value = block_previews.link_list
        label = _("Link list")


class TwinningSearchBlock(blocks.StaticBlock):
    """Links to the partner search and the request form, in the visitor's language."""

    class Meta:
        icon = "search"
        template = "blocks/twinning_search_block.html"
        label = _("Twinning partner search")
        admin_text = _("Shows links to the partner search and the partnership request form.")
        description = _("For pages about twinning, to send visitors to the partner search.")
        # Nothing to choose: the preview is the template alone.
        preview_value = None


class ParagraphBlock(blocks.RichTextBlock):
    """A RichTextBlock with the picker's description and preview in its Meta.

    Migrations see it as the RichTextBlock it was, as they see a StructBlock subclass as a
    StructBlock: what the picker shows is not part of the stored definition, and changing it
    should not write a migration for each language's body of each page model.
    """

    class Meta:
        description = _("For the running text of the page, with links and lists.")
        preview_value = block_previews.paragraph

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.RichTextBlock", args, kwargs


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock(
        label=_("Rich text"),
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        features=["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"],
    )
    image = ImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    objectives = ObjectivesBlock()
    key_figures = KeyFiguresBlock()
    timeline = TimelineBlock()
    contact_person = ContactPersonBlock()
    partner_list = PartnerListBlock()
    link_list = LinkListBlock()
    twinning_search = TwinningSearchBlock()
