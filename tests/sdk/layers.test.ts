import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDxfSync, isKerfError, loadReferenceReader, roleFromName, type AnalyzeResult } from '../../sdk/index.js';
import { circle, dxf, insert, line, lwpolyline, type Ent } from '../helpers/dxf.js';

/** The entity moved to another layer (the helpers write layer 0). */
function on(layer: string, e: Ent): Ent {
  return e.replace('\n8\n0\n', `\n8\n${layer}\n`);
}

/** A LAYER table record: 70 bit 1 = frozen, a negative colour = off. */
function layerRecord(name: string, o: { frozen?: boolean; off?: boolean } = {}): string {
  return `0\nLAYER\n2\n${name}\n70\n${o.frozen ? 1 : 0}\n62\n${o.off ? -7 : 7}\n6\nCONTINUOUS\n`;
}

function withTable(text: string, records: string[]): string {
  const tables = `0\nSECTION\n2\nTABLES\n0\nTABLE\n2\nLAYER\n70\n${records.length}\n${records.join('')}0\nENDTAB\n0\nENDSEC\n`;
  return text.replace('0\nSECTION\n2\nENTITIES', `${tables}0\nSECTION\n2\nENTITIES`);
}

const square = lwpolyline([[0, 0], [100, 0], [100, 50], [0, 50]], true);

/** A part drawn the way CAD users draw: outline, bend line, marking, dimensions, title block, hidden layers. */
const part = withTable(dxf([
  on('Kontur', square),
  circle(50, 40, 5),
  on('BEND', line(0, 25, 100, 25)),
  on('GRAVUR', line(10, 10, 40, 10)),
  on('GRAVUR', circle(80, 10, 2)),
  on('DIMENSIONS', line(0, -10, 100, -10)),
  on('DIMENSIONS', line(0, -12, 0, -8)),
  on('Schriftfeld', lwpolyline([[200, 0], [300, 0], [300, 40], [200, 40]], true)),
  on('HIDDEN', circle(20, 40, 3)),
  on('OLD', line(0, 0, 100, 50)),
], { insunits: 4 }), [
  layerRecord('0'), layerRecord('Kontur'), layerRecord('BEND'), layerRecord('GRAVUR'), layerRecord('DIMENSIONS'),
  layerRecord('Schriftfeld'), layerRecord('HIDDEN', { frozen: true }), layerRecord('OLD', { off: true }),
]);

beforeAll(async () => {
  await loadReferenceReader();
});

