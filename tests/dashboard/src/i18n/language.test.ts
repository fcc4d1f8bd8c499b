import { describe, expect, it } from 'vitest';
import { catalogueEn } from '../../../../dashboard/src/i18n/catalogue-en.js';
import { catalogueVi } from '../../../../dashboard/src/i18n/catalogue-vi.js';
import {
  DEFAULT_LANGUAGE,
  isLanguage,
  messagesFor,
  otherLanguage,
  roleLabel,
} from '../../../../dashboard/src/i18n/language.js';

describe('language catalogues', () => {
  it('default to Vietnamese with the required wording', () => {
    expect(DEFAULT_LANGUAGE).toBe('vi');
    const messages = messagesFor(DEFAULT_LANGUAGE);
    expect(messages.pageTitle).toBe('OneStop Pulse – Trung tâm Phục vụ hành chính công');
    expect(messages.connectionLost).toBe('Mất kết nối tới máy chủ');
    expect(messages.targetDown).toBe('Mất kết nối');
    expect(messages.demoBadge).toBe('Dữ liệu mô phỏng (demo)');
  });

  it('give English the same keys, every message filled', () => {
    expect(Object.keys(catalogueEn).sort()).toEqual(Object.keys(catalogueVi).sort());
    for (const text of Object.values(catalogueEn)) expect(text.trim()).not.toBe('');
    expect(messagesFor('en').connectionLost).toBe('Lost connection to the server');
  });

  it('switch between the two languages', () => {
    expect(otherLanguage('vi')).toBe('en');
    expect(otherLanguage('en')).toBe('vi');
  });

  it.each([
    { value: 'vi', valid: true },
    { value: 'en', valid: true },
    { value: 'fr', valid: false },
    { value: null, valid: false },
    { value: 'VI', valid: false },
  ])('accepts $value as a saved language: $valid', ({ value, valid }) => {
    expect(isLanguage(value)).toBe(valid);
  });
});

describe('roleLabel', () => {
  it.each([
    { role: 'isp', vi: 'Nhà mạng', en: 'Internet provider' },
    { role: 'dns', vi: 'Máy chủ tên miền (DNS)', en: 'Name server (DNS)' },
    { role: 'local', vi: 'Máy chủ tại trung tâm', en: 'Server at the centre' },
  ] as const)('names the role "$role" in plain words', ({ role, vi, en }) => {
    expect(roleLabel(messagesFor('vi'), role)).toBe(vi);
    expect(roleLabel(messagesFor('en'), role)).toBe(en);
  });
});
