import { InputError, UsageError, catalogProblems, formatError } from '@tthc/core';
import { TemplateError, templateErrors } from '@tthc/render';
import { describe, expect, it } from 'vitest';
import { cliInputErrors, cliUsageErrors } from '../src/cliErrors';
import { runCommand } from '../src/runCommand';
import { tthc } from './_run';

describe('the CLI errors', () => {
  it('has sound catalogs', () => {
    expect(catalogProblems(cliInputErrors, 'input')).toEqual([]);
    expect(catalogProblems(cliUsageErrors, 'usage')).toEqual([]);
  });

  it('words a missing file by the path given, and exits 1', async () => {
    const example = new URL('../../../examples/hai-an/', import.meta.url).pathname;
    const result = await tthc('metrics', '--input', `${example}dossiers.jsonl`, '--catalog', '/nonexistent/catalog.csv', '--from', '2025-12-25', '--to', '2026-01-07');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('/nonexistent/catalog.csv: không tìm thấy tệp / file not found\n');
  });

  it('words a template error through its cause, each language in its own', () => {
    const cause = new TemplateError(templateErrors.lookup_undefined, { params: { name: 'x' } });
    const error = new InputError(cliInputErrors.template_failed_in_folder, { path: { file: 'my-templates' }, cause });
    expect(formatError(error, 'vi')).toBe('Mẫu báo cáo lỗi (my-templates): hàm lookup: "x" không có');
    expect(formatError(error, 'en')).toBe('template error (my-templates): helper lookup: "x" not defined');
    expect(error.message).toBe(`${formatError(error, 'vi')} / ${formatError(error, 'en')}`);
  });

  it('prints a usage error, then its usage line, and exits 2; an input error exits 1; neither with a stack', async () => {
    const missing = await tthc('metrics', '--input', 'a.jsonl');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Thiếu --from \/ missing --from\nCách dùng \/ usage: tthc metrics --input F .*\n$/);
    const unknown = await tthc('nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Lệnh không tồn tại: nope \/ unknown command: nope\n\ntthc — /);
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => (stderr += t) };
    const usage = new UsageError(cliUsageErrors.invalid_year, { params: { value: '26' } });
    expect(await runCommand(async () => Promise.reject(usage), [], io)).toBe(2);
    expect(stderr).toBe('Năm không hợp lệ "26" / invalid year "26"\n');
    const input = new InputError(cliInputErrors.unwritable_folder, { path: { file: '/x' }, params: { detail: 'EACCES' } });
    expect(await runCommand(async () => Promise.reject(input), [], io)).toBe(1);
    expect(stderr).toContain('/x: không tạo được thư mục / cannot create the folder (EACCES)\n');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
