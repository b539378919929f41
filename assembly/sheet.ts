// Sheet usage of one part: how many copies of its bounding box fit on a sheet in a grid, with
// the shop's part spacing between parts and along the sheet edges, trying both orientations.

let rotated: bool = false;

/** Copies of a w x h part per W x H sheet with spacing s (grid, 0° or 90°). */
export function sheetFit(w: f64, h: f64, sheetW: f64, sheetH: f64, s: f64): i32 {
  const a = grid(w, h, sheetW, sheetH, s);
  const b = grid(h, w, sheetW, sheetH, s);
  rotated = b > a;
  return max(a, b);
}

/** Whether the last sheetFit chose the 90° orientation. */
export function sheetFitRotated(): bool {
  return rotated;
}

function grid(w: f64, h: f64, sheetW: f64, sheetH: f64, s: f64): i32 {
  if (!(w > 0) || !(h > 0)) return 0;
  const nx = Math.floor((sheetW - s) / (w + s));
  const ny = Math.floor((sheetH - s) / (h + s));
  if (!(nx >= 1) || !(ny >= 1)) return 0;
  const n = nx * ny;
  return n > 2147483647 ? 2147483647 : <i32>n;
}
