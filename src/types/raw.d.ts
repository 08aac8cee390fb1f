// Data files from rules/ are inlined as text (vite's ?raw in tests, an esbuild plugin in the bundle),
// so dist/ stays self-contained.
declare module '*?raw' {
  const content: string;
  export default content;
}
