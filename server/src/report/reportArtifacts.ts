import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the report tests leave their PDFs and page images for a person to look at (git-ignored). */
export function reportArtifactsDir(): string {
  const dir = fileURLToPath(new URL('../../../test-artifacts/report/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir;
}
