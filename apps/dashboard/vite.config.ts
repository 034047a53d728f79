import react from '@vitejs/plugin-react'
import { defaultClientConditions, defineConfig } from 'vite'

/**
 * Static files the server serves at `/dashboard/`. The client is bundled from its TypeScript
 * source (the `@upcross/source` condition); ECharts lands in its own chunk, loaded only by the
 * screens that draw a chart.
 */
export default defineConfig({
  base: '/dashboard/',
  plugins: [react()],
  resolve: { conditions: ['@upcross/source', ...defaultClientConditions] },
  // ECharts (~210 KB gz with the graph, custom and SVG parts) is its own lazily loaded chunk.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 700 },
  // `npm run dev -w apps/dashboard` next to `npm start`: API calls go to the running server.
  server: { proxy: { '/v1': 'http://127.0.0.1:8787' } },
})
