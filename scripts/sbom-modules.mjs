// Loads the engine's SBOM modules (inventory, CycloneDX writer) from src/ for the SBOM scripts:
// bundled on the fly with the pinned esbuild into a temp file, so no dist/ build is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function loadSbomModules() {
  const repo = resolve(import.meta.dirname, '..');
  const work = join(tmpdir(), `readiness-gate-sbom-modules-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    `export { buildInventory } from ${JSON.stringify(join(repo, 'src/sbom/inventory.ts'))};\n` +
      `export { renderSbom } from ${JSON.stringify(join(repo, 'src/sbom/cyclonedx.ts'))};\n`,
  );
  const outfile = join(work, 'sbom.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'module'; import { fileURLToPath as __fu } from 'url'; import { dirname as __dn } from 'path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);",
    },
  });
  return import(pathToFileURL(outfile).href);
}
