/** The model test's second half of the lanes (./model-test.ts), in a worker and DynamoDB Local of its own, beside the first (./interleavings.test.ts). */
import { defineModelTest } from './model-test.js';

defineModelTest(1);
