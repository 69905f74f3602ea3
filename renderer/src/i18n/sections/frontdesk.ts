/** Texts of the frontdesk screens (renderer/src/features/frontdesk/). Indonesian first; English typed by it. */
export const frontdeskId = {
  title: 'frontdesk',
}

export const frontdeskEn: typeof frontdeskId = {
  title: 'frontdesk',
}
