// opencc-js publishes its types through package "exports", which the node10 resolution used here
// does not read; this declares the entries the core uses.
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}

declare module 'opencc-js/core' {
  export type DictLike = string | readonly (readonly [string, string])[];
  export function ConverterFactory(...dictGroups: readonly DictLike[][]): (text: string) => string;
}

declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}

declare module 'opencc-js/dict/TSPhrases' {
  const dict: string;
  export default dict;
}
