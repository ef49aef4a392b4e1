// How a title or form is named in the dashboards and forms: the catalogue's name and category for a catalogue
// code, the name as written (category "Khác") for forms outside the catalogue. Pure.
import { CATALOGUE } from '../../../rules/catalogue/index.ts'
import { CATALOGUE_CODES, CATEGORIES, type CatalogueCode } from '../../../rules/catalogue/types.ts'

export const OUTSIDE_CATALOGUE = 'Khác (ngoài danh mục)'

export function awardLabel(code: string | null, name: string | null): { name: string; category: string } {
  const entry = code ? CATALOGUE[code as CatalogueCode] : undefined
  if (entry) return { name: entry.name, category: CATEGORIES[entry.category] }
  return { name: name ?? code ?? '', category: OUTSIDE_CATALOGUE }
}

const collator = new Intl.Collator('vi')

/** Catalogue order (titles, then forms, Party, mass organisations), then the others by name in Vietnamese order. */
export function compareAwards(a: { code: string | null; name: string }, b: { code: string | null; name: string }): number {
  const rank = (code: string | null) => {
    const i = code ? CATALOGUE_CODES.indexOf(code as CatalogueCode) : -1
    return i === -1 ? CATALOGUE_CODES.length : i
  }
  return rank(a.code) - rank(b.code) || collator.compare(a.name, b.name)
}
