/**
 * The nest of a basket or an order (issue [9]): its part lines grouped by material and thickness,
 * each group nested as true shapes (the SDK's `nest`, the parts' outlines with their holes, turned
 * in the profile's steps) on the material's sheet formats, and each line charged its share of the
 * sheets. A group's charged area is every sheet but the last in full, and of the last sheet the
 * rectangle from its corner to the farthest placed part plus the spacing (the rest goes back to
 * stock as a remnant); a line's share per piece is that area × its net area ÷ the group's net area,
 * so every part in the group pays the same scrap rate. The box nest of the same lines is made too:
 * the layout (true shapes or boxes) and the format that charge least win, and the quote never
 * charges a line more than the part's own grid of boxes (see QuoteRequest.nest).
 *
 * Deterministic: the nest runs without a time limit (a fixed number of passes), so the basket, the
 * order placed from it and every later view give the same cents. Groups of more than
 * TRUE_SHAPE_LIMIT pieces are nested as boxes (the shares then come from the box nest), groups
 * above NEST_LIMIT not at all (each line priced by its own grid, as a quote of it alone), and a part
 * whose drawing has open contours is placed as its box (the SDK's fallback).
 *
 * Outlines are computed once per part from its drawing (with its layer roles) and kept in
 * `parts.outline`; layouts are cached in memory by their whole input.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import {
  analyzeDxfSync, boxOutline, isKerfError, nest, nestOutline, transformRings,
  type Catalog, type NestLayout, type NestOutline, type PricingProfile, type QuoteNestShare,
} from '../../sdk/index.js';
import type { Tx } from '../db/client.js';
import { orderLines, parts, type Order } from '../db/schema.js';
import { pricingForCompany } from './pricing.js';

/**
 * Above this many pieces in one material group the nest places boxes, so that a basket stays fast
 * (the true-shape nest of 5,000 mixed pieces takes about 0.2 s a pass on a 2-core machine).
 */
export const TRUE_SHAPE_LIMIT = 10_000;
/**
 * Above this many pieces a group is not nested at all: its lines are priced by their own grids,
 * which a series that large fills anyway (the box nest of 20,000 pieces takes 0.7 s).
 */
export const NEST_LIMIT = 20_000;
/** Greedy passes of the true-shape nest (fixed, for prices that do not depend on the machine): 3, one above 1,000 pieces. */
const attemptsFor = (pieces: number) => (pieces <= 1000 ? 3 : 1);

/** A line to nest: a basket item or an order line with its part's shape. */
export interface NestLine {
  /** The basket item's or order line's id. */
  id: number;
  name: string;
  material: string;
  thickness: number;
  quantity: number;
  /** Net area of one piece, mm². */
  netArea: number;
  outline: NestOutline;
}

/** One material group's nest. */
export interface GroupNest {
  material: string;
  thickness: number;
  method: 'true-shape' | 'box';
  format: [number, number];
  /** Indexes into the lines given, in the order of the layout's items. */
  members: number[];
  layout: NestLayout;
  /** Sheets the box nest of the same lines needs, for comparison. */
  boxSheetCount: number;
  /** Sheet area charged for the whole group, mm². */
  chargedArea: number;
}

/**
 * The nest outlines of the company's parts (`companyId` null: any company's, for the shop's own
 * reports), made from their drawings where not stored yet (and stored then). A part whose drawing
 * no longer analyzes is missing from the map.
 */
export async function outlinesOf(db: Tx, companyId: number | null, partIds: number[]): Promise<Map<number, NestOutline>> {
  const out = new Map<number, NestOutline>();
  const ids = [...new Set(partIds)];
  if (!ids.length) return out;
  const rows = await db.select({ id: parts.id, outline: parts.outline }).from(parts)
    .where(and(companyId === null ? undefined : eq(parts.companyId, companyId), inArray(parts.id, ids)));
  for (const r of rows) {
    if (r.outline) { out.set(r.id, r.outline as unknown as NestOutline); continue; }
    const full = await db.select({ drawing: parts.drawing, layers: parts.layers }).from(parts).where(eq(parts.id, r.id)).get();
    if (!full) continue;
    try {
      const analysis = analyzeDxfSync(new Uint8Array(full.drawing), { healed: true, ...(full.layers ? { layers: full.layers } : {}) });
      const outline = nestOutline(analysis);
      await db.update(parts).set({ outline: outline as unknown as Record<string, unknown> }).where(eq(parts.id, r.id));
      out.set(r.id, outline);
    } catch (e) {
      if (!isKerfError(e)) throw e;
    }
  }
  return out;
}

