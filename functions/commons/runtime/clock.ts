/**
 * The current instant, behind one seam: tests move `clock.now` instead of faking timers,
 * which would also stall the AWS SDK's own timers. Instants are ISO 8601 in UTC ("…Z"),
 * so stored sort keys built from them order correctly as strings.
 */
export const clock = { now: (): Date => new Date() };

export const nowIso = (): string => clock.now().toISOString();
