"""The block picker: every block an editor can add to a StreamField has its own icon, a
description saying when to use it, and a preview drawn from the demo content.

The blocks are found by walking the StreamFields of every model, so a block added
without these fails here.
"""

import html
import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db.models import Model
from django.urls import reverse
from django.utils.functional import Promise
from wagtail import blocks, hooks
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

# Blocks without a value to show: the text their template always renders.
STATIC_TEXTS = {"twinning_search": "Find a twinning partner"}


def picker_blocks(stream_block):
    """The blocks offered by the picker of `stream_block`, and those of any stream in it."""
    for child in stream_block.child_blocks.values():
        yield child
        if isinstance(child, blocks.StreamBlock):
            yield from picker_blocks(child)


def streamfield_blocks():
    """One block per name and type: each language's copy of a body offers the same ones."""
    found = {}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for block in picker_blocks(field.stream_block):
                    found.setdefault((block.name, type(block)), block)
    return [pytest.param(block, id=block.name) for block in found.values()]


BLOCKS = streamfield_blocks()


def texts(value):
    """The text shown by a preview value, from its strings, rich text and rows."""
    if isinstance(value, RichText):
        yield value.source
    elif isinstance(value, str):
        yield value
    elif isinstance(value, Model):
        yield str(value)
    elif isinstance(value, dict):  # StructValue
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, (list, blocks.list_block.ListValue)):
        for item in value:
            yield from texts(item)


def plain(markup):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", markup)).split())


def distinctive_text(block):
    """The longest text of the preview value (the one least likely to be on the page by
    chance), or the template's own text of a block that has no value."""
    candidates = [plain(text) for text in texts(block.get_preview_value())]
    if candidates:
        return max(candidates, key=len)
    return STATIC_TEXTS[block.name]


def icon_names():
    paths = []
    for register in hooks.get_hooks("register_icons"):
        paths = register(paths)
    return {path.rsplit("/", 1)[-1].removesuffix(".svg") for path in paths}


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def preview(client, block):
    return client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})


def test_the_walk_finds_the_blocks_of_the_page_bodies():
    names = {param.values[0].name for param in BLOCKS}
    assert {"heading", "paragraph", "image", "contact_person", "twinning_search"} <= names


@pytest.mark.parametrize("block", BLOCKS)
def test_block_has_its_own_icon(block):
    assert block.meta.icon != "placeholder"
    assert block.meta.icon in icon_names()


@pytest.mark.parametrize("block", BLOCKS)
def test_block_has_a_translatable_description(block):
    description = block.get_description()
    assert isinstance(description, Promise), "mark the description with gettext_lazy"
    assert str(description).strip()


@pytest.mark.parametrize("block", BLOCKS)
def test_block_is_previewable(block):
    assert block.is_previewable


@pytest.mark.django_db
@pytest.mark.parametrize("block", BLOCKS)
def test_block_preview_shows_its_demo_value(client, editor, block):
    client.force_login(editor)
    response = preview(client, block)
    assert response.status_code == 200
    content = response.content.decode()
    text = distinctive_text(block)
    # In the text or, as a picture's alternative, in an attribute.
    assert text in plain(content) or text in html.unescape(content)
    # Drawn with the site's own stylesheet, as on a page.
    assert "/static/css/site.css" in content


@pytest.mark.django_db
def test_image_preview_without_any_picture_shows_an_empty_frame(client, editor):
    get_image_model().objects.all().delete()
    image = next(param.values[0] for param in BLOCKS if param.values[0].name == "image")
    client.force_login(editor)
    response = preview(client, image)
    assert response.status_code == 200
    assert 'class="block-image__placeholder">Image with caption</div>' in response.content.decode()


@pytest.mark.django_db
def test_link_list_preview_leaves_out_a_programme_that_is_not_there(client, editor, bridges):
    link_list = next(param.values[0] for param in BLOCKS if param.values[0].name == "link_list")
    client.force_login(editor)
    assert "Bridges of Trust: partnerships" in plain(preview(client, link_list).content.decode())
    bridges.unpublish()
    content = plain(preview(client, link_list).content.decode())
    assert "Bridges of Trust: partnerships" not in content
    assert "Town-twinning website (twinning.org)" in content


@pytest.mark.django_db
def test_the_picker_texts_write_no_migration():
    """The paragraph block's own class stays a RichTextBlock for the migrations."""
    call_command("makemigrations", "projects", "news", check=True, dry_run=True, verbosity=0)
