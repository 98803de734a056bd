/** Copies the outline as Markdown: the same text as `npm run analyze -- FILE --format md`. */
import { outlineToMarkdown, type Outline } from '@/lib/outline';

/**
 * Writes text to the clipboard. The async Clipboard API first; where the page denies it (insecure
 * origin, permissions policy) a hidden textarea inside our own UI and the copy command.
 */
export async function copyText(text: string, scratchParent: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea
  }
  const doc = scratchParent.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  area.style.left = '-9999px';
  scratchParent.appendChild(area);
  try {
    area.select();
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Copies the outline's Markdown; returns the text and whether the copy worked. */
export async function copyOutlineMarkdown(
  outline: Outline,
  scratchParent: HTMLElement,
): Promise<{ markdown: string; copied: boolean }> {
  const markdown = outlineToMarkdown(outline);
  const copied = await copyText(markdown, scratchParent);
  return { markdown, copied };
}
