/**
 * The upcross CLI as a library: `main(argv)` runs a command line and resolves to its exit code.
 * @module
 */

export { EXIT, exitCodeFor } from './exit-codes.js'
export { main } from './main.js'
