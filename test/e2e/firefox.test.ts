import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { describeFlows } from './support/flows';

describe('Firefox ESR', () => {
  describeFlows(launchFirefox);
});
