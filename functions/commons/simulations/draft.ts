/**
 * What a simulation's workers judge with: the draft registry (every version with the overrides)
 * and the window, read once per container from the stored request (it never changes).
 */
import { POLICY_REGISTRY, type PolicyRegistry } from '../../../shared/policy/index.js';
import { draftRegistry, overridesSchema } from '../../../shared/policy/overrides.js';
import { simulationKey } from '../store/items/keys.js';
import { getItem } from '../store/get-item/get-item.js';

export interface Draft {
  simulationId: string;
  /** When the simulation was started (ISO instant). */
  startedAt: string;
  registry: PolicyRegistry;
  policyVersion?: string;
  /** The window of submission dates (Asia/Shanghai, inclusive). */
  submittedFrom?: string;
  submittedTo?: string;
}

/** A container works on a few simulations at a time. */
const MAX_DRAFTS = 16;
const drafts = new Map<string, Draft>();

/** The draft of a stored simulation; throws when it does not exist (yet): the message is received again. */
export async function draftOf(table: string, simulationId: string): Promise<Draft> {
  const known = drafts.get(simulationId);
  if (known) return known;
  const stored = await getItem(table, simulationKey(simulationId));
  if (!stored) throw new Error(`simulation ${simulationId} does not exist`);
  const draft: Draft = {
    simulationId,
    startedAt: String(stored.startedAt),
    registry: draftRegistry(POLICY_REGISTRY, overridesSchema.parse(stored.overrides)),
    ...(typeof stored.policyVersion === 'string' ? { policyVersion: stored.policyVersion } : {}),
    ...(typeof stored.submittedFrom === 'string' ? { submittedFrom: stored.submittedFrom } : {}),
    ...(typeof stored.submittedTo === 'string' ? { submittedTo: stored.submittedTo } : {}),
  };
  if (drafts.size >= MAX_DRAFTS) drafts.clear();
  drafts.set(simulationId, draft);
  return draft;
}
