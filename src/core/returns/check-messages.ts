// Sentences of the departmental returns (check), in Simplified Chinese and English; merged into the
// core's dictionaries by ../messages.ts, so that t() and CoreError find them.
export const checkMessages: { zh: Record<string, string>; en: Record<string, string> } = {
  zh: {},
  en: {},
};
