/** Texts of the queue screens (renderer/src/features/queue/). Indonesian first; English typed by it. */
export const queueId = {
  title: 'queue',
}

export const queueEn: typeof queueId = {
  title: 'queue',
}
