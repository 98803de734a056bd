/** The learner toolkit's words in the page (assets/locales/*.yml, keys `toolkit.*`), read once per mount. */
import { i18n } from '#i18n';

export interface ToolkitLabels {
  speak: string;
  speakStatement: string;
  stop: string;
  noVoice: string;
  speechFailed: string;
  saveWord: string;
  savedWord(count: number): string;
  saveFailed: string;
  knowWord: string;
  knownWord(word: string): string;
}

export function readToolkitLabels(): ToolkitLabels {
  return {
    speak: i18n.t('toolkit.speak'),
    speakStatement: i18n.t('toolkit.speakStatement'),
    stop: i18n.t('toolkit.stop'),
    noVoice: i18n.t('toolkit.noVoice'),
    speechFailed: i18n.t('toolkit.speechFailed'),
    saveWord: i18n.t('toolkit.saveWord'),
    savedWord: (count) => i18n.t('toolkit.savedWord', [String(count)]),
    saveFailed: i18n.t('toolkit.saveFailed'),
    knowWord: i18n.t('toolkit.knowWord'),
    knownWord: (word) => i18n.t('toolkit.knownWord', [word]),
  };
}
