import i18n from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import type { Locale, Localized } from '../../../common/localized'
import { en } from './en'
import type { Messages } from './id'
import { id } from './id'

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages }
  }
}

const STORAGE_KEY = 'loket.language'

function storedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id'
}

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: 'id',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export function setLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
  void i18n.changeLanguage(locale)
}
document.documentElement.lang = storedLocale()

/** The current locale, and a picker for the core's `{ id, en }` messages. */
export function useLocale(): { locale: Locale; pick: (message: Localized) => string } {
  const { i18n: instance } = useTranslation()
  const locale: Locale = instance.language === 'en' ? 'en' : 'id'
  return { locale, pick: (message) => message[locale] }
}

export { i18n }
