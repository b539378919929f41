/**
 * The server analyzes a saved drawing with the units its header states. When the customer said
 * "this drawing is in inches" (or millimetres), the copy that is saved states that too
 * (`$INSUNITS`), so the server prices the part the customer saw. Works on bytes (one char per
 * byte), so nothing else in the file changes; a binary DXF is left as it is.
 */
const CODES = { mm: 4, in: 1 } as const;

function toText(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/**
 * A copy of an ASCII DXF whose header says `unit`.
 * @example withUnits(bytes, 'in') // $INSUNITS 1 set, added, or a HEADER section put in front
 */
export function withUnits(bytes: Uint8Array, unit: 'mm' | 'in'): Uint8Array {
  const text = toText(bytes);
  if (text.startsWith('AutoCAD Binary DXF')) return bytes;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const code = String(CODES[unit]);
  let inHeader = false;
  let done = false;
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const g = lines[i].trim(), v = lines[i + 1].trim();
    if (g === '2' && v === 'HEADER') inHeader = true;
    else if (inHeader && g === '9' && v === '$INSUNITS' && i + 3 < lines.length) {
      lines[i + 3] = code;
      done = true;
      break;
    } else if (inHeader && g === '0' && v === 'ENDSEC') {
      lines.splice(i, 0, '9', '$INSUNITS', '70', code);
      done = true;
      break;
    }
  }
  if (!done) lines.unshift('0', 'SECTION', '2', 'HEADER', '9', '$INSUNITS', '70', code, '0', 'ENDSEC');
  const out = lines.join(eol);
  const result = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) result[i] = out.charCodeAt(i);
  return result;
}
