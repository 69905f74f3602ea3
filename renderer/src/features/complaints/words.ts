import type { ChainHolder, ComplaintStage } from '../../../../common/complaints/chain'
import { EXPECT_WORDS, HOLDER_WORDS, STAGE_WORDS } from '../../../../common/complaints/labels'
import { interpolate } from '../../../../common/localized'
import { useLocale } from '../../i18n'

/**
 * The chain's words (common/complaints/labels.ts, shared with the printed documents) in the
 * user's language, so the officer says what the visitor later reads on paper.
 */
export function useChainWords() {
  const { pick } = useLocale()
  return {
    holder: (holder: ChainHolder) => pick(HOLDER_WORDS[holder]),
    stage: (stage: ComplaintStage) => pick(STAGE_WORDS[stage]),
    /** What the visitor should expect next at this stage, from this holder. */
    expect: (stage: ComplaintStage, holder: ChainHolder | null) =>
      interpolate(pick(EXPECT_WORDS[stage]), { holder: holder ? pick(HOLDER_WORDS[holder]) : '' }),
  }
}
