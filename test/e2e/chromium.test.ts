import { describe } from 'vitest';
import { launchChromium } from './support/chromium';
import { describeFlows } from './support/flows';

describe('Chromium', () => {
  describeFlows(launchChromium);
});
