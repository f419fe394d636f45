// opencc-js publishes its types through package "exports", which the node10 resolution used here
// does not read; this declares the one entry the core uses.
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
