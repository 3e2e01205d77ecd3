/** Resource names for modules that read them at load; unit tests never reach AWS. */
process.env.AWS_REGION ??= 'us-east-1';
process.env.TABLE_NAME ??= 'unit-SubsidyTable';
process.env.IDEMPOTENCY_TABLE_NAME ??= 'unit-IdempotencyTable';
process.env.EVENT_BUS_NAME ??= 'unit-bus';
process.env.EVALUATION_QUEUE_URL ??= 'http://localhost/unit-queue';
export {};
