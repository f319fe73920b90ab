// The part of pngjs (no bundled types, no @types package installed) that artefacts.mjs uses.
declare module 'pngjs' {
  export const PNG: {
    sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } };
  };
}
