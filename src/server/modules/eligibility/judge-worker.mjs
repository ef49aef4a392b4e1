// A judging thread of judge-pool.ts: the TypeScript sources through tsx, as bin/tdkt.mjs loads them for the process.
import { register } from 'tsx/esm/api'

register()
const { judgeBatch } = await import('./judge-batch.ts')

export default judgeBatch
