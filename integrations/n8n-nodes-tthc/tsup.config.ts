import { defineConfig } from 'tsup';

// n8n loads each node with `require`, from `dist/nodes/<Name>/<Name>.node.js`, and each credential
// type from `dist/credentials/<Name>.credentials.js` (package.json "n8n").
// n8n-workflow is n8n's own copy (peer dependency) and the @tthc packages are ordinary
// dependencies, so tsup leaves them all external.
const nodes = ['TthcImport', 'TthcValidate', 'TthcMetrics', 'TthcRender', 'TthcSign', 'TthcSend', 'TthcAlerts', 'TthcIndex'];
const credentials = ['TthcPkcs12', 'TthcRemoteSigner'];

export default defineConfig([
  {
    entry: Object.fromEntries([
      ...nodes.map((n) => [`nodes/${n}/${n}.node`, `src/nodes/${n}/${n}.node.ts`]),
      ...credentials.map((c) => [`credentials/${c}.credentials`, `src/credentials/${c}.credentials.ts`]),
    ]),
    format: ['cjs'],
    outExtension: () => ({ js: '.js' }),
    dts: false,
    clean: true,
    target: 'node20',
    sourcemap: false,
    splitting: false,
    external: ['n8n-workflow', /^@tthc\//],
  },
]);
