import { describe, expect, it } from 'vitest';
import {
  addWorkingDays, analyzeDxfSync, DEFAULT_CATALOG, DEFAULT_PROFILE, deliveryOptions, findHoles, isWorkingDay, loadCatalog, loadProfile,
  priceFinishing, quote, tapHoles, type PricingProfile,
} from '../../sdk/index.js';
import { arc, circle, dxf, line, lwpolyline } from '../helpers/dxf.js';

const onLayer = (layer: string, e: string) => e.replace('\n8\n0\n', `\n8\n${layer}\n`);
const catalog = loadCatalog(DEFAULT_CATALOG);

// a 200 x 120 plate: four M8 tap holes (6.8), two M6 (5.0), one 10 mm hole (no tap drill), a slot
// (two lines and two arcs: not round), and two bend lines on a BEND layer
const plate = lwpolyline([[0, 0], [200, 0], [200, 120], [0, 120]], true);
const m8 = [[20, 20], [180, 20], [180, 100], [20, 100]].map(([x, y]) => circle(x, y, 3.4));
const m6 = [circle(60, 60, 2.5), circle(140, 60, 2.5)];
const slot = [line(90, 40, 110, 40), arc(110, 45, 5, 270, 90), line(110, 50, 90, 50), arc(90, 45, 5, 90, 270)];
const bends = [onLayer('BEND', line(70, 0, 70, 120)), onLayer('BEND', line(130, 0, 130, 120))];
const part = analyzeDxfSync(dxf([plate, ...m8, ...m6, circle(100, 80, 5), ...slot, ...bends], { insunits: 4 }));

describe('finishing › holes and tap drills from the drawing', () => {
  it('finds the round holes (not the slot, not the outline) with centre and diameter', () => {
    const holes = findHoles(part);
    expect(holes).toHaveLength(7);
    const d = holes.map((h) => h.diameter).sort((a, b) => a - b);
    expect(d[0]).toBeCloseTo(5, 9);
    expect(d[6]).toBeCloseTo(10, 9);
    expect(holes.find((h) => Math.abs(h.x - 180) < 1e-9 && Math.abs(h.y - 100) < 1e-9)?.diameter).toBeCloseTo(6.8, 9);
  });

  it('offers M8 for the 6.8 mm holes and M6 for the 5.0 mm ones, and nothing for 10 mm', () => {
    const taps = tapHoles(part);
    expect(taps.map((t) => [t.thread, t.holes.length])).toEqual([['M6', 2], ['M8', 4]]);
  });

  it('allows for CAD rounding within 0.05 mm, not beyond', () => {
    const near = analyzeDxfSync(dxf([plate, circle(50, 50, 6.84 / 2), circle(100, 50, 6.9 / 2)], { insunits: 4 }));
    expect(tapHoles(near).map((t) => [t.thread, t.holes.length])).toEqual([['M8', 1]]);
  });
});

