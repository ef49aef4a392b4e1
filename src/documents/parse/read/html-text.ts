// mammoth's HTML for a .docx → plain text with paragraph breaks. Lists get printed markers back
// ("1.", "a)", "-"), data tables become "| 1 | Nguyễn Văn A | … |" rows, and layout tables (the
// Decree 30 header and signature are two-column tables) become their cells' paragraphs in order.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16))
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)))
    return ENTITIES[code.toLowerCase()] ?? whole
  })
}

interface ListState {
  ordered: boolean
  count: number
}

function listMarker(lists: ListState[]): string {
  const list = lists[lists.length - 1]
  if (!list) return ''
  list.count++
  if (!list.ordered) return '- '
  if (lists.length === 1) return `${list.count}. `
  if (lists.length === 2) return `${String.fromCharCode(96 + Math.min(list.count, 26))}) `
  return '- '
}

function rowLines(cells: string[][]): string[] {
  const firstCell = cells[0]?.join(' ').trim() ?? ''
  const data = /^(?:\d{1,3}\.?|S?TT)$/iu.test(firstCell)
  if (data) return [`| ${cells.map((c) => c.join(' ').trim()).join(' | ')} |`]
  return cells.flat()
}

export function htmlToText(html: string): string {
  const out: string[] = []
  const lists: ListState[] = []
  let paragraph = ''
  let cells: string[][] | null = null
  let cell: string[] | null = null
  const flush = () => {
    const text = decodeEntities(paragraph).replace(/[ \t]+/g, ' ').trim()
    paragraph = ''
    if (!text) return
    if (cell) cell.push(text)
    else out.push(text)
  }
  for (const token of html.split(/(<[^>]+>)/)) {
    const tag = /^<(\/?)([a-z0-9]+)/i.exec(token)
    if (!tag) {
      paragraph += token
      continue
    }
    const [, closing, rawName] = tag
    const name = (rawName as string).toLowerCase()
    if (name === 'br') paragraph += '\n'
    else if (/^(?:p|h[1-6])$/.test(name)) flush()
    else if (name === 'ol' || name === 'ul') {
      flush()
      if (closing) lists.pop()
      else lists.push({ ordered: name === 'ol', count: 0 })
    } else if (name === 'li') {
      flush()
      if (!closing) paragraph = listMarker(lists)
    } else if (name === 'tr') {
      flush()
      if (closing && cells) out.push(...rowLines(cells))
      cells = closing ? null : []
    } else if (name === 'td' || name === 'th') {
      flush()
      if (closing) cell = null
      else {
        cell = []
        cells?.push(cell)
      }
    }
  }
  flush()
  return out.join('\n\n')
}
