#!/usr/bin/env python3
"""Cut-once length of a DXF, independently of Kerf: read with ezdxf, measure the union.

Usage: cut-once-reference.py FILE.dxf [--tol 0.01]
Prints one JSON object: {"length": mm, "lines": n, "arcs": n, "ellipses": n, "curves": n, "skipped": {...}}.

The rule: every piece of geometry is cut once. Lines on one carrier (direction within an angle
tolerance, offset within the gap tolerance) count as the length of the union of their spans;
arcs and circles on one circle (centre and radius within tolerance) as the union of their angular
intervals; elliptical arcs on one ellipse (centre, major semi-axis and minor semi-axis within
tolerance, compared in a frame where the major axis points into [0, pi) and the parameter runs
counter-clockwise) as the union of their parameter intervals, measured by Simpson's rule; splines
are flattened finely and counted by length (drawn twice exactly, or reversed, once). Clustering here is single-linkage over sorted keys, not Kerf's hashed cells, so the two
implementations share no code or method beyond the rule itself.
Model space only; INSERTs exploded (nested too) by ezdxf's virtual entities; polylines with
bulges through ezdxf's virtual LINE/ARC entities; $INSUNITS scales to mm like Kerf (unitless: mm).
"""
import json
import math
import sys

import ezdxf
from ezdxf import recover
from ezdxf.math import Matrix44, Vec3

TWO_PI = 2 * math.pi
INSUNITS_MM = {0: 1.0, 1: 25.4, 2: 304.8, 3: 1609344.0, 4: 1.0, 5: 10.0, 6: 1000.0, 7: 1e6,
               8: 2.54e-5, 9: 0.0254, 10: 914.4, 11: 1e-7, 12: 1e-6, 13: 1e-3, 14: 100.0,
               15: 10000.0, 16: 100000.0, 17: 1e12, 21: 304.8006096, 22: 25.400050800101,
               23: 914.40182880366, 24: 1609347.2186944}


def clusters(items, key, gap):
    """Single-linkage clusters of items whose key values lie within gap of a neighbour."""
    items = sorted(items, key=key)
    out, cur, last = [], [], None
    for it in items:
        k = key(it)
        if cur and k - last > gap:
            out.append(cur)
            cur = []
        cur.append(it)
        last = k
    if cur:
        out.append(cur)
    return out


def union_length(intervals):
    total, lo, hi = 0.0, None, None
    for a, b in sorted(intervals):
        if hi is None or a > hi:
            if hi is not None:
                total += hi - lo
            lo, hi = a, b
        else:
            hi = max(hi, b)
    if hi is not None:
        total += hi - lo
    return total


def ellipse_frame(cx, cy, ux, uy, vx, vy, a0, sweep):
    """(cx, cy, ux, uy, minor, start, sweep): the major semi-axis u pointing into [0, pi), the
    parameter counter-clockwise from it (ezdxf gives principal axes, u the major one)."""
    if uy < 0 or (uy == 0 and ux < 0):
        ux, uy, vx, vy, a0 = -ux, -uy, -vx, -vy, a0 + math.pi
    if ux * vy - uy * vx < 0:
        vx, vy, a0 = -vx, -vy, -(a0 + sweep)
    return (cx, cy, ux, uy, math.hypot(vx, vy), a0 % TWO_PI, sweep)


def ellipse_length(major, minor, lo, hi, steps=2000):
    """Arc length of the ellipse (semi-axes major, minor) from parameter lo to hi (Simpson)."""
    if hi <= lo:
        return 0.0
    n = max(2, int(steps * (hi - lo) / TWO_PI) * 2 + 2)
    h = (hi - lo) / n
    f = lambda t: math.sqrt((major * math.sin(t)) ** 2 + (minor * math.cos(t)) ** 2)
    total = f(lo) + f(hi)
    for i in range(1, n):
        total += (4 if i % 2 else 2) * f(lo + i * h)
    return total * h / 3


def file_insunits(path):
    """$INSUNITS as written in the file (ezdxf fills in a default header, metres, when it has none)."""
    with open(path, 'rb') as f:
        lines = f.read().decode('latin-1').splitlines()
    for i, line in enumerate(lines[:-3]):
        if line.strip() == '$INSUNITS' and lines[i + 1].strip() == '70':
            try:
                return int(lines[i + 2].strip())
            except ValueError:
                return 0
    return 0


