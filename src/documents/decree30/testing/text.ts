// Text comparison for extracted text: NFC, white space folded to single spaces.
export function collapse(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}
