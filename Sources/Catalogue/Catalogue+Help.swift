/// Every help text of the command line: each command's abstract and discussion, each option's
/// line, and ArgumentParser's fixed words (headings, the built-in flags) as a page shows them.
public enum HelpText: String, Phrasebook {
    case rootAbstract, rootDiscussion
    case db, lang, json, jsonl, csv
    case initAbstract, initZone, initGroupReadable
    case importAbstract, importDiscussion, importFiles, importRecordedAt, importOperator, importEncoding, importFormat
    case importZone, importDryRun, importQuiet, importReplayExport, allowFuture
    case importStrict, importSheet, importSnapshot, importAsOf, importColumns, vSheet
    case summaryAbstract, summaryDiscussion, summaryPeriod, summaryThreshold, summaryAsOf, summaryAsKnownAt, summaryTargets
    case summaryJSON, summaryExplain
    case projectsAbstract, projectsGroup, projectsIndustry, projectsStatus, projectsMin, projectsSignedIn, projectsSort, projectsDescending
    case showAbstract, showProject
    case batchesAbstract
    case replayAbstract, replayProject, replayFrom, replayTo, replayUntil, replayKnownAt, replayBatch, replayVerify
    case verifyAbstract
    case digestAbstract, digestDiscussion, digestJSON
    case rebuildAbstract
    case proveAbstract, proveDiscussion, proveEvent, proveDigest, proveFrom
    case checkProofAbstract, checkProofDiscussion, checkProofFile, checkProofDigest
    case voidAbstract, voidDiscussion, voidEventId, voidReason, voidDate, voidRecordedAt, voidOperator, voidId
    case backupAbstract, backupDiscussion, backupDestination
    case exportAbstract, exportDiscussion, exportSince, exportCSV
    case vFolder, vLanguage, vZone, vFile, vTime, vName, vEncoding, vFormat, vPeriod, vAmount, vDay, vGroup, vIndustry, vStatus, vSort
    case vProject, vSequence, vBatch, vEvent, vTree, vReason, vId, vSubcommand, vSubcommands, vSubcommandQuoted, vSubcommandsQuoted, vOptionsQuoted
    case seeSubcommandHelp, helpFlag, helpCommand, versionFlag, overview, usage, arguments, options, subcommands, defaultOpen, defaultInline, defaultWord, valuesOpen

