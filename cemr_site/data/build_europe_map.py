"""Draw static/img/europe.svg, the outline map of Europe that every map on the site
shows (cemr_site/maps.py places the markers on it with the same projection).

Run it again only to change the drawing (the file is committed; the site never runs it):

    python cemr_site/data/build_europe_map.py [path/to/countries-50m.json]

Without a path it fetches the npm package world-atlas (pinned below) with `npm pack`, so
it needs Node's npm; no Python package beyond the standard library. The shapes are
Natural Earth's 1:50m countries (public domain, naturalearthdata.com), as TopoJSON by
world-atlas (ISC licence, © Michael Bostock). The script decodes the topology, projects
every arc, simplifies the arcs (so neighbours keep one shared border), drops islets,
clips the countries to the map's frame and writes one path, in whole kilometres."""

import json
import math
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cemr_site.maps import FRAME, OUTLINE_MARGIN, project  # noqa: E402

PACKAGE = "world-atlas@2.0.2"
SOURCE = "countries-50m.json"
OUTPUT = ROOT / "static" / "img" / "europe.svg"
TOLERANCE_KM = 1.5  # Douglas-Peucker: no simplified border strays further than this
MIN_AREA_KM2 = 40  # islands (and the holes neighbours leave for them) smaller are left out


def fetch_topology():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True)
        (tarball,) = Path(folder).glob("world-atlas-*.tgz")
        with tarfile.open(tarball) as archive:
            return json.load(archive.extractfile(f"package/{SOURCE}"))


def decode_arcs(topology):
    """The arcs as lists of (lon, lat): TopoJSON stores them quantised, as deltas."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points, tolerance):
    """Douglas-Peucker, keeping both ends (they are where borders meet)."""
    if len(points) < 3:
        return points
    if points[0] == points[-1]:  # a closed arc (an island): split it at its far point
        far = max(range(len(points)), key=lambda i: _distance2(points[i], points[0]))
        if far == 0:
            return points[:1]
        return simplify(points[: far + 1], tolerance)[:-1] + simplify(points[far:], tolerance)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            distance = _segment_distance(points[i], points[first], points[last])
            if distance > best:
                best, index = distance, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _distance2(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def _segment_distance(p, a, b):
    length2 = _distance2(a, b)
    if not length2:
        return math.sqrt(_distance2(p, a))
    t = max(0, min(1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / length2))
    return math.sqrt(_distance2(p, (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))))


def ring(arcs, indices):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points += arc if not points else arc[1:]
    return points


def area(points):
    pairs = zip(points, points[1:] + points[:1], strict=True)
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in pairs)) / 2


def clip(points, box):
    """Sutherland-Hodgman against the rectangle (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    edges = [
        (lambda p: p[0] >= x0, lambda p, q: _cut_x(p, q, x0)),
        (lambda p: p[0] <= x1, lambda p, q: _cut_x(p, q, x1)),
        (lambda p: p[1] >= y0, lambda p, q: _cut_y(p, q, y0)),
        (lambda p: p[1] <= y1, lambda p, q: _cut_y(p, q, y1)),
    ]
    for inside, cut in edges:
        if not points:
            break
        result = []
        for p, q in zip(points[-1:] + points[:-1], points, strict=True):
            if inside(q):
                if not inside(p):
                    result.append(cut(p, q))
                result.append(q)
            elif inside(p):
                result.append(cut(p, q))
        points = result
    return points


def _cut_x(p, q, x):
    return x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0])


def _cut_y(p, q, y):
    return p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y


def path_data(rings):
    """One path: absolute start, then whole-kilometre steps."""
    parts = []
    for points in rings:
        rounded = []
        for x, y in points:
            point = (round(x), round(y))
            if not rounded or point != rounded[-1]:
                rounded.append(point)
        if len(rounded) > 1 and rounded[0] == rounded[-1]:
            rounded.pop()
        if len(rounded) < 3:
            continue
        text = f"M{rounded[0][0]} {rounded[0][1]}l"
        for (ax, ay), (bx, by) in zip(rounded[:-1], rounded[1:], strict=True):
            for step in (bx - ax, by - ay):
                # A minus sign separates numbers by itself.
                text += str(step) if step < 0 or text.endswith("l") else f" {step}"
        parts.append(text + "z")
    return "".join(parts)


def build(topology):
    x, y, width, height = FRAME
    box = (
        x - OUTLINE_MARGIN,
        y - OUTLINE_MARGIN,
        x + width + OUTLINE_MARGIN,
        y + height + OUTLINE_MARGIN,
    )
    arcs = [
        simplify([project(lat, lon) for lon, lat in arc], TOLERANCE_KM)
        for arc in decode_arcs(topology)
    ]
    rings = []
    for country in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [country.get("arcs", [])], "MultiPolygon": country.get("arcs", [])}
        for polygon in polygons.get(country["type"], []):
            for indices in polygon:
                points = ring(arcs, indices)
                if area(points) < MIN_AREA_KM2:
                    continue
                clipped = clip(points, box)
                if len(clipped) >= 3 and area(clipped) >= MIN_AREA_KM2:
                    rings.append(clipped)
    view_box = f"{box[0]} {box[1]} {box[2] - box[0]} {box[3] - box[1]}"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view_box}">\n'
        "<!-- Europe's countries from Natural Earth 1:50m (public domain), via the npm "
        f"package {PACKAGE} (ISC licence). Lambert azimuthal equal-area, 10 E 52 N, km. "
        "Drawn by cemr_site/data/build_europe_map.py. -->\n"
        # The page's <use> styles the path through inheritance; this group styles the
        # file on its own.
        '<g fill="#f3f1ea" stroke="#8c9aab" stroke-width="1.5" stroke-linejoin="round">'
        '<path id="land" fill-rule="evenodd" vector-effect="non-scaling-stroke" '
        f'd="{path_data(rings)}"/></g>\n</svg>\n'
    )


def main():
    given = sys.argv[1:]
    topology = json.loads(Path(given[0]).read_text()) if given else fetch_topology()
    svg = build(topology)
    OUTPUT.write_text(svg)
    print(f"{OUTPUT.relative_to(ROOT)}: {len(svg.encode()) // 1024} KB")


if __name__ == "__main__":
    main()
