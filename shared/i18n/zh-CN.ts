/**
 * 简体中文：申请人和管理部门使用的目录。术语依 SPEC §3.2：临港新片区、开源深度学习平台、
 * 研发费用、运营费用、主营业务收入、国家重点实验室、国家企业技术中心、元、统一社会信用代码。
 * Amounts and dates are cited exactly as in English (same digits).
 */
import { zhCN as zodChinese } from 'zod/locales';
import { APPLICATION_STATUSES } from '../domain/application.js';
import { PROGRAMMES } from '../policy/schemas.js';
import type { Catalogue } from './catalogue.js';
import { zodMessageIn } from './zod-messages.js';

type Texts = Catalogue['reasons'];

const requested: Texts['AI_ACTIVITY.requestedAmount'] = (p) => (p.held ? `申请金额 ${p.requested} 元。` : '申请金额必须大于 0.00 元。');
const reviewCeiling: Texts['AI_ACTIVITY.cap'] = (p) =>
  p.limited
    ? `申请金额 ${p.requested} 元超过上限 ${p.maximum} 元；评审人最多可批准 ${p.ceiling} 元。`
    : `评审人最多可批准申请的 ${p.requested} 元（上限 ${p.maximum} 元）。`;
const somethingToAward: Texts['OSP_RND.amount'] = (p) =>
  p.held ? `补贴金额 ${p.subsidy} 元，大于 0.00 元。` : '补贴金额向下取整后为 0.00 元，不予补贴。';
const fiscalYearEnded = (p: { held: boolean; fiscalYear: number; submittedOn: string }) =>
  p.held ? `${p.fiscalYear} 财年已结束。` : `申请于 ${p.submittedOn} 提交时，${p.fiscalYear} 财年尚未结束。`;

const RECOGNITIONS = { NATIONAL_KEY_LABORATORY: '国家重点实验室', NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER: '国家企业技术中心' };
const ORIGINS = { DOMESTIC: '境内', FOREIGN: '境外' };
const ACTIVITY_TYPES = {
  COMPETITION: '人工智能竞赛',
  PUBLIC_DATA_COLLECTION: '公共数据采集',
  DATA_OPTIMISATION: '数据优化',
  DATA_IMPROVEMENT: '数据完善',
  INFRASTRUCTURE_FIRST_USE: '基础设施首次使用',
  TECHNOLOGY_APPLICATION: '技术应用',
  ECOSYSTEM_CONSTRUCTION: '产业生态建设',
};

