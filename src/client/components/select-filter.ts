import { foldAccents } from '../../shared/vietnamese.ts'

/** A Select filterOption that matches the option's label ignoring accents and case ("to chuc" finds "Tổ chức"). */
export function labelMatches(input: string, option?: { label?: unknown }): boolean {
  return foldAccents(String(option?.label ?? '')).includes(foldAccents(input))
}
