import { SYNC_API } from '../../common/sync-protocol'

/** How the sync client reaches the server; tests and the fault proxy sit behind the same shape. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>

export interface HttpAnswer {
  status: number
  body: unknown
}

const TIMEOUT_MS = 30_000

/** A JSON call to the central server; network failures and timeouts throw, HTTP statuses are returned. */
export async function callServer(
  fetchImpl: Fetch,
  serverUrl: string,
  path: string,
  init: {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE'
    token?: string
    body?: unknown
    headers?: Record<string, string>
  },
): Promise<HttpAnswer> {
  const url = new URL(`${SYNC_API}${path}`, serverUrl).toString()
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers }
  if (init.token) headers.authorization = `Bearer ${init.token}`
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  const response = await fetchImpl(url, {
    method: init.method,
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  const text = await response.text()
  let body: unknown
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = text
  }
  return { status: response.status, body }
}
