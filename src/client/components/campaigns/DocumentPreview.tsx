// A DocumentModel drawn as the printed page (Decree 30/2020 layout): the two-column header,
// type and title centred, the body, recipients bottom-left and the signature bottom-right.
import type { Block, DocumentModel, Inline } from '../../../documents/document-model.ts'
import { formatNumberLine, formatPlaceDate } from '../../../documents/decree30/format.ts'
import './document-preview.css'

function Runs({ runs }: { runs: Inline[] }) {
  return runs.map((run, index) => {
    if (typeof run === 'string') return <span key={index}>{run}</span>
    let node = <>{run.text}</>
    if (run.italic) node = <em>{node}</em>
    if (run.bold) node = <strong>{node}</strong>
    return <span key={index}>{node}</span>
  })
}

function BodyBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading':
      return <p className={`doc-heading doc-heading-${block.level}`}>{block.text}</p>
    case 'paragraph':
      return (
        <p className="doc-paragraph">
          <Runs runs={block.runs} />
        </p>
      )
    case 'item':
      return (
        <p className="doc-paragraph">
          {block.marker ? `${block.marker} ` : ''}
          <Runs runs={block.runs} />
        </p>
      )
    case 'table': {
      const [head, ...rows] = block.rows
      const total = block.widths?.reduce((sum, width) => sum + width, 0) ?? 0
      return (
        <table className="doc-table">
          {total > 0 && (
            <colgroup>
              {block.widths!.map((width, index) => (
                <col key={index} style={{ width: `${(width / total) * 100}%` }} />
              ))}
            </colgroup>
          )}
          {head && (
            <thead>
              <tr>
                {head.map((cell, index) => (
                  <th key={index}>{cell}</th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )
    }
  }
}

export function DocumentPreview({ model }: { model: DocumentModel }) {
  const { header, signature } = model
  const party = header.track === 'party'
  const last = model.recipients.length - 1
  return (
    <div className="doc-frame">
      <article className="doc-sheet" data-testid="document-preview" aria-label={`${model.documentType} ${model.title}`}>
        <div className="doc-header">
          <div className="doc-header-left">
            {header.governingBody && <p className="doc-upper">{header.governingBody}</p>}
            <p className="doc-issuer">{header.issuer}</p>
            {party ? <p>*</p> : <div className="doc-rule" />}
            <p className="doc-number">{formatNumberLine(header)}</p>
          </div>
          <div className="doc-header-right">
            {party ? (
              <p className="doc-motto">ĐẢNG CỘNG SẢN VIỆT NAM</p>
            ) : (
              <>
                <p className="doc-motto">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
                <p className="doc-motto">Độc lập - Tự do - Hạnh phúc</p>
              </>
            )}
            <div className="doc-rule" />
            <p className="doc-place-date">{formatPlaceDate(header.place, header.date)}</p>
          </div>
        </div>
        <p className="doc-type">{model.documentType}</p>
        <p className="doc-title">{model.title}</p>
        <div className="doc-rule doc-rule-title" />
        <div className="doc-body">
          {model.body.map((block, index) => (
            <BodyBlock key={index} block={block} />
          ))}
        </div>
        <div className="doc-footer">
          <div className="doc-recipients" data-testid="document-recipients">
            <p className="doc-recipients-label">Nơi nhận:</p>
            {model.recipients.map((recipient, index) => (
              <p key={index}>{`- ${recipient}${index === last ? '.' : ';'}`}</p>
            ))}
          </div>
          <div className="doc-signature" data-testid="document-signature">
            {signature.authorityLines.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
            <p>{signature.title}</p>
            <p className="doc-signature-name">{signature.name}</p>
          </div>
        </div>
      </article>
    </div>
  )
}
