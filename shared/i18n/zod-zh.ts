/**
 * zod's own messages in Chinese, by our own error map: zod's zh-CN locale names JavaScript types
 * and formats in English (「期望 boolean，实际接收 string」) and quotes enum codes; an applicant
 * reads what a field should hold, in Chinese only. Enum values are named by what they mean where
 * they are the policy's own (activity types, statuses); other enums are not listed.
 */
import type { core } from 'zod/mini';
import { APPLICATION_STATUSES } from '../domain/application.js';
import { grouped } from './format.js';

const TYPES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '是或否的布尔值',
  object: '对象',
  array: '列表',
  date: '日期',
  null: '空值',
};

const typeName = (expected: string) => TYPES[expected] ?? '正确类型的值';

const received = (input: unknown): string => {
  if (input === null) return '空值';
  if (Array.isArray(input)) return '列表';
  return TYPES[typeof input] ?? '其他类型的值';
};

const figure = (n: number | bigint) => grouped(n);

function tooSmall(issue: core.$ZodIssueTooSmall): string {
  const { origin, minimum, inclusive } = issue;
  if (origin === 'string') return Number(minimum) <= 1 ? '不得为空' : `长度不得少于${figure(minimum)}个字符`;
  if (origin === 'array' || origin === 'set') return `至少应有${figure(minimum)}项`;
  return inclusive ? `不得小于${figure(minimum)}` : `须大于${figure(minimum)}`;
}

function tooBig(issue: core.$ZodIssueTooBig): string {
  const { origin, maximum, inclusive } = issue;
  if (origin === 'string') return `长度不得超过${figure(maximum)}个字符`;
  if (origin === 'array' || origin === 'set') return `最多${figure(maximum)}项`;
  return inclusive ? `不得大于${figure(maximum)}` : `须小于${figure(maximum)}`;
}

const STATUSES: readonly string[] = APPLICATION_STATUSES;

function invalidValue(values: readonly unknown[]): string {
  if (values.every((value) => STATUSES.includes(String(value)))) return '不是有效的申报状态';
  return '取值不在允许范围内';
}

/** A zod issue's message in Chinese. */
export function chineseZodMessage(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '为必填项';
      return `应为${typeName(issue.expected)}，实际为${received(issue.input)}`;
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_format':
      return '格式不正确';
    case 'not_multiple_of':
      return `须为${figure(issue.divisor)}的整数倍`;
    case 'unrecognized_keys':
      return `不接受的字段：${issue.keys.join('、')}`;
    case 'invalid_union':
      return '不符合任何一种允许的形式';
    case 'invalid_key':
      return '键名不正确';
    case 'invalid_element':
      return '列表中有不正确的值';
    case 'invalid_value':
      return invalidValue(issue.values);
    default:
      return '取值不正确';
  }
}
