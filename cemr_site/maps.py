"""Maps without tiles: places on the outline of Europe in static/img/europe.svg.

One projection for the outline (cemr_site/data/build_europe_map.py draws it) and for the
points placed on it at run time: Lambert azimuthal equal-area centred on 10° E 52° N,
as EPSG:3035, on a sphere, in kilometres, with y pointing down as in SVG. Plain
functions, no database and nothing of the apps: they hand over places, this returns
what the map template draws."""

import math
from dataclasses import dataclass

RADIUS_KM = 6371.0088  # the mean radius of the Earth
CENTRE_LAT, CENTRE_LON = 52.0, 10.0

# Places the map must reach (lat, lon): the Azores and the Canaries, Svalbard, the
# Caucasus, Iceland, the North Cape. The directory's places all lie within.
_EXTREMES = [(27.4, -18.3), (36.8, -31.5), (39.9, -31.5), (71.4, -25.0), (80.5, 10.0),
             (80.5, 33.0), (71.0, 45.0), (38.5, 45.0), (27.4, 10.0), (34.5, 35.0)]  # fmt: skip


def project(lat, lon):
    """(x, y) in km on the map for a latitude and longitude in degrees."""
    phi, lam = math.radians(float(lat)), math.radians(float(lon) - CENTRE_LON)
    phi0 = math.radians(CENTRE_LAT)
    cos_c = math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam)
    k = math.sqrt(2 / (1 + cos_c)) if cos_c > -1 else 0.0
    x = RADIUS_KM * k * math.cos(phi) * math.sin(lam)
    y = (
        RADIUS_KM
        * k
        * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
    )
    return x, -y


def _frame():
    xs, ys = zip(*(project(lat, lon) for lat, lon in _EXTREMES), strict=True)
    x0, y0 = math.floor(min(xs) / 100) * 100, math.floor(min(ys) / 100) * 100
    return x0, y0, math.ceil(max(xs) / 100) * 100 - x0, math.ceil(max(ys) / 100) * 100 - y0


# What a map may show (x, y, width, height in km): the outline is drawn a little beyond
# it (OUTLINE_MARGIN), so that its cut edges never show.
FRAME = _frame()
OUTLINE_MARGIN = 100
# Europe without the far islands: the view of a map with no places on it.
OVERVIEW = (
    round(project(38.0, -11.0)[0]),
    round(project(71.5, 25.0)[1]),
    round(project(46.0, 40.0)[0] - project(38.0, -11.0)[0]),
    round(project(35.0, 25.0)[1] - project(71.5, 25.0)[1]),
)


@dataclass(frozen=True)
class Place:
    """A place to mark: `kind` says how it is drawn ("main" for the place a page is
    about, "other" for the rest)."""

    label: str
    latitude: float | None
    longitude: float | None
    kind: str = "other"
    key: object = None  # what `lines` refer to the place by


@dataclass(frozen=True)
class Marker:
    label: str
    kind: str
    x: float
    y: float


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass
class Map:
    view_box: tuple
    markers: list
    lines: list
    radius: float
    unplaced: list  # the labels of places without coordinates

    @property
    def view_box_attr(self):
        return " ".join(f"{value:g}" for value in self.view_box)

    @property
    def sea(self):
        """The sea's rectangle: the view box."""
        x, y, width, height = self.view_box
        return {"x": x, "y": y, "width": width, "height": height}

    @property
    def main_markers(self):
        """The place the map is about, as a diamond larger than the other places' dots
        (told apart by shape and size, not by colour alone): (marker, path data)."""
        size = round(self.radius * 1.8, 1)
        return [
            (
                marker,
                f"M{marker.x:g} {marker.y - size:g}l{size:g} {size:g}-{size:g} {size:g}"
                f"-{size:g}-{size:g}z",
            )
            for marker in self.markers
            if marker.kind == "main"
        ]

    @property
    def other_markers(self):
        return [marker for marker in self.markers if marker.kind != "main"]


def located(place):
    return place.latitude is not None and place.longitude is not None


def build_map(places, lines=(), *, aspect=16 / 9, min_extent=1000, padding=0.18, marker=0.011):
    """The view box around `places` (a list of Place) and their markers, with `lines`
    as pairs of Place.key. The box fits every place with `padding` (a share of its size)
    around, is at least `min_extent` km wide and high, so that one town shows its region
    rather than a dot on a continent, has the width:height `aspect`, and stays on the
    map where it can. No place: the middle of Europe. A dot's radius is `marker` times
    the box's longer side."""
    placed = [place for place in places if located(place)]
    markers = [Marker(p.label, p.kind, *_rounded(project(p.latitude, p.longitude))) for p in placed]
    if markers:
        xs, ys = [m.x for m in markers], [m.y for m in markers]
        box = _fit(min(xs), min(ys), max(xs), max(ys), aspect, min_extent, padding)
    else:
        box = _overview(aspect)
    by_key = {p.key: m for p, m in zip(placed, markers, strict=True) if p.key is not None}
    drawn = [
        Line(by_key[a].x, by_key[a].y, by_key[b].x, by_key[b].y)
        for a, b in lines
        if a in by_key and b in by_key
    ]
    return Map(
        view_box=box,
        # The place the map is about is drawn last, on top.
        markers=sorted(markers, key=lambda marker: marker.kind == "main"),
        lines=drawn,
        radius=round(max(box[2], box[3]) * marker, 1),
        unplaced=[p.label for p in places if not located(p)],
    )


def _rounded(point):
    return round(point[0], 1), round(point[1], 1)


def _fit(x_min, y_min, x_max, y_max, aspect, min_extent, padding):
    width, height = x_max - x_min, y_max - y_min
    width, height = width + 2 * padding * width, height + 2 * padding * height
    width, height = max(width, min_extent), max(height, min_extent)
    width, height = max(width, height * aspect), max(height, width / aspect)
    x = _clamp((x_min + x_max - width) / 2, width, FRAME[0], FRAME[2])
    y = _clamp((y_min + y_max - height) / 2, height, FRAME[1], FRAME[3])
    return (round(x), round(y), round(width), round(height))


def _overview(aspect):
    """The largest box of `aspect` inside OVERVIEW, centred: cropped, never widened."""
    x, y, width, height = OVERVIEW
    if width / height > aspect:
        x, width = x + (width - height * aspect) / 2, height * aspect
    else:
        y, height = y + (height - width / aspect) / 2, width / aspect
    return (round(x), round(y), round(width), round(height))


def _clamp(start, size, frame_start, frame_size):
    """Shift the box inside the frame where it fits; centre it where it does not."""
    if size >= frame_size:
        return frame_start + (frame_size - size) / 2
    return min(max(start, frame_start), frame_start + frame_size - size)
