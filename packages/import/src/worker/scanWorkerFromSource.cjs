// The scanning worker run from the sources (the tests, or `node --import tsx`): `scanWorker.ts`
// compiled on load by tsx's require hook, so that what is tested is the source and not a build
// in dist/. (The require hook starts in about half the time of tsx's ESM loader in a worker.)
// The built package never starts this file: it starts dist/scanWorker.{js,cjs}.
require('tsx/cjs/api').register();
require('./scanWorker.ts');
