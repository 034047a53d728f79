/**
 * How the port modules run their work: through the store's guard (closed check, error translation).
 * @module
 */

/** Runs one operation of a port: refuses a closed store and translates driver errors. */
export type Run = <T>(work: () => Promise<T>) => Promise<T>