const reasons: Texts = {
  'policy.window': (p) => `于 ${p.submittedOn} 提交，${p.held ? '在' : '早于'} ${p.version} 于 ${p.opensOn} 开放的申报期${p.held ? '内' : ''}。`,
  'organisation.registeredInLingang': (p) =>
    p.held ? '申请人声明注册于临港新片区。' : '申请人未声明注册于临港新片区；仅注册于临港新片区的机构符合条件。',

  'OSP_RND.certification': (p) =>
    `${p.held ? '开源深度学习平台认定覆盖' : '没有开源深度学习平台认定覆盖'} ${p.periodStart} 至 ${p.periodEnd} 的整个期间。`,
  'OSP_RND.period': (p) => {
    const period = `${p.periodStart} 至 ${p.periodEnd} 的期间`;
    if (p.held) return `${period}在 ${p.version} 的有效期内，且在 ${p.submittedOn} 提交时已结束。`;
    if (p.withinValidity) return `申请于 ${p.submittedOn} 提交时，${period}尚未结束：仅已发生的研发费用符合条件。`;
    return `${period}不在 ${p.version} 的有效期内（自 ${p.validFrom} 起${p.validUntil ? `至 ${p.validUntil}` : ''}）。`;
  },
  'OSP_RND.costs': (p) => (p.held ? `申报研发费用 ${p.costs} 元。` : '申报的研发费用必须大于 0.00 元。'),
  'OSP_RND.rate': (p) => `研发费用 ${p.costs} 元的 ${p.rate} 为 ${p.subsidy} 元。`,
  'OSP_RND.amount': somethingToAward,
  'OSP_RND.cap': (p) =>
    ({
      exhausted: `每个平台累计 ${p.cap} 元的上限已被此前的研发费用补贴用尽。`,
      limited: `累计上限 ${p.cap} 元仅剩 ${p.remaining} 元；补贴以此为限。`,
      within: `累计上限 ${p.cap} 元尚余 ${p.remaining} 元。`,
    })[p.state],

  'OSP_OPERATING.certification': (p) =>
    p.held ? `开源深度学习平台认定在 ${p.fiscalYear} 财年内有效。` : `没有开源深度学习平台认定在 ${p.fiscalYear} 财年的任何一天有效。`,
  'OSP_OPERATING.fiscalYear': (p) =>
    !p.held && p.fiscalYear < p.firstFiscalYear ? `${p.fiscalYear} 财年早于政策补贴的首个财年 ${p.firstFiscalYear}。` : fiscalYearEnded(p),
  'OSP_OPERATING.costs': (p) => (p.held ? `申报运营费用 ${p.costs} 元。` : '申报的运营费用必须大于 0.00 元。'),
  'OSP_OPERATING.rate': (p) => `运营费用 ${p.costs} 元的 ${p.rate} 为 ${p.subsidy} 元。`,
  'OSP_OPERATING.amount': somethingToAward,
  'OSP_OPERATING.cap': (p) =>
    ({
      exhausted: `${p.fiscalYear} 财年 ${p.cap} 元的上限已被此前的运营费用补贴用尽。`,
      limited: `${p.fiscalYear} 财年 ${p.cap} 元的上限仅剩 ${p.remaining} 元；补贴以此为限。`,
      within: `${p.fiscalYear} 财年 ${p.cap} 元的上限尚余 ${p.remaining} 元。`,
    })[p.state],

  'AI_ACTIVITY.activityType': (p) => `活动属于支持的类别：${ACTIVITY_TYPES[p.activityType]}（${p.activityType}）。`,
  'AI_ACTIVITY.requestedAmount': requested,
  'AI_ACTIVITY.cap': reviewCeiling,

  'REVENUE_MILESTONE.fiscalYear': fiscalYearEnded,
  'REVENUE_MILESTONE.threshold': (p) => `主营业务收入 ${p.income} 元${p.held ? '超过' : '未超过'} ${p.threshold} 元。`,
  'REVENUE_MILESTONE.firstTime': (p) =>
    p.held
      ? `此前申报的年度均未超过 ${p.threshold} 元：本次为首次。`
      : `主营业务收入已于 ${p.yearsAbove.join('、')} 年超过 ${p.threshold} 元：奖励仅限首次。`,
  'REVENUE_MILESTONE.oncePerApplicant': (p) =>
    p.held ? '申请人此前未获得营业收入奖励。' : '申请人已获得营业收入奖励，每个申请人仅可获得一次。',
  'REVENUE_MILESTONE.higherTier': (p) =>
    p.rewardedThreshold === null
      ? `此前未获主营业务收入奖励；本次申报档位为超过 ${p.threshold} 元。`
      : p.held
        ? `本次申报档位（超过 ${p.threshold} 元）高于已获奖励的最高档位（超过 ${p.rewardedThreshold} 元）。`
        : `本次申报档位（超过 ${p.threshold} 元）不高于已获奖励的最高档位（超过 ${p.rewardedThreshold} 元）；每一档位仅奖励一次，不予奖励。`,
  'REVENUE_MILESTONE.stepUp': (p) =>
    p.held
      ? `按升级差额补足原则：超过 ${p.threshold} 元档位奖励标准为 ${p.award} 元，扣除已获主营业务收入奖励 ${p.received} 元，差额为 ${p.difference} 元。`
      : `按升级差额补足原则：超过 ${p.threshold} 元档位奖励标准为 ${p.award} 元，已获主营业务收入奖励 ${p.received} 元，无差额可补，不予奖励。`,
  'REVENUE_MILESTONE.tier': (p) =>
    p.held
      ? `收入超过 ${p.above}${p.upTo === null ? '' : `、不超过 ${p.upTo}`} 元，奖励 ${p.award} 元。`
      : `${p.version} 没有覆盖 ${p.income} 元的奖励档位。`,

  'ENTERPRISE_SETTLEMENT.establishedOn': (p) => {
    if (p.held) return `于 ${p.establishedOn} 在临港新片区设立（${ORIGINS[p.origin]}企业）。`;
    if (p.establishedOn > p.submittedOn) return `设立日期 ${p.establishedOn} 晚于提交日期 ${p.submittedOn}：仅已设立的企业符合条件。`;
    return `设立日期 ${p.establishedOn} 早于 ${p.establishedFrom}：仅自该日起设立的企业符合条件。`;
  },
  'ENTERPRISE_SETTLEMENT.oncePerApplicant': (p) => (p.held ? '申请人此前未获得落户奖励。' : '申请人已获得一次性落户奖励。'),
  'ENTERPRISE_SETTLEMENT.requestedAmount': requested,
  'ENTERPRISE_SETTLEMENT.cap': reviewCeiling,

  'NATIONAL_PLATFORM.recognition': (p) => `于 ${p.recognizedOn} 认定为${RECOGNITIONS[p.recognition]}（编号 ${p.reference}）。`,
  'NATIONAL_PLATFORM.recognizedOn': (p) =>
    p.held
      ? `认定日期 ${p.recognizedOn} 不晚于提交日期 ${p.submittedOn}。`
      : `认定日期 ${p.recognizedOn} 晚于提交日期 ${p.submittedOn}：仅已获得的认定符合条件。`,
  'NATIONAL_PLATFORM.oncePerRecognition': (p) =>
    p.held ? `认定 ${p.reference} 此前未获奖励。` : `认定 ${p.reference} 已获奖励；每项认定仅奖励一次。`,
  'NATIONAL_PLATFORM.requestedAmount': requested,
  'NATIONAL_PLATFORM.cap': reviewCeiling,

  'appeal.window': (p) =>
    `决定日期为 ${p.decidedOn}；申诉期为 ${p.windowDays} 日，截至 ${p.lastDay}；${p.held ? '申诉' : '本次请求'}日期为 ${p.appealedOn}。`,
  'appeal.upheld': (p) => `申诉维持原决定：申请恢复为 ${p.outcome}。`,
  'appeal.granted': (p) => `经申诉核准 ${p.amount} 元（最多可核准 ${p.ceiling} 元）。`,
};

