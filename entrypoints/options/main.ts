/** The settings page: every change is saved at once, and open tabs follow through their storage watchers. */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, settingsItem, watchSettings, type Settings } from '@/lib/settings';
import { entriesItem, saveEntriesText, textOf } from '@/lib/entries/entries-item';
import { createEntriesField } from './entries-field';
import { createOptionsForm, type Shortcut } from './form';
import { mountToolkitSections } from './toolkit-main';
import './style.css';

async function main(root: HTMLElement): Promise<void> {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = i18n.t('options.title');
  const commands = await Promise.resolve()
    .then(() => browser.commands.getAll())
    .catch(() => []);
  const shortcuts: Shortcut[] = commands
    .filter((c) => c.name && !c.name.startsWith('_'))
    .map((c) => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' }));
  const commandsApi = browser.commands as { openShortcutSettings?: () => Promise<void> };
  const onChange = (patch: Partial<Settings>) => {
    saveSettings(patch).then(
      (settings) => {
        form.update(settings);
        form.showSaved();
      },
      () => {
        form.showSaveFailed();
        // Back to what is really stored.
        void loadSettings().then(form.update, () => undefined);
      },
    );
  };
  const form = createOptionsForm(document, {
    shortcuts,
    firefox: import.meta.env.FIREFOX,
    openShortcuts: commandsApi.openShortcutSettings ? () => void commandsApi.openShortcutSettings!() : undefined,
    onChange,
    onReset: () => {
      settingsItem.setValue({ ...DEFAULT_SETTINGS }).then(
        () => {
          form.update(DEFAULT_SETTINGS);
          form.showSaved();
        },
        () => form.showSaveFailed(),
      );
    },
  });
  form.update(await loadSettings());
  // Changed elsewhere (the popup's variant, another settings tab): follow.
  watchSettings((settings) => form.update(settings));
  // The reader's own entries: their own synced item, applied by open tabs as they change.
  const entries = createEntriesField(document, {
    save: saveEntriesText,
    download(text, fileName) {
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
  entries.set(textOf(await entriesItem.getValue()));
  entriesItem.watch((value) => entries.set(textOf(value)));
  // Before the footer (reset, privacy), after the settings sections.
  form.element.insertBefore(entries.element, form.element.querySelector('footer'));
  root.replaceChildren(form.element);
  // The learner's sections (read aloud, levels and known words, word bank): their own file.
  await mountToolkitSections(form.element, onChange);
}

const root = document.getElementById('app')!;
main(root).catch((error: unknown) => {
  // Should storage fail outright, show why rather than an empty page.
  root.textContent = String(error);
});