// layouts by input, least recently used first; bounded by the placements they hold (about 100
// bytes each), so a few huge baskets cannot fill the memory
const cache = new Map<string, { groups: GroupNest[]; placements: number }>();
const CACHE_PLACEMENTS = 200_000;
let cached = 0;

/** Nest the lines per material and thickness (see the module's comment); cached by the whole input. */
export function nestLines(lines: NestLine[], catalog: Catalog, profile: PricingProfile): GroupNest[] {
  const key = createHash('sha1').update(JSON.stringify([lines, profile.partSpacing, profile.nesting ?? null, catalog.sheetFormats,
    catalog.materials.map((m) => [m.id, m.sheetFormats ?? null])])).digest('base64');
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit.groups;
  }
  const groups = new Map<string, number[]>();
  lines.forEach((l, i) => {
    if (!(l.quantity > 0)) return;
    const k = `${l.material}\u0000${l.thickness}`;
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const out: GroupNest[] = [];
  for (const members of groups.values()) {
    const first = lines[members[0]];
    const material = catalog.materials.find((m) => m.id === first.material);
    if (!material) continue; // the line carries the quote's UNKNOWN_MATERIAL
    const items = members.map((i) => ({ outline: lines[i].outline, quantity: lines[i].quantity }));
    const pieces = items.reduce((s, i) => s + i.quantity, 0);
    if (pieces > NEST_LIMIT) continue;
    const wanted = profile.nesting?.method ?? 'true-shape';
    const method = wanted === 'true-shape' && pieces <= TRUE_SHAPE_LIMIT ? 'true-shape' : 'box';
    let best: GroupNest | undefined;
    for (const format of material.sheetFormats ?? catalog.sheetFormats) {
      try {
        const options = {
          sheets: [{ format: [format[0], format[1]] as [number, number] }], spacing: profile.partSpacing,
          rotationStep: profile.nesting?.rotationStep ?? 90, mirror: profile.nesting?.mirror ?? false,
        };
        const outlines = items.map((i) => i.outline);
        const box = nest(items, { ...options, method: 'box' });
        const candidates = [{ layout: box, area: chargedArea(box, outlines, profile.partSpacing) }];
        if (method === 'true-shape') {
          const shaped = nest(items, { ...options, method, maxAttempts: attemptsFor(pieces) });
          // the true shapes win unless their boxes need less sheet (plain rectangles can)
          candidates.unshift({ layout: shaped, area: chargedArea(shaped, outlines, profile.partSpacing) });
        }
        const pick = candidates.reduce((a, b) => (b.area < a.area - 1e-6 ? b : a));
        const g: GroupNest = {
          material: first.material, thickness: first.thickness, method: pick.layout.method, format: [format[0], format[1]], members,
          layout: pick.layout, boxSheetCount: box.sheetCount, chargedArea: pick.area,
        };
        if (!best || g.chargedArea < best.chargedArea - 1e-6) best = g;
      } catch (e) {
        if (!isKerfError(e)) throw e; // PART_TOO_LARGE on this format: another may take it
      }
    }
    if (best) out.push(best);
  }
  const placements = out.reduce((n, g) => n + g.layout.sheets.reduce((m, sh) => m + sh.placements.length, 0), 0);
  cache.set(key, { groups: out, placements });
  cached += placements;
  for (const [k, v] of cache) {
    if (cached <= CACHE_PLACEMENTS || k === key) break;
    cache.delete(k);
    cached -= v.placements;
  }
  return out;
}

/** Sheets but the last in full, of the last the rectangle its parts reach (plus the spacing). */
function chargedArea(layout: NestLayout, outlines: NestOutline[], spacing: number): number {
  let area = 0;
  layout.sheets.forEach((sheet, i) => {
    const [w, h] = sheet.format;
    if (i < layout.sheets.length - 1) { area += w * h; return; }
    let maxX = 0, maxY = 0;
    for (const p of sheet.placements) {
      // turned and mirrored as the nest placed it, then moved
      for (const ring of transformRings(outlines[p.item].rings, p.rotation, p.mirrored)) {
        for (let k = 0; k < ring.length; k += 2) {
          if (ring[k] + p.x > maxX) maxX = ring[k] + p.x;
          if (ring[k + 1] + p.y > maxY) maxY = ring[k + 1] + p.y;
        }
      }
    }
    area += Math.min(w, maxX + spacing) * Math.min(h, maxY + spacing);
  });
  return area;
}

/** Each nested line's share (by its index in `lines`): sheet area per piece and the group's figures. */
export function nestShares(lines: NestLine[], groups: GroupNest[]): Map<number, QuoteNestShare> {
  const shares = new Map<number, QuoteNestShare>();
  for (const g of groups) {
    const net = g.members.reduce((s, i) => s + lines[i].netArea * lines[i].quantity, 0);
    if (!(net > 0)) continue;
    for (const i of g.members) {
      shares.set(i, {
        method: g.method, area: (g.chargedArea * lines[i].netArea) / net, format: g.format,
        sheetCount: g.layout.sheetCount, utilization: g.layout.utilization,
      });
    }
  }
  return shares;
}

/** The API view of a nest: groups with their sheets, and the lines' outlines to draw them with. */
export function nestView(lines: NestLine[], groups: GroupNest[]) {
  return {
    groups: groups.map((g) => ({
      material: g.material, thickness: g.thickness, method: g.method, sheetCount: g.layout.sheetCount, boxSheetCount: g.boxSheetCount,
      utilization: g.layout.utilization,
      sheets: g.layout.sheets.map((s) => ({
        format: s.format, utilization: s.utilization, usedLength: s.usedLength,
        placements: s.placements.map((p) => ({ line: g.members[p.item], x: p.x, y: p.y, rotation: p.rotation, mirrored: p.mirrored })),
      })),
    })),
    lines: lines.map((l) => ({ id: l.id, name: l.name, quantity: l.quantity, material: l.material, thickness: l.thickness, outline: { rings: l.outline.rings, bbox: l.outline.bbox, exact: l.outline.exact } })),
  };
}

/**
 * The nest of an order's part lines (rejected lines left out) with the company's current nesting
 * options: what the shop cuts. Parts deleted since are placed as their frozen boxes. The prices
 * stay those frozen on the lines.
 */
export async function orderNest(db: Tx, order: Pick<Order, 'id' | 'companyId'>) {
  const rows = await db.select().from(orderLines)
    .where(and(eq(orderLines.orderId, order.id), eq(orderLines.kind, 'part'), ne(orderLines.approval, 'rejected')))
    .orderBy(asc(orderLines.position));
  const p = await pricingForCompany(db, order.companyId);
  const lines = await shapedLines(db, order.companyId, rows.map((r) => ({ ...r, metrics: (r.quote as { metrics?: PartMetrics }).metrics ?? null })));
  return nestView(lines, nestLines(lines, p.catalog, p.profile));
}

/** What a line to nest needs of its part's metrics. */
type PartMetrics = { netArea: number; bbox: { minX?: number; minY?: number; width: number; height: number } };

/**
 * Basket or order lines of parts with their shapes (the part's stored outline, else the box of the
 * line's metrics); lines without material, thickness or metrics are left out.
 */
export async function shapedLines(
  db: Tx, companyId: number,
  rows: { id: number; partId: number | null; name: string | null; material: string | null; thickness: number | null; quantity: number; metrics: unknown }[],
): Promise<NestLine[]> {
  const own = rows.filter((r) => r.name !== null && r.material !== null && r.thickness !== null && r.metrics);
  const outlines = await outlinesOf(db, companyId, own.flatMap((r) => (r.partId === null ? [] : [r.partId])));
  return own.map((r) => {
    const m = r.metrics as PartMetrics;
    return {
      id: r.id, name: r.name!, material: r.material!, thickness: r.thickness!, quantity: r.quantity, netArea: m.netArea,
      outline: (r.partId === null ? undefined : outlines.get(r.partId)) ?? boxOutline(m.bbox, m.netArea),
    };
  });
}
