// A 200k-row export in the one-stop layout of examples/hai-an/exports/one-stop.xlsx (title rows,
// a two-row merged heading, serial and text dates, a totals row), made by cycling the example's
// own dossiers with new codes; with `units`, row i belongs to units[i % units.length] (a city's
// export). Written with the import package's deterministic XLSX writer.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dossier } from '@tthc/core';
import { oneStopChannelText, oneStopLevelText, oneStopStatusText } from '../../../../examples/hai-an/exports/oneStopWords';
import { writeXlsxFile, toSerial, type WriteCell } from '../../../../packages/import/scripts/xlsxWriter';

const top = [
  'STT', 'Số hồ sơ', 'Mã TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Cơ quan/đơn vị', 'Hình thức nộp', 'Mức độ',
  'Trạng thái hồ sơ', 'Ngày', '', '', '', '', '', 'Chủ hồ sơ',
];
const sub = ['', '', '', '', '', '', '', '', '', 'Nộp', 'Tiếp nhận', 'Hẹn trả', 'Yêu cầu bổ sung', 'Kết thúc xử lý', 'Trả kết quả', ''];
const merges = [...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'P'].map((c) => `${c}5:${c}6`), 'J5:O5', 'A1:P1', 'A2:P2', 'A3:P3'];

const dmy = (local: string | undefined) => {
  if (!local) return '';
  const [d, t] = local.split('T');
  const [y, m, day] = (d ?? '').split('-');
  return `${day}/${m}/${y} ${t?.slice(0, 5)}`;
};

/** The example's dossiers, as the core's schema types them. */
type Example = Dossier;

/**
 * Writes `rows` dossier rows to `path`; returns the number of dossier rows. The unit column is the
 * example's own, or, given `units`, the unit names in turn.
 */
export async function writeBenchExport(dossiersJsonl: string, path: string, rows: number, units?: readonly string[]): Promise<number> {
  const examples = readFileSync(dossiersJsonl, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Example)
    // Only dossiers that were received: a list of received dossiers has no registered/not-accepted ones.
    .filter((d) => d.status !== 'registered' && d.status !== 'notAccepted');
  function* body(): Generator<WriteCell[]> {
    yield [units ? 'ỦY BAN NHÂN DÂN THÀNH PHỐ' : 'ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN'];
    yield ['DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT'];
    yield ['Từ ngày 03/11/2025 đến ngày 12/01/2026'];
    yield [];
    yield top;
    yield sub;
    for (let i = 0; i < rows; i++) {
      const d = examples[i % examples.length]!;
      yield [
        i + 1,
        `${d.code}-${String(Math.floor(i / examples.length)).padStart(4, '0')}`,
        d.procedureCode ?? '',
        d.procedureName,
        d.fieldName ?? '',
        units ? units[i % units.length]! : (d.unit ?? ''),
        oneStopChannelText[d.channel] ?? '',
        d.serviceLevel ? (oneStopLevelText[d.serviceLevel] ?? '') : '',
        oneStopStatusText[d.status] ?? '',
        d.submittedAt ? { serial: toSerial(d.submittedAt) } : '',
        d.receivedAt ? { serial: toSerial(d.receivedAt) } : '',
        dmy(d.dueAt),
        dmy(d.supplementRequestedAt),
        dmy(d.finishedAt),
        dmy(d.returnedAt),
        d.applicant ?? '',
      ];
    }
    yield [`Tổng số: ${rows} hồ sơ`];
  }
  await writeXlsxFile(path, { name: 'Danh sách hồ sơ', rows: body(), merges });
  return rows;
}

/**
 * A city of `count` wards for the bench: `units.csv` and one profile per ward in `dir` (the example
 * city's Lê Chân profile, renamed), and the unit names as the export writes them.
 */
export function writeBenchCity(dir: string, count: number, profileYaml: string): string[] {
  mkdirSync(join(dir, 'profiles'), { recursive: true });
  const names = Array.from({ length: count }, (_, k) => `Phường Số ${String(k + 1).padStart(3, '0')}`);
  const lines = ['unit,profile'];
  names.forEach((name, k) => {
    const file = `profiles/so-${String(k + 1).padStart(3, '0')}.yaml`;
    const profile = profileYaml
      .replace(/^( {2}name:) .*$/m, `$1 ${name}`)
      .replace('PHƯỜNG LÊ CHÂN', name.toUpperCase())
      .replace(/emailRecipients:\n(?: {2}- .*\n)+/, `emailRecipients:\n  - van-phong@so-${String(k + 1).padStart(3, '0')}.hai-phong.example\n`);
    writeFileSync(join(dir, file), profile);
    lines.push(`UBND ${name},${file}`);
  });
  writeFileSync(join(dir, 'units.csv'), `${lines.join('\n')}\n`);
  return names.map((n) => `UBND ${n}`);
}
