// Tinos (metric-compatible with Times New Roman) for the PDF: one complete TrueType file
// per style, so every Vietnamese letter has its glyph; PDFKit embeds the glyphs used with
// a ToUnicode map, so the text extracts as typed.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic'

const FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
}

const STYLES = Object.keys(FILES) as FontStyle[]

let loaded: Map<FontStyle, Buffer> | null = null

function fontFiles(): Map<FontStyle, Buffer> {
  if (loaded === null) {
    const require = createRequire(import.meta.url)
    loaded = new Map(STYLES.map((style) => [style, readFileSync(require.resolve(FILES[style]))]))
  }
  return loaded
}

export function fontStyle(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold'
  return italic ? 'italic' : 'regular'
}

/** The name a style is registered under in a PDF document. */
export function fontName(style: FontStyle): string {
  return `Tinos-${style}`
}

export function registerTinos(doc: PDFKit.PDFDocument): void {
  for (const [style, data] of fontFiles()) doc.registerFont(fontName(style), data)
}
