import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '@tthc/core';
import { describe, expect, it } from 'vitest';
import { mergeNotes, parseNotes, parseProfile } from '../src/index';

const example = join(import.meta.dirname, '../../../examples/hai-an');
const profileText = readFileSync(join(example, 'profile.yaml'), 'utf8');

describe('parseProfile', () => {
  it('reads the Hải An example profile', () => {
    const profile = parseProfile(profileText, 'profile.yaml');
    expect(profile.agency.name).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẢI AN']);
    expect(profile.signer).toEqual({ authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], position: 'PHÓ CHỦ TỊCH', name: 'Bùi Quang Ngân' });
    expect(profile.recipients).toHaveLength(4);
    expect(Object.keys(profile.footnotes)).toEqual(['kh79']);
  });

  it('reads JSON too', () => {
    const json = JSON.stringify(parseProfile(profileText, 'profile.yaml'));
    expect(parseProfile(json, 'profile.json').place).toBe('Hải An');
  });

  it('names the file and every missing or wrong key', () => {
    const broken = profileText.replace('symbol: BC-UBND', 'symbol: bc ubnd').replace(/^place: .*$/m, '');
    try {
      parseProfile(broken, 'hai-an.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const message = (error as Error).message;
      expect(message).toContain('hai-an.yaml');
      expect(message).toContain('place');
      expect(message).toContain('symbol');
    }
  });

  it('reads the e-mail recipients (none by default) and refuses what is not an address', () => {
    expect(parseProfile(profileText, 'profile.yaml').emailRecipients).toEqual([]);
    const withMail = `${profileText}\nemailRecipients: [van-phong@hai-an.example, lanh-dao@hai-an.example]\n`;
    expect(parseProfile(withMail, 'profile.yaml').emailRecipients).toEqual(['van-phong@hai-an.example', 'lanh-dao@hai-an.example']);
    expect(() => parseProfile(`${profileText}\nemailRecipients: [Văn phòng UBND]\n`, 'hai-an.yaml')).toThrow(/hai-an\.yaml[\s\S]*emailRecipients/);
  });

  it('reads the online split a unit assumes (none by default) and refuses points that do not add up to 12', () => {
    expect(parseProfile(profileText, 'profile.yaml').serviceIndexAssumptions).toBeUndefined();
    const withSplit = `${profileText}\nserviceIndexAssumptions:\n  onlineSplit:\n    points: [3, 4, 5]\n`;
    expect(parseProfile(withSplit, 'profile.yaml').serviceIndexAssumptions).toEqual({ onlineSplit: { points: [3, 4, 5] } });
    const named = `${profileText}\nserviceIndexAssumptions: { onlineSplit: { name: ha-noi-2027, version: 2, points: [4, 4, 4] } }\n`;
    expect(parseProfile(named, 'profile.yaml').serviceIndexAssumptions?.onlineSplit).toEqual({ name: 'ha-noi-2027', version: 2, points: [4, 4, 4] });
    const wrong = `${profileText}\nserviceIndexAssumptions: { onlineSplit: { points: [3, 4, 4] } }\n`;
    expect(() => parseProfile(wrong, 'hai-an.yaml')).toThrow(/hai-an\.yaml[\s\S]*serviceIndexAssumptions\.onlineSplit\.points: the three points \(A, B, C\) must add up to 12/);
  });

  it('refuses broken YAML with the file name', () => {
    expect(() => parseProfile('unit: [', 'x.yaml')).toThrow(/x\.yaml/);
  });
});

describe('mergeNotes', () => {
  const profile = parseProfile(profileText, 'profile.yaml');

  it('merges objects key by key and replaces lists', () => {
    const notes = parseNotes('narrative:\n  achievements: [Một đoạn mới.]\nrecipients: [UBKTĐU, "Lưu: VT"]\n', 'n.yaml');
    const merged = mergeNotes(profile, notes);
    expect(merged.narrative.achievements).toEqual(['Một đoạn mới.']);
    expect(merged.narrative.documents).toEqual(profile.narrative.documents);
    expect(merged.recipients).toEqual(['UBKTĐU', 'Lưu: VT']);
    expect(profile.narrative.achievements).toEqual([]); // input unchanged
  });

  it('keeps the document number and date out of the profile', () => {
    const merged = mergeNotes(profile, parseNotes('documentNumber: 15\ndocumentDate: 2026-01-08\n', 'n.yaml'));
    expect(merged).toEqual(profile);
  });

  it('ignores __proto__ keys of a notes file', () => {
    const merged = mergeNotes(profile, parseNotes('__proto__: { polluted: true }\n', 'n.yaml'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((merged as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a merge that breaks the schema', () => {
    expect(() => mergeNotes(profile, parseNotes('signer: { name: "" }\n', 'n.yaml'))).toThrow(InputError);
  });

  it('refuses a malformed document date', () => {
    expect(() => parseNotes('documentDate: 08/01/2026\n', 'n.yaml')).toThrow(/n\.yaml/);
  });
});

describe('the samples and JSON Schemas the package ships', () => {
  const pkg = join(import.meta.dirname, '..');
  it('ships a sample profile and notes that read, with every top-level key of a profile', async () => {
    const sample = parseProfile(readFileSync(join(pkg, 'samples/profile.yaml'), 'utf8'), 'profile.yaml');
    const notes = parseNotes(readFileSync(join(pkg, 'samples/notes.yaml'), 'utf8'), 'notes.yaml');
    const { profileJsonSchemas } = await import('../src/index');
    const keys = Object.keys((profileJsonSchemas().profile as { properties: object }).properties);
    expect(Object.keys(sample).sort()).toEqual(keys.filter((k) => k !== 'serviceIndexAssumptions').sort());
    expect(mergeNotes(sample, notes).narrative.achievements).toHaveLength(1);
  });

  it('ships the JSON Schemas the zod schemas give (regenerated by pnpm build)', async () => {
    const { profileJsonSchemas } = await import('../src/index');
    for (const [name, schema] of Object.entries(profileJsonSchemas())) {
      expect(JSON.parse(readFileSync(join(pkg, `schemas/${name}.schema.json`), 'utf8')), name).toEqual(schema);
    }
  });

  it('points a bad profile to the sample and the schema', () => {
    const error = (() => {
      try {
        parseProfile('unit: {}\n', 'hong.yaml');
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(error?.message).toContain('hong.yaml không hợp lệ (xem mẫu @tthc/render/samples/profile.yaml và lược đồ @tthc/render/schemas/profile.schema.json)');
  });
});
