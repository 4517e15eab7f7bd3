import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError, UsageError } from '@tthc/core';
import { type PdfSigner, type SignRole, diskFiles, pkcs12Signer, readSigningProfile, remoteSigner, signPdf } from '@tthc/report';
import { oneOf, parseCommandArgs, required, usageHelp } from '../args';
import { cliInputErrors, cliUsageErrors } from '../cliErrors';
import type { Command } from '../io';

/** The PKCS#12 password's variable, when no --password-file is given. */
export const PKCS12_PASSWORD_ENV = 'TTHC_PKCS12_PASSWORD';
/** The remote signing service's token variable, when no --token-file is given. */
export const SIGNER_TOKEN_ENV = 'TTHC_SIGNER_TOKEN';

const usage =
  'tthc sign --input F.pdf --out G.pdf --role signer|organisation (--pkcs12 cert.p12 [--password-file F] | --remote URL [--token-file F]) ' +
  '[--profile P [--notes N]] [--number 15/BC-UBND] [--tsa URL] [--time YYYY-MM-DDTHH:mm:ssZ] [--json]';

const signing = 'examples/hai-an/signing';
const key = (who: string) => `--pkcs12 ${signing}/${who}-thu-nghiem.p12 --password-file ${signing}/mat-khau-thu-nghiem.txt`;
const profile = '--profile examples/hai-an/profile.yaml --notes examples/hai-an/notes-2025-12-25_2026-01-07.yaml';
const pdf = 'out/phuong-hai-an-2025-12-25-2026-01-07';
/** What `--help` shows to run, from the repository's root (the first prints the PDFs: LibreOffice). */
const examples = [
  `tthc report --input examples/hai-an/dossiers.jsonl --catalog examples/hai-an/catalog.csv ${profile} --from 2025-12-25 --to 2026-01-07 --format pdf --out out`,
  `tthc sign --input ${pdf}.pdf --out ${pdf}-nguoi-ky.pdf --role signer ${key('nguoi-ky')} --profile examples/hai-an/profile.yaml`,
  `tthc sign --input ${pdf}-nguoi-ky.pdf --out ${pdf}-da-ky.pdf --role organisation ${key('co-quan')} --profile examples/hai-an/profile.yaml`,
  `tthc sign --input ${pdf}-phu-luc.pdf --out ${pdf}-phu-luc-da-ky.pdf --role organisation ${key('co-quan')} --number 15/BC-UBND`,
];

