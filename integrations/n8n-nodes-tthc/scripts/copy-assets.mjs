// Copies each node's icon and codex (X.node.json) beside dist/nodes/X/X.node.js, where n8n looks.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const icon = join(root, 'src/icons/tthc.svg');
for (const name of readdirSync(join(root, 'src/nodes'))) {
  const from = join(root, 'src/nodes', name);
  const to = join(root, 'dist/nodes', name);
  if (!existsSync(to)) throw new Error(`copy-assets: ${to} missing, run tsup first`);
  copyFileSync(icon, join(to, 'tthc.svg'));
  copyFileSync(join(from, `${name}.node.json`), join(to, `${name}.node.json`));
}
