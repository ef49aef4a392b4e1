// Word-bag similarity of two Vietnamese phrases (accents, case and punctuation ignored), used to
// keep one of two near-identical list items.

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .split(/[^a-z0-9/]+/)
    .filter(Boolean)
}

/** Token F1 (0…1) of the two word bags. */
export function wordOverlap(a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  if (!x.length || !y.length) return 0
  const bag = new Map<string, number>()
  for (const w of y) bag.set(w, (bag.get(w) ?? 0) + 1)
  let common = 0
  for (const w of x) {
    const n = bag.get(w) ?? 0
    if (n > 0) {
      common++
      bag.set(w, n - 1)
    }
  }
  if (!common) return 0
  const p = common / x.length
  const r = common / y.length
  return (2 * p * r) / (p + r)
}
