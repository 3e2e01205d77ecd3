/**
 * The OpenAPI document's words in Chinese (SPEC §13): what ./operations.ts and ./document.ts
 * say in English, by operation id and by place. The generator writes schemas/openapi.zh-CN.json
 * from these; a test fails when an operation, a refusal or a success header has no Chinese text.
 * Terms as in shared/i18n/zh-CN.ts.
 */

export interface OperationTexts {
  summary: string;
  description?: string;
  success: string;
  /** The success answer's headers, by name. */
  headers?: Record<string, string>;
  /** The request headers besides Authorization and Accept-Language, by name. */
  requestHeaders?: Record<string, string>;
  /** Refusals of this route only, by status. */
  refusals?: Record<number, string>;
}

const RACED = '并发请求持续修改时为 `concurrent-update`';

export const OPERATIONS_ZH_CN: Readonly<Record<string, OperationTexts>> = {
  submitApplication: {
    summary: '提交申请',
    description: '受理后异步测算：在 `Location` 读取决定。',
    success: '已受理',
    headers: { Location: '申请：/v1/applications/{id}' },
    requestHeaders: { 'Idempotency-Key': '以相同的键和请求体重复提交，返回首次的应答' },
    refusals: {
      409: '相同的 Idempotency-Key 仍在处理中',
      422: '相同的 Idempotency-Key 配了不同的请求体，或申报期尚未开始',
    },
  },
  listApplications: { summary: '本人的申请，最新在前', success: '一页申请' },
  getApplication: {
    summary: '一项申请及其决定、审核与拨付',
    description: '申请人本人或管理员；管理员可见审计记录。其他申请人的编号返回 404。',
    success: '申请',
  },
  withdrawApplication: {
    summary: '撤回申请（SUBMITTED 或 NEEDS_REVIEW）',
    success: '已撤回的申请',
    refusals: { 409: `当前状态不可撤回（\`not-withdrawable\`）；${RACED}` },
  },
  appealApplication: {
    summary: '对 INELIGIBLE 决定或 REJECTED 审核提出申诉（一次，在申诉期内）',
    description:
      '仅限申请人本人。在决定或审核后的 `appealWindowDays`（见 GET /v1/policy）个日历日内（北京时间）；`documentIds` 须为本申请的材料。申请变为 APPEALED。',
    success: '已申诉的申请',
    refusals: {
      409: `已申诉过（\`already-appealed\`）、不是 INELIGIBLE 或 REJECTED（\`appeal-not-allowed\`），或已过申诉期（\`appeal-window-closed\`）；${RACED}`,
    },
  },
  addDocument: {
    summary: '申报一份证明材料，并取得上传用的预签名 PUT（15 分钟有效）',
    description:
      '申请人本人，在申请为 SUBMITTED、NEEDS_REVIEW、INELIGIBLE 或 REJECTED 时；每项申请至多 20 份材料。' +
      '以 `upload.headers` 中的请求头原样将文件 PUT 到 `upload.url`（签名涵盖类型、长度和 SHA-256）；' +
      '随后核验材料（大小、SHA-256、文件头），结果为 VERIFIED 或 REJECTED。',
    success: '已申报；请在 15 分钟内上传',
    headers: { Location: '材料：/v1/applications/{id}/documents/{documentId}' },
    refusals: {
      409: `申请在当前状态不接收材料（\`documents-not-accepted\`），或已有 20 份（\`document-limit-reached\`）；${RACED}`,
    },
  },
  listDocuments: { summary: '申请的证明材料，最早在前', description: '申请人本人或管理员。', success: '材料' },
  getDocument: {
    summary: '一份证明材料；VERIFIED 后附预签名下载链接（5 分钟有效）',
    description: '申请人本人或管理员。',
    success: '材料',
  },
  listOwnPayouts: { summary: '本人的拨付记录，最新在前', success: '一页拨付记录' },
  getPolicy: { summary: '政策版本、各参数及其依据、今日施行的版本', success: '政策' },
  certifyPlatform: { summary: '认定开源深度学习平台（每个认定编号一项认定）', success: '认定' },
  searchApplications: {
    summary: '审核队列与检索',
    description: '不带条件：审核队列（NEEDS_REVIEW）；`needsAttention=true`：测算持续失败的申请。',
    success: '一页申请',
  },
  reviewApplication: {
    summary: '审核通过（附金额）或不予通过一项待审核的申请',
    success: '已审核的申请',
    refusals: { 409: `不在待审核状态，或已不再符合条件；${RACED}`, 422: '金额超过决定的上限' },
  },
  decideAppeal: {
    summary: '决定申诉：UPHOLD 维持原结果，或 GRANT 核定金额',
    description:
      '由未审核过该申请的管理员决定。GRANT 在项目限额和剩余上限内核定：APPROVED；运营费用补贴则为 ELIGIBLE，由下一次拨付批次支付。',
    success: '申诉已决定的申请',
    refusals: {
      403: '调用者不在 admin 组，或审核过该申请（`appeal-decider-reviewed`）',
      409: `不是 APPEALED，或已无可核定（一次性奖励已发放、上限已用尽）；${RACED}`,
      422: '金额超过可核定的数额',
    },
  },
  startPayoutRun: {
    summary: '启动某年度运营费用补贴的拨付批次',
    success: '已启动',
    headers: { Location: '批次：/v1/admin/payout-runs/{runId}' },
    refusals: { 409: '次年 3 月 1 日之前，或政策不予补贴的年度' },
  },
  getPayoutRun: { summary: '拨付批次的状态与合计', success: '批次' },
  listLedger: { summary: '某年度的拨付台账', success: '一页台账记录' },
  listPayoutRuns: { summary: '某年度的拨付批次，最新在前，各附合计', success: '一页拨付批次' },
  forecastPayoutRun: {
    summary: '现在启动某年度的拨付批次将拨付多少（不实际拨付）',
    description:
      '该年度全部未拨付的运营费用补贴，按拨付批次的读取方式读取：现在启动的批次将找到 `entitlements` 项、拨付 `amount`（其间若有变化则不同）。按申请人编号分页列出各申请人；合计始终涵盖全部。金额属于其费用所在年度。',
    success: '预测',
  },
  getStatistics: {
    summary: '按年度和项目统计已承诺与已拨付的金额及合计',
    description:
      '各状态的申请数，已核定金额（测算决定、审核通过、经复核核定），已拨付金额（拨付台账），已承诺未拨付金额，精确到分。由随数据表变更流更新的汇总计数应答（比写入晚约一秒），不逐条计数。金额所属年度：运营费用申请及其拨付属于其费用所在年度；其他申请属于其提交日（北京时间）所在年度。两个筛选条件均可省略，省略即全部。',
    success: '统计',
  },
  startSimulation: {
    summary: '启动政策测算：按政策草案重新测算已存储的决定',
    description:
      '草案为一个政策版本（所有申报均按其测算；省略则各按提交日施行的版本）及参数调整，参数名与取值写法均同 GET /v1/policy（例如 `"ospOperatingRate": "15%"`）。参数不存在、取值单位不符或超出范围，答复400并指明 `overrides.<参数名>`。所选项目（省略即全部）在提交日期范围内（北京时间日期，含首尾；省略即不设限）的每项已存储决定，均按作出决定时的历史记录（已用额度、一次性奖励）异步重新测算；不改变任何已存储内容。进度见 Location。',
    success: '已启动',
    headers: { Location: '测算：/v1/admin/simulations/{id}' },
  },
  getSimulation: {
    summary: '政策测算的进度，完成后按项目列示的结果',
    description:
      '完成（COMPLETED）后按项目列示：重新测算的件数、结果改变与金额改变的件数、测算前后合计及差额、变化最大的20项；另提供同一结果的CSV文件（带字节顺序标记的UTF-8，表头用发起测算时协商的语言：各项目的合计行，其后为变化最大的20项及申报单位）的下载地址，5分钟有效。',
    success: '测算',
  },
  startExport: {
    summary: '申请导出财务数据：某年度的拨付台账或核定金额，CSV格式',
    description:
      '由后台任务将文件写入私有存储（不限大小）；通过 GET /v1/admin/exports/{id} 查询状态，完成（DONE）后取得有效期五分钟的下载地址。CSV为带字节顺序标记（BOM）的UTF-8编码，表头使用本请求 Accept-Language 协商的语言，金额以元为单位精确到分，以 =、+、-、@ 开头的单元格前加撇号（防止公式注入）。LEDGER：该年度的拨付（按所拨付补贴所属年度）；AWARDS：当前为符合条件、审核通过或已拨付的申报的核定金额（运营费用补贴属于其费用所在年度，其他申报属于其提交日（北京时间）所在年度），文件合计与 GET /v1/admin/statistics 该年度的合计一致。',
    success: '已受理',
    headers: { Location: '导出：/v1/admin/exports/{id}' },
  },
  getExport: { summary: '财务数据导出的状态，完成后附下载地址', success: '导出' },
  redriveEvaluations: { summary: '将测算死信队列的消息移回测算队列', success: '移回的消息数' },
  republishEvents: { summary: '将发件箱中继放弃的事件交还给它，以各自的 eventId 各发布一次', success: '交还的事件数' },
  getOpenApiDocument: { summary: '本文档', success: 'OpenAPI 3.1 文档' },
  getDocsPage: { summary: '呈现本文档的 API 参考页面（Swagger UI）', success: '页面' },
  getDocsStyles: { summary: '参考页面的样式表', success: 'Swagger UI 的 CSS' },
  getDocsScript: { summary: '参考页面的脚本', success: 'Swagger UI 的 JavaScript 包' },
};

