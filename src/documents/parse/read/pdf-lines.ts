// Positioned text pieces of one PDF page → lines, top to bottom. Pieces on one baseline form a
// line; a wide horizontal gap (the two columns of the header or signature) becomes four spaces,
// which the column splitter cuts on; a wide vertical gap becomes a blank line.

export interface TextPiece {
  str: string
  x: number
  y: number
  width: number
  /** Font size (height of the text). */
  size: number
}

interface Line {
  y: number
  size: number
  pieces: TextPiece[]
}

function joinPieces(pieces: TextPiece[]): string {
  const sorted = [...pieces].sort((a, b) => a.x - b.x)
  let out = ''
  let end = -Infinity
  for (const piece of sorted) {
    const gap = piece.x - end
    if (out && gap > piece.size * 3) out += '    '
    else if (out && gap > piece.size * 0.15 && !/\s$/.test(out) && !/^\s/.test(piece.str)) out += ' '
    out += piece.str
    end = piece.x + piece.width
  }
  return out.trimEnd()
}

/** Lines of one page, with a blank line where the vertical gap is well above the usual spacing. */
export function pageLines(pieces: TextPiece[]): string[] {
  const lines: Line[] = []
  for (const piece of [...pieces].filter((p) => p.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l.y - piece.y) < Math.min(l.size, piece.size) * 0.5)
    if (line) line.pieces.push(piece)
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] })
  }
  lines.sort((a, b) => b.y - a.y)
  const gaps = lines.slice(1).map((l, i) => (lines[i] as Line).y - l.y).sort((a, b) => a - b)
  // Line spacing inside paragraphs is the smallest regular gap (a page of short paragraphs has few of them).
  const usual = gaps[Math.floor(gaps.length / 4)] ?? 0
  const out: string[] = []
  lines.forEach((line, i) => {
    const previous = lines[i - 1]
    // Paragraph spacing (at least 6 pt under Decree 30) shows as a taller gap than the line spacing.
    if (previous && usual > 0 && previous.y - line.y > usual * 1.2) out.push('')
    out.push(joinPieces(line.pieces))
  })
  return out
}

const masked = (line: string) => line.replace(/\d+/g, '#').trim()

/** Removes running headers and footers: a first or last line repeated on most pages. */
export function dropRunningLines(pages: string[][]): string[][] {
  if (pages.length < 3) return pages
  const counts = new Map<string, number>()
  for (const page of pages) {
    const edges = new Set([page.find((l) => l.trim()), [...page].reverse().find((l) => l.trim())].filter((l): l is string => !!l).map(masked))
    for (const edge of edges) counts.set(edge, (counts.get(edge) ?? 0) + 1)
  }
  const running = new Set([...counts].filter(([, n]) => n >= Math.ceil(pages.length / 2)).map(([line]) => line))
  return pages.map((page) => page.filter((line) => !running.has(masked(line))))
}