describe('finishing › priced in the quote', () => {
  const request = { material: 'S235', thickness: 3, quantity: 10, orderDate: '2026-11-27' };
  const plain = quote(part, request, catalog, DEFAULT_PROFILE);
  const finished = quote(part, {
    ...request,
    finishing: { deburring: true, tapping: [{ thread: 'M8', count: 4 }], countersinking: 2, bending: true, coating: { kind: 'powder', colour: 'RAL 9005' } },
  }, catalog, DEFAULT_PROFILE);
  const f = DEFAULT_PROFILE.finishing!;

  it('adds one line per finishing, each priced from the drawing, and the lines add up to the total', () => {
    const line = (code: string) => finished.breakdown.find((l) => l.code === code)!;
    expect(line('deburring').amount).toBe(Math.round((part.cutLength / 1000) * f.deburring!.perMetre * 10));
    expect(line('tapping').amount).toBe(4 * 100 * 10);
    expect(line('tapping').detail).toBe('4 × M8');
    expect(line('countersinking').amount).toBe(2 * 80 * 10);
    expect(part.metrics.bends.count).toBe(2);
    expect(line('bending').amount).toBe(2 * 250 * 10);
    const m2 = (2 * part.netArea) / 1e6;
    expect(line('coating').amount).toBe(Math.max(Math.round(m2 * 2400 * 10), 3500));
    expect(finished.breakdown.reduce((s, l) => s + l.amount, 0)).toBe(finished.total);
    expect(finished.total).toBeGreaterThan(plain.total);
    expect(finished.finishingTime).toBeCloseTo((part.cutLength / 1000) * 6 + 4 * 25 + 2 * 20 + 2 * 40, 9);
    // the cut itself is unchanged
    expect(line('cutting' as never)?.amount).toBe(plain.breakdown.find((l) => l.code === 'cutting')!.amount);
  });

  it('refuses more tapped holes than the drawing has, a thread not offered, a colour not offered', () => {
    expect(() => quote(part, { ...request, finishing: { tapping: [{ thread: 'M8', count: 5 }] } }, catalog, DEFAULT_PROFILE))
      .toThrow(expect.objectContaining({ code: 'INVALID_FINISHING', message: expect.stringMatching(/4 holes of 6.8 mm for M8/) }));
    expect(() => quote(part, { ...request, finishing: { tapping: [{ thread: 'M14', count: 1 }] } }, catalog, DEFAULT_PROFILE))
      .toThrow(expect.objectContaining({ code: 'INVALID_FINISHING', message: expect.stringMatching(/does not tap M14/) }));
    expect(() => quote(part, { ...request, finishing: { coating: { kind: 'powder', colour: 'pink' } } }, catalog, DEFAULT_PROFILE))
      .toThrow(expect.objectContaining({ code: 'INVALID_FINISHING', message: expect.stringMatching(/RAL 9005/) }));
    expect(() => quote(part, { ...request, finishing: { countersinking: 8 } }, catalog, DEFAULT_PROFILE))
      .toThrow(expect.objectContaining({ code: 'INVALID_FINISHING' }));
    expect(() => quote(part, { ...request, finishing: { bending: 1.5 } }, catalog, DEFAULT_PROFILE))
      .toThrow(expect.objectContaining({ code: 'INVALID_FINISHING' }));
  });

  it('takes an entered bend count; asks for one when the drawing has no bend lines', () => {
    const flat = analyzeDxfSync(dxf([plate, ...m8], { insunits: 4 }));
    expect(() => priceFinishing(flat, { bending: true }, DEFAULT_PROFILE.finishing, 3, 1)).toThrow(/no bend lines/);
    expect(priceFinishing(flat, { bending: 3 }, DEFAULT_PROFILE.finishing, 3, 1)[0]).toMatchObject({ code: 'bending', amount: 750, detail: '3 bends' });
    // 8 mm sheet takes the third row; a shop without bending refuses
    expect(priceFinishing(flat, { bending: 1 }, DEFAULT_PROFILE.finishing, 8, 1)[0].amount).toBe(900);
    expect(() => priceFinishing(flat, { bending: 1 }, { ...DEFAULT_PROFILE.finishing, bending: undefined }, 3, 1)).toThrow(/does not offer bending/);
  });

  it('prices each drawn bend by its own length: a long bend takes the bigger press brake', () => {
    expect(part.metrics.bends.lengths).toEqual([120, 120]);
    expect(priceFinishing(part, { bending: true }, DEFAULT_PROFILE.finishing, 3, 1)[0]).toMatchObject({ amount: 500, detail: '2 bends, longest 120 mm' });
    // a 1,500 mm plate with one 120 mm bend and one 1,500 mm bend: 250 (≤ 1,000 mm) + 450 (≤ 2,000 mm)
    const long = analyzeDxfSync(dxf([lwpolyline([[0, 0], [1500, 0], [1500, 300], [0, 300]], true),
      onLayer('BEND', line(0, 150, 1500, 150)), onLayer('BEND', line(700, 0, 700, 120))], { insunits: 4 }));
    expect(long.metrics.bends).toEqual({ count: 2, totalLength: 1620, lengths: [1500, 120] });
    const [bending] = priceFinishing(long, { bending: true }, DEFAULT_PROFILE.finishing, 3, 1);
    expect(bending).toMatchObject({ amount: 700, seconds: 100, detail: '2 bends, longest 1500 mm' });
    // an entered count knows no lengths: each bend is priced by the part's longer side (1,500 mm)
    expect(priceFinishing(long, { bending: 2 }, DEFAULT_PROFILE.finishing, 3, 1)[0]).toMatchObject({ amount: 900, detail: '2 bends' });
    // a bend longer than any press brake is refused with its length
    const huge = analyzeDxfSync(dxf([lwpolyline([[0, 0], [3500, 0], [3500, 300], [0, 300]], true), onLayer('BEND', line(0, 150, 3500, 150))], { insunits: 4 }));
    expect(() => priceFinishing(huge, { bending: true }, DEFAULT_PROFILE.finishing, 3, 1)).toThrow(/cannot bend 3500 mm in 3 mm sheet/);
  });

  it('keeps old profiles valid (no finishing: none offered) and validates new ones', () => {
    const { finishing: _f, leadTimes: _l, holidays: _h, quoteValidityDays: _q, ...old } = DEFAULT_PROFILE;
    const p = loadProfile(old) as PricingProfile;
    expect(() => quote(part, { ...request, finishing: { deburring: true } }, catalog, p)).toThrow(/does not offer deburring/);
    expect(quote(part, request, catalog, p).total).toBe(plain.total);
    expect(() => loadProfile({ ...DEFAULT_PROFILE, finishing: { deburring: { perMetre: -1, secondsPerMetre: 1 } } }))
      .toThrow(expect.objectContaining({ code: 'INVALID_PROFILE', message: expect.stringMatching(/finishing\.deburring\.perMetre/) }));
  });
});

