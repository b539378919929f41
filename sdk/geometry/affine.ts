/**
 * A 2D affine transform [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f.
 * Plain arrays keep the INSERT expansion allocation-light.
 */
export type Affine = readonly [number, number, number, number, number, number];

export const IDENTITY: Affine = [1, 0, 0, 1, 0, 0];

/** m ∘ n: apply n first, then m. */
export function compose(m: Affine, n: Affine): Affine {
  if (n === IDENTITY) return m; // the common case (no extrusion): no allocation per entity
  if (m === IDENTITY) return n;
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function translate(x: number, y: number): Affine {
  return [1, 0, 0, 1, x, y];
}

export function scale(sx: number, sy: number): Affine {
  return [sx, 0, 0, sy, 0, 0];
}

export function rotate(radians: number): Affine {
  const c = Math.cos(radians), s = Math.sin(radians);
  return [c, s, -s, c, 0, 0];
}

export function determinant(m: Affine): number {
  return m[0] * m[3] - m[1] * m[2];
}

/**
 * Uniform scale factor if m is a similarity (rotation, uniform scale, maybe a mirror), else 0.
 * Circles stay circles only under similarities; anything else turns them into ellipses.
 */
export function similarityScale(m: Affine): number {
  const n1 = m[0] * m[0] + m[1] * m[1];
  const n2 = m[2] * m[2] + m[3] * m[3];
  const dot = m[0] * m[2] + m[1] * m[3];
  const eps = 1e-12 * Math.max(n1, n2);
  if (Math.abs(n1 - n2) <= eps && Math.abs(dot) <= eps && n1 > 0) return Math.sqrt(n1);
  return 0;
}

/**
 * The 2D part of a DXF object coordinate system (OCS) for extrusion direction (nx, ny, nz),
 * by AutoCAD's arbitrary axis algorithm, projected onto the world XY plane. For (0, 0, -1)
 * this is the mirror x → -x that several CAD programs use for mirrored arcs and circles.
 */
export function ocs(nx: number | undefined, ny: number | undefined, nz: number | undefined): Affine {
  if (nx === undefined && ny === undefined && nz === undefined) return IDENTITY;
  let x = nx ?? 0, y = ny ?? 0, z = nz ?? 1;
  const len = Math.hypot(x, y, z);
  if (!(len > 0) || !Number.isFinite(len)) return IDENTITY;
  x /= len; y /= len; z /= len;
  if (Math.abs(x) < 1e-12 && Math.abs(y) < 1e-12 && z > 0) return IDENTITY;
  let ax: number, ay: number, az: number;
  if (Math.abs(x) < 1 / 64 && Math.abs(y) < 1 / 64) {
    // Wy × N
    ax = z; ay = 0; az = -x;
  } else {
    // Wz × N
    ax = -y; ay = x; az = 0;
  }
  const al = Math.hypot(ax, ay, az);
  ax /= al; ay /= al; az /= al;
  // Ay = N × Ax
  const bx = y * az - z * ay, by = z * ax - x * az;
  return [ax, ay, bx, by, 0, 0];
}
