/**
 * One delay for every text filter kept in the URL (`UrlSearchField`). A burst of keystrokes becomes one URL write (one
 * request); the first keystroke after a pause goes through at once, so a single character answers without waiting.
 */
export const URL_SEARCH_DELAY_MS = 200
