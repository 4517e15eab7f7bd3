// What `tthc <command> --help` prints: the usage line, every option the command accepts with what
// it takes and what it does (Vietnamese / English), and examples that run as written from the
// repository's root. The options' texts are here once, by name; a command whose option means
// something else gives its own text in the option's `help`.

/** An option's text: the value it takes (none for a switch) and what it does. */
export interface OptionHelp {
  value?: string;
  help: string;
}

const OPTION_HELP: Readonly<Record<string, OptionHelp>> = {
  input: { value: 'F', help: 'tệp xuất (xlsx, csv, json, jsonl, .xls, .ods), lặp lại cho nhiều tệp / an export file, repeat for several' },
  catalog: { value: 'F', help: 'danh mục TTHC của đơn vị (CSV hoặc JSON) / the unit\'s procedure catalog (CSV or JSON)' },
  from: { value: 'YYYY-MM-DD', help: 'ngày đầu kỳ (tính cả ngày này) / first day of the period (included)' },
  to: { value: 'YYYY-MM-DD', help: 'ngày cuối kỳ (tính cả ngày này) / last day of the period (included)' },
  granularity: { value: 'date|datetime|halfDay', help: 'so thời điểm trả kết quả với hạn theo ngày, giờ hay buổi (mặc định date) / compare end and due times by day, time or half-day (default date)' },
  source: { value: 'NAME|mapping.yaml', help: 'ép nguồn của mọi tệp: canonical, one-stop, portal, civil-status, hoặc tệp ánh xạ / force the source of every file: canonical, one-stop, portal, civil-status, or a mapping file' },
  'days-off': { value: 'F', help: 'ngày nghỉ bổ sung (CSV date,kind,name), lặp lại được / extra days off (CSV date,kind,name), repeatable' },
  'no-progress': { help: 'không vẽ dòng tiến độ / do not draw the progress line' },
  help: { help: 'in trợ giúp này / print this help' },
  json: { help: 'in JSON thay cho văn bản / print JSON instead of text' },
  history: { value: 'DIR|FILE|postgres://…', help: 'kho lịch sử: thư mục, tệp .sqlite hoặc PostgreSQL; ghi và so sánh từng kỳ / the history store: a folder, a .sqlite file or PostgreSQL; each period recorded and compared' },
  each: { value: 'week|month|quarter|half|year', help: 'từng kỳ loại này trong khoảng --from–--to, đọc tệp một lần / every period of this kind within --from–--to, the export read once' },
  out: { value: 'DIR', help: 'thư mục ghi báo cáo / the folder the reports are written to' },
  profile: { value: 'P', help: 'hồ sơ đơn vị (YAML/JSON: cơ quan, nơi nhận, người ký…) / the unit\'s profile (YAML/JSON: agency, recipients, signer…)' },
  units: { value: 'units.csv', help: 'bảng unit,profile: báo cáo từng phường và bảng tổng hợp / a unit,profile table: every ward\'s report and the summary' },
  notes: { value: 'N', help: 'ghi chú kỳ báo cáo (số, ngày văn bản, nội dung riêng) / the period\'s notes (document number and date, own text)' },
  format: {
    value: 'docx,xlsx,md,html,pdf',
    help: 'định dạng báo cáo (mặc định bốn định dạng đầu; pdf: báo cáo và phụ lục PDF/A, cần LibreOffice) / report formats (default the first four; pdf: the report and annex as PDF/A, needs LibreOffice)',
  },
  templates: { value: 'DIR', help: 'thư mục mẫu Handlebars thay thế / a folder of Handlebars template overrides' },
  'word-template': { value: 'F.docx', help: 'mẫu Word có chỗ điền / a Word template with placeholders' },
  date: { value: 'YYYY-MM-DD', help: 'ngày ghi trên văn bản / the date on the document' },
  send: { help: 'gửi thư báo cáo, mỗi người nhận một lần (cần --history, --smtp, --mail-from) / mail the reports, each recipient once (needs --history, --smtp, --mail-from)' },
  smtp: { value: 'smtp://…', help: 'máy chủ thư (smtp:// hoặc smtps://; hoặc biến TTHC_SMTP_URL) / the mail server (smtp:// or smtps://; or TTHC_SMTP_URL)' },
  'mail-from': { value: 'ADDR', help: 'địa chỉ gửi / the sender\'s address' },
  'mail-to': { value: 'ADDR', help: 'người nhận báo cáo một đơn vị, thay emailRecipients của hồ sơ (lặp lại được) / recipients of a one-unit report instead of the profile\'s (repeatable)' },
  'city-to': { value: 'ADDR', help: 'người nhận bảng tổng hợp (--units), lặp lại được / recipients of the summary (--units), repeatable' },
  resend: { help: 'gửi lại cho mọi người nhận, bất kể sổ gửi thư / send to every recipient whatever the ledger says' },
  lease: { value: 'SECONDS', help: 'thời gian giữ một thư đang gửi trước khi lần chạy khác được gửi thay (mặc định 600) / how long a run holds a mail it is sending (default 600)' },
  'online-split': { value: 'A,B,C', help: 'chia 12 điểm nhóm DVC trực tuyến cho A, B, C (giả thuyết; mặc định 2,4,6) / how the online group\'s 12 points split across A, B, C (a hypothesis; default 2,4,6)' },
  rejects: { value: 'rejects.csv', help: 'ghi dòng bị loại, cảnh báo, xung đột / write the rejected rows, warnings and conflicts' },
  'keep-applicant': { help: 'giữ tên người nộp (dữ liệu cá nhân; mặc định bỏ) / keep the applicant\'s name (personal data; dropped by default)' },
  cutoff: { value: 'calendar|nd09', help: 'kỳ theo lịch hay theo mốc chốt Nghị định 09/2019 (mặc định calendar) / calendar periods or the Nghị định 09/2019 cut-off (default calendar)' },
  into: { value: 'DIR|FILE|postgres://…', help: 'kho đích (trống) / the target store (empty)' },
  unit: { value: 'U', help: 'chỉ một đơn vị / only this unit' },
  'all-versions': { help: 'mọi phiên bản, không chỉ bản hiện hành / every version, not only the current one' },
};

/** An option of `parseArgs` with, optionally, its own help text. */
export type HelpedOption = { type: 'string' | 'boolean'; short?: string; multiple?: boolean; help?: OptionHelp };

/**
 * The help of a command: its usage, every option of `options` (in their order) with its text,
 * and the examples.
 *
 * @throws Error when an option has no text (a test runs every command's help)
 */
export function commandHelp(usage: string, options: Readonly<Record<string, HelpedOption>>, examples: readonly string[]): string {
  const rows = Object.entries(options).map(([name, o]) => {
    const text = o.help ?? OPTION_HELP[name];
    if (!text) throw new Error(`tthc: option --${name} has no help text`);
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${text.value ? ` ${text.value}` : ''}${o.multiple ? ' …' : ''}`;
    return [flag, text.help] as const;
  });
  const width = Math.min(40, Math.max(...rows.map(([f]) => f.length)));
  const lines = rows.map(([flag, help]) => (flag.length > width ? `  ${flag}\n  ${' '.repeat(width)}  ${help}` : `  ${flag.padEnd(width)}  ${help}`));
  return [`Cách dùng / usage: ${usage}`, '', 'Tùy chọn / options:', ...lines, '', 'Ví dụ / examples:', ...examples.map((e) => `  ${e}`), ''].join('\n');
}
