import DxfParserDefault from 'dxf-parser';
import log from 'loglevel';
import { KerfError } from '../errors.js';
import { HANDLERS, UNKNOWN_HANDLER, type BaseEntity } from './handlers.js';
import { checkDxfStart } from './kerf-reader.js';
import type { LayerState } from './layers.js';

/** Group-0 names that structure the file rather than name an entity. */
const STRUCTURAL = new Set(['EOF', 'SECTION', 'ENDSEC', 'ENDBLK', 'BLOCK', 'SEQEND', 'VERTEX', 'TABLE', 'ENDTAB']);

/** A block definition as Kerf uses it. */
export interface DxfBlock {
  name: string;
  x: number;
  y: number;
  entities: BaseEntity[];
}

/** The parts of a parsed DXF that the analyzer reads. */
export interface DxfDocument {
  header: Record<string, unknown>;
  entities: BaseEntity[];
  blocks: Record<string, DxfBlock>;
  /** The layer table's records (name, frozen, off), read beside dxf-parser (see readLayerTable). */
  layers: LayerState[];
}

/** The part of dxf-parser Kerf uses. */
interface DxfParser {
  registerEntityHandler(handler: unknown): void;
  parseSync(text: string): {
    header?: Record<string, unknown>;
    entities?: unknown[];
    blocks?: Record<string, { position?: { x?: number; y?: number }; entities?: unknown[] }>;
  } | null;
}
type DxfParserCtor = new () => DxfParser;
// Node loads dxf-parser's UMD build (the class is the default export); bundlers load its ES
// module build (the class is the default export there too, sometimes wrapped once more).
const DxfParserClass: DxfParserCtor =
  (DxfParserDefault as unknown as { default?: DxfParserCtor }).default ?? (DxfParserDefault as unknown as DxfParserCtor);

let parser: DxfParser | undefined;

function getParser(): DxfParser {
  if (!parser) {
    // dxf-parser logs through loglevel; a library must not write to the host's console
    log.setLevel('silent');
    parser = new DxfParserClass();
    for (const h of HANDLERS) parser.registerEntityHandler(h as never);
    // dxf-parser skips entity kinds it has no handler for without a word; a lookup that falls
    // back to a counting handler lets the analyzer name them in an IGNORED_ENTITY warning
    // The fallback sits in the prototype chain, so registered kinds are found as own properties
    // at full speed and only unknown names reach the proxy.
    const holder = parser as unknown as { _entityHandlers?: Record<string, unknown> };
    if (holder._entityHandlers && typeof holder._entityHandlers === 'object') {
      Object.setPrototypeOf(holder._entityHandlers, new Proxy(Object.create(null), {
        get: (_target, name) => (typeof name === 'string' && !STRUCTURAL.has(name) && /^[A-Z0-9_]+$/.test(name))
          ? UNKNOWN_HANDLER
          : undefined,
      }));
    }
  }
  return parser;
}

type ParsedDxf = ReturnType<DxfParser['parseSync']>;

function parseQuietly(text: string): ParsedDxf {
  const p = getParser();
  // dxf-parser reports some problems on the console (log, warn, error) before or instead of
  // throwing; a library must not write to its host's console
  const { log: l, info, warn, error } = console;
  const mute = () => {};
  try {
    console.log = console.info = console.warn = console.error = mute;
    return p.parseSync(text);
  } finally {
    console.log = l; console.info = info; console.warn = warn; console.error = error;
  }
}

/** Rewrite boolean groups (codes 290–299) whose value is not 0 or 1 to 1, pair by pair. */
function normalizeBooleans(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const code = parseInt(lines[i], 10);
    if (code >= 290 && code <= 299) {
      const v = lines[i + 1].trim();
      if (v !== '0' && v !== '1') lines[i + 1] = '1';
    }
  }
  return lines.join('\n');
}