    public var phrase: Phrase {
        switch self {
        case .rootAbstract: Phrase(zh: "台账:开发区投资项目的只增不改、可校验的台账。", en: "Taizhang: an append-only, verifiable ledger of a development zone's investment projects.")
        case .rootDiscussion:
            Phrase(zh: """
                台账是一个文件夹(LMDB 环境):`--db PATH`,否则 $TAIZHANG_DB,否则 `$XDG_DATA_HOME/taizhang/ledger`(`~/.local/share/taizhang/ledger`)。\
                输出默认为中文;英文用 `--lang en`(或 TAIZHANG_LANG=en,或以 en 开头的 LANG),程序读取用 `--json`。
                退出状态:0 完成;1 出错;2 输入或用法有误;3 导入被拒绝;4 校验失败。
                """,
                   en: """
                The ledger is a folder (an LMDB environment): --db PATH, else $TAIZHANG_DB, else \
                $XDG_DATA_HOME/taizhang/ledger (~/.local/share/taizhang/ledger). Output is Chinese by \
                default; --lang en (or TAIZHANG_LANG=en, or a LANG starting with en) for English, --json for programs.
                Exit status: 0 done; 1 error; 2 bad input or usage; 3 import rejected; 4 verification failed.
                """)
        case .db: Phrase(zh: "台账文件夹(默认:$TAIZHANG_DB,否则 `~/.local/share/taizhang/ledger`)。", en: "The ledger folder (default: $TAIZHANG_DB, else ~/.local/share/taizhang/ledger).")
        case .lang: Phrase(zh: "输出语言:zh(默认)或 en。", en: "Language of the output: zh (default) or en.")
        case .json: Phrase(zh: "给程序读取的 JSON 输出。", en: "Machine-readable output (JSON).")
        case .jsonl: Phrase(zh: "每行一个 JSON 对象,给程序读取。", en: "One JSON object per line, for programs.")
        case .csv: Phrase(zh: "给电子表格用的 CSV。", en: "CSV for spreadsheets.")
        case .initAbstract: Phrase(zh: "新建一个空台账并记下区域名称。", en: "Create an empty ledger and record the zone's name.")
        case .initZone: Phrase(zh: "区域名称,汇总时印出(如 `赣江新区`)。", en: "The zone's name, printed by summaries (e.g. `赣江新区`).")
        case .initGroupReadable: Phrase(zh: "台账文件让所有者所在的组也可读(默认仅所有者)。", en: "Make the ledger's files readable by the owner's group (default: owner only).")
        case .importAbstract:
            Phrase(zh: "把批次文件(JSONL、CSV、xlsx;- 为标准输入)追加到台账,全部写入或全不写入。", en: "Append batch files (JSONL, CSV, xlsx; - for standard input) to the ledger, all or nothing.")
        case .importDiscussion:
            Phrase(zh: """
                每个文件作为一个批次写入;一条命令的所有文件在一个事务中全部写入或全不写入。已导入过的同一文件会跳过,\
                台账中编号和内容都相同的事件也会跳过;编号相同而内容不同则是冲突。每一行都会校验,每个问题都注明文件、行、列和值。
                """,
                   en: """
                Each file lands as one batch; all files of one command land in one transaction or not at \
                all. A file whose bytes landed before is skipped, and so is an event already in the \
                ledger with the same id and content; the same id with other content is a conflict. \
                Every row is validated, and every problem is reported with file, line, column and value.
                """)
        case .importFiles: Phrase(zh: "批次文件:`.jsonl`、`.csv` 或 `.xlsx`;- 读标准输入。", en: "Batch files: .jsonl, .csv or .xlsx; - reads standard input.")
        case .importRecordedAt:
            Phrase(zh: "批次的记录时间(带时区的 ISO 8601 时间,或日期 = 当天结束,北京时间);不得早于台账当前的记录时间。",
                   en: "Recorded time of the batch (ISO 8601 with offset, or a date = end of that day, China time); never before the ledger's head.")
        case .importOperator: Phrase(zh: "导入人(默认:登录名)。", en: "Who imports (default: the login name).")
        case .importEncoding: Phrase(zh: "CSV/JSONL 文件的文字编码(默认:UTF-8,否则 GB18030)。", en: "Text encoding of CSV/JSONL files (default: UTF-8, else GB18030).")
        case .importFormat: Phrase(zh: "文件格式:`jsonl`、`csv` 或 `xlsx`(默认按文件名)。", en: "Format of the files: jsonl, csv or xlsx (default: from the name).")
        case .importZone: Phrase(zh: "导入时新建台账所用的区域名称。", en: "The zone's name, when the import creates the ledger.")
        case .importStrict:
            Phrase(zh: "把疑似更正(与台账中事件的项目、类型、日期相同而金额不同的无编号行)视为问题,而非警告。",
                   en: "A row that looks like a correction of a landed event (same project, kind and date, another amount) is a problem, not a warning.")
        case .importSheet: Phrase(zh: "只读取工作簿中这个工作表(可重复;默认:每个可见且有表头的工作表)。", en: "Read only this sheet of a workbook (repeatable; default: every visible sheet with a header).")
        case .importSnapshot:
            Phrase(zh: "文件是本区的项目台账(每个项目一行),截至 --as-of 日期:导入由变化推导出的事件。",
                   en: "FILE is the zone's project sheet (one row per project) as of --as-of: land the events that say what changed.")
        case .importAsOf: Phrase(zh: "项目台账所反映的日期(与 --snapshot 一起用)。", en: "The day the project sheet describes (with --snapshot).")
        case .importColumns:
            Phrase(zh: "把本区表头对应到标准列的文件,每行一条 `表头 = 列`(与 --snapshot 一起用)。",
                   en: "A file mapping the zone's own headers to the sheet's columns, one `header = column` a line (with --snapshot).")
        case .vSheet: Phrase(zh: "工作表", en: "sheet")
        case .importDryRun: Phrase(zh: "只校验并显示将写入的内容,不写入任何东西。", en: "Validate and show what would land; write nothing.")
        case .allowFuture: Phrase(zh: "接受比时钟超前一天以上的记录时间。", en: "Accept a recorded time more than a day ahead of the clock.")
        case .importQuiet: Phrase(zh: "标准错误上不显示进度。", en: "No progress on standard error.")
        case .importReplayExport:
            Phrase(zh: "文件是 `taizhang export` 的导出:按原批次、行号和记录时间写入其事件,使摘要相同。",
                   en: "FILE is a `taizhang export`: land its events with their original batches, lines and recorded times, so the digest comes out the same.")
        case .summaryAbstract:
            Phrase(zh: "按简报的说法给出一个期间(季度、半年、全年或月份)的招商引资数字。",
                   en: "A period's investment-attraction figures (a quarter, half, year or month), in the newsletter's words.")
        case .summaryDiscussion:
            Phrase(zh: """
                不带 `--as-of` 或 `--as-known-at` 时,数字取自台账中保存的投影。`--as-known-at` 重现台账在那个记录时间能印出的数字\
                (即当时公布的数字);`--as-of` 只计业务日期在那天或之前的事件。
                """,
                   en: """
                Without --as-of or --as-known-at the figures come from the projections kept in the ledger. \
                --as-known-at reproduces what the ledger could have printed at that recorded time (a figure \
                as published); --as-of keeps only events whose business date is on or before that day.
                """)
        case .summaryPeriod:
            Phrase(zh: "期间:2021Q1 或 2021年一季度,2021H1 或 2021年上半年,2021 或 2021年,2021-03 或 2021年3月。",
                   en: "The period: 2021Q1 or `2021年一季度`, 2021H1 or `2021年上半年`, 2021 or `2021年`, 2021-03 or `2021年3月`.")
        case .summaryThreshold: Phrase(zh: "计入的最小签约额(默认 1亿元)。", en: "Smallest signing counted (default: 100 million yuan).")
        case .summaryAsOf: Phrase(zh: "只计业务日期在此日或之前的事件(`YYYY-MM-DD`)。", en: "Only events with a business date on or before this day (YYYY-MM-DD).")
        case .summaryAsKnownAt:
            Phrase(zh: "只计在此时间或之前记录的事件(带时区的 ISO 8601 时间,或日期 = 当天结束,北京时间)。",
                   en: "Only events recorded at or before this time (ISO 8601 with offset, or a date = end of that day, China time).")
        case .summaryTargets:
            Phrase(zh: "目标文件(JSON,见 `Fixtures/targets-2021.json`),用于年度目标完成情况。",
                   en: "A targets file (JSON, see Fixtures/targets-2021.json) for progress against the year's targets.")
        case .summaryJSON: Phrase(zh: "给程序读取的输出(模式 `taizhang.summary/1`)。", en: "Machine-readable output (schema taizhang.summary/1).")
        case .summaryExplain:
            Phrase(zh: "列出每个数字背后的事件(与 `--json` 同用时为 `disbursed.events` 和 `terminated.events`)。",
                   en: "List the events behind every number (with --json: disbursed.events and terminated.events).")
        case .projectsAbstract: Phrase(zh: "列出项目,可筛选和排序,输出为表格、JSON 或 CSV。", en: "List projects, filtered and sorted, as a table, JSON or CSV.")
        case .projectsGroup: Phrase(zh: "只列此组团。", en: "Only this group (`组团`).")
        case .projectsIndustry: Phrase(zh: "只列此产业链。", en: "Only this industry chain.")
        case .projectsStatus: Phrase(zh: "只列此状态:`signed`、`started`、`commissioned`、`terminated`。", en: "Only this status: signed, started, commissioned, terminated.")
        case .projectsMin: Phrase(zh: "只列总投资不少于此额的项目(如 `20亿元`)。", en: "Only projects whose total investment is at least this (e.g. `20亿元`).")
        case .projectsSignedIn:
            Phrase(zh: "只列在此期间签约的项目(2021Q1、2021年一季度、2021H1、2021、2021-03 等)。",
                   en: "Only projects signed in this period (2021Q1, `2021年一季度`, 2021H1, 2021, 2021-03, …).")
        case .projectsSort: Phrase(zh: "排序依据:`id`、`amount`、`signed`、`name` 或 `disbursed`。", en: "Sort by id, amount, signed, name or disbursed.")
        case .projectsDescending: Phrase(zh: "从大到小。", en: "Largest first.")
        case .showAbstract: Phrase(zh: "一个项目的当前状态、里程碑和每个事件。", en: "A project's current state, its milestones and every event.")
        case .showProject: Phrase(zh: "项目编号,如 `GJ-2021-001`。", en: "The project id, e.g. GJ-2021-001.")
        case .batchesAbstract: Phrase(zh: "每个批次:文件、SHA-256、行数、事件数、操作员、记录时间。", en: "Every batch: file, SHA-256, rows, events, operator, recorded time.")
        case .replayAbstract: Phrase(zh: "按顺序列出每个事件,及其来源和带来的变化。", en: "Every event in order, with where it came from and what it changed.")
        case .replayProject: Phrase(zh: "只列此项目的事件。", en: "Only this project's events.")
        case .replayFrom: Phrase(zh: "起始序号。", en: "First sequence number.")
        case .replayTo: Phrase(zh: "结束序号。", en: "Last sequence number.")
        case .replayUntil: Phrase(zh: "只列业务日期在此日或之前的事件。", en: "Only events with a business date on or before this day.")
        case .replayKnownAt: Phrase(zh: "只列在此时间或之前记录的事件(带时区的 ISO 8601 时间,或日期)。", en: "Only events recorded at or before this time (ISO 8601 with offset, or a date).")
        case .replayBatch: Phrase(zh: "只列此批次的事件。", en: "Only events of this batch.")
        case .replayVerify: Phrase(zh: "边列边重算每个事件的哈希和链接;遇到第一个不符即停止。", en: "Recompute each event's hash and link as it goes; stop at the first mismatch.")
        case .verifyAbstract: Phrase(zh: "重算哈希链,检查每个索引和投影;印出摘要。", en: "Recompute the hash chain, check every index and projection; print the digest.")
        case .digestAbstract:
            Phrase(zh: "把台账摘要印成一行:`SEQ HASH RECORDED_AT TREE_HEAD`(小写十六进制)。", en: "Print the ledger's digest as one line: SEQ HASH RECORDED_AT TREE_HEAD (lowercase hex).")
        case .digestDiscussion:
            Phrase(zh: "`TREE_HEAD` 是全部事件的 RFC 6962 Merkle 树根;途中检查哈希链(不成立时退出状态 4)。",
                   en: "TREE_HEAD is the RFC 6962 Merkle tree head over every event; the chain is checked on the way (exit 4 if it does not hold).")
        case .digestJSON: Phrase(zh: "给程序读取:序号、哈希、记录时间、树根。", en: "Machine-readable: sequence, hash, recorded_at, tree_head.")
        case .rebuildAbstract: Phrase(zh: "只凭日志重算每个投影;说明与原投影是否一致。", en: "Recompute every projection from the log alone; say whether they were equal.")
        case .proveAbstract:
            Phrase(zh: "印出 Merkle 证明(JSON):某事件在日志中,或日志是某个旧摘要的延续。", en: "Print a Merkle proof (JSON): that an event is in the log, or that the log extends an older digest.")
        case .proveDiscussion:
            Phrase(zh: """
                `prove EVENT`(事件编号或序号)证明该事件在摘要所代表的日志中:今天的摘要,或用 `--digest SEQ` 指定的序号处的摘要。\
                `prove --from OLD_SEQ:OLD_TREE_HEAD` 证明今天的日志(或 `--digest SEQ` 时的日志)是旧日志的延续,旧值取自一行旧的 \
                `taizhang digest` 输出(第一和第四个字段)。只有完全通过校验的台账才出具证明(否则退出状态 4)。\
                用 `taizhang check-proof FILE` 检查,或用任何按 README 实现的程序检查。
                """,
                   en: """
                `prove EVENT` (an event id or a sequence number) proves that the event is in the log the \
                digest stands for: today's, or with --digest SEQ the digest as it stood at sequence SEQ. \
                `prove --from OLD_SEQ:OLD_TREE_HEAD` proves that today's log (or the one at --digest SEQ) \
                extends the older one, taken from an old `taizhang digest` line (its first and fourth \
                fields). A proof is issued only from a ledger that verifies completely (exit 4 otherwise). \
                Check it with `taizhang check-proof FILE`, or with any program that follows the README.
                """)
        case .proveEvent: Phrase(zh: "事件:编号或序号。", en: "The event: its id, or its sequence number.")
        case .proveDigest: Phrase(zh: "以序号为此值时的摘要为准(默认:当前)。", en: "Prove against the digest as it stood at this sequence (default: the head).")
        case .proveFrom: Phrase(zh: "旧摘要 `SEQ:TREE_HEAD`:证明日志是它的延续。", en: "An older digest, SEQ:TREE_HEAD: prove that the log extends it.")
        case .checkProofAbstract: Phrase(zh: "离线检查 `taizhang prove` 给出的证明文件,无需台账。", en: "Check a proof file from `taizhang prove` offline, without the ledger.")
        case .checkProofDiscussion:
            Phrase(zh: """
                印出一行:`证明成立:…`(退出状态 0)或 `证明不成立:…`(退出状态 4)。文件读不了或不是 JSON 属于输入有误\
                (退出状态 2)。给出 `--digest SEQ:TREE_HEAD` 时,证明所针对的树根还必须是您保存的那个。
                """,
                   en: """
                Prints one line: `proof OK: …` (exit 0) or `proof FAILED: …` (exit 4). A file that cannot \
                be read or is not JSON is bad input (exit 2). With --digest SEQ:TREE_HEAD, the tree head \
                the proof is about must also be the one you kept.
                """)
        case .checkProofFile: Phrase(zh: "证明文件(JSON);- 读标准输入。", en: "The proof file (JSON); - reads standard input.")
        case .checkProofDigest: Phrase(zh: "您保存的摘要 `SEQ:TREE_HEAD`:证明必须针对这棵树。", en: "A digest you kept, SEQ:TREE_HEAD: the proof must be about that tree.")
        case .voidAbstract: Phrase(zh: "追加一个作废事件,取消误录的事件;历史从不修改。", en: "Cancel an event entered in error by appending a void event; history is never edited.")
        case .voidDiscussion:
            Phrase(zh: """
                作废事件单独作为一个批次写入,名为 `void:EVENT_ID`,与批次文件中的作废行经过同样的检查:事件存在、不是作废事件、\
                尚未被作废,且项目其余历史仍然成立(否则退出状态 3)。被作废的事件留在日志中;`show`、`replay` 和汇总不计它并加以标注。
                """,
                   en: """
                The void lands as a batch of its own, named void:EVENT_ID, through the same checks as a \
                `void` row of a batch file: the event exists, is not a void, is not void already, and the \
                project's remaining history still holds (exit 3 otherwise). The voided event stays in the \
                log; show, replay and summaries leave it out and mark it.
                """)
        case .voidEventId: Phrase(zh: "误录事件的编号。", en: "The id of the event entered in error.")
        case .voidReason: Phrase(zh: "作废原因(必填;记为作废事件的备注)。", en: "Why the event is void (required; kept as the void's note).")
        case .voidDate: Phrase(zh: "作废的业务日期(默认:`--recorded-at` 那天,否则今天,北京时间)。", en: "Business date of the void (default: the day of --recorded-at, else today, China time).")
        case .voidRecordedAt: Phrase(zh: "记录时间(带时区的 ISO 8601 时间,或日期);不得早于台账当前的记录时间。", en: "Recorded time (ISO 8601 with offset, or a date); never before the ledger's head.")
        case .voidOperator: Phrase(zh: "作废人(默认:登录名)。", en: "Who voids (default: the login name).")
        case .voidId: Phrase(zh: "作废事件的编号(默认:由内容导出,与无编号的行相同)。", en: "The void event's id (default: derived from its content, as for a row without one).")
        case .backupAbstract:
            Phrase(zh: "把台账复制到一个新的或空的文件夹(LMDB 的压缩复制),然后校验副本。", en: "Copy the ledger into a new or empty folder (LMDB's compacting copy), then verify the copy.")
        case .backupDiscussion:
            Phrase(zh: "导入进行时也可安全备份:副本是一个一致的快照,含备份开始前提交的每个批次。印出副本的摘要;副本校验不通过时退出状态 4。",
                   en: """
                Safe while imports run: the copy is one consistent snapshot, holding every batch \
                committed before it began. Prints the copy's digest; exit 4 if the copy does not verify.
                """)
        case .backupDestination: Phrase(zh: "复制到的文件夹:新的,或空的。", en: "The folder to copy into: new, or empty.")
        case .exportAbstract:
            Phrase(zh: "把事件连同信封写成 JSONL 或 CSV:变更流,也是 `import --replay-export` 能重建的副本。",
                   en: "Write events with their envelopes as JSONL or CSV: the change feed, and a copy `import --replay-export` rebuilds.")
        case .exportDiscussion:
            Phrase(zh: "列:`{columns}`。用 `--since SEQ` 只导出该序号之后的事件:接收方给出它已有的最后一个序号。",
                   en: "Columns: {columns}. With --since SEQ only the events after sequence SEQ: a consumer passes the last sequence it has.")
        case .exportSince: Phrase(zh: "只导出此序号之后的事件。", en: "Only events after this sequence number.")
        case .exportCSV: Phrase(zh: "带表头行的 CSV。", en: "CSV with a header row.")
        case .vFolder: Phrase(zh: "文件夹", en: "folder")
        case .vLanguage: Phrase(zh: "语言", en: "language")
        case .vZone: Phrase(zh: "区域名称", en: "zone")
        case .vFile: Phrase(zh: "文件", en: "file")
        case .vTime: Phrase(zh: "时间", en: "time")
        case .vName: Phrase(zh: "姓名", en: "name")
        case .vEncoding: Phrase(zh: "编码", en: "encoding")
        case .vFormat: Phrase(zh: "格式", en: "format")
        case .vPeriod: Phrase(zh: "期间", en: "period")
        case .vAmount: Phrase(zh: "金额", en: "amount")
        case .vDay: Phrase(zh: "日期", en: "date")
        case .vGroup: Phrase(zh: "组团", en: "group")
        case .vIndustry: Phrase(zh: "产业链", en: "industry")
        case .vStatus: Phrase(zh: "状态", en: "status")
        case .vSort: Phrase(zh: "排序", en: "sort")
        case .vProject: Phrase(zh: "项目", en: "project")
        case .vSequence: Phrase(zh: "序号", en: "sequence")
        case .vBatch: Phrase(zh: "批次", en: "batch")
        case .vEvent: Phrase(zh: "事件", en: "event")
        case .vTree: Phrase(zh: "序号:树根", en: "seq:tree-head")
        case .vReason: Phrase(zh: "原因", en: "reason")
        case .vId: Phrase(zh: "编号", en: "id")
        case .vSubcommand: Phrase(zh: "子命令", en: "subcommand")
        case .vSubcommands: Phrase(zh: "子命令", en: "subcommands")
        case .vSubcommandQuoted: Phrase(zh: "<子命令>", en: "<subcommand>")
        case .vOptionsQuoted: Phrase(zh: "<选项>", en: "<options>")
        case .vSubcommandsQuoted: Phrase(zh: "<子命令>", en: "<subcommands>")
        case .seeSubcommandHelp: Phrase(zh: "各子命令的详细帮助见 `taizhang help <子命令>`。", en: "See 'taizhang help <subcommand>' for detailed help.")
        case .helpFlag: Phrase(zh: "显示帮助信息。", en: "Show help information.")
        case .helpCommand: Phrase(zh: "显示子命令的帮助信息。", en: "Show subcommand help information.")
        case .versionFlag: Phrase(zh: "显示版本。", en: "Show the version.")
        case .overview: Phrase(zh: "概述:", en: "OVERVIEW:")
        case .usage: Phrase(zh: "用法:", en: "USAGE:")
        case .arguments: Phrase(zh: "参数:", en: "ARGUMENTS:")
        case .options: Phrase(zh: "选项:", en: "OPTIONS:")
        case .subcommands: Phrase(zh: "子命令:", en: "SUBCOMMANDS:")
        case .defaultOpen: Phrase(zh: "(默认:", en: "(default: ")
        case .defaultInline: Phrase(zh: ";默认:", en: "; default: ")
        case .defaultWord: Phrase(zh: "默认:", en: "default: ")
        case .valuesOpen: Phrase(zh: "(可选值:", en: "(values: ")
        }
    }
}
