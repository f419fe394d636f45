// Sizes of what goes to Excel and comes back. Excel on the web refuses a request or a response above
// 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); the host estimates
// each operation's share from the JSON of its arguments and keeps every request well below that.

/** The web limit, taken as 5,000,000 bytes to be safe whichever megabyte Microsoft means. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;
/** What the host plans to send or receive in one request (estimates err high, the margin is for the rest). */
export const PAYLOAD_BUDGET = 3_800_000;
/** Per operation: its object path, action and ids. */
export const OPERATION_OVERHEAD = 120;
/** getRanges address lists fail somewhere above ~8,200 characters (office-js#5198): stay under 8,000. */
export const MAX_AREAS_ADDRESS_CHARS = 8000;

/** Bytes of a string in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) (bytes += 4), i++;
    else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value sent as JSON: strings count their escapes too. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}
