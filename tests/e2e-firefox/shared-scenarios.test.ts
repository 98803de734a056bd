/** The shared end-to-end scenarios (tests/e2e/scenarios/shared.ts) in Firefox (firefox-esr, WebDriver BiDi). */
import { describe } from 'vitest';
import { launchFirefoxDriver } from '../e2e/drivers/firefox';
import { describeSharedScenarios } from '../e2e/scenarios/shared';

describe('shared scenarios in Firefox', () => describeSharedScenarios(launchFirefoxDriver));
