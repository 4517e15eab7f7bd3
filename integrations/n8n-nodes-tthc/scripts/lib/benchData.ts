// A 200k-row export in the one-stop layout of examples/hai-an/exports/one-stop.xlsx (title rows,
// a two-row merged heading, serial and text dates, a totals row), made by cycling the example's
// own dossiers with new codes. Written with the import package's deterministic XLSX writer.
import { readFileSync } from 'node:fs';
import type { Dossier } from '@tthc/core';
import { writeXlsxFile, toSerial, type WriteCell } from '../../../../packages/import/scripts/xlsxWriter';

const statusText: Record<string, string> = {
  accepted: 'Đã tiếp nhận',
  processing: 'Đang giải quyết',
  supplementRequested: 'Chờ bổ sung',
  financialObligation: 'Chờ thực hiện nghĩa vụ tài chính',
  withdrawn: 'Rút hồ sơ',
  stopped: 'Dừng xử lý',
  processed: 'Đã xử lý xong',
  returned: 'Đã trả kết quả',
};
const channelText: Record<string, string> = { direct: 'Trực tiếp', online: 'Trực tuyến', postal: 'Qua dịch vụ bưu chính công ích' };
const levelText: Record<string, string> = { none: 'Dịch vụ công', partial: 'Một phần', full: 'Toàn trình' };
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
    .filter((d) => statusText[d.status] !== undefined);
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
        channelText[d.channel] ?? '',
        d.serviceLevel ? (levelText[d.serviceLevel] ?? '') : '',
        statusText[d.status] ?? '',
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
