/**
 * The local bus's event-pattern matcher (infra/local/event-pattern.ts) on the examples of the
 * Amazon EventBridge User Guide ("Event patterns", "Comparison operators"): each case is a
 * pattern, an event and whether EventBridge delivers it.
 */
import { describe, expect, it } from 'vitest';
import { InvalidEventPattern, matchesEventPattern, type EventPattern } from '../../infra/local/event-pattern.js';

const event = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: {
    'instance-id': 'i-1234567890abcdef0',
    state: 'terminated',
    'c-count': 5,
    'd-count': 0.2,
    'source-ip': '10.0.0.123',
    tags: ['prod', 'web'],
    location: { city: 'Shanghai', district: 'Lin-gang' },
    filename: 'report.PNG',
    owner: null,
  },
};

const cases: Array<[string, EventPattern, boolean]> = [
  ['exact source', { source: ['aws.ec2'] }, true],
  ['exact source (other)', { source: ['aws.s3'] }, false],
  ['one of several values', { detail: { state: ['running', 'terminated'] } }, true],
  ['AND across keys', { source: ['aws.ec2'], detail: { state: ['running'] } }, false],
  ['array field: any element', { detail: { tags: ['web'] } }, true],
  ['array field: no element', { detail: { tags: ['dev'] } }, false],
  ['nested field', { detail: { location: { district: ['Lin-gang'] } } }, true],
  ['null', { detail: { owner: [null] } }, true],
  ['null is not absent', { detail: { missing: [null] } }, false],
  ['prefix', { region: [{ prefix: 'us-' }] }, true],
  ['prefix (other)', { region: [{ prefix: 'eu-' }] }, false],
  ['prefix ignoring case', { 'detail-type': [{ prefix: { 'equals-ignore-case': 'ec2 instance' } }] }, true],
  ['suffix', { detail: { filename: [{ suffix: '.PNG' }] } }, true],
  ['suffix is case-sensitive', { detail: { filename: [{ suffix: '.png' }] } }, false],
  ['suffix ignoring case', { detail: { filename: [{ suffix: { 'equals-ignore-case': '.png' } }] } }, true],
  ['equals-ignore-case', { detail: { state: [{ 'equals-ignore-case': 'TERMINATED' }] } }, true],
  ['wildcard', { detail: { filename: [{ wildcard: 'rep*.PNG' }] } }, true],
  ['wildcard (other)', { detail: { filename: [{ wildcard: '*.jpg' }] } }, false],
  ['anything-but a value', { detail: { state: [{ 'anything-but': 'initializing' }] } }, true],
  ['anything-but that value', { detail: { state: [{ 'anything-but': 'terminated' }] } }, false],
  ['anything-but a list', { detail: { state: [{ 'anything-but': ['stopped', 'terminated'] }] } }, false],
  ['anything-but a number', { detail: { 'c-count': [{ 'anything-but': [1, 2] }] } }, true],
  ['anything-but a prefix', { region: [{ 'anything-but': { prefix: 'us-' } }] }, false],
  ['anything-but a suffix', { detail: { filename: [{ 'anything-but': { suffix: '.txt' } }] } }, true],
  [
    'anything-but ignoring case',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'TERMINATED' } }] } },
    false,
  ],
  ['anything-but needs the field', { detail: { missing: [{ 'anything-but': 'x' }] } }, false],
  ['numeric range', { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] } }, true],
  ['numeric range (outside)', { detail: { 'c-count': [{ numeric: ['>', 5] }] } }, false],
  ['numeric equals', { detail: { 'd-count': [{ numeric: ['=', 0.2] }] } }, true],
  ['numeric on a string', { detail: { state: [{ numeric: ['>', 0] }] } }, false],
  ['exists', { detail: { state: [{ exists: true }] } }, true],
  ['exists (absent)', { detail: { missing: [{ exists: true }] } }, false],
  ['does not exist', { detail: { missing: [{ exists: false }] } }, true],
  ['does not exist (present)', { detail: { state: [{ exists: false }] } }, false],
  ['does not exist under an absent object', { nothing: { here: [{ exists: false }] } }, true],
  ['$or: one alternative', { detail: { $or: [{ state: ['running'] }, { 'c-count': [{ numeric: ['>', 3] }] }] } }, true],
  ['$or: none', { detail: { $or: [{ state: ['running'] }, { 'c-count': [{ numeric: ['>', 9] }] }] } }, false],
  ['empty string is a value', { detail: { state: [''] } }, false],
];

describe('matchesEventPattern', () => {
  it.each(cases)('%s', (_name, pattern, expected) => {
    expect(matchesEventPattern(pattern, event)).toBe(expected);
  });

  it.each([
    ['an empty list', { source: [] }],
    ['an unknown operator', { source: [{ startsWith: 'aws' }] }],
    ['a numeric without a number', { detail: { 'c-count': [{ numeric: ['>', '0'] }] } }],
    ['an operator object with two keys', { source: [{ prefix: 'a', suffix: 'b' }] }],
    ['a bare value', { source: 'aws.ec2' }],
    ['$or with one pattern', { $or: [{ source: ['aws.ec2'] }] }],
  ])('refuses %s', (_name, pattern) => {
    expect(() => matchesEventPattern(pattern as unknown as EventPattern, event)).toThrow(InvalidEventPattern);
  });
});
