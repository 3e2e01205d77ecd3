/**
 * 简体中文：申报单位和管理部门阅读的目录，按决定通知书的行文（../shared/notes/zh-CN-style.md）：
 * 术语依 SPEC §3.2 与术语表；金额写作1,000,000.00元，政策限额写作3000万元，日期写作2021年1月1日；
 * 不出现英文代码（状态、活动类型、政策版本一律以中文表述）；决定只认定是否符合条件并测算金额，
 * 具体金额以审核核定为准；申诉即复核，保留依法申请行政复议的权利。
 * Figures are written by the formatters of ./format.ts, never interpolated raw.
 */
import type { ApplicationStatus } from '../domain/application.js';
import type { Catalogue } from './catalogue.js';
import { zhFormat as f } from './format.js';
import { chineseZodMessage } from './zod-zh.js';

type Texts = Catalogue['reasons'];

/** `maximum` names a reviewed programme's limit: a published standard when it is a configurable default (AI activities). */
const reviewCeiling =
  (maximum: (limit: string) => string): Texts['AI_ACTIVITY.cap'] =>
  (p) =>
    p.limited
      ? `申请金额${f.money(p.requested)}，超过${maximum(f.limit(p.maximum))}，可核定金额最高为${f.money(p.ceiling)}，具体金额以审核核定为准。`
      : `申请金额${f.money(p.requested)}，未超过${maximum(f.limit(p.maximum))}，具体金额以审核核定为准。`;
const ownMaximum = (limit: string) => `本项最高支持额度${limit}`;
const requested: Texts['AI_ACTIVITY.requestedAmount'] = (p) =>
  p.held ? `申请金额${f.money(p.requested)}。` : '申请金额须大于0.00元。';
const somethingToAward: Texts['OSP_RND.amount'] = (p) =>
  p.held
    ? `测算补贴金额为${f.money(p.subsidy)}，大于0.00元。`
    : '按比例测算的补贴金额舍去分以下部分后为0.00元，本次不予补贴。';
const rate =
  (costs: string): Texts['OSP_RND.rate'] =>
  (p) =>
    `按${costs}${f.money(p.costs)}的${p.rate}测算，补贴金额为${f.money(p.subsidy)}（舍去分以下部分）。`;
const fiscalYearEnded = (p: { held: boolean; fiscalYear: number; submittedOn: string }) =>
  p.held
    ? `${f.year(p.fiscalYear)}已结束。`
    : `申报于${f.date(p.submittedOn)}提交时，${f.year(p.fiscalYear)}尚未结束，不符合申报条件。`;

const RECOGNITIONS = {
  NATIONAL_KEY_LABORATORY: '国家重点实验室',
  NATIONAL_ENTERPRISE_TECHNOLOGY_CENTER: '国家企业技术中心',
};
const ORIGINS = { DOMESTIC: '境内', FOREIGN: '境外' };
const ACTIVITY_TYPES = {
  COMPETITION: '人工智能竞赛',
  PUBLIC_DATA_COLLECTION: '公共数据采集',
  DATA_OPTIMISATION: '数据优化',
  DATA_IMPROVEMENT: '数据完善',
  INFRASTRUCTURE_FIRST_USE: '基础设施首次应用',
  TECHNOLOGY_APPLICATION: '技术应用',
  ECOSYSTEM_CONSTRUCTION: '产业生态建设',
};
const NOT_ELIGIBLE = '不符合申报条件';

