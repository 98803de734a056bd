/** The shared end-to-end scenarios (scenarios/shared.ts) in Chromium. */
import { describe } from 'vitest';
import { launchChromiumDriver } from './drivers/chromium';
import { describeSharedScenarios } from './scenarios/shared';

describe('shared scenarios in Chromium', () => describeSharedScenarios(launchChromiumDriver));
