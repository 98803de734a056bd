import { afterEach, describe, expect, it } from 'vitest';
import { detectDocumentLanguage, sampleDocumentText } from '@/lib/understand/detect-language';

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.body.replaceChildren();
});

describe('detectDocumentLanguage', () => {
  it('reads the lang attribute and the readable text, not scripts or styles', () => {
    document.documentElement.setAttribute('lang', 'en');
    const script = document.createElement('script');
    script.textContent = 'var a = "' + '中文'.repeat(50) + '";';
    const style = document.createElement('style');
    style.textContent = 'p { color: red }';
    const p = document.createElement('p');
    p.textContent = 'An English page with an inline script full of Chinese strings.';
    document.body.append(script, style, p);
    expect(sampleDocumentText(document)).toBe(p.textContent);
    expect(detectDocumentLanguage(document).chinese).toBe(false);
  });

  it('finds a Chinese page without a lang attribute', () => {
    const p = document.createElement('p');
    p.textContent = '在时代发展的浪潮中，城乡融合发展已成为推动经济社会高质量发展的关键路径。';
    document.body.append(p);
    const verdict = detectDocumentLanguage(document);
    expect(verdict).toMatchObject({ chinese: true, lang: null });
    expect(verdict.hanShare).toBe(1);
  });

  it('stops sampling after maxChars', () => {
    for (let i = 0; i < 50; i++) {
      const p = document.createElement('p');
      p.textContent = '城乡融合'.repeat(10);
      document.body.append(p);
    }
    expect(sampleDocumentText(document, 100)).toHaveLength(100);
  });
});