const reasons: Texts = {
  'policy.window': (p) =>
    p.held
      ? `申报于${f.date(p.submittedOn)}提交，在本政策申报受理期内（${f.date(p.opensOn)}起受理）。`
      : `申报于${f.date(p.submittedOn)}提交，早于本政策申报受理起始日（${f.date(p.opensOn)}起受理），不予受理。`,
  'organisation.registeredInLingang': (p) =>
    p.held
      ? '申报单位声明注册于临港新片区。'
      : `申报单位未声明注册于临港新片区；本政策仅支持注册于临港新片区的单位，${NOT_ELIGIBLE}。`,

  'OSP_RND.certification': (p) =>
    p.held
      ? `该平台的深度学习开源平台认定覆盖${f.date(p.periodStart)}至${f.date(p.periodEnd)}整个期间。`
      : `该平台没有覆盖${f.date(p.periodStart)}至${f.date(p.periodEnd)}整个期间的深度学习开源平台认定，${NOT_ELIGIBLE}。`,
  'OSP_RND.period': (p) => {
    const period = `${f.date(p.periodStart)}至${f.date(p.periodEnd)}`;
    if (p.held)
      return `研发费用发生期间${period}在本政策有效期内，且在申报提交日（${f.date(p.submittedOn)}）前已结束。`;
    if (p.withinValidity)
      return `申报于${f.date(p.submittedOn)}提交时，研发费用发生期间（${period}）尚未结束；仅已发生的研发费用可以申报。`;
    return `研发费用发生期间${period}不在本政策有效期内（${f.date(p.validFrom)}起${p.validUntil ? `至${f.date(p.validUntil)}止` : ''}）。`;
  },
  'OSP_RND.costs': (p) => (p.held ? `申报研发费用${f.money(p.costs)}。` : '申报研发费用须大于0.00元。'),
  'OSP_RND.rate': rate('研发费用'),
  'OSP_RND.amount': somethingToAward,
  'OSP_RND.cap': (p) => {
    const cap = `每个平台研发费用补贴累计最高${f.limit(p.cap)}`;
    return {
      exhausted: `${cap}，该平台已获补贴已达上限，本次不予补贴。`,
      limited: `${cap}，扣除已获补贴后余额为${f.money(p.remaining)}，本次按该余额核定。`,
      within: `${cap}，扣除已获补贴后余额为${f.money(p.remaining)}，测算金额未超过余额。`,
    }[p.state];
  },

  'OSP_OPERATING.certification': (p) =>
    p.held
      ? `深度学习开源平台认定在${f.year(p.fiscalYear)}内有效。`
      : `${f.year(p.fiscalYear)}内没有任何一天持有有效的深度学习开源平台认定，${NOT_ELIGIBLE}。`,
  'OSP_OPERATING.fiscalYear': (p) =>
    !p.held && p.fiscalYear < p.firstFiscalYear
      ? `${f.year(p.fiscalYear)}早于本政策支持的首个年度（${f.year(p.firstFiscalYear)}），${NOT_ELIGIBLE}。`
      : fiscalYearEnded(p),
  'OSP_OPERATING.costs': (p) => (p.held ? `申报运营费用${f.money(p.costs)}。` : '申报运营费用须大于0.00元。'),
  'OSP_OPERATING.rate': rate('运营费用'),
  'OSP_OPERATING.amount': somethingToAward,
  'OSP_OPERATING.cap': (p) => {
    const cap = `每个平台每年度运营费用补贴最高${f.limit(p.cap)}`;
    return {
      exhausted: `${cap}，该平台${f.year(p.fiscalYear)}已获补贴已达上限，本次不予补贴。`,
      limited: `${cap}，该平台${f.year(p.fiscalYear)}扣除已获补贴后余额为${f.money(p.remaining)}，本次按该余额核定。`,
      within: `${cap}，该平台${f.year(p.fiscalYear)}扣除已获补贴后余额为${f.money(p.remaining)}，测算金额未超过余额。`,
    }[p.state];
  },

  'AI_ACTIVITY.activityType': (p) =>
    `活动类型为“${ACTIVITY_TYPES[p.activityType]}”，属于本政策资助的人工智能竞赛和活动类别。`,
  'AI_ACTIVITY.requestedAmount': requested,
  'AI_ACTIVITY.cap': reviewCeiling((limit) => `管理部门公布的资助标准（最高${limit}）`),

  'REVENUE_MILESTONE.fiscalYear': fiscalYearEnded,
  'REVENUE_MILESTONE.threshold': (p) =>
    p.held
      ? `主营业务收入${f.money(p.income)}，超过${f.limit(p.threshold)}。`
      : `主营业务收入${f.money(p.income)}，未超过${f.limit(p.threshold)}，${NOT_ELIGIBLE}。`,
  'REVENUE_MILESTONE.firstTime': (p) =>
    p.held
      ? `此前申报的各年度主营业务收入均未超过${f.limit(p.threshold)}，属于首次超过。`
      : `主营业务收入已于${f.years(p.yearsAbove)}超过${f.limit(p.threshold)}，不属于首次超过，不予奖励。`,
  'REVENUE_MILESTONE.oncePerApplicant': (p) =>
    p.held ? '申报单位此前未获主营业务收入奖励。' : '申报单位已获主营业务收入奖励，本项奖励每个单位限一次，不予奖励。',
  'REVENUE_MILESTONE.higherTier': (p) => {
    const claimed = `本次申报对应超过${f.limit(p.threshold)}档`;
    if (p.rewardedThreshold === null) return `申报单位此前未获主营业务收入奖励；${claimed}。`;
    const rewarded = `已获奖励的最高档（超过${f.limit(p.rewardedThreshold)}档）`;
    return p.held ? `${claimed}，高于${rewarded}。` : `${claimed}，未高于${rewarded}；每档奖励限一次，不予奖励。`;
  },
  'REVENUE_MILESTONE.stepUp': (p) => {
    const standard = `按升级差额补足原则，超过${f.limit(p.threshold)}档对应奖励标准为${f.money(p.award)}`;
    return p.held
      ? `${standard}，扣除已获主营业务收入奖励${f.money(p.received)}后，测算奖励金额为${f.money(p.difference)}。`
      : `${standard}，已获主营业务收入奖励${f.money(p.received)}，无差额可补足，本次不予奖励。`;
  },
  'REVENUE_MILESTONE.tier': (p) =>
    p.held
      ? `主营业务收入超过${f.limit(p.above)}${p.upTo === null ? '' : `、不超过${f.limit(p.upTo)}`}，对应奖励标准为${f.money(p.award)}。`
      : `本政策奖励标准中没有与主营业务收入${f.money(p.income)}对应的档位。`,

  'ENTERPRISE_SETTLEMENT.establishedOn': (p) => {
    if (p.held) return `于${f.date(p.establishedOn)}在临港新片区新设立或新迁入（${ORIGINS[p.origin]}企业）。`;
    if (p.establishedOn > p.submittedOn) {
      return `设立日期${f.date(p.establishedOn)}晚于申报提交日期${f.date(p.submittedOn)}；仅已落户的企业可以申报，${NOT_ELIGIBLE}。`;
    }
    return `设立日期${f.date(p.establishedOn)}早于${f.date(p.establishedFrom)}；本项仅支持自该日起新设立或新迁入的企业，${NOT_ELIGIBLE}。`;
  },
  'ENTERPRISE_SETTLEMENT.oncePerApplicant': (p) =>
    p.held ? '申报单位此前未获一次性落户奖励。' : '申报单位已获一次性落户奖励，本项奖励每个单位限一次，不予奖励。',
  'ENTERPRISE_SETTLEMENT.requestedAmount': requested,
  'ENTERPRISE_SETTLEMENT.cap': reviewCeiling(ownMaximum),

  'NATIONAL_PLATFORM.recognition': (p) =>
    `于${f.date(p.recognizedOn)}认定为${RECOGNITIONS[p.recognition]}（认定编号：${p.reference}）。`,
  'NATIONAL_PLATFORM.recognizedOn': (p) =>
    p.held
      ? `认定日期${f.date(p.recognizedOn)}不晚于申报提交日期${f.date(p.submittedOn)}。`
      : `认定日期${f.date(p.recognizedOn)}晚于申报提交日期${f.date(p.submittedOn)}；仅已获得的认定可以申报，${NOT_ELIGIBLE}。`,
  'NATIONAL_PLATFORM.oncePerRecognition': (p) =>
    p.held ? `认定编号${p.reference}此前未获奖励。` : `认定编号${p.reference}已获奖励；每项认定限奖励一次，不予奖励。`,
  'NATIONAL_PLATFORM.requestedAmount': requested,
  'NATIONAL_PLATFORM.cap': reviewCeiling(ownMaximum),

  'appeal.window': (p) =>
    `原决定于${f.date(p.decidedOn)}作出，复核申请期限为${p.windowDays}日（至${f.date(p.lastDay)}止）；复核申请于${f.date(p.appealedOn)}提出，${p.held ? '在期限内' : '已超过复核申请期限'}。`,
  'appeal.upheld': (p) => `经复核，维持原决定（${f.status(p.outcome)}）。不影响依法申请行政复议或提起行政诉讼的权利。`,
  'appeal.granted': (p) => `经复核，核定支持金额${f.money(p.amount)}（可核定金额最高为${f.money(p.ceiling)}）。`,
};

