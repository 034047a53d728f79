/**
 * upcross engine: use cases over store ports.
 * @module
 */
export {}
