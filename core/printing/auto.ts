import type { CoreContext } from '../context'
import type { Handler } from '../handler'
import { drawNew, findIssued, keepIssued } from '../documents/service'
import { readDeskPrintSettings } from './desk-settings'
import { preparePrint, queuePrint } from './service'

/**
 * `visits.start` with the ticket following the committed visit when the desk prints one by itself
 * (a walk-in only). Wrapped here, where the handlers are put together, so visits know nothing of
 * printing and the folders' imports keep pointing one way (printing → documents → visits).
 */
export function withAutomaticReceipt(start: Handler<'visits.start'>): Handler<'visits.start'> {
  return async (ctx, input, call) => {
    const view = await start(ctx, input, call)
    if (view.channel === 'walk_in') await autoPrintReceipt(ctx, view.id, call.user?.id ?? null)
    return view
  }
}

/**
 * Prints a walk-in visit's ticket by itself when the desk is set so (issue 10, deliverable 2:
 * "printed automatically when a walk-in visit starts if the desk is set so"). Runs after the visit
 * committed, in transactions of its own: the visit is saved whatever happens to the ticket, and
 * the ticket's record is its document row and its print log line, not the visit command's audit.
 * Never throws: a ticket that cannot be drawn or queued is reported, and the started screen offers
 * the print button as always.
 */
export async function autoPrintReceipt(
  ctx: CoreContext,
  visitId: string,
  userId: string | null,
): Promise<void> {
  const settings = readDeskPrintSettings(ctx.db)
  if (!settings.autoPrintReceipt || !settings.receiptPrinter) return
  try {
    const input = { kind: 'receipt', visitId } as const
    let document = findIssued(ctx, input)
    if (!document) {
      const drawn = await drawNew(ctx, input, userId)
      document = ctx.db.transaction((tx) => keepIssued(tx, drawn, userId))
    }
    const prepared = await preparePrint(ctx, { documentId: document.id, copies: 1 }, userId)
    ctx.db.transaction((tx) => queuePrint(ctx, tx, prepared, userId))
    ctx.printing.queue.kick()
    ctx.events.emit(['printing'])
  } catch (error) {
    ctx.printing.reportError(error, 'automatic receipt')
  }
}