const NOT_FOUND = {
  application: '申报',
  'payout-run': '拨付批次',
  route: '接口',
  path: '路径',
  document: '证明材料',
  simulation: '政策测算',
  export: '导出文件',
};
const statusIs = (status: ApplicationStatus) => `该申报当前状态为“${f.status(status)}”`;

export const zhCN: Catalogue = {
  language: 'zh-CN',
  batch: {
    lineTooLong: (maxChars) => `该行过长：超过${f.count(maxChars)}个字符`,
    blankLine: '空行：每行应为一个申报案例',
    notJson: '该行不是有效的JSON',
    notACase: '该行不是有效的申报案例',
    evaluationFailed: '测算失败',
    runtimeDetails: false,
    unknownVersion: (version, known) => `没有政策版本“${version}”（可用版本：${known.join('、')}）`,
    jobsRange: (given) => `--jobs应为1至64的整数，而不是“${given}”`,
    readingFromTerminal: '正在从终端读取申报案例，每行一个；按Ctrl-D结束（--help查看用法）',
    progress: (lines, invalid, perSecond) =>
      `已处理${f.count(lines)}行，其中无效${f.count(invalid)}行，每秒${f.count(perSecond)}行`,
  },
  reasons,
  problems: {
    validation: {
      title: '请求内容不符合要求',
      detail: (p) => `请求内容不符合要求，逐项说明如下：${p.errors.map((e) => e.message).join('；')}。`,
    },
    'malformed-json': { title: '请求体格式错误', detail: () => '请求体不是有效的JSON。' },
    unauthorized: { title: '未通过身份认证', detail: () => '需要有效的访问令牌。' },
    forbidden: { title: '无权访问', detail: () => '仅管理员可以使用此功能。' },
    'not-found': {
      title: '未找到',
      detail: (p) => `未找到${NOT_FOUND[p.what]}${p.id === undefined ? '' : `（编号：${p.id}）`}。`,
    },
    'method-not-allowed': {
      title: '不支持的请求方法',
      detail: (p) => `${p.path}支持${p.allowed}请求，不支持${p.method}请求。`,
    },
    'body-too-large': { title: '请求体过大', detail: (p) => `请求体不得超过${f.count(p.maxBytes)}字节。` },
    'headers-too-large': {
      title: '请求头过大',
      detail: (p) => `请求行与请求头合计不得超过${f.count(p.maxBytes)}字节。`,
    },
    'malformed-request': { title: '请求格式错误', detail: () => '请求格式不正确，无法解析。' },
    'request-timeout': { title: '请求超时', detail: () => '请求未能按时送达，请通过新的连接重新发送。' },
    'unsupported-media-type': { title: '不支持的媒体类型', detail: () => '请求体须以JSON格式发送。' },
    internal: { title: '内部错误', detail: () => '请求未能完成，可以安全地重新提交。' },
    'not-withdrawable': {
      title: '无法撤回',
      detail: (p) => `仅${f.statuses(p.allowed)}状态的申报可以撤回，${statusIs(p.status)}。`,
    },
    'fiscal-year-not-subsidised': {
      title: '年度不在支持范围内',
      detail: (p) => `${f.year(p.fiscalYear)}早于本政策支持的首个年度（${f.year(p.firstFiscalYear)}）。`,
    },
    'payout-not-yet-due': {
      title: '尚未到拨付时间',
      detail: (p) =>
        `${f.year(p.fiscalYear)}运营费用补贴自${f.date(p.opensOn)}（北京时间）起拨付，今天是${f.date(p.today)}。`,
    },
    'no-longer-eligible': {
      title: '已不符合条件',
      detail: (p) => `该申报已不能核定：${p.reasons.map((r) => r.message).join('')}`,
    },
    'not-awaiting-review': {
      title: '不在待审核状态',
      detail: (p) => `该申报（编号：${p.applicationId}）当前状态为“${f.status(p.status)}”；仅“待审核”的申报可以审核。`,
    },
    'concurrent-update': { title: '处理冲突', detail: () => '处理期间本请求涉及的记录持续变化，请重新提交。' },
    'idempotency-key-in-flight': {
      title: '请求正在处理',
      detail: () => '使用同一幂等键的请求仍在处理中，请稍后重试。',
    },
    'idempotency-key-reused': { title: '幂等键重复使用', detail: () => '该幂等键已用于内容不同的请求。' },
    'amount-out-of-range': { title: '金额超出范围', detail: (p) => `金额${p.message}。` },
    'documents-not-accepted': {
      title: '不能添加证明材料',
      detail: (p) => `仅${f.statuses(p.allowed)}状态的申报可以添加证明材料，${statusIs(p.status)}。`,
    },
    'document-limit-reached': {
      title: '证明材料数量已达上限',
      detail: (p) => `每项申报最多可提交${p.max}份证明材料。`,
    },
    'application-window-closed': {
      title: '尚未开始受理',
      detail: (p) => `本政策自${f.date(p.opensOn)}（北京时间）起受理申报，今天是${f.date(p.today)}。`,
    },
    'appeal-not-allowed': {
      title: '不能申请复核',
      detail: (p) => `仅${f.statuses(p.allowed)}的申报可以申请复核，${statusIs(p.status)}。`,
    },
    'appeal-window-closed': {
      title: '已超过复核申请期限',
      detail: (p) =>
        `原决定于${f.date(p.decidedOn)}作出，复核申请期限为${p.windowDays}日，至${f.date(p.lastDay)}（北京时间）止；今天是${f.date(p.today)}，已超过复核申请期限。`,
    },
    'already-appealed': {
      title: '已申请复核',
      detail: (p) => `该申报（编号：${p.applicationId}）已申请过复核；每项申报只能申请一次复核。`,
    },
    'not-appealed': {
      title: '不在复核中',
      detail: (p) =>
        `该申报（编号：${p.applicationId}）当前状态为“${f.status(p.status)}”；仅“复核中”的申报可以作出复核决定。`,
    },
    'appeal-decider-reviewed': {
      title: '无权作出复核决定',
      detail: (p) => `${p.reviewedBy}审核过该申报，其复核须由另一名管理员决定。`,
    },
  },
  fields: {
    moneyType: '应为以字符串表示的金额（元），例如“1250.50”',
    moneyFormat: '应为非负金额（元），不加千位分隔符，最多两位小数，例如“1250.50”',
    date: '应为“年-月-日”格式的日历日期（四位年份、两位月份、两位日期）',
    instant: '应为带时区偏移的日期时间（ISO 8601格式）',
    fiscalYear: '应为整数年份',
    uscc: '不是有效的统一社会信用代码（应为18位，校验码按GB 32100-2015计算）',
    programme: '申报项目不在本政策支持范围内',
    periodOrder: '期间结束日期不得早于开始日期',
    priorYears: '以往各年度须早于申报年度，且每个年度只列一次',
    certificationOrder: '认定有效期的结束日期不得早于开始日期',
    awardFiscalYear: '运营费用补贴的获补记录须注明年度',
    awardRecognition: '国家级平台奖励的获奖记录须注明认定编号',
    bodyRequired: '请求体不得为空',
    bodyNotObject: '请求体须为JSON对象',
    pathParameterMissing: '缺少路径参数',
    pathSegmentEncoding: '不是有效的URL编码路径段',
    idSegment: '应为1至64个字母、数字、“-”或“_”',
    applicantIdSegment: '应为1至128个除“#”以外的可打印ASCII字符',
    idempotencyKeyLength: (p) => `长度应为1至${p.max}个字符`,
    reviewAmount: (p) => `须大于0.00元且不超过${f.money(p.ceiling)}（申请金额受本项最高支持额度限制）`,
    cursorNotIssued: '不是本列表签发的翻页游标',
    cursorOtherListing: '该翻页游标属于另一列表，请不带游标重新查询',
    unknownField: '不接受的字段',
    limit: '应为1至100的整数',
    cursorEmpty: '翻页游标不得为空',
    statusParameter: '不是有效的申报状态',
    programmeParameter: '不是有效的申报项目',
    needsAttention: '仅可取值true',
    fiscalYearRequired: '年度为必填项，例如2021',
    fourDigitYear: '应为四位数年份，例如2021',
    approvalAmount: '审核通过须注明核定金额',
    rejectionAmount: '审核不通过不得注明金额',
    sha256Hex: '应为文件的SHA-256摘要，即64位十六进制数字',
    fileName: '应为1至255个字符的单行文件名，不含控制字符、不成对的代理码元、文字方向控制符、“/”或“\\”',
    documentSize: '应为以字节计的文件大小，1至20,971,520之间的整数（20MiB）',
    grantAmount: '复核核定须注明核定金额',
    upholdAmount: '维持原决定不得注明金额',
    appealDocument: '不是该申报的证明材料',
    documentIdsUnique: '每份证明材料只能列出一次',
    singleLineText: '应为单行文字，不得包含换行符等控制字符、不成对的代理码元或文字方向控制符',
    multiLineText: '不得包含换行符以外的控制字符、不成对的代理码元或文字方向控制符',
    dateFrom1900: '日期不得早于1900年1月1日',
    percentParameter: '应为0.01%至100%之间的百分比，最多两位小数，例如“15%”',
    amountParameter: '应为大于0.00元且不超过100亿元的金额，不加千位分隔符，最多两位小数',
    yearParameter: '应为2000年度至2100年度之间的年份',
    monthDayParameter: '应为“月-日”格式的日期，例如“03-01”（不得为02-29）',
    daysParameter: '应为1至3,650之间的整数天数',
    revenueTiersParameter: '收入档次须按顺序排列，每档起点等于上一档终点且终点高于起点，最后一档不设终点',
    submissionWindow: '提交截止日期不得早于提交起始日期',
    programmesUnique: '每个申报项目只能列出一次',
  },
  zodMessage: chineseZodMessage,
};
