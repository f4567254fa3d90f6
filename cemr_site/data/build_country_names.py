"""Write the country names that django-countries has no catalogue for (Irish and
Maltese) from CLDR, through Babel, as gettext catalogues in locale_cldr/.

Run it again after upgrading django-countries or Babel:

    python cemr_site/data/build_country_names.py

CLDR data: Unicode License v3 (https://www.unicode.org/license.txt). Django reads
locale_cldr/ after locale/ (settings.LOCALE_PATHS), so our own catalogue always wins;
`makemessages` never touches it."""

import os
import subprocess
import sys
from pathlib import Path

import django
import polib
from babel import Locale

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["ga", "mt"]


def main():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cemr_site.settings.base")
    django.setup()
    from django.utils import translation
    from django_countries import countries

    with translation.override("en"):
        english = {code: str(name) for code, name in countries}
    for language in LANGUAGES:
        territories = Locale.parse(language).territories
        po = polib.POFile(wrapwidth=79)
        po.metadata = {
            "Project-Id-Version": "CEMR site (CLDR country names)",
            "Content-Type": "text/plain; charset=utf-8",
            "Language": language,
        }
        for code, name in sorted(english.items()):
            if code in territories:
                po.append(polib.POEntry(msgid=name, msgstr=territories[code]))
        folder = ROOT / "locale_cldr" / language / "LC_MESSAGES"
        folder.mkdir(parents=True, exist_ok=True)
        po.save(folder / "django.po")
        subprocess.run(["msgfmt", "-o", folder / "django.mo", folder / "django.po"], check=True)
        print(f"{language}: {len(po)} country names")


if __name__ == "__main__":
    main()
