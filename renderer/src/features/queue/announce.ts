import { parseQueueNumber } from '../../../../common/queue-number'

/**
 * The waiting room's sounds, made in the page: a two-tone "ding-dong" synthesised with the Web
 * Audio API (no audio files), and the call spoken in Indonesian by the system's speech voice when
 * it has one.
 */

/** A bell-like tone: a sine with two soft overtones, struck and decaying. */
function strike(context: AudioContext, out: AudioNode, frequency: number, at: number, length: number) {
  const partials: readonly [number, number][] = [
    [1, 0.5],
    [2, 0.12],
    [3, 0.05],
  ]
  for (const [multiple, peak] of partials) {
    const oscillator = context.createOscillator()
    oscillator.type = 'sine'
    oscillator.frequency.value = frequency * multiple
    const gain = context.createGain()
    gain.gain.setValueAtTime(0.0001, at)
    gain.gain.exponentialRampToValueAtTime(peak, at + 0.012)
    gain.gain.exponentialRampToValueAtTime(0.0001, at + length / multiple)
    oscillator.connect(gain).connect(out)
    oscillator.start(at)
    oscillator.stop(at + length + 0.05)
  }
}

/** Ding (E5), then dong (C5); resolves when it has rung out. */
export function playChime(context: AudioContext): Promise<void> {
  const master = context.createGain()
  master.gain.value = 0.7
  master.connect(context.destination)
  const start = context.currentTime + 0.05
  strike(context, master, 659.25, start, 1.2)
  strike(context, master, 523.25, start + 0.6, 1.8)
  return new Promise((resolve) => window.setTimeout(resolve, 2100))
}

/** An Indonesian voice of the system, if it has one (voices may arrive a little after start). */
export function indonesianVoice(): SpeechSynthesisVoice | null {
  if (typeof window.speechSynthesis === 'undefined') return null
  return (
    window.speechSynthesis
      .getVoices()
      .find((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith('id')) ?? null
  )
}

/** Speaks and resolves when done (or after a while, should the engine never say so). */
export function speak(text: string, voice: SpeechSynthesisVoice): Promise<void> {
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.voice = voice
    utterance.lang = voice.lang
    utterance.rate = 0.9
    const timer = window.setTimeout(finish, 12_000)
    function finish() {
      window.clearTimeout(timer)
      resolve()
    }
    utterance.onend = finish
    utterance.onerror = finish
    window.speechSynthesis.speak(utterance)
  })
}

/** `A-007` → `A 7` and `LK1` → `L K 1`, so the voice reads a number and letters, not a word. */
export function spokenNumber(queueNumber: string): string {
  const parsed = parseQueueNumber(queueNumber)
  return parsed ? `${parsed.service.split('').join(' ')} ${parsed.value}` : queueNumber.replaceAll('-', ' ')
}

export function spokenCounter(counter: string): string {
  return counter
    .replace(/([A-Z])(?=[A-Z0-9])/g, '$1 ')
    .replace(/(\d)(?=[A-Z])/g, '$1 ')
    .trim()
}

/** What the voice says, always in Indonesian: "Nomor antrean A 7, silakan ke loket L K 1". */
export function spokenCall(queueNumber: string, counter: string): string {
  const number = `Nomor antrean ${spokenNumber(queueNumber)}`
  // A counter this desk does not know yet (its desk row has not synced): the number alone.
  return counter ? `${number}, silakan ke loket ${spokenCounter(counter)}` : number
}
