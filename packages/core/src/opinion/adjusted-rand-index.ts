const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * The adjusted Rand index of two labellings of the same items (Hubert and Arabie): 1 when they group
 * the items alike whatever the label names, about 0 for chance agreement. Two labellings that are both
 * one group, or both all singletons, score 1.
 */
export function adjustedRandIndex(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError('adjustedRandIndex: the labellings differ in length');
  const n = a.length;
  if (n < 2) return 1;
  const cells = new Map<string, number>();
  const rows = new Map<number, number>();
  const columns = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}\u0000${b[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    columns.set(b[i]!, (columns.get(b[i]!) ?? 0) + 1);
  }
  let index = 0;
  for (const c of cells.values()) index += pairs(c);
  let sumRows = 0;
  for (const r of rows.values()) sumRows += pairs(r);
  let sumColumns = 0;
  for (const c of columns.values()) sumColumns += pairs(c);
  const expected = (sumRows * sumColumns) / pairs(n);
  const max = (sumRows + sumColumns) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
