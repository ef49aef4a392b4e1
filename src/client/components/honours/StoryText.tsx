// A story typed as plain text: blank lines separate paragraphs, single line breaks stay. Rendered as text by
// React, so markup typed into a story shows as characters and never runs.
import { Typography } from 'antd'

export function StoryText({ text, 'data-testid': testId }: { text: string; 'data-testid'?: string }) {
  const paragraphs = text.split(/\n{2,}/).filter((p) => p.trim())
  return (
    <div data-testid={testId}>
      {paragraphs.map((paragraph, i) => (
        <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-line', fontSize: 16, lineHeight: 1.7 }}>
          {paragraph}
        </Typography.Paragraph>
      ))}
    </div>
  )
}
