/// <reference types="vite/client" />

declare module '*?script&iife' {
  /** File name of the built IIFE script, for browser.scripting.executeScript. */
  const fileName: string;
  export default fileName;
}
