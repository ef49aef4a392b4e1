#!/usr/bin/env node
// The tdkt command: runs the TypeScript CLI through tsx (no separate compile step).
import { register } from 'tsx/esm/api'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

register()
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
await import(path.join(root, 'src/cli/main.ts'))