/** Characters that end a line for dxf-parser (it splits on \r\n, \r and \n). */
function isEol(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * Rename every line that reads TABLES once trimmed (as dxf-parser trims it), so that no TABLES
 * section is entered. Such a line elsewhere is text, a layer or a block name: renaming it
 * everywhere changes no geometry. A literal search, no split: the file is walked once.
 */
function skipTables(text: string): string {
  let at = text.indexOf('TABLES');
  if (at < 0) return text;
  const parts: string[] = [];
  let from = 0;
  while (at >= 0) {
    let a = at, b = at + 6;
    while (a > 0 && !isEol(text.charCodeAt(a - 1)) && text[a - 1].trim() === '') a--;
    while (b < text.length && !isEol(text.charCodeAt(b)) && text[b].trim() === '') b++;
    if ((a === 0 || isEol(text.charCodeAt(a - 1))) && (b === text.length || isEol(text.charCodeAt(b)))) {
      // a NUL cannot be part of a real name, so a block that was named TABLES cannot collide
      parts.push(text.slice(from, at), 'TABLES\u0000');
      from = at + 6;
    }
    at = text.indexOf('TABLES', at + 6);
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * The LAYER table's records, read from the text group by group: dxf-parser never enters the
 * TABLES section (see skipTables), so its frozen (70 bit 1) and off (negative 62) states are
 * read here, with the same rules as the Kerf reader's tablesGroup.
 */
export function readLayerTable(text: string): LayerState[] {
  const layers: LayerState[] = [];
  if (text.indexOf('TABLES') < 0) return layers;
  const lines = text.split(/\r\n|\r|\n/);
  let inTables = false, inLayerTable = false, afterTable = false;
  let layer: LayerState | undefined;
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const code = parseInt(lines[i].trim(), 10);
    const value = lines[i + 1].trim();
    if (code === 0 && value === 'SECTION') {
      if (layer) { layers.push(layer); layer = undefined; }
      inTables = false;
      if (i + 3 < lines.length && parseInt(lines[i + 2].trim(), 10) === 2) {
        inTables = lines[i + 3].trim() === 'TABLES';
        inLayerTable = false; afterTable = false;
        i += 2;
      }
      continue;
    }
    if (!inTables) continue;
    if (code === 0) {
      if (layer) { layers.push(layer); layer = undefined; }
      if (value === 'TABLE') afterTable = true;
      else if (value === 'ENDTAB') inLayerTable = false;
      else if (value === 'LAYER' && inLayerTable) layer = { name: '', frozen: false, off: false };
      continue;
    }
    if (afterTable && code === 2) { inLayerTable = value === 'LAYER'; afterTable = false; continue; }
    if (!layer) continue;
    if (code === 2) layer.name = value;
    else if (code === 70) layer.frozen = (parseInt(value, 10) & 1) === 1;
    else if (code === 62) layer.off = parseInt(value, 10) < 0;
  }
  if (layer) layers.push(layer);
  return layers;
}

/**
 * dxf-parser's own messages say what it expected where ("Unexpected end of input…"); a
 * TypeError from inside it says nothing useful to a customer and is left out.
 */
function parserDetail(e: unknown): string {
  if (!(e instanceof Error) || e instanceof TypeError || e instanceof RangeError) return '';
  return ` (${e.message.replace(/\s+/g, ' ').slice(0, 160)})`;
}

/**
 * Parse DXF text with dxf-parser and Kerf's entity handlers.
 * @throws KerfError DXF_PARSE_ERROR for binary DXF, truncated or garbled files.
 */
export function readDxf(input: string): DxfDocument {
  let text = input;
  checkDxfStart(text);
  const layers = readLayerTable(text);
  // dxf-parser loops forever on a VPORT or LAYER table holding any other 0 group (a truncated
  // or garbled TABLES section). Kerf reads nothing from the tables, so the section is renamed
  // and skipped like any unknown section.
  text = skipTables(text);
  let dxf: ParsedDxf;
  try {
    dxf = parseQuietly(text);
  } catch (e) {
    // Some writers put other values than 0/1 in boolean groups (290–299), which dxf-parser
    // refuses; AutoCAD reads any non-zero as true. Only then is the text normalized and re-read.
    const repaired = e instanceof TypeError && /Boolean/.test(e.message) ? normalizeBooleans(text) : undefined;
    try {
      if (repaired === undefined) throw e;
      dxf = parseQuietly(repaired);
    } catch (e2) {
      throw new KerfError('DXF_PARSE_ERROR', `The DXF file is damaged or truncated and cannot be read${parserDetail(e2)}.`, { cause: e2 });
    }
  }
  if (!dxf) throw new KerfError('DXF_PARSE_ERROR', 'The DXF file is empty.');
  // no prototype: a block (or INSERT) named "constructor" or "__proto__" must not find Object's
  const blocks: Record<string, DxfBlock> = Object.create(null) as Record<string, DxfBlock>;
  for (const [name, b] of Object.entries(dxf.blocks ?? {})) {
    blocks[name] = {
      name,
      x: b.position?.x ?? 0,
      y: b.position?.y ?? 0,
      entities: (Array.isArray(b.entities) ? b.entities : []) as unknown as BaseEntity[],
    };
  }
  return {
    header: (dxf.header ?? {}) as Record<string, unknown>,
    entities: (dxf.entities ?? []) as unknown as BaseEntity[],
    blocks,
    layers,
  };
}
