import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Testing Library cleans up after each test only when test globals are on; they are not here.
afterEach(cleanup);
