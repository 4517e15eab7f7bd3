// A 200k-row export in the one-stop layout of examples/hai-an/exports/one-stop.xlsx (title rows,
// a two-row merged heading, serial and text dates, a totals row), made by cycling the example's
// own dossiers with new codes. Written with the import package's deterministic XLSX writer.
import { readFileSync } from 'node:fs';
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

/** Writes `rows` dossier rows to `path`; returns the number of dossier rows. */
export async function writeBenchExport(dossiersJsonl: string, path: string, rows: number): Promise<number> {
  const examples = readFileSync(dossiersJsonl, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Example)
    // Only dossiers that were received: a list of received dossiers has no registered/not-accepted ones.
    .filter((d) => d.status !== 'registered' && d.status !== 'notAccepted');
  function* body(): Generator<WriteCell[]> {
    yield ['ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN'];
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
        d.unit ?? '',
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
