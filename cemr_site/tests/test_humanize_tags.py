from django.utils import translation

from cemr_site.templatetags.humanize_tags import coordinates


def test_coordinates_are_two_decimals_with_hemisphere_letters_held_together():
    with translation.override("en"):
        assert coordinates(50.0614, -19.9366) == "50.06°\u00a0N, 19.94°\u00a0W"
        assert coordinates(-33.9, 18.4) == "33.90°\u00a0S, 18.40°\u00a0E"
    with translation.override("de"):
        assert coordinates(50.0614, 19.9366).startswith("50,06°\u00a0N, 19,94°")
    assert coordinates(None, 19.9) == ""
