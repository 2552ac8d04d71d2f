import { describe } from 'vitest';
import { launchFirefox } from './support/firefox';
import { flowsWith } from './support/flows';

describe('Firefox ESR', () => {
  flowsWith(launchFirefox);
});
