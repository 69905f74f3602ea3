/**
 * Keeps the desk's bearer token out of the database in plain text where the host can help:
 * Electron passes its safeStorage (the OS keychain / DPAPI / libsecret), other hosts store it as is.
 */
export interface SecretBox {
  seal(plain: string): string
  open(sealed: string): string
}

const PLAIN_PREFIX = 'plain:'
const SEALED_PREFIX = 'sealed:'

export function sealToken(token: string, box: SecretBox | undefined): string {
  return box ? SEALED_PREFIX + box.seal(token) : PLAIN_PREFIX + token
}

export function openToken(stored: string, box: SecretBox | undefined): string | null {
  if (stored.startsWith(PLAIN_PREFIX)) return stored.slice(PLAIN_PREFIX.length)
  if (stored.startsWith(SEALED_PREFIX) && box) return box.open(stored.slice(SEALED_PREFIX.length))
  // Sealed by a keychain this host cannot reach: the desk must be enrolled again.
  return null
}