/** The words ./document.ts writes itself, in Chinese. */
export const DOCUMENT_ZH_CN = {
  title: '临港新片区人工智能专项补贴平台 API',
  description:
    '中国（上海）自由贸易试验区临港新片区人工智能产业支持政策的申请、附理由的决定、审核与拨付。' +
    '金额以人民币元的字符串表示（应答恒为两位小数）；错误为 RFC 9457 问题文档。参考页面位于 /docs。',
  server: '本 API（本地为 http://127.0.0.1:3000）',
  tags: {
    applicant: '申请人本人的申请与拨付（Bearer 令牌；`sub` 即申请人）',
    admin: '管理部门：`admin` 组成员',
    public: '无需令牌',
  },
  bearer:
    'OpenID Connect 访问令牌；管理员按阶段的规则识别：作用域 `lingang-ai-subsidy/admin`（阶段自有的用户池），或 OIDC 阶段指定的作用域或标量声明，从不依据数组声明',
  unauthorized: 'API Gateway 自身对缺失、过期、伪造或他方令牌的应答（不是问题文档）',
  acceptLanguage: '应答的语言：zh、zh-CN、zh-Hans 为中文，其余为英文（支持 q 值）',
  contentLanguage: '应答所用的语言',
  commonRefusals: {
    400: '字段、查询参数或路径参数无效（`errors` 逐一列出）',
    403: '调用者不在 admin 组',
    404: '无此编号，或属于其他申请人',
    413: '请求体超过 64 KiB',
    415: '请求体未以 application/json 发送',
    500: '请求未能完成；可安全重试',
  } as Record<number, string>,
  cacheControl: '公开，可缓存',
};

