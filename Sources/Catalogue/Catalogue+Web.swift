/// The words of the web interface (`taizhang serve`) and of `taizhang user`.
public enum WebText: String, Phrasebook {
    // Roles
    case roleClerk, roleAnalyst, roleAuditor, roleAdmin, roleUnknown
    // Accounts
    case accountBadName, accountExists, accountUnknown, accountBadPassword, accountsUnreadable, accountsUnwritable
    case userAdded, userRemoved, userPasswordSet, userRemove, userAddTitle, userAddButton, userPasswdTitle, userPasswdButton, usersTitle
    // Serving
    case serveListening, serveStopped, serveBadListen, serveTLSPair, serveBadUploadMax
    // Frame and navigation
    case footer, navHome, navProjects, navImport, navAudit, navUsers, logout, backHome, listSeparator, none, any
    // Sign-in
    case loginTitle, loginName, loginPassword, loginButton, loginFailed
    // Refusals
    case errorSignIn, errorForbiddenTitle, errorForbidden, errorCSRFTitle, errorCSRF, errorNotFound, errorTooLargeTitle, errorTooLarge
    case errorThrottledTitle, errorThrottled, errorBadRequestTitle, errorLedgerTitle, badRequest, serverError
    case badTime, badDate, badStatus, badAmount, badSort
    // Home and summary
    case homeDigest, homeEmpty, homeSummaryLink, summaryTitle, summaryAsKnownAt, summaryAsOf, summaryShow
    case summaryFigures, summaryBands, summaryCharts, summaryByGroup, summaryByIndustry, summaryEvidence, exportCSV, exportJSON
    case figureSignedCount, figureSignedTotal, figureStarted, figureCommissioned, figureDisbursed, figureTerminated
    case bandAtLeast, chartRecent, chartByGroup, chartByIndustry
    case andMore, evidenceAll, evidenceBack, evidenceRange, pagePrevious, pageNext, badPage, reportLink, errorConflictTitle
    // Projects
    case projectsTitle, projectsCount, projectsSearch, projectsMin, projectsSignedIn, projectEvents, statusVoid
    case milestoneSigned, milestoneStarted, milestoneCommissioned, milestoneTerminated, daysToStart, daysToCommission, days
    case eventSource, voidAction
    // Import and void
    case importTitle, importFiles, importRecordedAt, importDryRun, importHelp, importRejected, importAgain, importAlreadyLanded
    case importMore, importNow, importWouldLand, importConfirm, importCancel, importLanded, importNotMultipart, importNoFiles, importStagedGone
    case voidTitle, voidReason, voidButton, voidNeedsReason, voidDone
    // Audit
    case auditTitle, auditVerified, auditNotVerified, auditRunVerify, auditExportJSONL, auditExportCSV, auditProofEvent, auditProofButton
    case auditOldDigest, auditConsistencyButton, auditBatches, auditNeedsEvent, auditBadDigest, auditTooLong, auditRewritten, backdated
    // Columns
    case columnName, columnRole, columnChanged, columnFigure, columnYearToDate, columnBand, columnCount, columnTotal, columnNames
    case columnSequence, columnProject, columnAmount, columnGroup, columnIndustry, columnStatus, columnSigned, columnDisbursed
    case columnInvestor, columnSignedAmount, columnDate, columnKind, columnEventID, columnSource, columnNote, columnFile, columnLine
    case columnColumn, columnValue, columnReason, columnBatch, columnSHA, columnEncoding, columnRows, columnEvents, columnDuplicates
    case columnRecordedAt, columnImportedAt, columnOperator

