// Writes the exports of the Hải An example from its canonical dossiers, deterministically:
//   one-stop.xlsx — the city one-stop system's "danh sách hồ sơ" (title rows, a two-row merged
//                   heading, serial and text dates, a totals row), with every dossier handled
//                   on the city's system (codes prefixed with its id 000.00.12.H26);
//   one-stop.csv  — the same list as CSV (UTF-8 with BOM, the same title and totals rows);
//   portal.json   — the national portal's HoSoDongBoDVC payload of the dossiers handled on the
//                   ministries' systems, plus some dossiers of the one-stop list (some at an
//                   earlier state) to prove that a dossier read twice counts once.
// Together they hold exactly the dossiers of ../dossiers.jsonl.
//
//   pnpm exec tsx examples/hai-an/exports/generate-exports.ts   (from the repository root)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dossier } from '../../../packages/core/src/index';
import { type WriteCell, xlsxBuffer } from '../../../packages/import/scripts/xlsxWriter';
import { merges, row, sub, top } from './oneStopSheet';

const here = dirname(fileURLToPath(import.meta.url));
/** Dossier codes of the city's one-stop system start with its id (examples/hai-an/_gen/setting.ts). */
const CITY_SYSTEM_PREFIX = '000.00.12.H26-';

const dossiers: Dossier[] = readFileSync(join(here, '..', 'dossiers.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Dossier);

const statusCode: Record<string, number> = {
  registered: 1, accepted: 2, notAccepted: 3, processing: 4, supplementRequested: 5,
  financialObligation: 6, withdrawn: 7, stopped: 8, processed: 9, returned: 10,
};
const channelCode = { direct: 1, online: 2, postal: 3 };
const levelCode = { none: 2, partial: 3, full: 4 };

const compact = (local: string | undefined) => (local ? local.replace(/[-T:]/g, '') : undefined);

const city = dossiers.filter((d) => d.code.startsWith(CITY_SYSTEM_PREFIX));
const ministries = dossiers.filter((d) => !d.code.startsWith(CITY_SYSTEM_PREFIX));

// ---- one-stop list (xlsx and csv) ----
const titles = [
  ['ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN'],
  ['DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT'],
  ['Từ ngày 03/11/2025 đến ngày 12/01/2026'],
  [],
];
const totals = [`Tổng số: ${city.length} hồ sơ`];
const footer = ['Người lập biểu'];

const xlsxRows: WriteCell[][] = [...titles, top, sub, ...city.map((d, i) => row(d, i, true)), totals, [], footer];
const xlsx = await xlsxBuffer({ name: 'Danh sách hồ sơ', rows: xlsxRows, merges });
writeFileSync(join(here, 'one-stop.xlsx'), xlsx);

const csvCell = (v: WriteCell) => {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const csvRows = [...titles, top, sub, ...city.map((d, i) => row(d, i, false)), totals, [], footer];
writeFileSync(join(here, 'one-stop.csv'), `\ufeff${csvRows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`);

// ---- portal payload ----
function portal(d: Dossier, earlier: boolean): Record<string, unknown> {
  const o: Record<string, unknown> = {
    MaHoSo: d.code,
    MaTTHC: d.procedureCode,
    TenTTHC: d.procedureName,
    TenLinhVuc: d.fieldName,
    KenhThucHien: channelCode[d.channel],
    MucDo: d.serviceLevel ? levelCode[d.serviceLevel] : undefined,
    TrangThaiHoSo: earlier ? statusCode.processing : statusCode[d.status],
    DonViXuLy: d.unit,
    ChuHoSo: d.applicant,
    NgayNopHoSo: compact(d.submittedAt),
    NgayTiepNhan: compact(d.receivedAt),
    NgayHenTra: compact(d.dueAt),
    NgayYeuCauBoSung: compact(d.supplementRequestedAt),
    NgayKetThucXuLy: earlier ? undefined : compact(d.finishedAt),
    NgayTra: earlier ? undefined : compact(d.returnedAt),
    DuocThanhToanTrucTuyen: d.paidOnline,
    HoSoCoThanhPhanSoHoa: d.hasDigitizedComponents === undefined ? undefined : d.hasDigitizedComponents ? 1 : 0,
  };
  if (d.hasElectronicResult !== undefined && !earlier) {
    o.DanhSachGiayToKetQua = d.hasElectronicResult
      ? [{ TenGiayTo: 'Kết quả giải quyết', DuongDanTepTinKetQua: `https://dichvucong.example/ketqua/${d.code}.pdf` }]
      : [];
  }
  if (d.supplementRequests !== undefined) {
    o.DanhSachHoSoBoSung = Array.from({ length: d.supplementRequests }, (_, k) => ({ LanBoSung: k + 1 }));
  }
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

// Every 25th dossier of the city list is also synced to the portal: the ones that ended with a
// result appear there at an earlier state ("Đang xử lý"), the others as they are.
const shared = city.filter((_, i) => i % 25 === 0);
const payload = {
  MaDonVi: '000.00.12.H26',
  HoSoDongBoDVC: [
    ...ministries.map((d) => portal(d, false)),
    ...shared.map((d) => portal(d, d.status === 'returned' || d.status === 'processed')),
  ],
};
writeFileSync(join(here, 'portal.json'), `${JSON.stringify(payload, null, 2)}\n`);

console.log(`one-stop: ${city.length} dossiers; portal: ${ministries.length} + ${shared.length} shared`);
