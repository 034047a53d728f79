import { defineConfig } from 'vite'

/** One script for shops (IIFE, global `Upcross`) and the same as an ES module for bundlers. */
export default defineConfig({
  // Lit's production build whatever NODE_ENV says (vitest sets "test", which would pick Lit's
  // development build: bigger, and it warns in the console).
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    lib: {
      entry: 'src/index.ts',
      name: 'Upcross',
      formats: ['iife', 'es'],
      fileName: (format) => (format === 'es' ? 'upcross-widgets.mjs' : 'upcross-widgets.js'),
    },
    minify: true,
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: false,
  },
})
