"""Start-up checks for what the public pages rely on."""

import io

from django.core import checks


@checks.register()
def pictures_can_be_written_as_avif_and_webp(app_configs, **kwargs):
    """Every picture tag asks for AVIF and WebP renditions besides the JPEG. A Pillow
    built without them (from source, by a distribution), or with an AV1 decoder but no
    encoder, cannot write them, and each page with a picture would fail on its first
    visit instead of at start-up. Pillow's wheels bring libavif with the aom encoder;
    pillow_heif (1.x) no longer writes AVIF. So one tiny picture is written in each."""
    from PIL import Image

    missing = []
    for kind in ("AVIF", "WEBP"):
        try:
            Image.new("RGB", (8, 8)).save(io.BytesIO(), kind)
        except (KeyError, OSError, ValueError, ImportError):
            missing.append(kind)
    if not missing:
        return []
    return [
        checks.Error(
            f"Pillow cannot write {' or '.join(missing)} pictures, which the picture tags "
            "of the templates ask for.",
            hint="Install Pillow from its wheels: pip install --only-binary pillow pillow",
            id="cemr_site.E001",
        )
    ]
