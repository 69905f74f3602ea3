import type { MantineColorsTuple, MantineTheme } from '@mantine/core'
import { createTheme } from '@mantine/core'

/** A calm deep teal: readable on screens at a counter all day, and sober enough for a government office. */
const loket: MantineColorsTuple = [
  '#e7f5f5',
  '#cfe8e9',
  '#9dd0d3',
  '#68b7bb',
  '#3fa2a7',
  '#26959b',
  '#158e94',
  '#027b81',
  '#006d73',
  '#005f64',
]

export const theme = createTheme({
  primaryColor: 'loket',
  primaryShade: 7,
  colors: { loket },
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  fontSizes: { xs: '13px', sm: '14px', md: '15px', lg: '17px', xl: '20px' },
  defaultRadius: 'md',
  // Keyboard users always see where they are.
  focusRing: 'always',
  headings: { fontWeight: '600' },
  components: {
    Button: { defaultProps: { size: 'md' } },
    // A field's hint says the rule; once the field is in error, the error says it with what is wrong,
    // so the hint steps aside instead of repeating it ("Minimal 8 karakter." above "Kata sandi minimal
    // 8 karakter.", issue 8, fault 12). Every input goes through InputWrapper, so this holds app-wide.
    // A description that reports live status instead (a digit count while typing) says so with
    // `descriptionProps={{ 'data-status': true }}` and stays.
    InputWrapper: {
      styles: (
        _theme: MantineTheme,
        props: { error?: unknown; descriptionProps?: Record<string, unknown> },
      ) =>
        props.error && !props.descriptionProps?.['data-status'] ? { description: { display: 'none' } } : {},
    },
    // Hints go under the field, so inputs side by side stay aligned whatever their hint's length.
    TextInput: {
      defaultProps: { size: 'md', inputWrapperOrder: ['label', 'input', 'description', 'error'] },
    },
    PasswordInput: {
      defaultProps: { size: 'md', inputWrapperOrder: ['label', 'input', 'description', 'error'] },
    },
    Textarea: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md', allowDeselect: false } },
  },
})
