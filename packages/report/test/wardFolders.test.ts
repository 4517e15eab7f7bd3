import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWard, listWards } from '../src/index';

/** A wards folder of two wards (one with its own catalog), a folder without a profile, a stray file, and a profile outside it. */
function wardsFolder() {
  const root = mkdtempSync(join(tmpdir(), 'tthc-wards-'));
  const wards = join(root, 'don-vi');
  for (const [ward, files] of [['Phường Hải An', ['profile.yaml', 'catalog.csv']], ['Phường Lê Chân', ['profile.yaml']], ['chưa-có-hồ-sơ', ['notes.yaml']]] as const) {
    mkdirSync(join(wards, ward), { recursive: true });
    for (const f of files) writeFileSync(join(wards, ward, f), 'x');
  }
  writeFileSync(join(wards, 'profile.yaml'), 'x');
  mkdirSync(join(root, 'bi-mat'));
  writeFileSync(join(root, 'bi-mat', 'profile.yaml'), 'planted');
  return { root, wards };
}

describe('a wards folder', () => {
  it('lists each subfolder holding a profile.yaml, with its catalog when it has one', async () => {
    const { wards } = wardsFolder();
    expect(await listWards(wards)).toEqual([
      { ward: 'Phường Hải An', profile: join(wards, 'Phường Hải An', 'profile.yaml'), catalog: join(wards, 'Phường Hải An', 'catalog.csv') },
      { ward: 'Phường Lê Chân', profile: join(wards, 'Phường Lê Chân', 'profile.yaml') },
    ]);
    // A catalog.csv of the folder serves the wards without their own.
    writeFileSync(join(wards, 'catalog.csv'), 'x');
    expect((await listWards(wards)).map((w) => w.catalog)).toEqual([join(wards, 'Phường Hải An', 'catalog.csv'), join(wards, 'catalog.csv')]);
  });

  it('finds the ward chosen by its name (any Unicode normalisation), and nothing else', async () => {
    const { wards } = wardsFolder();
    const list = await listWards(wards);
    expect(findWard(list, 'Phường Hải An').profile).toBe(join(wards, 'Phường Hải An', 'profile.yaml'));
    expect(findWard(list, ' Phường Lê Chân '.normalize('NFD')).ward).toBe('Phường Lê Chân');
    for (const forged of ['../bi-mat', '..', '.', '', 'Phường Hải An/../../bi-mat', 'Phường Hải An/profile.yaml', '/etc', 'chưa-có-hồ-sơ', 'phường hải an']) {
      expect(() => findWard(list, forged), forged).toThrow(expect.objectContaining({ code: 'unknown_ward' }));
    }
  });

  it('says which names it knows, and repeats a submitted name only shortened and without control characters', async () => {
    const list = await listWards(wardsFolder().wards);
    const error = (() => {
      try {
        findWard(list, `../../x\u0000\n${'y'.repeat(500)}`);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toContain('choose one of: Phường Hải An, Phường Lê Chân');
    expect(error?.message).toContain(`no ward "../../x${'y'.repeat(73)}"`);
    expect(error?.message).not.toContain('\u0000');
  });

  it('refuses a folder that holds no ward or cannot be listed, naming it, never its path', async () => {
    const { root } = wardsFolder();
    const empty = join(root, 'trong');
    mkdirSync(empty);
    await expect(listWards(empty, 'don-vi')).rejects.toMatchObject({ code: 'no_wards' });
    const missing = await listWards(join(root, 'khong-co'), 'khong-co').catch((e: Error) => e);
    expect(missing).toMatchObject({ code: 'no_wards' });
    expect((missing as Error).message).not.toContain(root);
  });
});
