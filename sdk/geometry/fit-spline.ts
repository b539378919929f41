/**
 * A C2 cubic through fit points, as AutoCAD-style fit-point splines are described when a DXF
 * carries no control points: chord-length parameters, end tangents when given (else natural
 * ends), returned as a piecewise-Bézier B-spline (interior knots of multiplicity 3).
 *
 * CAD programs differ slightly in how they parameterize fit splines, so lengths agree with theirs
 * to a fraction of a percent, not exactly; the analyzer says so in a warning.
 */
export function fitCubic(
  fit: ArrayLike<number>,
  startTangent?: readonly [number, number],
  endTangent?: readonly [number, number],
): { knots: number[]; ctrl: number[] } | undefined {
  // drop repeated points: they give zero-length parameter steps
  const px: number[] = [], py: number[] = [];
  for (let i = 0; i + 1 < fit.length; i += 2) {
    const x = fit[i], y = fit[i + 1];
    if (px.length && x === px[px.length - 1] && y === py[py.length - 1]) continue;
    px.push(x); py.push(y);
  }
  const n = px.length - 1;
  if (n < 1) return undefined;
  const h: number[] = [];
  for (let i = 0; i < n; i++) h.push(Math.hypot(px[i + 1] - px[i], py[i + 1] - py[i]));
  const dx = solveDerivatives(px, h, unit(startTangent, 0), unit(endTangent, 0));
  const dy = solveDerivatives(py, h, unit(startTangent, 1), unit(endTangent, 1));
  const knots: number[] = [0, 0, 0, 0];
  const ctrl: number[] = [px[0], py[0]];
  let t = 0;
  for (let i = 0; i < n; i++) {
    const k = h[i] / 3;
    ctrl.push(px[i] + k * dx[i], py[i] + k * dy[i], px[i + 1] - k * dx[i + 1], py[i + 1] - k * dy[i + 1], px[i + 1], py[i + 1]);
    t += h[i];
    if (i < n - 1) knots.push(t, t, t);
  }
  knots.push(t, t, t, t);
  return { knots, ctrl };
}

function unit(v: readonly [number, number] | undefined, axis: 0 | 1): number | undefined {
  if (!v) return undefined;
  const l = Math.hypot(v[0], v[1]);
  return l > 0 && Number.isFinite(l) ? v[axis] / l : undefined;
}

/** First derivatives of the C2 cubic interpolant of p over steps h (Thomas algorithm). */
function solveDerivatives(p: number[], h: number[], d0?: number, dn?: number): number[] {
  const n = p.length - 1;
  const a = new Float64Array(n + 1), b = new Float64Array(n + 1), c = new Float64Array(n + 1), r = new Float64Array(n + 1);
  if (d0 !== undefined) { b[0] = 1; r[0] = d0; } else { b[0] = 2; c[0] = 1; r[0] = (3 * (p[1] - p[0])) / h[0]; }
  for (let i = 1; i < n; i++) {
    a[i] = h[i];
    b[i] = 2 * (h[i - 1] + h[i]);
    c[i] = h[i - 1];
    r[i] = 3 * ((h[i] * (p[i] - p[i - 1])) / h[i - 1] + (h[i - 1] * (p[i + 1] - p[i])) / h[i]);
  }
  if (dn !== undefined) { b[n] = 1; r[n] = dn; } else { a[n] = 1; b[n] = 2; r[n] = (3 * (p[n] - p[n - 1])) / h[n - 1]; }
  for (let i = 1; i <= n; i++) {
    const m = a[i] / b[i - 1];
    b[i] -= m * c[i - 1];
    r[i] -= m * r[i - 1];
  }
  const d = new Array<number>(n + 1);
  d[n] = r[n] / b[n];
  for (let i = n - 1; i >= 0; i--) d[i] = (r[i] - c[i] * d[i + 1]) / b[i];
  return d;
}
