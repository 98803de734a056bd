/** The settings page credits CC-CEDICT (CC BY-SA 4.0 asks for attribution where the data is used). */
import { describe, expect, it } from 'vitest';
import { createOptionsForm } from '@/entrypoints/options/form';
import { useLocale } from '../../helpers/fake-i18n';

describe('the dictionary credit on the settings page', () => {
  it.each([
    ['en', /CC-CEDICT \(MDBG, CC BY-SA 4\.0\)/],
    ['zh_CN', /CC-CEDICT（MDBG，CC BY-SA 4\.0）/],
    ['zh_TW', /CC-CEDICT（MDBG，CC BY-SA 4\.0）/],
  ] as const)('%s', async (locale, credit) => {
    await useLocale(locale);
    const form = createOptionsForm(document, { shortcuts: [], firefox: false, onChange: () => {}, onReset: () => {} });
    expect(form.element.querySelector('[data-credit="cc-cedict"]')?.textContent).toMatch(credit);
  });
});
