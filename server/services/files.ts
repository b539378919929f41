/**
 * Files customers and the shop attach to orders, receipts and returns (issue [8]): the type is
 * recognised from the bytes (a name or a Content-Type header proves nothing), the size is checked,
 * and the file is stored in the database beside the order, so a backup of the database file holds
 * everything.
 */
import type { Tx } from '../db/client.js';
import { orderAttachments, type Side } from '../db/schema.js';
import { ApiError } from '../http/errors.js';

/** Each attached file: at most 20 MB. */
export const ATTACHMENT_LIMIT = 20 * 1024 * 1024;

/** Image types by their magic bytes (article images take these too). */
export const IMAGE_TYPES: [string, (b: Uint8Array) => boolean][] = [
  ['image/png', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46],
  ['image/webp', (b) => b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50],
];

/** The image type of these bytes, or null. */
export function imageType(bytes: Uint8Array): string | null {
  return bytes.byteLength > 12 ? IMAGE_TYPES.find(([, is]) => is(bytes))?.[0] ?? null : null;
}

const ascii = (b: Uint8Array, n: number) => String.fromCharCode(...b.subarray(0, Math.min(n, b.byteLength)));

/** A DXF: ASCII (its first group code 0 then SECTION, or a comment 999 first) or binary DXF's sentinel. */
function isDxf(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 512).replace(/^\uFEFF/, '');
  if (head.startsWith('AutoCAD Binary DXF')) return true;
  return /^\s*(999\s*\r?\n[^\r\n]*\r?\n\s*)?0\s*\r?\n\s*SECTION\s*(\r?\n|\r)/.test(head);
}

/** What may be attached: PDF, images (PNG, JPEG, GIF, WebP) and DXF drawings. Null = not one of those. */
export function attachmentType(bytes: Uint8Array): string | null {
  if (bytes.byteLength >= 5 && ascii(bytes, 5) === '%PDF-') return 'application/pdf';
  const image = imageType(bytes);
  if (image) return image;
  return isDxf(bytes) ? 'application/dxf' : null;
}

/**
 * Check an uploaded file: 413 `FILE_TOO_LARGE` over 20 MB, 400 `EMPTY_FILE`, 415
 * `UNSUPPORTED_FILE_TYPE` when it is not a PDF, an image or a DXF (`imagesOnly` for photos).
 */
export function checkAttachment(name: string, bytes: Uint8Array, options: { imagesOnly?: boolean } = {}): string {
  if (bytes.byteLength === 0) throw new ApiError(400, 'EMPTY_FILE', `"${name}" is empty.`);
  if (bytes.byteLength > ATTACHMENT_LIMIT) throw new ApiError(413, 'FILE_TOO_LARGE', `"${name}" is larger than 20 MB.`);
  const mime = options.imagesOnly ? imageType(bytes) : attachmentType(bytes);
  if (!mime) {
    throw new ApiError(415, 'UNSUPPORTED_FILE_TYPE', options.imagesOnly
      ? `"${name}" is not a photo (PNG, JPEG, GIF or WebP).`
      : `"${name}" is not a PDF, an image (PNG, JPEG, GIF, WebP) or a DXF drawing.`);
  }
  return mime;
}

export interface NewAttachment {
  orderId: number;
  side: Side;
  name: string;
  bytes: Uint8Array;
  receiptId?: number | null;
  returnId?: number | null;
  user: { id: number; name: string };
}

/** Store a checked file in the caller's transaction; returns its row without the bytes. */
export async function storeAttachment(tx: Tx, a: NewAttachment, now: number) {
  const mime = checkAttachment(a.name, a.bytes, { imagesOnly: a.receiptId != null || a.returnId != null });
  const name = a.name.replace(/[\\/\r\n\t\0]/g, '_').slice(0, 200) || 'file';
  const row = await tx.insert(orderAttachments).values({
    orderId: a.orderId, side: a.side, name, mime, size: a.bytes.byteLength, data: Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength),
    receiptId: a.receiptId ?? null, returnId: a.returnId ?? null, uploadedBy: a.user.id, uploadedByName: a.user.name, createdAt: now,
  }).returning({ id: orderAttachments.id, name: orderAttachments.name, mime: orderAttachments.mime, size: orderAttachments.size, side: orderAttachments.side, uploadedByName: orderAttachments.uploadedByName, createdAt: orderAttachments.createdAt }).get();
  return row;
}
