// A bump arena over linear memory. One analysis allocates everything it needs and the next one
// starts over: no GC, no free lists, no per-object headers.

// @ts-ignore: decorator
@lazy let arenaBase: usize = (__heap_base + 15) & ~(<usize>15);
// @ts-ignore: decorator
@lazy let arenaTop: usize = (__heap_base + 15) & ~(<usize>15);

/** Counts arenaReset calls: a host holding on to memory across calls can tell it was forgotten. */
export let arenaEpoch: i32 = 0;

/** Forget every allocation. */
export function arenaReset(): void {
  arenaTop = arenaBase;
  arenaEpoch++;
}

/** The arena's top now: what is allocated after it can be forgotten with arenaRewind. */
export function arenaMark(): usize {
  return arenaTop;
}

/** Forget every allocation made since `mark` (from arenaMark), keeping those before it. */
export function arenaRewind(mark: usize): void {
  arenaTop = mark;
}

/** Make sure `bytes` more can be allocated without growing memory again. */
export function arenaReserve(bytes: usize): void {
  const end = arenaTop + bytes;
  const have = (<usize>memory.size()) << 16;
  if (end > have) {
    // best effort: if the host refuses, allocations grow memory as they go
    memory.grow(<i32>(((end - have) + 0xffff) >> 16));
  }
}

/** Allocate `bytes` (16-byte aligned) without clearing them: for arrays written before read. */
export function arenaAllocRaw(bytes: usize): usize {
  const ptr = arenaTop;
  const end = (ptr + bytes + 15) & ~(<usize>15);
  const have = (<usize>memory.size()) << 16;
  if (end > have) {
    // grow by at least half of what we have: a handful of grows per analysis, not dozens (each
    // grow makes the host re-check its views of memory, and V8 may collect garbage on it)
    const need = <i32>(((end - have) + 0xffff) >> 16);
    const pages = max(need, <i32>(have >> 17));
    if (memory.grow(pages) < 0 && memory.grow(need) < 0) unreachable();
  }
  arenaTop = end;
  return ptr;
}

/** Allocate `bytes` (16-byte aligned), growing linear memory when needed. Contents are zeroed. */
export function arenaAlloc(bytes: usize): usize {
  const ptr = arenaAllocRaw(bytes);
  memory.fill(ptr, 0, arenaTop - ptr);
  return ptr;
}

/** An f64 array of n elements that the caller fills completely before reading. */
export function rawF64(n: i32): usize {
  return arenaAllocRaw(<usize>max(n, 1) << 3);
}

/** An i32 array of n elements that the caller fills completely before reading. */
export function rawI32(n: i32): usize {
  return arenaAllocRaw(<usize>max(n, 1) << 2);
}

/** A new f64 array of cap elements holding the first n of `p` (a growable array's next step). */
export function grownF64(p: usize, n: i32, cap: i32): usize {
  const q = rawF64(cap);
  if (n > 0) memory.copy(q, p, <usize>n << 3);
  return q;
}

/** A new i32 array of cap elements holding the first n of `p`. */
export function grownI32(p: usize, n: i32, cap: i32): usize {
  const q = rawI32(cap);
  if (n > 0) memory.copy(q, p, <usize>n << 2);
  return q;
}

/** Allocate an f64 array of n elements. */
export function allocF64(n: i32): usize {
  return arenaAlloc(<usize>max(n, 1) << 3);
}

/** Allocate an i32 array of n elements. */
export function allocI32(n: i32): usize {
  return arenaAlloc(<usize>max(n, 1) << 2);
}

// @ts-ignore: decorator
@inline export function getF(base: usize, i: i32): f64 {
  return load<f64>(base + (<usize>i << 3));
}
// @ts-ignore: decorator
@inline export function setF(base: usize, i: i32, v: f64): void {
  store<f64>(base + (<usize>i << 3), v);
}
// @ts-ignore: decorator
@inline export function getI(base: usize, i: i32): i32 {
  return load<i32>(base + (<usize>i << 2));
}
// @ts-ignore: decorator
@inline export function setI(base: usize, i: i32, v: i32): void {
  store<i32>(base + (<usize>i << 2), v);
}