    public var phrase: Phrase {
        switch self {
        case .roleClerk: Phrase(zh: "录入员", en: "clerk")
        case .roleAnalyst: Phrase(zh: "分析员", en: "analyst")
        case .roleAuditor: Phrase(zh: "审计员", en: "auditor")
        case .roleAdmin: Phrase(zh: "管理员", en: "admin")
        case .roleUnknown: Phrase(zh: "没有角色“{role}”:可用 `clerk`(录入员)、`analyst`(分析员)、`auditor`(审计员)、`admin`(管理员)",
                                  en: "no role \"{role}\": use clerk, analyst, auditor or admin")
        case .accountBadName: Phrase(zh: "账号名“{name}”无效:1 至 64 个字母、数字、点、下划线或连字符",
                                     en: "account name \"{name}\" is not valid: 1 to 64 letters, digits, dots, underscores or hyphens")
        case .accountExists: Phrase(zh: "账号“{name}”已存在", en: "account \"{name}\" already exists")
        case .accountUnknown: Phrase(zh: "没有账号“{name}”", en: "no account \"{name}\"")
        case .accountBadPassword: Phrase(zh: "密码须为 8 至 72 字节(从标准输入的第一行读取)",
                                         en: "the password must be 8 to 72 bytes (read from the first line of standard input)")
        case .accountsUnreadable: Phrase(zh: "账号文件 {path} 无法读取或格式不对", en: "the accounts file {path} cannot be read or is not in its format")
        case .accountsUnwritable: Phrase(zh: "账号文件 {path} 无法写入", en: "the accounts file {path} cannot be written")
        case .userAdded: Phrase(zh: "已添加账号 {name}(角色 {role})", en: "added account {name} (role {role})")
        case .userRemoved: Phrase(zh: "已删除账号 {name},其会话已结束", en: "removed account {name}; its sessions have ended")
        case .userPasswordSet: Phrase(zh: "已为 {name} 设置新密码", en: "set a new password for {name}")
        case .userRemove: Phrase(zh: "删除", en: "Remove")
        case .userAddTitle: Phrase(zh: "添加账号", en: "Add an account")
        case .userAddButton: Phrase(zh: "添加", en: "Add")
        case .userPasswdTitle: Phrase(zh: "重设密码", en: "Set a password")
        case .userPasswdButton: Phrase(zh: "设置密码", en: "Set password")
        case .usersTitle: Phrase(zh: "账号", en: "Accounts")
        case .serveListening: Phrase(zh: "台账网站已启动:{url}(台账 {path};按 `Ctrl-C` 停止)", en: "serving the ledger at {url} (ledger {path}; Ctrl-C stops)")
        case .serveStopped: Phrase(zh: "网站已停止", en: "server stopped")
        case .serveBadListen: Phrase(zh: "--listen {value}:应为 主机:端口,例如 127.0.0.1:8080", en: "--listen {value}: expected HOST:PORT, e.g. 127.0.0.1:8080")
        case .serveTLSPair: Phrase(zh: "--tls-cert 与 --tls-key 须同时给出", en: "--tls-cert and --tls-key go together")
        case .serveBadUploadMax: Phrase(zh: "--upload-max-bytes {value}:应为正整数", en: "--upload-max-bytes {value}: expected a positive whole number")
        case .footer: Phrase(zh: "台账:只追加、可验证的开发区项目台账", en: "Taizhang: an append-only, verifiable ledger of a zone's projects")
        case .navHome: Phrase(zh: "首页", en: "Home")
        case .navProjects: Phrase(zh: "项目", en: "Projects")
        case .navImport: Phrase(zh: "导入", en: "Import")
        case .navAudit: Phrase(zh: "审计", en: "Audit")
        case .navUsers: Phrase(zh: "账号", en: "Accounts")
        case .logout: Phrase(zh: "退出", en: "Sign out")
        case .backHome: Phrase(zh: "返回首页", en: "Back to the home page")
        case .listSeparator: Phrase(zh: "、", en: ", ")
        case .none: Phrase(zh: "(未填)", en: "(none)")
        case .any: Phrase(zh: "全部", en: "any")
        case .loginTitle: Phrase(zh: "登录", en: "Sign in")
        case .loginName: Phrase(zh: "账号", en: "Name")
        case .loginPassword: Phrase(zh: "密码", en: "Password")
        case .loginButton: Phrase(zh: "登录", en: "Sign in")
        case .loginFailed: Phrase(zh: "账号或密码不对", en: "wrong name or password")
        case .errorSignIn: Phrase(zh: "请先登录", en: "Please sign in")
        case .errorForbiddenTitle: Phrase(zh: "无权访问", en: "Not allowed")
        case .errorForbidden: Phrase(zh: "您的角色不能打开此页;需要的角色:{roles}", en: "your role may not open this page; it needs the role {roles}")
        case .errorCSRFTitle: Phrase(zh: "表单已失效", en: "The form has expired")
        case .errorCSRF: Phrase(zh: "表单的校验令牌不对或缺失(CSRF),未做任何更改;请重新打开页面再提交",
                                en: "the form's check token (CSRF) is wrong or missing; nothing was changed: open the page again and resubmit")
        case .errorNotFound: Phrase(zh: "没有这个页面或记录", en: "No such page or record")
        case .errorTooLargeTitle: Phrase(zh: "文件太大", en: "Upload too large")
        case .errorTooLarge: Phrase(zh: "上传超过上限 {limit},未导入任何内容;请分批上传,或让管理员调高 --upload-max-bytes",
                                    en: "the upload is over the limit of {limit}; nothing was imported: upload fewer files at once, or ask for a larger --upload-max-bytes")
        case .errorThrottledTitle: Phrase(zh: "登录失败次数过多", en: "Too many failed sign-ins")
        case .errorThrottled: Phrase(zh: "账号“{name}”15 分钟内登录失败 5 次,暂停登录;请 {minutes} 分钟后再试",
                                     en: "\"{name}\" failed to sign in 5 times within 15 minutes and is refused for now: try again in {minutes} minutes")
        case .errorBadRequestTitle: Phrase(zh: "请求有误", en: "Bad request")
        case .errorLedgerTitle: Phrase(zh: "台账出错", en: "Ledger error")
        case .badRequest: Phrase(zh: "请求无法处理", en: "the request could not be handled")
        case .serverError: Phrase(zh: "服务器出错,未做任何更改;详情见服务器日志", en: "the server failed; nothing was changed: see the server's log")
        case .badTime: Phrase(zh: "“{value}”不是带时区的 ISO 8601 时间或日期", en: "\"{value}\" is not an ISO 8601 time with offset, nor a date")
        case .badDate: Phrase(zh: "“{value}”不是日期(例如 2021-03-31)", en: "\"{value}\" is not a date (e.g. 2021-03-31)")
        case .badStatus: Phrase(zh: "“{value}”不是状态", en: "\"{value}\" is not a status")
        case .badAmount: Phrase(zh: "“{value}”不是金额(例如 20亿元)", en: "\"{value}\" is not an amount (e.g. `20亿元`)")
        case .badSort: Phrase(zh: "不能按“{value}”排序", en: "cannot sort by \"{value}\"")
        case .homeDigest: Phrase(zh: "台账摘要:", en: "Ledger digest:")
        case .homeEmpty: Phrase(zh: "台账中还没有签约项目", en: "The ledger holds no signed project yet")
        case .homeSummaryLink: Phrase(zh: "{period} 季度详情", en: "{period} in full")
        case .summaryTitle: Phrase(zh: "{period} 招商引资情况", en: "Investment attraction, {period}")
        case .summaryAsKnownAt: Phrase(zh: "按记录时间截至", en: "as known at")
        case .summaryAsOf: Phrase(zh: "按业务日期截至", en: "business dates up to")
        case .summaryShow: Phrase(zh: "查看", en: "Show")
        case .andMore: Phrase(zh: "等 {count} 个", en: " and others, {count} in all")
        case .evidenceAll: Phrase(zh: "以上为前 {shown} 个,共 {count} 个:查看全部", en: "the first {shown} of {count}: see them all")
        case .evidenceBack: Phrase(zh: "返回汇总", en: "back to the summary")
        case .evidenceRange: Phrase(zh: "第 {from}–{to} 个,共 {count} 个", en: "{from}–{to} of {count}")
        case .pagePrevious: Phrase(zh: "上一页", en: "previous page")
        case .pageNext: Phrase(zh: "下一页", en: "next page")
        case .badPage: Phrase(zh: "“{value}”不是页码(0 或正整数)", en: "\"{value}\" is not a page number (0 or a whole number above it)")
        case .reportLink: Phrase(zh: "完整报告(可打印、带封印的 HTML)", en: "The full report (printable, sealed HTML)")
        case .errorConflictTitle: Phrase(zh: "验证未通过", en: "Does not verify")
        case .summaryFigures: Phrase(zh: "主要数字", en: "Figures")
        case .summaryBands: Phrase(zh: "按投资规模", en: "By size")
        case .summaryCharts: Phrase(zh: "图表", en: "Charts")
        case .summaryByGroup: Phrase(zh: "按组团", en: "By group")
        case .summaryByIndustry: Phrase(zh: "按产业链", en: "By industry chain")
        case .summaryEvidence: Phrase(zh: "数字背后的事件", en: "The events behind the figures")
        case .exportCSV: Phrase(zh: "下载 CSV", en: "Download CSV")
        case .exportJSON: Phrase(zh: "下载 JSON", en: "Download JSON")
        case .figureSignedCount: Phrase(zh: "新签约项目", en: "projects signed")
        case .figureSignedTotal: Phrase(zh: "签约总投资", en: "investment signed")
        case .figureStarted: Phrase(zh: "开工项目", en: "construction started")
        case .figureCommissioned: Phrase(zh: "投产项目", en: "commissioned")
        case .figureDisbursed: Phrase(zh: "到位资金", en: "money disbursed")
        case .figureTerminated: Phrase(zh: "终止项目", en: "terminated")
        case .bandAtLeast: Phrase(zh: "{amount}以上", en: "{amount} or more")
        case .chartRecent: Phrase(zh: "近八个季度签约总投资", en: "Investment signed, last eight quarters")
        case .chartByGroup: Phrase(zh: "按组团签约总投资", en: "Investment signed by group")
        case .chartByIndustry: Phrase(zh: "按产业链签约总投资", en: "Investment signed by industry chain")
        case .projectsTitle: Phrase(zh: "项目", en: "Projects")
        case .projectsCount: Phrase(zh: "共 {count} 个项目,总投资 {total}", en: "{count} projects, {total} in total")
        case .projectsSearch: Phrase(zh: "名称或编号", en: "name or id")
        case .projectsMin: Phrase(zh: "总投资不少于", en: "total at least")
        case .projectsSignedIn: Phrase(zh: "签约季度", en: "signed in")
        case .projectEvents: Phrase(zh: "全部事件", en: "Every event")
        case .statusVoid: Phrase(zh: "已作废", en: "void")
        case .milestoneSigned: Phrase(zh: "签约", en: "signed")
        case .milestoneStarted: Phrase(zh: "开工", en: "construction started")
        case .milestoneCommissioned: Phrase(zh: "投产", en: "commissioned")
        case .milestoneTerminated: Phrase(zh: "终止", en: "terminated")
        case .daysToStart: Phrase(zh: "签约至开工", en: "signing to start")
        case .daysToCommission: Phrase(zh: "开工至投产", en: "start to commissioning")
        case .days: Phrase(zh: "{days} 天", en: "{days} days")
        case .eventSource: Phrase(zh: "批次 {batch} {file} 第 {line} 行", en: "batch {batch} {file} line {line}")
        case .voidAction: Phrase(zh: "作废", en: "void")
        case .importTitle: Phrase(zh: "导入批次文件", en: "Import batch files")
        case .importFiles: Phrase(zh: "批次文件(JSONL、CSV 或 xlsx,可多选)", en: "Batch files (JSONL, CSV or xlsx; several at once)")
        case .importRecordedAt: Phrase(zh: "记录时间(可不填;默认为现在)", en: "Recorded time (optional; now if empty)")
        case .importDryRun: Phrase(zh: "检查(试运行)", en: "Check (dry run)")
        case .importHelp: Phrase(zh: "先检查,不写入任何内容;确认后才导入同样的文件,全部导入或全部不导入",
                                 en: "Checking writes nothing; confirming then lands the same files, all of them or none")
        case .importRejected: Phrase(zh: "发现 {count} 个问题,未写入任何内容", en: "{count} problem(s) found; nothing was written")
        case .importAgain: Phrase(zh: "重新导入", en: "Import again")
        case .importAlreadyLanded: Phrase(zh: "已作为批次 {batch} 导入,不再重复导入", en: "already landed as batch {batch}; not imported again")
        case .importMore: Phrase(zh: "……共 {count} 个事件", en: "… {count} events in all")
        case .importNow: Phrase(zh: "现在", en: "now")
        case .importWouldLand: Phrase(zh: "试运行:将新增 {events} 个事件,跳过已有 {duplicates} 个;记录时间 {recorded}。尚未写入。",
                                      en: "Dry run: {events} new events would land, {duplicates} already present; recorded at {recorded}. Nothing written yet.")
        case .importConfirm: Phrase(zh: "确认导入", en: "Confirm the import")
        case .importCancel: Phrase(zh: "取消", en: "Cancel")
        case .importLanded: Phrase(zh: "已导入 {events} 个事件", en: "imported {events} events")
        case .importNotMultipart: Phrase(zh: "上传须为表单文件(`multipart/form-data`)", en: "an upload must be a form with files (multipart/form-data)")
        case .importNoFiles: Phrase(zh: "没有选择文件", en: "no file was chosen")
        case .importStagedGone: Phrase(zh: "这次试运行已过期或已确认过;请重新上传", en: "this dry run has expired or was confirmed already: upload again")
        case .voidTitle: Phrase(zh: "作废事件", en: "Void an event")
        case .voidReason: Phrase(zh: "作废原因", en: "Reason")
        case .voidButton: Phrase(zh: "作废此事件", en: "Void this event")
        case .voidNeedsReason: Phrase(zh: "须填写作废原因", en: "a void needs a reason")
        case .voidDone: Phrase(zh: "已作废 {event},作废事件序号 {sequence}", en: "voided {event} by the event at sequence {sequence}")
        case .auditTitle: Phrase(zh: "审计", en: "Audit")
        case .auditVerified: Phrase(zh: "验证通过:{events} 个事件的哈希链、索引和投影均一致", en: "verified: the chain, indexes and projections of {events} events hold")
        case .auditNotVerified: Phrase(zh: "验证失败:{failure}", en: "verification failed: {failure}")
        case .auditRunVerify: Phrase(zh: "运行验证", en: "Run verify")
        case .auditExportJSONL: Phrase(zh: "导出 JSONL", en: "Export JSONL")
        case .auditExportCSV: Phrase(zh: "导出 CSV", en: "Export CSV")
        case .auditProofEvent: Phrase(zh: "事件编号", en: "Event id")
        case .auditProofButton: Phrase(zh: "下载包含证明", en: "Download inclusion proof")
        case .auditOldDigest: Phrase(zh: "旧摘要(序号:树根)", en: "Older digest (SEQ:TREE_HEAD)")
        case .auditConsistencyButton: Phrase(zh: "下载一致性证明", en: "Download consistency proof")
        case .auditBatches: Phrase(zh: "批次", en: "Batches")
        case .auditNeedsEvent: Phrase(zh: "须填写事件编号", en: "give an event id")
        case .auditBadDigest: Phrase(zh: "“{value}”不是 序号:树根(序号、冒号、64 位十六进制)", en: "\"{value}\" is not SEQ:TREE_HEAD (a sequence, a colon, 64 hex digits)")
        case .auditTooLong: Phrase(zh: "旧摘要有 {old} 个事件,台账只有 {size} 个:不可能是其延续", en: "the older digest has {old} events, the log only {size}: it cannot extend it")
        case .auditRewritten: Phrase(zh: "历史被改写:台账前 {old} 个事件的树根为 {actual},与旧摘要不同;不存在一致性证明",
                                     en: "history was rewritten: the log's first {old} events have tree head {actual}, not the older one; no consistency proof exists")
        case .backdated: Phrase(zh: "(补录)", en: "(backdated)")
        case .columnName: Phrase(zh: "名称", en: "name")
        case .columnRole: Phrase(zh: "角色", en: "role")
        case .columnChanged: Phrase(zh: "设置于", en: "set at")
        case .columnFigure: Phrase(zh: "指标", en: "figure")
        case .columnYearToDate: Phrase(zh: "年初至今", en: "year to date")
        case .columnBand: Phrase(zh: "规模", en: "size")
        case .columnCount: Phrase(zh: "个数", en: "count")
        case .columnTotal: Phrase(zh: "总投资", en: "total")
        case .columnNames: Phrase(zh: "项目", en: "projects")
        case .columnSequence: Phrase(zh: "序号", en: "seq")
        case .columnProject: Phrase(zh: "项目编号", en: "project")
        case .columnAmount: Phrase(zh: "金额", en: "amount")
        case .columnGroup: Phrase(zh: "组团", en: "group")
        case .columnIndustry: Phrase(zh: "产业链", en: "industry chain")
        case .columnStatus: Phrase(zh: "状态", en: "status")
        case .columnSigned: Phrase(zh: "签约日期", en: "signed")
        case .columnDisbursed: Phrase(zh: "累计到位", en: "disbursed")
        case .columnInvestor: Phrase(zh: "投资方", en: "investor")
        case .columnSignedAmount: Phrase(zh: "签约投资", en: "investment signed")
        case .columnDate: Phrase(zh: "日期", en: "date")
        case .columnKind: Phrase(zh: "事件", en: "kind")
        case .columnEventID: Phrase(zh: "事件编号", en: "event id")
        case .columnSource: Phrase(zh: "来源", en: "source")
        case .columnNote: Phrase(zh: "备注", en: "note")
        case .columnFile: Phrase(zh: "文件", en: "file")
        case .columnLine: Phrase(zh: "行", en: "line")
        case .columnColumn: Phrase(zh: "列", en: "column")
        case .columnValue: Phrase(zh: "值", en: "value")
        case .columnReason: Phrase(zh: "原因", en: "reason")
        case .columnBatch: Phrase(zh: "批次", en: "batch")
        case .columnSHA: Phrase(zh: "文件哈希", en: "file hash")
        case .columnEncoding: Phrase(zh: "编码", en: "encoding")
        case .columnRows: Phrase(zh: "行数", en: "rows")
        case .columnEvents: Phrase(zh: "新增事件", en: "new events")
        case .columnDuplicates: Phrase(zh: "已有", en: "already present")
        case .columnRecordedAt: Phrase(zh: "记录时间", en: "recorded at")
        case .columnImportedAt: Phrase(zh: "导入时间", en: "imported at")
        case .columnOperator: Phrase(zh: "操作员", en: "operator")
        }
    }

