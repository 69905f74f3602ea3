import type { QueryClient, UseQueryOptions, UseQueryResult } from '@tanstack/react-query'
import { QueryClient as Client, useQuery } from '@tanstack/react-query'
import type { Channel } from '../../../common/channels'
import { isChannel } from '../../../common/channels'
import type { ChannelInput, ChannelOutput } from '../../../common/contract'
import { contract } from '../../../common/contract'
import type { Topic } from '../../../common/channels'
import type { RpcCallError } from './client'
import { call } from './client'

/**
 * The renderer's cache of the core's answers (TanStack Query). Nothing goes stale by time: an
 * answer is asked again only when the core says one of its topics changed (./live.ts) or a screen
 * that shows it opens after such news, so no screen polls (issue 9). The core's refusals are
 * answers, not network blips: no retries.
 */
export function createQueryClient(): QueryClient {
  return new Client({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  })
}

/** The window's one cache; cleared when its user signs out, as another may sign in. */
export const queryClient = createQueryClient()

/** The cache key of a query: its channel, then its input. */
export function queryKey<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): readonly [C, ChannelInput<C>] {
  return [channel, input] as const
}

/**
 * A query of the core through the contract, cached under `[channel, input]` and asked again when a
 * topic its contract entry names changes. Throws nothing; errors come as `error` (RpcCallError).
 */
export function useCoreQuery<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: Omit<UseQueryOptions<ChannelOutput<C>, RpcCallError>, 'queryKey' | 'queryFn'> = {},
): UseQueryResult<ChannelOutput<C>, RpcCallError> {
  return useQuery({ ...options, queryKey: queryKey(channel, input), queryFn: () => call(channel, input) })
}

/**
 * Marks every cached answer made of one of `topics` as out of date: those on screen are asked again
 * at once (one request each, however many events came meanwhile), the others when next shown.
 */
export function invalidateTopics(client: QueryClient, topics: readonly Topic[]): Promise<void> {
  return client.invalidateQueries({
    predicate: (query) => {
      const channel = query.queryKey[0]
      return (
        typeof channel === 'string' &&
        isChannel(channel) &&
        contract[channel].topics.some((topic) => topics.includes(topic))
      )
    },
  })
}
