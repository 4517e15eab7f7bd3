import { describe, expect, it } from 'vitest';
import { unitNameKey } from '../../src/index';

describe('unitNameKey', () => {
  it('matches a name written in NFD, in capitals, without marks or with extra spaces', () => {
    const key = unitNameKey('UBND phường Hải An');
    expect(unitNameKey('UBND phường Hải An'.normalize('NFD'))).toBe(key);
    expect(unitNameKey('UBND PHƯỜNG HẢI AN')).toBe(key);
    expect(unitNameKey('ubnd phuong hai an')).toBe(key);
    expect(unitNameKey('  UBND\tphường  Hải An ')).toBe(key);
    expect(key).toBe('ubnd phuong hai an');
  });

  it('keeps apart names that differ in anything but case, marks and spacing', () => {
    expect(unitNameKey('Phường Hải An')).not.toBe(unitNameKey('UBND phường Hải An'));
    expect(unitNameKey('Phường Đông Hải')).not.toBe(unitNameKey('Phường Hải An'));
    expect(unitNameKey('Phường Đông Hải')).toBe('phuong dong hai');
  });
});
