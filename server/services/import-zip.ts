/**
 * The drawings of an import: .dxf files sent as they are, or packed in a .zip. A zip is judged by
 * its central directory before a single byte is inflated: bombs (too much unpacked in total, or a
 * member that unpacks more than 100-fold) are refused as a whole; absolute paths, `..`, system
 * files and non-DXF members are skipped with a reason. fflate inflates a member into a buffer of
 * its declared size, so a member that lies about its size cannot grow past it either.
 */
import { unzipSync } from 'fflate';
import { ApiError } from '../http/errors.js';
import type { ImportTexts } from './import-messages.js';

/** One drawing may be as large as a single part upload (API.md: 50 MB). */
export const MAX_DRAWING_BYTES = 50 * 1024 * 1024;
/** A zip may unpack to at most this much in total. */
export const MAX_ZIP_UNPACKED = 500 * 1024 * 1024;
/** Deflate of real DXF text stays far below this; a bomb does not. */
export const MAX_ZIP_RATIO = 100;
/** Below this size a high ratio is harmless (a tiny, very regular file), so it is not judged. */
const RATIO_FLOOR = 1024 * 1024;

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export interface Skipped {
  name: string;
  reason: string;
}

export interface CollectedDrawings {
  /** By lower-cased file name (no folders): the key rows are matched on. */
  files: Map<string, Upload>;
  skipped: Skipped[];
}

/** The key a drawing is stored and found under: its file name without folders, lower case. */
export function drawingKey(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? '';
  return base.trim().toLowerCase();
}

const isZip = (u: Upload) => /\.zip$/i.test(u.name) || (u.bytes[0] === 0x50 && u.bytes[1] === 0x4b && u.bytes[2] === 0x03 && u.bytes[3] === 0x04);
const refused = (reason: string) => new ApiError(422, 'ZIP_REFUSED', `The zip is refused: ${reason}`);
const mb = (n: number) => Math.round(n / 1048576);

/** Why a member (or a loose file) is not taken, or null. */
function skipReason(rawName: string, size: number, t: ImportTexts): string | null {
  const name = rawName.replace(/\\/g, '/');
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return t.skipped.absolutePath;
  if (name.split('/').some((p) => p === '..')) return t.skipped.parentPath;
  const base = name.split('/').pop() ?? '';
  if (name.startsWith('__MACOSX/') || base.startsWith('._') || /^(\.ds_store|thumbs\.db|desktop\.ini)$/i.test(base)) return t.skipped.systemFile;
  if (!/\.dxf$/i.test(base)) return t.skipped.notDxf;
  if (size > MAX_DRAWING_BYTES) return t.skipped.tooLarge(mb(MAX_DRAWING_BYTES));
  return null;
}

/**
 * Gather the drawings of an upload.
 * @throws ApiError 422 ZIP_REFUSED for a bomb or an unreadable zip
 * @example
 * const { files, skipped } = collectDrawings([{ name: 'drawings.zip', bytes }], importTexts('de'));
 */
export function collectDrawings(uploads: Upload[], t: ImportTexts): CollectedDrawings {
  const files = new Map<string, Upload>();
  const skipped: Skipped[] = [];
  const take = (name: string, bytes: Uint8Array) => {
    const key = drawingKey(name);
    if (files.has(key)) skipped.push({ name, reason: t.skipped.duplicateName });
    else files.set(key, { name: name.replace(/\\/g, '/').split('/').pop()!, bytes });
  };
  for (const u of uploads) {
    if (!isZip(u)) {
      const why = skipReason(drawingKey(u.name) || u.name, u.bytes.byteLength, t);
      if (why) skipped.push({ name: u.name, reason: why });
      else take(u.name, u.bytes);
      continue;
    }
    // first pass: the directory only (the filter sees declared sizes and says no to everything)
    const members: { name: string; size: number; originalSize: number; compression: number }[] = [];
    try {
      unzipSync(u.bytes, { filter: (f) => { members.push({ ...f }); return false; } });
    } catch {
      throw refused(`${u.name} is not a readable zip file.`);
    }
    let total = 0;
    for (const m of members) {
      total += m.originalSize;
      if (m.originalSize > RATIO_FLOOR && m.originalSize > MAX_ZIP_RATIO * Math.max(m.size, 1)) {
        throw refused(`${m.name} would unpack ${Math.round(m.originalSize / Math.max(m.size, 1))} times its packed size (at most ${MAX_ZIP_RATIO} allowed).`);
      }
    }
    if (total > MAX_ZIP_UNPACKED) throw refused(`it would unpack to ${mb(total)} MB (at most ${mb(MAX_ZIP_UNPACKED)} MB allowed).`);
    const wanted = new Set<string>();
    for (const m of members) {
      if (m.name.endsWith('/')) continue; // a folder
      const why = m.compression !== 0 && m.compression !== 8 ? t.skipped.unsupported : skipReason(m.name, m.originalSize, t);
      if (why) skipped.push({ name: m.name, reason: why });
      else wanted.add(m.name);
    }
    if (!wanted.size) continue;
    let out: Record<string, Uint8Array>;
    try {
      out = unzipSync(u.bytes, { filter: (f) => wanted.has(f.name) });
    } catch {
      throw refused(`${u.name} is damaged and cannot be unpacked.`);
    }
    for (const m of members) if (wanted.has(m.name) && out[m.name]) take(m.name, out[m.name]);
  }
  return { files, skipped };
}
