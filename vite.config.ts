// Builds the single-page client from src/client into dist/client, which the server serves
// (index.html for every non-/api path, files under /assets/ and /favicon.svg).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const repoRoot = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  root: path.join(repoRoot, 'src/client'),
  publicDir: path.join(repoRoot, 'src/client/public'),
  plugins: [react()],
  build: {
    outDir: path.join(repoRoot, 'dist/client'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // The server's CSP allows data: fonts and images, but keep fonts as files so they cache.
    assetsInlineLimit: 0,
    // antd is one large library; it is split into its own long-lived chunk below.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 2 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|dayjs)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
})
