/**
 * GET /v1/policy as data: every policy version with its dates and parameters, rendered for
 * JSON (money as yuan strings, rates as percentages), and the version in force today.
 * Pure: the handler passes the registry and today's Shanghai date.
 */
import { percent } from '../../shared/policy/decision.js';
import type { IsoDate } from '../../shared/policy/dates.js';
import type { PolicyResponse } from '../commons/edge/responses.js';
import { formatYuan, type PolicyParameters, type PolicyRegistry, type PolicyVersion } from '../../shared/policy/index.js';

type Unit = 'CNY' | 'percent' | 'year' | 'date' | 'month-day' | 'revenue-tiers' | 'days';

type RenderedValue = PolicyResponse['versions'][number]['parameters'][string]['value'];

interface Rendering<T> {
  unit: Unit;
  render: (value: T) => RenderedValue;
}

const money: Rendering<bigint> = { unit: 'CNY', render: formatYuan };
const rate: Rendering<number> = { unit: 'percent', render: percent };
const asIs = <T extends RenderedValue>(unit: Unit): Rendering<T> => ({ unit, render: (value) => value });

/** How each parameter is shown; typed per parameter, so a new parameter cannot be forgotten here. */
const RENDERINGS: { [K in keyof PolicyParameters]: Rendering<PolicyParameters[K]['value']> } = {
  ospRndRate: rate,
  ospRndCumulativeCap: money,
  ospOperatingRate: rate,
  ospOperatingAnnualCap: money,
  ospOperatingFirstFiscalYear: asIs('year'),
  ospOperatingPayoutFrom: asIs('month-day'),
  aiActivityMax: money,
  revenueThreshold: money,
  revenueTiers: {
    unit: 'revenue-tiers',
    render: (tiers) =>
      tiers.map((tier) => ({
        above: formatYuan(tier.above),
        upTo: tier.upTo === null ? null : formatYuan(tier.upTo),
        award: formatYuan(tier.award),
      })),
  },
  settlementEstablishedFrom: asIs('date'),
  settlementMax: money,
  nationalPlatformMax: money,
  appealWindowDays: asIs('days'),
};

function parametersView(parameters: PolicyParameters) {
  const names = Object.keys(RENDERINGS) as (keyof PolicyParameters)[];
  return Object.fromEntries(
    names.map((name) => {
      const { value, since, reference, configurable } = parameters[name];
      const { unit, render } = RENDERINGS[name] as Rendering<typeof value>;
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
