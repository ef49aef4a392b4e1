// The document's text as read, with the source of the field in focus marked (<mark> elements built
// from the spans, never HTML) and the first mark scrolled into view.
import { useEffect, useMemo, useRef } from 'react'
import { markSegments, type Span } from './highlight.ts'

interface Props {
  text: string
  spans: readonly Span[]
}

export function SourceText({ text, spans }: Props) {
  const segments = useMemo(() => markSegments(text, spans), [text, spans])
  const firstMark = useRef<HTMLElement | null>(null)
  const firstMarkIndex = segments.findIndex((s) => s.marked)

  useEffect(() => {
    // jsdom has no scrollIntoView.
    firstMark.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
  }, [segments])

  return (
    <div
      data-testid="source-text"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '75vh', overflowY: 'auto', fontFamily: "'Times New Roman', Tinos, serif", fontSize: 15, lineHeight: 1.6 }}
    >
      {segments.map((segment, index) =>
        segment.marked ? (
          <mark key={segment.start} ref={index === firstMarkIndex ? firstMark : undefined} style={{ background: '#ffe58f', padding: 0 }}>
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </div>
  )
}
