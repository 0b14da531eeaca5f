// fontkit ships no types: what brief calls of it (src/pdf/fonts.ts narrows the result to the parts it uses).
declare module 'fontkit' {
  export function create(data: Uint8Array, postscriptName?: string): unknown;
}