/** The schemas' descriptions (zod `describe` in the handlers' and answers' schemas), English → Chinese. */
export const SCHEMA_DESCRIPTIONS_ZH_CN: Readonly<Record<string, string>> = {
  'SHA-256 of the file, 64 hex digits': '文件的 SHA-256，64 位十六进制数字',
  'bytes, at most 20 MiB': '字节数，至多 20 MiB',
  'evidence documents of this application (POST /v1/applications/{id}/documents)':
    '本申请的证明材料（POST /v1/applications/{id}/documents）',
  'one entry per refused field': '每个被拒字段一项',
  'pass as `cursor` for the next page': '作为 `cursor` 传入以取下一页',
  'presigned GET, valid 5 minutes': '预签名 GET，5 分钟有效',
  'presigned PUT, valid 15 minutes': '预签名 PUT，15 分钟有效',
  'send exactly these with the file as the body: the signature covers them':
    '以文件为请求体，原样发送这些请求头：签名涵盖它们',
  'the Asia/Shanghai calendar date': '北京时间（Asia/Shanghai）日历日期',
  'the details exactly as submitted, by programme': '按项目、原样保存的申报内容',
  'the evaluation a grant on an operating-cost entitlement re-decided': '运营费用补贴经申诉核定后被取代的原测算决定',
  'the id of the version in force today': '今日施行版本的编号',
  'why the decision or review should change': '决定或审核应当改变的理由',
  'yuan, exactly two decimals, e.g. "12500000.00"': '人民币元，恰好两位小数，如 "12500000.00"',
  'yuan; required with APPROVE, refused with REJECT': '人民币元；APPROVE 时必填，REJECT 时不得填写',
  'yuan; required with GRANT, refused with UPHOLD': '人民币元；GRANT 时必填，UPHOLD 时不得填写',
  'decided ELIGIBLE on evaluation (PAID ones included)': '测算决定为 ELIGIBLE 的核定金额（含已拨付的 PAID）',
  'APPROVED by a reviewer': '审核通过（APPROVED）的金额',
  'granted on appeal': '经复核核定的金额',
  'what applications in ELIGIBLE, PAID or APPROVED were awarded, by how':
    '处于 ELIGIBLE、PAID 或 APPROVED 状态的申请的核定金额，按核定方式分列',
  'the ledger: payout runs’ payments': '拨付台账：拨付批次的实际拨付',
  'awarded minus paid: awards not (yet) in the ledger': '核定金额减已拨付金额：尚未记入拨付台账的核定金额',
  'the filter, when given': '所给的筛选条件',
  'judge every case under this version instead of the one in force on its date':
    '所有申报均按此版本测算，而非各自提交日施行的版本',
  'yuan, exactly two decimals, negative when the draft decides less, e.g. "-50000.00"':
    '人民币元，恰好两位小数，草案测算金额减少时为负，如 "-50000.00"',
  'stored decisions judged again': '重新测算的已存储决定件数',
  'cases whose outcome the draft changes': '草案改变测算结果的件数',
  'cases whose amount the draft changes': '草案改变测算金额的件数',
  'the stored decisions’ amounts (award, or the most a reviewer may approve)':
    '已存储决定的金额（核定金额，或审核可核定的最高金额）',
  'the same under the draft': '草案下的同一金额',
  'the 20 largest changes by size of the difference, then by application id':
    '差额绝对值最大的20项，差额相同按申报编号排列',
  'every case judged under this version': '所有申报均按此版本测算',
  'the draft’s parameters, as sent': '草案的参数调整（原样）',
  'stored decisions judged so far': '已重新测算的决定件数',
  'programmes × index shards: each is read a page at a time': '项目数 × 索引分片数：每部分逐页读取',
  'per programme, once COMPLETED': '按项目列示，完成后提供',
  'A what-if simulation: the stored decisions judged again under a draft of the policy, with the history each had; nothing stored is changed.':
    '政策测算：按政策草案、以各自当时的历史记录重新测算已存储的决定；不改变任何已存储内容。',
  'LEDGER: the payments of the year; AWARDS: what the year awarded': 'LEDGER：该年度的拨付；AWARDS：该年度的核定金额',
  "the headers' language, negotiated when the export was asked for": '表头语言，申请导出时协商确定',
  'PENDING while the job writes the file; FAILED if it gave up or could not be queued':
    '后台任务写入文件期间为 PENDING；放弃或未能排入队列时为 FAILED',
  'RUNNING while pages are judged; FAILED if its start could not be queued (ask again)':
    '逐页测算期间为 RUNNING；未能排入队列时为 FAILED（请重新发起）',
  "the sum of the file's amounts": '文件中金额的合计',
  'once COMPLETED, a GET of the result as CSV (UTF-8 with a byte-order mark, headers in the language the simulation was asked in), valid five minutes; read again for a new one':
    '完成后提供：结果CSV文件（带字节顺序标记的UTF-8，表头用发起测算时协商的语言）的下载地址，有效期五分钟；再次查询可取得新的地址',
  'a GET of the CSV (UTF-8 with a byte-order mark), valid five minutes; read again for a new one':
    'CSV文件（带字节顺序标记的UTF-8）的下载地址，有效期五分钟；再次查询可取得新的地址',
  'A finance export: the ledger of a fiscal year (its entries belong to the year of the entitlement they pay) or its awards (an operating-cost claim belongs to the year whose costs it covers, every other application to the Asia/Shanghai calendar year of its submission), as GET /v1/admin/statistics counts them.':
    '财务数据导出：某年度的拨付台账（各笔拨付属于所拨付补贴的年度）或核定金额（运营费用补贴属于其费用所在年度，其他申报属于其提交日（北京时间）所在年度），与 GET /v1/admin/statistics 的统计口径一致。',
  'the first day (Asia/Shanghai) a run may pay the year': '拨付批次可拨付该年度的第一天（北京时间）',
  'unpaid operating-cost entitlements of the year: what a run started now finds and pays':
    '该年度未拨付的运营费用补贴：现在启动的批次将找到并拨付的项数',
  'what a run started now pays in all': '现在启动的批次拨付的总额',
  'applicants holding those entitlements': '持有这些补贴的申请人数',
  'per applicant, by applicant id, a page at a time': '按申请人编号分页列出的各申请人',
  'pass as `cursor` for the next page of applicants': '作为 `cursor` 传入以取下一页申请人',
  'What a payout run for the fiscal year would pay now; nothing is paid or stored.':
    '现在启动该年度的拨付批次将拨付的金额；不拨付、不存储任何内容。',
  'Per fiscal year and programme. An operating-cost claim (OSP_OPERATING) and its payments belong to the fiscal year whose costs it covers (details.fiscalYear, the year whose payout run pays it); every other application and its award to the Asia/Shanghai calendar year of its submission.':
    '按年度和项目列示。运营费用补贴申请（OSP_OPERATING）及其拨付属于其费用所在年度（details.fiscalYear，即拨付该年度的批次所在年度）；其他申请及其核定金额属于其提交日（北京时间）所在年度。',
};
