// pdfjs for the tests, without its polyfills' side effect on the rest of the process.
//
// Its build for Node.js brings core-js, which replaces built-ins the engine already has (in Node.js 20:
// Array.prototype.push and JSON.parse) with slower scripts for the whole process; with `isolate: false` every later test
// file in that worker then ran the code under test on them (about 15 % of the PDF stage in the corpus check). What
// core-js adds, such as Promise.withResolvers, stays: pdfjs needs it.

/** The standard objects whose own properties core-js may replace. */
const BUILT_INS: object[] = [
  globalThis,
  Object,
  Array,
  Function.prototype,
  Array.prototype,
  String.prototype,
  JSON,
  Math,
  Promise,
  Map.prototype,
  Set.prototype,
  RegExp.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
];

/** Runs `load`, then puts back every property of `BUILT_INS` that it replaced. */
async function keepBuiltIns<T>(load: () => Promise<T>): Promise<T> {
  const before = BUILT_INS.map((target) => new Map(Reflect.ownKeys(target).map((key) => [key, Reflect.getOwnPropertyDescriptor(target, key)])));
  const value = await load();
  BUILT_INS.forEach((target, i) => {
    for (const [key, descriptor] of before[i] ?? []) {
      const now = Reflect.getOwnPropertyDescriptor(target, key);
      if (!descriptor || !now || (now.value === descriptor.value && now.get === descriptor.get && now.set === descriptor.set)) continue;
      Reflect.defineProperty(target, key, descriptor);
    }
  });
  return value;
}

const pdfjs = await keepBuiltIns(async () => {
  const module = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Its worker module carries the same polyfills; loaded now, pdfjs's in-process worker uses it instead of importing it later.
  // @ts-expect-error: the worker module ships without type declarations.
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return module;
});

export const { getDocument } = pdfjs;
