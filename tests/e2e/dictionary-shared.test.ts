/** The dictionary's shared scenarios (scenarios/dictionary.ts) in Chromium. */
import { describe } from 'vitest';
import { launchChromiumDriver } from './drivers/chromium';
import { describeDictionaryScenarios } from './scenarios/dictionary';

describe('the dictionary in Chromium', () => describeDictionaryScenarios(launchChromiumDriver));