def main():
    path = sys.argv[1]
    tol = float(sys.argv[sys.argv.index('--tol') + 1]) if '--tol' in sys.argv else 0.01
    try:
        doc = ezdxf.readfile(path)
    except Exception:  # structure errors: ezdxf's recover mode (it finds nothing in ENTITIES-only files)
        doc, _auditor = recover.readfile(path)
    scale = INSUNITS_MM.get(file_insunits(path), 1.0)
    lines, arcs, ellipses, curves, skipped = [], [], [], [], {}

    def add(e, depth=0):
        t = e.dxftype()
        if t == 'LINE':
            s, f = Vec3(e.dxf.start) * scale, Vec3(e.dxf.end) * scale
            if (f - s).magnitude > 1e-9:
                lines.append((s.x, s.y, f.x, f.y))
        elif t in ('ARC', 'CIRCLE'):
            r = abs(e.dxf.radius) * scale
            ocs = e.ocs()
            c = Vec3(ocs.to_wcs(e.dxf.center)) * scale
            if t == 'CIRCLE':
                arcs.append((c.x, c.y, r, 0.0, TWO_PI))
                return
            a0, a1 = math.radians(e.dxf.start_angle), math.radians(e.dxf.end_angle)
            sweep = (a1 - a0) % TWO_PI
            if sweep == 0:
                sweep = TWO_PI
            # the start as seen in WCS (a mirrored OCS runs clockwise: take the other end)
            p = Vec3(e.start_point if e.dxf.extrusion.z >= 0 else e.end_point) * scale
            start = math.atan2(p.y - c.y, p.x - c.x) % TWO_PI
            arcs.append((c.x, c.y, r, start, sweep))
        elif t in ('LWPOLYLINE', 'POLYLINE'):
            if t == 'POLYLINE' and (e.is_poly_face_mesh or e.is_polygon_mesh):
                skipped[t] = skipped.get(t, 0) + 1
                return
            for v in e.virtual_entities():
                add(v, depth)
        elif t == 'ELLIPSE':
            ce = e.construction_tool()
            c, u, v = Vec3(ce.center) * scale, Vec3(ce.major_axis) * scale, Vec3(ce.minor_axis) * scale
            a0, a1 = ce.start_param, ce.end_param
            sweep = (a1 - a0) % TWO_PI
            if sweep < 1e-12:
                sweep = TWO_PI
            ellipses.append(ellipse_frame(c.x, c.y, u.x, u.y, v.x, v.y, a0, sweep))
        elif t == 'SPLINE':
            try:
                pts = [Vec3(p) * scale for p in e.flattening(0.0005)]
            except Exception:
                # ezdxf refuses some splines whose degree field disagrees with the knot count
                # (corpus arcs-as-splines.dxf); the knots decide, as in Kerf's reader
                try:
                    from ezdxf.math import BSpline
                    ctrl, knots = list(e.control_points), list(e.knots)
                    spline = BSpline(ctrl, order=len(knots) - len(ctrl), knots=knots, weights=list(e.weights) or None)
                    pts = [Vec3(p) * scale for p in spline.flattening(0.0005)]
                except Exception:
                    skipped[t] = skipped.get(t, 0) + 1
                    return
            length = sum((pts[i + 1] - pts[i]).magnitude for i in range(len(pts) - 1))
            key = (round(length, 3), tuple(sorted((round(p.x, 2), round(p.y, 2)) for p in (pts[0], pts[-1]))))
            curves.append((key, length))
        elif t == 'INSERT':
            explode(e, Matrix44(), depth)
        else:
            skipped[t] = skipped.get(t, 0) + 1

    def explode(ins, outer, depth):
        # nested INSERTs by their matrices, not by ezdxf's virtual_entities (which transforms the
        # inner INSERT entity and fails on some, e.g. corpus array-rotated.dxf); MINSERT grids too
        if depth > 32:
            return
        block = doc.blocks.get(ins.dxf.name)
        if block is None:
            skipped['INSERT'] = skipped.get('INSERT', 0) + 1
            return
        for one in (ins.multi_insert() if ins.mcount > 1 else [ins]):
            m = one.matrix44() @ outer
            for be in block:
                if be.dxftype() == 'INSERT':
                    explode(be, m, depth + 1)
                    continue
                if be.dxftype() not in ('LINE', 'ARC', 'CIRCLE', 'LWPOLYLINE', 'POLYLINE', 'ELLIPSE', 'SPLINE'):
                    skipped[be.dxftype()] = skipped.get(be.dxftype(), 0) + 1
                    continue
                try:
                    c = be.copy()
                    c = c.transform(m) or c
                except Exception:  # non-uniform scale of an arc or circle: an ellipse
                    try:
                        from ezdxf.entities import Ellipse
                        c = Ellipse.from_arc(be)
                        c.transform(m)
                    except Exception:
                        skipped[be.dxftype()] = skipped.get(be.dxftype(), 0) + 1
                        continue
                add(c, depth + 1)

    for e in doc.modelspace():
        add(e)

    total = 0.0
    # lines: angle in [0, pi), clustered; the wrap at pi joins the first and last clusters
    items = []
    for (x1, y1, x2, y2) in lines:
        th = math.atan2(y2 - y1, x2 - x1) % math.pi
        items.append([th, x1, y1, x2, y2])
    ang = clusters(items, lambda it: it[0], 1e-6)
    if len(ang) > 1 and ang[0][0][0] + math.pi - ang[-1][-1][0] <= 1e-6:
        for it in ang[-1]:
            it[0] -= math.pi
        ang[0] = ang[-1] + ang[0]
        ang.pop()
    for group in ang:
        th = sum(it[0] for it in group) / len(group)
        ux, uy = math.cos(th), math.sin(th)
        offs = [(-uy * it[1] + ux * it[2], it) for it in group]
        for carrier in clusters(offs, lambda o: o[0], tol):
            spans = []
            for _, it in carrier:
                t1, t2 = ux * it[1] + uy * it[2], ux * it[3] + uy * it[4]
                spans.append((min(t1, t2), max(t1, t2)))
            total += union_length(spans)
    # arcs: clustered by radius, then centre x, then centre y
    for by_r in clusters(arcs, lambda a: a[2], tol):
        for by_x in clusters(by_r, lambda a: a[0], tol):
            for circle in clusters(by_x, lambda a: a[1], tol):
                r = sum(a[2] for a in circle) / len(circle)
                parts = []
                for a in circle:
                    s, w = a[3], min(a[4], TWO_PI)
                    if s + w <= TWO_PI:
                        parts.append((s, s + w))
                    else:
                        parts.append((s, TWO_PI))
                        parts.append((0.0, s + w - TWO_PI))
                total += r * union_length(parts)
    # elliptical arcs: clustered by minor semi-axis, centre x and y, then the major semi-axis
    # (either way: one turned to the other side of [0, pi) shifts its parameters by pi)
    for by_m in clusters(ellipses, lambda e: e[4], tol):
        for by_x in clusters(by_m, lambda e: e[0], tol):
            for by_y in clusters(by_x, lambda e: e[1], tol):
                groups = []
                for e in by_y:
                    for g in groups:
                        f = g[0]
                        if math.hypot(e[2] - f[2], e[3] - f[3]) <= tol:
                            g.append(e)
                            break
                        if math.hypot(e[2] + f[2], e[3] + f[3]) <= tol:
                            g.append((e[0], e[1], -e[2], -e[3], e[4], (e[5] + math.pi) % TWO_PI, e[6]))
                            break
                    else:
                        groups.append([e])
                for g in groups:
                    major, minor = math.hypot(g[0][2], g[0][3]), g[0][4]
                    parts = []
                    for e in g:
                        s0, w = e[5], min(e[6], TWO_PI)
                        if s0 + w <= TWO_PI:
                            parts.append((s0, s0 + w))
                        else:
                            parts.append((s0, TWO_PI))
                            parts.append((0.0, s0 + w - TWO_PI))
                    lo = hi = None
                    for a, b in sorted(parts):
                        if hi is None or a > hi:
                            if hi is not None:
                                total += ellipse_length(major, minor, lo, hi)
                            lo, hi = a, b
                        else:
                            hi = max(hi, b)
                    if hi is not None:
                        total += ellipse_length(major, minor, lo, hi)
    seen = {}
    for key, length in curves:
        seen[key] = length
    total += sum(seen.values())
    print(json.dumps({"length": total, "lines": len(lines), "arcs": len(arcs), "ellipses": len(ellipses), "curves": len(curves), "skipped": skipped}))


if __name__ == '__main__':
    main()