const conflict = (detail: string) => ({ title: '冲突', detail: () => detail });
const NOT_FOUND = { application: '申请', 'payout-run': '拨付批次', route: '路由', path: '路径', document: '材料' };

export const zhCN: Catalogue = {
  language: 'zh-CN',
  reasons,
  problems: {
    validation: { title: '请求无效', detail: (p) => p.errors.map((e) => `${e.path || '（请求体）'}：${e.message}`).join('；') },
    'malformed-json': { title: 'JSON 格式错误', detail: () => '请求体不是有效的 JSON' },
    unauthorized: { title: '未认证', detail: () => '需要有效的 Bearer 令牌' },
    forbidden: { title: '禁止访问', detail: (p) => `此路由需要 ${p.group} 组的成员身份` },
    'not-found': { title: '未找到', detail: (p) => `未找到${NOT_FOUND[p.what]}${p.id === undefined ? '' : ` ${p.id}`}` },
    'method-not-allowed': { title: '不允许的方法', detail: (p) => `${p.path} 支持 ${p.allowed}，不支持 ${p.method}` },
    'body-too-large': { title: '请求体过大', detail: (p) => `请求体不得超过 ${p.maxBytes} 字节` },
    'unsupported-media-type': { title: '不支持的媒体类型', detail: () => '请求体必须以 content-type application/json 发送' },
    internal: { title: '内部错误', detail: () => '请求未能完成；可以安全重试' },
    'not-withdrawable': { title: '冲突', detail: (p) => `申请仅在 ${p.allowed.join(' 或 ')} 状态下可撤回；此申请为 ${p.status}` },
    'fiscal-year-not-subsidised': {
      title: '冲突',
      detail: (p) => `${p.fiscalYear} 财年早于 ${p.version} 补贴的首个财年 ${p.firstFiscalYear}`,
    },
    'payout-not-yet-due': {
      title: '冲突',
      detail: (p) => `${p.fiscalYear} 财年的运营费用补贴自 ${p.opensOn}（上海时间）起拨付；今天是 ${p.today}`,
    },
    'no-longer-eligible': {
      title: '冲突',
      detail: (p) => `该申请已不能批准：${p.reasons.map((r) => `${r.rule}：${r.message}`).join(' ')}`,
    },
    'not-awaiting-review': {
      title: '冲突',
      detail: (p) => `申请 ${p.applicationId} 的状态为 ${p.status}；仅 NEEDS_REVIEW 状态的申请可评审`,
    },
    'concurrent-update': conflict('处理期间本请求涉及的记录持续变化；请重试'),
    'idempotency-key-in-flight': conflict('使用此 Idempotency-Key 的请求仍在处理中；请稍后重试'),
    'idempotency-key-reused': { title: '无法处理的请求', detail: () => '此 Idempotency-Key 已用于不同的请求体' },
    'amount-out-of-range': { title: '无法处理的请求', detail: (p) => `amount：${p.message}` },
    'documents-not-accepted': {
      title: '冲突',
      detail: (p) => `仅在申请处于 ${p.allowed.join('、')} 状态时可添加材料；此申请为 ${p.status}`,
    },
    'document-limit-reached': { title: '冲突', detail: (p) => `每个申请最多可有 ${p.max} 份材料` },
    'application-window-closed': {
      title: '无法处理的请求',
      detail: (p) => `${p.version} 自 ${p.opensOn}（上海时间）起受理申请；今天是 ${p.today}`,
    },
    'appeal-not-allowed': { title: '冲突', detail: (p) => `仅 ${p.allowed.join(' 或 ')} 状态的申请可申诉；此申请为 ${p.status}` },
    'appeal-window-closed': {
      title: '冲突',
      detail: (p) => `${p.decidedOn} 作出的决定可在 ${p.windowDays} 日内申诉，截至 ${p.lastDay}（上海时间）；今天是 ${p.today}`,
    },
    'already-appealed': { title: '冲突', detail: (p) => `申请 ${p.applicationId} 已提出申诉；每项申请仅可申诉一次` },
    'not-appealed': { title: '冲突', detail: (p) => `申请 ${p.applicationId} 的状态为 ${p.status}；仅 APPEALED 状态的申请待作申诉决定` },
    'appeal-decider-reviewed': { title: '禁止访问', detail: (p) => `${p.reviewedBy} 评审了此申请；其申诉须由另一名管理员决定` },
  },
  fields: {
    moneyType: '应为字符串形式的金额（元），例如 "12500000.00"',
    moneyFormat: '应为非负金额（元），最多两位小数，例如 "12500000.00"',
    date: '应为日历日期 YYYY-MM-DD',
    instant: '应为带时区偏移的 ISO 8601 时间，例如 2021-05-01T10:00:00+08:00',
    fiscalYear: '应为整数年份',
    uscc: '不是有效的统一社会信用代码（18 位，GB 32100-2015 校验码）',
    programme: `programme 必须是以下之一：${PROGRAMMES.join(', ')}`,
    periodOrder: '期间的结束日期不得早于开始日期',
    priorYears: '每个以往年度必须早于申报财年，且只出现一次',
    certificationOrder: '认定的结束日期不得早于开始日期',
    awardFiscalYear: 'OSP_OPERATING 奖励计入其财年：fiscalYear 为必填',
    awardRecognition: 'NATIONAL_PLATFORM 奖励对应一项认定：recognitionReference 为必填',
    bodyRequired: '需要 JSON 请求体',
    bodyNotObject: '请求体必须是 JSON 对象',
    pathParameterMissing: '缺少路径参数',
    pathSegmentEncoding: '不是有效的 URL 编码路径段',
    idSegment: '应为 1 至 64 个字母、数字、"-" 或 "_"',
    applicantIdSegment: '应为 1 至 128 个除 "#" 以外的可打印 ASCII 字符',
    idempotencyKeyLength: (p) => `长度必须为 1 至 ${p.max} 个字符`,
    reviewAmount: (p) => `必须大于 0.00 元且不超过 ${p.ceiling} 元（申请金额受项目上限限制）`,
    cursorNotIssued: '不是此列表签发的游标',
    cursorOtherListing: '此游标属于另一个列表：请不带游标重新开始',
    unknownField: '未知字段',
    limit: '应为 1 至 100 的整数',
    cursorEmpty: '游标不得为空',
    statusParameter: `应为以下之一：${APPLICATION_STATUSES.join(', ')}`,
    programmeParameter: `应为以下之一：${PROGRAMMES.join(', ')}`,
    needsAttention: '应为 true',
    fiscalYearRequired: '财年为必填，例如 fiscalYear=2021',
    fourDigitYear: '应为四位数年份，例如 2021',
    approvalAmount: '批准须注明批准金额',
    rejectionAmount: '驳回不得包含金额',
    sha256Hex: '应为文件的 SHA-256，即 64 位十六进制数字',
    fileName: '应为 1 至 255 个字符的文件名，不含控制字符、"/" 或 "\\"',
    documentSize: '应为以字节计的大小，1 至 20971520 的整数（20 MiB）',
    grantAmount: '核准须注明核准金额',
    upholdAmount: '维持原决定不得包含金额',
    appealDocument: '不是此申请的材料',
    documentIdsUnique: '每份材料只能列出一次',
  },
  zodMessage: zodMessageIn(zodChinese()),
};
