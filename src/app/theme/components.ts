import type { Components, Theme } from '@mui/material/styles'

/** Component overrides by category (style guide §7). */
const inputs: Components<Theme> = {
  MuiButton: { defaultProps: { disableElevation: true } },
  // A checkbox's label is a flex item: without this, one long word in it (a module author's title) widens the form.
  MuiFormControlLabel: { styleOverrides: { label: { minWidth: 0, overflowWrap: 'anywhere' } } },
  // A group's legend sizes to its text: a long word in it wraps instead (input labels stay on one line, cut by MUI).
  MuiFormLabel: { styleOverrides: { root: { overflowWrap: 'anywhere' } } },
  MuiTextField: { defaultProps: { size: 'small' } },
}

const dataDisplay: Components<Theme> = {
  MuiChip: { defaultProps: { size: 'small' } },
  MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
}

const surfaces: Components<Theme> = {
  MuiPaper: { defaultProps: { variant: 'outlined' } },
  MuiAppBar: { defaultProps: { elevation: 0, color: 'default' } },
  MuiCard: { defaultProps: { variant: 'outlined' } },
}

const navigation: Components<Theme> = {
  MuiLink: { defaultProps: { underline: 'hover' } },
}

export const components: Components<Theme> = { ...inputs, ...dataDisplay, ...surfaces, ...navigation }
