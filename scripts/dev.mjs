// npm run dev: the API server restarting on change (tsx watch, port 3000) and Vite's dev server
// with hot reload (port 5173, proxying /api to the API server). Ctrl+C stops both.
import { spawn } from 'node:child_process'

const children = [
  spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'watch', '--clear-screen=false', 'src/cli/main.ts', 'serve'], { stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1'], { stdio: 'inherit' }),
]
console.log('Giao diện phát triển: http://localhost:5173 (API: http://localhost:3000)')
const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of children) child.on('exit', (code) => code && stop())