describe('layers with a meaning', () => {
  describe('roles from layer names (en/de/fr, whole words, any case)', () => {
    it.each([
      ['BEND', 'bend'], ['Bend lines', 'bend'], ['BIEGELINIEN', 'bend'], ['Biegung', 'bend'], ['KANT', 'bend'], ['pliage', 'bend'], ['PLI_1', 'bend'],
      ['ENGRAVE', 'engrave'], ['Gravur', 'engrave'], ['gravure', 'engrave'], ['MARK', 'engrave'], ['marking', 'engrave'],
      ['Beschriftung', 'engrave'], ['TEXT', 'engrave'],
      ['DIM', 'ignore'], ['DIMENSIONS', 'ignore'], ['Bemaßung', 'ignore'], ['BEMASSUNG', 'ignore'], ['cotation', 'ignore'], ['Maß', 'ignore'],
      ['TITLEBLOCK', 'ignore'], ['Title block', 'ignore'], ['Schriftfeld', 'ignore'], ['CARTOUCHE', 'ignore'], ['Rahmen', 'ignore'],
      ['FRAME', 'ignore'], ['Border', 'ignore'], ['CONSTRUCTION', 'ignore'], ['Konstruktion', 'ignore'], ['Hilfslinien', 'ignore'],
      ['AXIS', 'ignore'], ['Achse', 'ignore'], ['CENTERLINE', 'ignore'], ['Mittellinie', 'ignore'], ['Defpoints', 'ignore'],
      ['0', 'cut'], ['Kontur', 'cut'], ['OUTLINE', 'cut'], ['BENDER_BRACKET', 'cut'], ['TEXTURE', 'cut'], ['MARKUS', 'cut'], ['DIMPLE', 'cut'],
    ])('%s is %s', (name, role) => {
      expect(roleFromName(name)).toBe(role);
    });
  });

  describe('a drawing with outline, bend, engraving, dimensions, title block and hidden layers', () => {
    let r: AnalyzeResult;
    beforeAll(() => {
      r = analyzeDxfSync(part);
    });

    it('cuts only the cut layers: the outline and the hole', () => {
      expect(r.cutLength).toBeCloseTo(300 + 10 * Math.PI, 9);
      expect(r.pierces).toBe(2);
      expect(r.closedContours).toBe(2);
      expect(r.openContours).toBe(0);
      expect(r.netArea).toBeCloseTo(5000 - 25 * Math.PI, 6);
      expect(r.bbox).toMatchObject({ minX: 0, minY: 0, maxX: 100, maxY: 50 });
    });

    it('measures the engraving and the bend lines apart', () => {
      expect(r.metrics.engraveLength).toBeCloseTo(30 + 4 * Math.PI, 6);
      expect(r.metrics.bends).toEqual({ count: 1, totalLength: 100, lengths: [100] });
    });

    it('names every layer left out, and why, in one LAYER_IGNORED warning', () => {
      const w = r.warnings.find((x) => x.code === 'LAYER_IGNORED');
      expect(w?.count).toBe(5);
      expect(w?.layers).toEqual([
        { name: 'DIMENSIONS', reason: 'name', entities: 2 },
        { name: 'Schriftfeld', reason: 'name', entities: 1 },
        { name: 'HIDDEN', reason: 'frozen', entities: 1 },
        { name: 'OLD', reason: 'off', entities: 1 },
      ]);
      expect(w?.message).toMatch(/"HIDDEN" \(frozen\)/);
    });

    it('lists every layer holding geometry with its role, entities and length', () => {
      expect(r.metrics.layers.map((l) => [l.name, l.role, l.entities])).toEqual([
        ['Kontur', 'cut', 1], ['0', 'cut', 1], ['BEND', 'bend', 1], ['GRAVUR', 'engrave', 2], ['DIMENSIONS', 'ignore', 2],
        ['Schriftfeld', 'ignore', 1], ['HIDDEN', 'ignore', 1], ['OLD', 'ignore', 1],
      ]);
      expect(r.metrics.layers.find((l) => l.name === 'Kontur')?.length).toBeCloseTo(300, 9);
      expect(r.metrics.layers.find((l) => l.name === 'Schriftfeld')?.length).toBeCloseTo(280, 9);
    });

    it('is read the same by dxf-parser (the reference reader)', () => {
      const ref = analyzeDxfSync(part, { reader: 'dxf-parser' });
      expect(ref.cutLength).toBeCloseTo(r.cutLength, 9);
      expect(ref.metrics).toEqual(r.metrics);
      expect(ref.warnings).toEqual(r.warnings);
    });
  });

  describe('overridden per call', () => {
    it('cuts a bend layer set to cut, and a frozen layer set to cut', () => {
      const r = analyzeDxfSync(part, { layers: { BEND: 'cut', HIDDEN: 'cut' } });
      expect(r.cutLength).toBeCloseTo(400 + 16 * Math.PI, 6);
      expect(r.metrics.bends).toEqual({ count: 0, totalLength: 0, lengths: [] });
      expect(r.warnings.find((w) => w.code === 'LAYER_IGNORED')?.layers?.map((l) => l.name)).toEqual(['DIMENSIONS', 'Schriftfeld', 'OLD']);
    });

    it('leaves out a layer set to ignore with reason option, matching names without regard to case', () => {
      const r = analyzeDxfSync(part, { layers: { gravur: 'ignore', '0': 'engrave' } });
      expect(r.cutLength).toBeCloseTo(300, 9);
      expect(r.metrics.engraveLength).toBeCloseTo(10 * Math.PI, 6);
      expect(r.warnings.find((w) => w.code === 'LAYER_IGNORED')?.layers?.[0]).toEqual({ name: 'GRAVUR', reason: 'option', entities: 2 });
    });

    it('refuses a role that is not one of the four with INVALID_OPTION', () => {
      let code = '';
      try {
        analyzeDxfSync(part, { layers: { BEND: 'weld' as 'cut' } });
      } catch (e) {
        if (isKerfError(e)) code = e.code;
      }
      expect(code).toBe('INVALID_OPTION');
    });

    it('says which layers hold the geometry when nothing is left to cut', () => {
      expect(() => analyzeDxfSync(dxf([on('BEND', line(0, 0, 10, 0))]))).toThrow(/Layers not cut: BEND \(bend\)/);
    });
  });

  it('gives a drawing\'s only layer the length the core measured, duplicates included', () => {
    const r = analyzeDxfSync(dxf([square, line(0, 0, 100, 0)], { insunits: 4 }));
    expect(r.metrics.layers).toEqual([{ name: '0', role: 'cut', entities: 2, length: expect.closeTo(400, 9) }]);
    expect(r.cutLength).toBeCloseTo(300, 9);
  });

  describe('blocks', () => {
    it('gives entities on layer 0 inside a block the INSERT\'s layer, in both readers', () => {
      const text = dxf([square, on('MARKING', insert('LOGO', 50, 25))], {
        insunits: 4, blocks: [{ name: 'LOGO', entities: [line(0, 0, 10, 0), on('BEND', line(0, 5, 10, 5))] }],
      });
      for (const reader of ['kerf', 'dxf-parser'] as const) {
        const r = analyzeDxfSync(text, { reader });
        expect(r.cutLength).toBeCloseTo(300, 9);
        expect(r.metrics.engraveLength).toBeCloseTo(10, 9);
        expect(r.metrics.bends).toEqual({ count: 1, totalLength: 10, lengths: [10] });
      }
    });

    it('leaves out a whole INSERT on an ignored layer', () => {
      const text = dxf([square, on('TITLEBLOCK', insert('FRAME_A4', 0, 0))], {
        blocks: [{ name: 'FRAME_A4', entities: [lwpolyline([[0, 0], [297, 0], [297, 210], [0, 210]], true)] }],
      });
      const r = analyzeDxfSync(text);
      expect(r.cutLength).toBeCloseTo(300, 9);
      expect(r.warnings.find((w) => w.code === 'LAYER_IGNORED')?.layers).toEqual([{ name: 'TITLEBLOCK', reason: 'name', entities: 1 }]);
    });
  });
});
