// A small XML reader for the WordprocessingML of the DOCX tests: elements with qualified
// names, attributes and text. Enough for machine-written parts (no DTD, CDATA or comments
// inside elements), and strict about nesting so a malformed part fails the test.

export interface XmlElement {
  name: string
  attributes: Map<string, string>
  children: XmlElement[]
  parent: XmlElement | null
  /** Text directly inside this element. */
  text: string
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16))
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10))
    return ENTITIES[entity] ?? whole
  })
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: new Map(), children: [], parent: null, text: '' }
  let current = root
  const tokens = /<\?[^>]*\?>|<!--[\s\S]*?-->|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g
  for (const match of xml.matchAll(tokens)) {
    const [, close, open, attributes, selfClosing, text] = match
    if (close !== undefined) {
      if (close !== current.name || current.parent === null) throw new Error(`unexpected </${close}> in <${current.name}>`)
      current = current.parent
    } else if (open !== undefined) {
      const element: XmlElement = { name: open, attributes: new Map(), children: [], parent: current, text: '' }
      for (const [, name, double, single] of (attributes ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        element.attributes.set(name as string, decode(double ?? single ?? ''))
      }
      current.children.push(element)
      if (selfClosing !== '/') current = element
    } else if (text !== undefined) {
      current.text += decode(text)
    }
  }
  if (current !== root) throw new Error(`<${current.name}> is not closed`)
  return root
}

/** Descendants named `name` ("w:r"), in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...descendants(child, name)])
}

/** All text inside an element, in document order. */
export function textOf(element: XmlElement): string {
  return element.text + element.children.map(textOf).join('')
}
