import { dayBefore, type IsoDate } from '../dates.js';
import type { PolicyVersion } from '../parameters.js';
import { LG_AI_2020 } from './lg-ai-2020.js';
import { LG_AI_2020_R1 } from './lg-ai-2020-r1.js';

/**
 * The versions the library can evaluate under, oldest first. A new version is appended
 * here; earlier ones stay so that every application keeps being judged by the version
 * in force on its submission date.
 */
export class PolicyRegistry {
  readonly versions: readonly PolicyVersion[];

  constructor(versions: readonly PolicyVersion[]) {
    if (versions.length === 0) throw new Error('a policy registry needs at least one version');
    this.versions = [...versions].sort((a, b) => (a.inForceFrom < b.inForceFrom ? -1 : 1));
  }

  /**
   * The version in force on a Shanghai calendar date: the latest whose `inForceFrom` is on
   * or before it. Before the first version, the first one answers (and its application
   * window refuses the case).
   */
  inForceOn(date: IsoDate): PolicyVersion {
    let found = this.versions[0]!;
    for (const version of this.versions) if (version.inForceFrom <= date) found = version;
    return found;
  }

  byId(id: string): PolicyVersion | undefined {
    return this.versions.find((version) => version.id === id);
  }

  /** The day on which a version stops being in force (the day before its successor), or null. */
  inForceUntil(version: PolicyVersion): IsoDate | null {
    const next = this.versions.find((candidate) => candidate.inForceFrom > version.inForceFrom);
    return next ? dayBefore(next.inForceFrom) : null;
  }
}

export const POLICY_REGISTRY = new PolicyRegistry([LG_AI_2020, LG_AI_2020_R1]);
export { LG_AI_2020, LG_AI_2020_R1 };
