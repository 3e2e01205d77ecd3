/** The model test's first half of the lanes, and the replay test (./model-test.ts; the second half: ./interleavings-2.test.ts). */
import { defineModelTest } from './model-test.js';

defineModelTest(0);
