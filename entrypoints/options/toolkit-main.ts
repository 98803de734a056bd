/** Wires the learner's sections of the settings page to storage and the background's voices. */
import { loadKnownWords, saveKnownWords, watchKnownWords } from '@/lib/levels/known-words';
import { loadSettings, watchSettings, type Settings } from '@/lib/settings';
import { sendSpeechMessage } from '@/lib/speech/messages';
import { loadWordBank, removeWord, watchWordBank, wordBankItem } from '@/lib/word-bank/store';
import { createToolkitSections, downloadFile } from './toolkit-sections';

/** Puts the sections before the form's footer; settings changes go through `onChange` (saved as the form's). */
export async function mountToolkitSections(form: HTMLElement, onChange: (patch: Partial<Settings>) => void): Promise<void> {
  const sections = createToolkitSections(document, {
    onChange,
    voices: () => sendSpeechMessage('speech.voices', undefined),
    loadKnown: loadKnownWords,
    saveKnown: saveKnownWords,
    loadBank: loadWordBank,
    removeEntry: removeWord,
    clearBank: () => wordBankItem.setValue([]),
    download: (name, text, type) => downloadFile(document, name, text, type),
  });
  form.insertBefore(sections.element, form.querySelector(':scope > footer'));
  sections.update(await loadSettings());
  watchSettings(sections.update);
  watchKnownWords(sections.showKnown);
  watchWordBank(sections.showBank);
  await sections.ready;
}