const options = {
  input: { type: 'string', help: { value: 'F.pdf', help: 'tệp PDF do tthc report in ra (báo cáo hoặc phụ lục) / a PDF printed by tthc report (report or annex)' } },
  out: { type: 'string', help: { value: 'G.pdf', help: 'tệp PDF đã ký / the signed PDF' } },
  role: { type: 'string', help: { value: 'signer|organisation', help: 'ký với vai trò người có thẩm quyền hay cơ quan (phụ lục: chỉ cơ quan) / sign as the competent person or the organisation (an annex: the organisation only)' } },
  pkcs12: { type: 'string', help: { value: 'cert.p12', help: 'tệp chứng thư số và khóa (PKCS#12, .p12/.pfx) / the certificate and key (PKCS#12, .p12/.pfx)' } },
  'password-file': { type: 'string', help: { value: 'F', help: `tệp chứa mật khẩu của tệp .p12 (hoặc biến ${PKCS12_PASSWORD_ENV}; không nhận mật khẩu trên dòng lệnh) / a file holding the .p12's password (or ${PKCS12_PASSWORD_ENV}; never on the command line)` } },
  remote: { type: 'string', help: { value: 'URL', help: 'dịch vụ ký số từ xa (thay cho --pkcs12) / a remote signing service (instead of --pkcs12)' } },
  'token-file': { type: 'string', help: { value: 'F', help: `tệp chứa mã truy cập dịch vụ ký từ xa (hoặc biến ${SIGNER_TOKEN_ENV}) / a file holding the remote service's token (or ${SIGNER_TOKEN_ENV})` } },
  profile: { type: 'string', help: { value: 'P', help: 'hồ sơ đơn vị: hình chữ ký, con dấu (signing) và ký hiệu văn bản / the unit\'s profile: signature and seal images (signing), the document symbol' } },
  notes: { type: 'string', help: { value: 'N', help: 'ghi chú kỳ báo cáo: số văn bản, cho chữ ký của cơ quan trên phụ lục / the period\'s notes: the document number, for the organisation\'s signature on an annex' } },
  number: { type: 'string', help: { value: '15/BC-UBND', help: 'số, ký hiệu văn bản ghi trên phụ lục (thay cho --profile/--notes) / the number and symbol shown on an annex (instead of --profile/--notes)' } },
  tsa: { type: 'string', help: { value: 'URL', help: 'máy chủ cấp dấu thời gian (RFC 3161) / a time-stamp server (RFC 3161)' } },
  time: { type: 'string', help: { value: 'YYYY-MM-DDTHH:mm:ssZ', help: 'thời điểm ký ghi trong chữ ký (mặc định: bây giờ) / the signing time written in the signature (default: now)' } },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A secret read from a file (its first line) or, when no file is given, from the environment. */
async function secret(file: string | undefined, env: string, option: string): Promise<string> {
  if (file === undefined) {
    const value = process.env[env];
    if (value) return value;
    throw new UsageError(cliUsageErrors.missing_option, { path: { option }, help: usageHelp(usage) });
  }
  return (new TextDecoder().decode(await diskFiles.readFile(file, basename(file))).split(/\r?\n/)[0] ?? '').trim();
}

/** `tthc sign`: signs a report's or annex's PDF (PAdES), the appearance placed as Nghị định 30/2020 sets. */
export const sign: Command = async (args, io) => {
  const { values: v } = parseCommandArgs(args, options, usage, examples);
  const input = required(v.input, 'input', usage);
  const out = required(v.out, 'out', usage);
  const role = oneOf(required(v.role, 'role', usage), ['signer', 'organisation'] as const, 'role') as SignRole;
  if (v.pkcs12 && v.remote) throw new UsageError(cliUsageErrors.options_exclusive, { path: { option: 'pkcs12' }, params: { other: 'remote' } });
  let signer: PdfSigner;
  if (v.remote) signer = remoteSigner({ url: v.remote, token: await secret(v['token-file'], SIGNER_TOKEN_ENV, 'token-file') });
  else {
    const p12 = required(v.pkcs12, 'pkcs12', usage);
    signer = pkcs12Signer(await diskFiles.readFile(p12, basename(p12)), await secret(v['password-file'], PKCS12_PASSWORD_ENV, 'password-file'), basename(p12));
  }
  const signingTime = v.time === undefined ? new Date() : new Date(v.time);
  if (Number.isNaN(signingTime.getTime())) throw new UsageError(cliUsageErrors.invalid_date_time, { params: { value: v.time as string } });
  const unit = await readSigningProfile(v.profile, { ...(v.notes ? { notes: v.notes } : {}), ...(v.number ? { documentNumber: v.number } : {}) });
  const signed = await signPdf(
    { name: basename(input), content: await diskFiles.readFile(input, basename(input)) },
    { role, signer, signingTime, ...unit, ...(v.tsa ? { timestampUrl: v.tsa } : {}) },
  );
  await writeFile(out, signed.pdf).catch((error: unknown) => {
    throw new InputError(cliInputErrors.unwritable_file, { path: { file: basename(out) }, params: { detail: String(error) }, cause: error });
  });
  const summary = { file: basename(out), kind: signed.kind, role, field: signed.field, page: signed.page, rect: signed.rect };
  io.stdout(
    v.json
      ? `${JSON.stringify(summary, null, 2)}\n`
      : `Đã ký / signed: ${summary.file} (${signed.kind === 'report' ? 'báo cáo / report' : 'phụ lục / annex'}, ${role}, trang / page ${signed.page})\n`,
  );
  return 0;
};
