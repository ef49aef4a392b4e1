// The documents under a path for tdkt import: the file itself, or every .txt, .docx and .pdf in a
// folder and its subfolders, in path order.
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

const DOCUMENT_EXTENSIONS = /\.(?:txt|docx|pdf)$/i

export async function documentFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null)
  if (!info) throw new Error(`Không tìm thấy tệp hoặc thư mục: ${path}`)
  if (info.isFile()) return [path]
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && DOCUMENT_EXTENSIONS.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}
