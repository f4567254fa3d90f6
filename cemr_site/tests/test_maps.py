"""The map's projection, its view boxes and the outline file: plain functions, no
database."""

import gzip
import importlib.util
import math
import re
from pathlib import Path

import pytest
from django.conf import settings

from cemr_site.maps import FRAME, OUTLINE_MARGIN, OVERVIEW, Place, build_map, project

OUTLINE = Path(settings.BASE_DIR) / "static" / "img" / "europe.svg"
CITIES = {
    "Lisbon": (38.72, -9.14),
    "Warsaw": (52.23, 21.01),
    "Oslo": (59.91, 10.75),
    "Rome": (41.90, 12.50),
    "Berlin": (52.52, 13.40),
    "Prague": (50.08, 14.44),
    "Kyiv": (50.45, 30.52),
    "Dublin": (53.35, -6.26),
    "Ponta Delgada": (37.74, -25.67),
    "Longyearbyen": (78.22, 15.65),
}


def xy(name):
    return project(*CITIES[name])


def great_circle_km(a, b):
    (lat1, lon1), (lat2, lon2) = (map(math.radians, p) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_cities_land_where_they_are_relative_to_each_other():
    assert xy("Lisbon")[0] < xy("Warsaw")[0]  # west
    assert xy("Oslo")[1] < xy("Rome")[1]  # north is up: smaller y
    assert xy("Dublin")[0] < xy("Berlin")[0] < xy("Kyiv")[0]
    assert project(52, 10) == (0.0, 0.0)  # the centre, as EPSG:3035's


def test_distances_near_the_centre_are_kept():
    """Equal-area, and close to true distance near 10° E 52° N."""
    for a, b in [("Berlin", "Prague"), ("Berlin", "Warsaw"), ("Oslo", "Berlin")]:
        on_map = math.dist(xy(a), xy(b))
        assert on_map == pytest.approx(great_circle_km(CITIES[a], CITIES[b]), rel=0.02)


def test_every_place_of_the_directory_is_inside_the_frame():
    x, y, width, height = FRAME
    for name in CITIES:
        px, py = xy(name)
        assert x < px < x + width and y < py < y + height, name


def box_contains(box, point, margin=0):
    x, y, width, height = box
    return (
        x + margin <= point[0] <= x + width - margin
        and y + margin <= point[1] <= y + height - margin
    )


def test_one_town_shows_its_region_not_a_dot_on_a_continent():
    found = build_map([Place("Prague", *CITIES["Prague"])], min_extent=1000)
    x, y, width, height = found.view_box
    assert 1000 <= min(width, height) < 1100
    assert width / height == pytest.approx(16 / 9, rel=0.01)
    (marker,) = found.markers
    assert (marker.x, marker.y) == pytest.approx(xy("Prague"), rel=0.001)
    assert box_contains(found.view_box, (marker.x, marker.y), margin=400)


def test_the_box_fits_every_place_with_padding():
    places = [Place(name, *CITIES[name]) for name in ("Lisbon", "Warsaw", "Oslo", "Rome")]
    found = build_map(places, padding=0.1)
    xs = [xy(name)[0] for name in ("Lisbon", "Warsaw", "Oslo", "Rome")]
    ys = [xy(name)[1] for name in ("Lisbon", "Warsaw", "Oslo", "Rome")]
    x, y, width, height = found.view_box
    for marker in found.markers:
        assert x + 0.09 * (max(xs) - min(xs)) <= marker.x <= x + width - 0.09 * (max(xs) - min(xs))
        assert y + 0.09 * (max(ys) - min(ys)) <= marker.y <= y + height - 0.09 * (max(ys) - min(ys))
    # no larger than it needs to be: the tall side is the places' span plus padding
    assert found.view_box[3] == pytest.approx((max(ys) - min(ys)) * 1.2, rel=0.01)


def test_a_box_at_the_edge_stays_on_the_map():
    found = build_map([Place("Ponta Delgada", *CITIES["Ponta Delgada"])], min_extent=1000)
    x, y, width, height = found.view_box
    assert x == FRAME[0]  # shifted east, not centred on the town over empty space
    assert box_contains(found.view_box, xy("Ponta Delgada"))
    arctic = build_map([Place("Longyearbyen", *CITIES["Longyearbyen"])]).view_box
    assert arctic[1] == FRAME[1]


def test_places_wider_than_the_frame_are_centred_on_it():
    names = ("Ponta Delgada", "Longyearbyen", "Kyiv")
    found = build_map([Place(name, *CITIES[name]) for name in names])
    x, y, width, height = found.view_box
    assert width > FRAME[2]
    assert x + width / 2 == pytest.approx(FRAME[0] + FRAME[2] / 2, abs=1)
    for name in names:
        assert box_contains(found.view_box, xy(name))


def test_no_place_shows_the_middle_of_europe():
    found = build_map([])
    assert found.markers == [] and found.lines == [] and found.unplaced == []
    x, y, width, height = found.view_box
    assert width / height == pytest.approx(16 / 9, rel=0.01)
    ox, oy, ow, oh = OVERVIEW
    assert ox <= x and oy <= y and x + width <= ox + ow + 1 and y + height <= oy + oh + 1
    assert box_contains(found.view_box, xy("Berlin"))


def test_places_without_coordinates_are_named_not_drawn_and_lines_join_keys():
    places = [
        Place("Berlin", *CITIES["Berlin"], kind="main", key=1),
        Place("Prague", *CITIES["Prague"], key=2),
        Place("Nowhere", None, None, key=3),
    ]
    found = build_map(places, [(1, 2), (1, 3)])
    assert found.unplaced == ["Nowhere"]
    assert [m.label for m in found.markers] == ["Prague", "Berlin"]  # the main one on top
    (line,) = found.lines
    assert (line.x1, line.y1) == pytest.approx(xy("Berlin"), rel=0.001)
    assert (line.x2, line.y2) == pytest.approx(xy("Prague"), rel=0.001)
    ((main, shape),) = found.main_markers
    assert main.label == "Berlin" and shape.startswith("M") and shape.endswith("z")
    assert [m.label for m in found.other_markers] == ["Prague"]


def test_the_outline_is_small_and_matches_the_runtime_frame():
    data = OUTLINE.read_bytes()
    assert len(gzip.compress(data, 9)) <= 60 * 1024
    text = data.decode()
    x, y, width, height = FRAME
    margin = OUTLINE_MARGIN
    view_box = f"{x - margin} {y - margin} {width + 2 * margin} {height + 2 * margin}"
    assert f'viewBox="{view_box}"' in text
    assert 'id="land"' in text
    assert "Natural Earth" in text and "public domain" in text and "ISC" in text
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", text)  # refers to nothing


def load_build_script():
    path = Path(settings.BASE_DIR) / "cemr_site" / "data" / "build_europe_map.py"
    spec = importlib.util.spec_from_file_location("build_europe_map", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_script_draws_a_country_in_the_projection():
    """A one-country topology (a square around Berlin, and an islet too small to keep)
    becomes one ring at Berlin's place."""
    build = load_build_script()
    square = [(12.0, 51.5), (15.0, 51.5), (15.0, 53.5), (12.0, 53.5), (12.0, 51.5)]
    islet = [(5.0, 55.0), (5.01, 55.0), (5.01, 55.01), (5.0, 55.0)]
    scale = 0.01
    arcs = []
    for points in (square, islet):
        quantised = [(round(lon / scale), round(lat / scale)) for lon, lat in points]
        arcs.append(
            [quantised[0]]
            + [(b[0] - a[0], b[1] - a[1]) for a, b in zip(quantised, quantised[1:], strict=False)]
        )
    topology = {
        "transform": {"scale": [scale, scale], "translate": [0, 0]},
        "arcs": arcs,
        "objects": {
            "countries": {
                "geometries": [
                    {"type": "Polygon", "arcs": [[0]]},
                    {"type": "Polygon", "arcs": [[1]]},
                ]
            }
        },
    }
    svg = build.build(topology)
    (path,) = re.findall(r' d="([^"]+)"', svg)
    assert path.count("M") == 1 and path.endswith("z")
    start = tuple(int(v) for v in re.match(r"M(-?\d+) (-?\d+)", path).groups())
    assert math.dist(start, project(51.5, 12.0)) < 2


def test_simplify_keeps_the_ends_and_drops_what_lies_within_tolerance():
    build = load_build_script()
    line = [(0, 0), (1, 0.1), (2, -0.1), (3, 0), (4, 5), (5, 0)]
    assert build.simplify(line, 0.5) == [(0, 0), (3, 0), (4, 5), (5, 0)]
    clipped = build.clip([(-5, -5), (5, -5), (5, 5), (-5, 5)], (0, 0, 10, 10))
    assert sorted(clipped) == [(0, 0), (0, 5), (5, 0), (5, 5)]
