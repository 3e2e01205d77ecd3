/**
 * GET /v1/policy as data: every policy version with its dates and parameters, rendered for
 * JSON (money as yuan strings, rates as percentages), and the version in force today.
 * Pure: the handler passes the registry and today's Shanghai date.
 */
import { percent } from '../../shared/policy/decision.js';
import type { IsoDate } from '../../shared/policy/dates.js';
import type { PolicyResponse } from '../commons/edge/responses.js';
import {
  formatYuan,
  type ParameterUnit,
  type PolicyParameters,
  type PolicyRegistry,
  type PolicyVersion,
  type ValueIn,
} from '../../shared/policy/index.js';

type Unit = 'CNY' | 'percent' | 'year' | 'date' | 'month-day' | 'revenue-tiers' | 'days' | 'rule';

type RenderedValue = PolicyResponse['versions'][number]['parameters'][string]['value'];

interface Rendering<T> {
  unit: Unit;
  render: (value: T) => RenderedValue;
}

const money: Rendering<bigint> = { unit: 'CNY', render: formatYuan };
const rate: Rendering<number> = { unit: 'percent', render: percent };
const asIs = <T extends RenderedValue>(unit: Unit): Rendering<T> => ({ unit, render: (value) => value });

/** How a figure in each of the policy's units is shown, and the unit the API names; typed per unit, so a new unit cannot be forgotten here. */
const RENDERINGS: { [U in ParameterUnit]: Rendering<ValueIn[U]> } = {
  fen: money,
  'basis-points': rate,
  'fiscal-year': asIs('year'),
  'month-day': asIs('month-day'),
  date: asIs('date'),
  days: asIs('days'),
  'award-rule': asIs('rule'),
  'fen-tiers': {
    unit: 'revenue-tiers',
    render: (tiers) =>
      tiers.map((tier) => ({
        above: formatYuan(tier.above),
        upTo: tier.upTo === null ? null : formatYuan(tier.upTo),
        award: formatYuan(tier.award),
      })),
  },
};

function parametersView(parameters: PolicyParameters) {
  const names = Object.keys(parameters) as (keyof PolicyParameters)[];
  return Object.fromEntries(
    names.map((name) => {
      const { value, unit: policyUnit, since, reference, configurable } = parameters[name];
      const { unit, render } = RENDERINGS[policyUnit] as Rendering<typeof value>;
      return [name, { value: render(value), unit, since, reference, configurable: configurable ?? false }];
    }),
  );
}

function versionView(version: PolicyVersion, registry: PolicyRegistry, inForce: PolicyVersion) {
  return {
    id: version.id,
    title: version.title,
    publishedOn: version.publishedOn,
    inForceFrom: version.inForceFrom,
    inForceUntil: registry.inForceUntil(version),
    inForceToday: version.id === inForce.id,
    applicationsFrom: version.applicationsFrom,
    firstPayoutOn: version.firstPayoutOn,
    validFrom: version.validFrom,
    validUntil: version.validUntil,
    parameters: parametersView(version.parameters),
  };
}

/** The policy document; `today` is the Asia/Shanghai calendar date. */
export function policyView(registry: PolicyRegistry, today: IsoDate): PolicyResponse {
  const inForce = registry.inForceOn(today);
  return {
    today,
    inForce: inForce.id,
    versions: registry.versions.map((version) => versionView(version, registry, inForce)),
  };
}
