import { ensureBenchData } from './generate';
console.time('gen');
console.log(await ensureBenchData([Number(process.argv[2] ?? 200000)]));
console.timeEnd('gen');
