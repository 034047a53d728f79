/**
 * UTF-8 text ↔ bytes through the Encoding API every JavaScript runtime has (not I/O).
 * @module
 */

// The core compiles without DOM or Node types, so the two globals are declared here.
declare const TextEncoder: new () => { encode(text: string): Uint8Array }
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => {
  decode(bytes: Uint8Array, options?: { stream?: boolean }): string
}

const encoder = new TextEncoder()

/** Encodes text as UTF-8 bytes. */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/** Decodes UTF-8 bytes; invalid sequences throw when `fatal` is set. */
export function decodeUtf8(bytes: Uint8Array, fatal = false): string {
  return new TextDecoder('utf-8', { fatal }).decode(bytes)
}
