// Where the end-to-end test and the benchmark read and write.
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = join(packageDir, '..', '..');
export const n8nHome = process.env.TTHC_N8N_HOME || join(homedir(), '.cache', 'tthc-n8n', '2.8.4');
export const n8nBin = join(n8nHome, 'node_modules', 'n8n', 'bin', 'n8n');
/** The workspace packages packed and installed into n8n, dependencies first. */
export const packedPackages = ['packages/core', 'packages/import', 'packages/render', 'packages/history', 'packages/report', 'integrations/n8n-nodes-tthc'];