describe('lead times › working days and delivery options', () => {
  const holidays = DEFAULT_PROFILE.holidays!;

  it('counts working days over weekends and holidays', () => {
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday + 1 = Monday
    expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30'); // from a Saturday
    expect(addWorkingDays('2026-11-27', 5)).toBe('2026-12-04');
    expect(addWorkingDays('2026-12-23', 3, holidays)).toBe('2026-12-30'); // 24, 25 off, then the weekend
    expect(addWorkingDays('2026-12-30', 1, holidays)).toBe('2027-01-04'); // 31 and 1 Jan off
    expect(addWorkingDays('2026-11-27', 0)).toBe('2026-11-27');
    expect(isWorkingDay('2026-12-25', holidays)).toBe(false);
    expect(isWorkingDay('2026-12-28', holidays)).toBe(true);
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('prices express with its surcharge and economy with its discount, each with its date', () => {
    const request = { material: 'S235', thickness: 3, quantity: 10, orderDate: '2026-12-21' };
    const standard = quote(part, request, catalog, DEFAULT_PROFILE);
    const express = quote(part, { ...request, leadTime: 'express' }, catalog, DEFAULT_PROFILE);
    const economy = quote(part, { ...request, leadTime: 'economy' }, catalog, DEFAULT_PROFILE);
    expect(standard.breakdown.find((l) => l.code === 'lead_time')).toBeUndefined();
    const before = standard.breakdown.filter((l) => l.code !== 'rounding' && l.code !== 'minimum_order').reduce((s, l) => s + l.amount, 0);
    expect(express.breakdown.find((l) => l.code === 'lead_time')!.amount).toBe(Math.round(before * 0.3));
    expect(economy.breakdown.find((l) => l.code === 'lead_time')!.amount).toBe(Math.round(before * -0.05));
    expect(express.total).toBeGreaterThan(standard.total);
    expect(economy.total).toBeLessThan(standard.total);
    // Monday 21 December: 3 working days over the Christmas holidays
    expect(express.delivery).toMatchObject({ code: 'express', workingDays: 3, date: '2026-12-28' });
    expect(standard.delivery.date).toBe('2027-01-05'); // 22, 23, 28, 29, 30, 4, 5 January
    expect(standard.delivery.options.map((o) => o.code)).toEqual(['standard', 'express', 'economy']);
    for (const q of [express, economy]) expect(q.breakdown.reduce((s, l) => s + l.amount, 0)).toBe(q.total);
  });

  it('adds the coater\'s days to the delivery date, and refuses an unknown option', () => {
    const request = { material: 'S235', thickness: 3, quantity: 1, orderDate: '2026-11-02' };
    const coated = quote(part, { ...request, finishing: { coating: { kind: 'anodize', colour: 'E6/C35 black' } } }, catalog, DEFAULT_PROFILE);
    expect(coated.delivery.date).toBe(addWorkingDays('2026-11-02', 7 + 5));
    expect(deliveryOptions(DEFAULT_PROFILE.leadTimes!, '2026-11-02', [], 5)[1].date).toBe(addWorkingDays('2026-11-02', 8));
    expect(() => quote(part, { ...request, leadTime: 'overnight' }, catalog, DEFAULT_PROFILE))
      .toThrow(expect.objectContaining({ code: 'UNKNOWN_LEAD_TIME' }));
  });
});
