// Generates the bench data (git-ignored, in bench-data/): one-stop "danh sách hồ sơ" exports of
// 200k and 1M rows, 15 columns of Vietnamese text, dates (serials and text) and codes, as a
// workbook (sheet before shared strings, as Excel writes it) and as CSV. Deterministic; files
// that exist are kept.
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type WriteCell, writeXlsxFile } from '../scripts/xlsxWriter';

export const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench-data');

const procedures = [
  ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch'],
  ['1.000894', 'Đăng ký kết hôn', 'Hộ tịch'],
  ['1.000656', 'Đăng ký khai tử', 'Hộ tịch'],
  ['2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp', 'Chứng thực'],
  ['2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'Chứng thực'],
  ['1.004227', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú'],
  ['2.001001', 'Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Xây dựng'],
  ['1.003029', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Đất đai'],
  ['2.000286', 'Trợ cấp xã hội hằng tháng đối với người cao tuổi', 'Bảo trợ xã hội'],
  ['1.010939', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh'],
];
const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const middle = ['Văn', 'Thị', 'Hữu', 'Đức', 'Thanh', 'Minh', 'Ngọc', 'Quốc', 'Thu', 'Bảo', 'Xuân', 'Hồng'];
const given = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Việt', 'Yến'];
const streets = ['Lạch Tray', 'Lê Hồng Phong', 'Ngô Quyền', 'Đằng Hải', 'Cát Bi', 'Văn Cao', 'Trần Hưng Đạo', 'Điện Biên Phủ'];
const wards = ['phường Hải An', 'phường Đông Hải', 'phường Nam Hải', 'phường Cát Bi', 'phường Thành Tô'];
const statuses = ['Đã trả kết quả', 'Đã xử lý xong', 'Đang giải quyết', 'Đã tiếp nhận', 'Chờ bổ sung', 'Rút hồ sơ'];
const channels = ['Trực tiếp', 'Trực tuyến', 'Bưu chính công ích'];

export const heading = [
  'STT', 'Số hồ sơ', 'Mã TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Cơ quan/đơn vị', 'Hình thức nộp', 'Trạng thái',
  'Ngày nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Ngày trả kết quả', 'Chủ hồ sơ', 'Địa chỉ',
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const base = Date.UTC(2025, 0, 2, 7, 30);
const text = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};
const serial = (ms: number) => Math.round(((ms - Date.UTC(1899, 11, 30)) / 86_400_000) * 1440) / 1440;

/** The unit of a city export's row i when the export holds `wardCount` wards (numbered as in Hồ Chí Minh City's wards). */
export const benchWard = (i: number, wardCount: number): string => `UBND Phường ${1 + (i % wardCount)}`;

/**
 * Row i of the export (1-based), as cells; `serials` writes the first two dates as Excel serials.
 * With `wardCount`, the rows belong to that many wards in turn ({@link benchWard}); else all to Hải An.
 */
export function benchRow(i: number, serials: boolean, wardCount = 0): WriteCell[] {
  let s = (i * 2654435761) >>> 0;
  const next = (n: number) => {
    s = (s ^ (s << 13)) >>> 0;
    s = (s ^ (s >>> 17)) >>> 0;
    s = (s ^ (s << 5)) >>> 0;
    return s % n;
  };
  const [pCode, pName, pField] = procedures[next(procedures.length)] ?? procedures[0]!;
  const submitted = base + Math.floor(i / 3) * 60_000 * 3 + next(50) * 60_000;
  const received = submitted + (5 + next(120)) * 60_000;
  const due = received + (1 + next(10)) * 86_400_000;
  const status = statuses[next(statuses.length)]!;
  const ended = status === 'Đã trả kết quả' || status === 'Đã xử lý xong' || status === 'Rút hồ sơ';
  const finished = ended ? received + (2 + next(200)) * 3_600_000 : undefined;
  const returned = status === 'Đã trả kết quả' || status === 'Rút hồ sơ' ? (finished ?? received) + (1 + next(48)) * 3_600_000 : undefined;
  const date = (ms: number): WriteCell => (serials ? { serial: serial(ms) } : text(ms));
  return [
    i,
    `000.00.12.H26-${pad(2 + Math.floor(i / 100_000), 2)}${pad(1 + (i % 12))}${pad(1 + (i % 28))}-${pad(i % 100_000, 5)}`,
    pCode,
    pName,
    pField,
    wardCount > 0 ? benchWard(i, wardCount) : 'UBND phường Hải An',
    channels[next(channels.length)]!,
    status,
    date(submitted),
    date(received),
    text(due),
    finished === undefined ? '' : text(finished),
    returned === undefined ? '' : text(returned),
    `${family[next(family.length)]} ${middle[next(middle.length)]} ${given[next(given.length)]}`,
    `Số ${1 + next(300)} đường ${streets[next(streets.length)]}, ${wards[next(wards.length)]}, thành phố Hải Phòng`,
  ];
}

function* rows(count: number, serials: boolean, wardCount = 0): Generator<WriteCell[]> {
  yield ['DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT'];
  yield ['Từ ngày 02/01/2025 đến ngày 31/12/2026'];
  yield heading;
  for (let i = 1; i <= count; i++) yield benchRow(i, serials, wardCount);
  yield [`Tổng số: ${count} hồ sơ`];
}

const csvCell = (v: WriteCell) => {
  const t = v === null || v === undefined || typeof v === 'object' ? '' : String(v);
  return /[",\n]/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
};

/** Makes sure a city export of `count` rows over `wardCount` wards exists (xlsx, in `dir`); returns its path. */
export async function ensureCityExport(dir: string, count: number, wardCount: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const label = count >= 1_000_000 ? `${count / 1_000_000}m` : `${count / 1000}k`;
  const xlsx = join(dir, `city-${label}-${wardCount}-wards.xlsx`);
  if (!existsSync(xlsx)) {
    process.stderr.write(`generating ${xlsx}…\n`);
    await writeXlsxFile(`${xlsx}.tmp`, { name: 'Danh sách hồ sơ', rows: rows(count, true, wardCount) });
    (await import('node:fs')).renameSync(`${xlsx}.tmp`, xlsx);
  }
  return xlsx;
}

/** Makes sure the bench files exist; returns their paths. */
export async function ensureBenchData(sizes: readonly number[]): Promise<Record<string, string>> {
  mkdirSync(dataDir, { recursive: true });
  const paths: Record<string, string> = {};
  for (const n of sizes) {
    const label = n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1000}k`;
    const xlsx = join(dataDir, `one-stop-${label}.xlsx`);
    if (!existsSync(xlsx)) {
      process.stderr.write(`generating ${xlsx}…\n`);
      await writeXlsxFile(`${xlsx}.tmp`, { name: 'Danh sách hồ sơ', rows: rows(n, true) });
      (await import('node:fs')).renameSync(`${xlsx}.tmp`, xlsx);
    }
    const csv = join(dataDir, `one-stop-${label}.csv`);
    if (!existsSync(csv)) {
      process.stderr.write(`generating ${csv}…\n`);
      const fd = openSync(`${csv}.tmp`, 'w');
      writeSync(fd, '\ufeff');
      let batch = '';
      for (const r of rows(n, false)) {
        batch += `${r.map(csvCell).join(',')}\n`;
        if (batch.length > 1 << 20) {
          writeSync(fd, batch);
          batch = '';
        }
      }
      writeSync(fd, batch);
      closeSync(fd);
      (await import('node:fs')).renameSync(`${csv}.tmp`, csv);
    }
    paths[`xlsx-${label}`] = xlsx;
    paths[`csv-${label}`] = csv;
  }
  return paths;
}
