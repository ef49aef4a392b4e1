// Links node_modules/.bin/tdkt to this package's own CLI, so `npx tdkt …` works in the checkout.
import fs from 'node:fs'
import path from 'node:path'

const binDir = path.resolve('node_modules/.bin')
if (fs.existsSync(path.resolve('bin/tdkt.mjs'))) {
  fs.mkdirSync(binDir, { recursive: true })
  const link = path.join(binDir, 'tdkt')
  fs.rmSync(link, { force: true })
  fs.symlinkSync(path.relative(binDir, path.resolve('bin/tdkt.mjs')), link)
}
