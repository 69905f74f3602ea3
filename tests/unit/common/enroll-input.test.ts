import { describe, expect, it } from 'vitest'
import { EnrollInput } from '../../../common/sync-status'

const enrol = (serverUrl: string, insecureLan?: boolean) =>
  EnrollInput.safeParse({
    serverUrl,
    code: 'K7QM-4XRT-P9WD',
    deskCode: 'LK1',
    ...(insecureLan === undefined ? {} : { insecureLan }),
  })

const firstMessage = (result: ReturnType<typeof enrol>) =>
  result.success ? null : result.error.issues[0]?.message

/** Issue 7, fault 8: enrolment took a plain http:// server on the network without a word. */
describe('the server address a desk enrols with', () => {
  it('must be https, or http on this machine', () => {
    for (const url of [
      'https://loket.kantor.go.id',
      'https://10.1.2.3:8787',
      'http://127.0.0.1:8787',
      'http://localhost:8787',
      'http://[::1]:8787',
    ]) {
      expect(enrol(url).success, url).toBe(true)
    }
  })

  it('refuses http across the network unless an administrator chose "LAN without TLS"', () => {
    for (const url of [
      'http://10.1.2.3:8787',
      'http://loket.kantor.go.id',
      'http://127.0.0.1.nip.io',
      'http://localhost.evil.example',
    ]) {
      expect(firstMessage(enrol(url)), url).toBe('server_url_insecure')
      expect(enrol(url, true).success, url).toBe(true)
    }
  })
})
