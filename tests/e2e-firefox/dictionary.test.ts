/** The dictionary's shared scenarios (tests/e2e/scenarios/dictionary.ts) in Firefox (firefox-esr, WebDriver BiDi). */
import { describe } from 'vitest';
import { launchFirefoxDriver } from '../e2e/drivers/firefox';
import { describeDictionaryScenarios } from '../e2e/scenarios/dictionary';

describe('the dictionary in Firefox', () => describeDictionaryScenarios(launchFirefoxDriver));
