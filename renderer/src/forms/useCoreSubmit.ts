import type { UseFormReturnType } from '@mantine/form'
import { useState } from 'react'
import type { RpcError } from '../../../common/errors'
import { RpcCallError } from '../api/client'
import { serverFieldErrors } from './validation'

/**
 * A form's submit that calls the core: busy while it runs; when the core refuses, its message goes
 * to the alert and its per-field messages onto the fields, and what was typed stays.
 */
export function useCoreSubmit<V>(
  form: UseFormReturnType<V>,
  action: (values: V) => Promise<void>,
  onRefused?: (error: RpcError) => void,
) {
  const [failure, setFailure] = useState<RpcError | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = form.onSubmit(async (values) => {
    setBusy(true)
    setFailure(null)
    try {
      await action(values)
    } catch (error) {
      if (!(error instanceof RpcCallError)) throw error
      setFailure(error.error)
      form.setErrors(serverFieldErrors(error.error))
      onRefused?.(error.error)
    } finally {
      setBusy(false)
    }
  })
  return { submit, failure, setFailure, busy }
}