    /// The name of a role in the catalogue (roles live in the web module; their words here).
    public static func role(_ code: some RawRepresentable<String>) -> WebText {
        switch code.rawValue {
        case "clerk": .roleClerk
        case "analyst": .roleAnalyst
        case "auditor": .roleAuditor
        default: .roleAdmin
        }
    }
}

/// The help of `taizhang serve` and `taizhang user`.
public enum HelpWebText: String, Phrasebook {
    case serveAbstract, serveDiscussion, listen, tlsCert, tlsKey, uploadMaxBytes, sessionIdleMinutes, secureCookies
    case userAbstract, userDiscussion, userAddAbstract, userListAbstract, userRemoveAbstract, userPasswdAbstract, accountName, role
    case vHostPort, vFile, vBytes, vMinutes, vName, vRole

    public var phrase: Phrase {
        switch self {
        case .serveAbstract: Phrase(zh: "启动台账网站(默认 127.0.0.1:8080),供 `taizhang user` 添加的账号使用。",
                                    en: "Serve the ledger's web interface (default 127.0.0.1:8080) for the accounts of `taizhang user`.")
        case .serveDiscussion: Phrase(zh: "一个进程服务一个台账目录。每个请求在标准错误输出记一行(时间、账号、方法、路径、状态、毫秒)。收到 `SIGINT` 或 `SIGTERM` 后处理完正在进行的请求再停止。给出 --tls-cert 和 --tls-key 时使用 `HTTPS`,`Cookie` 带 `Secure`;在 TLS 反向代理之后请加 --secure-cookies。",
                                      en: "One process over the ledger folder. Every request is logged on standard error as one line (time, user, method, path, status, milliseconds). SIGINT or SIGTERM stop it after the requests in flight. With --tls-cert and --tls-key it serves HTTPS and cookies are Secure; behind a TLS reverse proxy give --secure-cookies.")
        case .listen: Phrase(zh: "监听的 主机:端口;只有明确给出时才监听回环以外的地址。", en: "HOST:PORT to listen on; another address than loopback only when named.")
        case .tlsCert: Phrase(zh: "TLS 证书链(`PEM`)。", en: "TLS certificate chain, PEM.")
        case .tlsKey: Phrase(zh: "TLS 私钥(`PEM`)。", en: "TLS private key, PEM.")
        case .uploadMaxBytes: Phrase(zh: "上传的最大字节数(默认 100 MiB)。", en: "The largest upload accepted, in bytes (default 100 MiB).")
        case .sessionIdleMinutes: Phrase(zh: "会话闲置多少分钟后结束(默认 30)。", en: "Minutes a session may stay unused before it ends (default 30).")
        case .secureCookies: Phrase(zh: "`Cookie` 带 `Secure`(在使用 TLS 的反向代理之后)。", en: "Mark cookies Secure (behind a reverse proxy that speaks TLS).")
        case .userAbstract: Phrase(zh: "`taizhang serve` 的账号:`add`、`list`、`remove`、`passwd`。", en: "Accounts for `taizhang serve`: add, list, remove, passwd.")
        case .userDiscussion: Phrase(zh: "账号保存在台账目录的 `accounts.json` 中,不在事件日志里:不改变摘要、验证、导出或备份。密码从标准输入的第一行读取,绝不从命令行读取,以 `bcrypt` 哈希保存。",
                                     en: "Accounts are kept in accounts.json in the ledger folder, outside the event log: they never change the digest, verify, an export or a backup. Passwords are read from the first line of standard input, never from the command line, and stored as bcrypt hashes.")
        case .userAddAbstract: Phrase(zh: "添加账号;密码为标准输入的第一行。", en: "Add an account; the password is the first line of standard input.")
        case .userListAbstract: Phrase(zh: "列出每个账号及其角色。", en: "Every account with its role.")
        case .userRemoveAbstract: Phrase(zh: "删除账号;其会话随即结束。", en: "Remove an account; its sessions end.")
        case .userPasswdAbstract: Phrase(zh: "用标准输入的第一行设置账号的密码。", en: "Set an account's password from the first line of standard input.")
        case .accountName: Phrase(zh: "账号名。", en: "The account's name.")
        case .role: Phrase(zh: "角色:`clerk`(录入员)、`analyst`(分析员)、`auditor`(审计员)或 `admin`(管理员)。", en: "clerk, analyst, auditor or admin.")
        case .vHostPort: Phrase(zh: "主机:端口", en: "host:port")
        case .vFile: Phrase(zh: "文件", en: "file")
        case .vBytes: Phrase(zh: "字节数", en: "bytes")
        case .vMinutes: Phrase(zh: "分钟", en: "minutes")
        case .vName: Phrase(zh: "账号名", en: "name")
        case .vRole: Phrase(zh: "角色", en: "role")
        }
    }
}
