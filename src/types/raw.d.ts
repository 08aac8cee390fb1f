// Data files from rules/ are inlined, so dist/ stays self-contained: as text (vite's ?raw in tests,
// an esbuild plugin in the bundle), or parsed (`?data`: YAML tables, scripts/yaml-data.mjs).
declare module '*?raw' {
  const content: string;
  export default content;
}

declare module '*?data' {
  const data: unknown;
  export default data;
}
