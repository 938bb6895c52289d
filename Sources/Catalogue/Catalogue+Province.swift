/// Words of the province's tools: keys, checkpoints, the witness, the PostgreSQL rollup.
public enum ProvinceText: String, Phrasebook {
    case keyWritten
    case keyExists
    case checkpointSigned
    case proofAgainstCheckpoint
    case checkpointOriginIsNotKey
    case checkpointBadSignature
    case witnessSplitView
    case witnessNotExtending
    case witnessNeedsProof
    case witnessBadSignature
    case publishNothingNew
    case publishDone
    case publishRewritten
    case publishNotExtending
    case publishBrokenChain
    case postgresUnreachable
    case postgresFailed
    case provinceInitDone
    case provinceVerifyOK
    case provinceVerifyFailed
    case provinceTotal
    case zoneVerified
    case checkpointWithKey
    case originInvalid
    case digestOrCheckpoint
    case zoneNotVerified
    case proveVerifyHelp
    case initOriginHelp
    case checkProofCheckpointHelp
    case checkProofKeyHelp
    case keygenAbstract
    case checkpointAbstract
    case witnessAbstract
    case publishAbstract
    case provinceAbstract
    case valueOrigin
    case valueCheckpoint
    case valueKey

    public var phrase: Phrase {
        switch self {
        case .keyWritten: Phrase(zh: "已写入签名私钥 {file}(权限 0600);验证公钥:", en: "signing key written to {file} (mode 0600); verifier key:")
        case .keyExists: Phrase(zh: "“{file}”已存在:不覆盖已有的密钥", en: "{file} already exists: an existing key is never overwritten")
        case .checkpointSigned: Phrase(zh: "检查点 {origin},树大小 {size}", en: "checkpoint {origin}, tree size {size}")
        case .proofAgainstCheckpoint:
            Phrase(zh: "检查点签名有效:{origin} 的 {size} 个事件,由密钥 {key} 签名", en: "checkpoint signature OK: {size} events of {origin}, signed by key {key}")
        case .checkpointOriginIsNotKey:
            Phrase(zh: "检查点的来源 {origin} 不是密钥 {key} 的名称:它不是这个台账的检查点", en: "the checkpoint's origin {origin} is not the name of key {key}: it is not this ledger's checkpoint")
        case .checkpointBadSignature: Phrase(zh: "检查点签名无效:{detail}", en: "checkpoint signature FAILED: {detail}")
        case .witnessSplitView:
            Phrase(zh: "拒绝联署:{origin} 在树大小 {size} 处出现另一个根哈希(分叉视图),见证人已联署的是另一个", en: "refused: {origin} shows another root hash at tree size {size} than the one the witness cosigned (a split view)")
        case .witnessNotExtending:
            Phrase(zh: "拒绝联署:{origin} 的检查点(大小 {size})不是见证人已联署检查点(大小 {old})的延续:历史被改写", en: "refused: the checkpoint of {origin} (size {size}) does not extend the one of size {old} the witness cosigned: history was rewritten")
        case .witnessNeedsProof:
            Phrase(zh: "拒绝联署:需要从大小 {old} 到 {size} 的一致性证明(用 `--proof` 给出)", en: "refused: a consistency proof from size {old} to {size} is needed (--proof)")
        case .witnessBadSignature: Phrase(zh: "拒绝联署:区域签名无效或缺失({origin})", en: "refused: the zone's signature is missing or does not verify ({origin})")
        case .publishNothingNew: Phrase(zh: "{origin}:省里已有全部 {size} 个事件,无需发布", en: "{origin}: the province already holds all {size} events; nothing to publish")
        case .publishDone: Phrase(zh: "{origin}:已发布 {count} 个事件(序号 {first} 至 {last})及检查点", en: "{origin}: published {count} events (sequences {first} to {last}) and the checkpoint")
        case .publishRewritten:
            Phrase(zh: "拒绝发布:{origin} 的序号 {sequence} 与省里已有的不同:本区改写了已上报的历史,未写入任何数据", en: "refused: sequence {sequence} of {origin} differs from what the province holds: the zone rewrote what it reported; nothing was written")
        case .publishNotExtending:
            Phrase(zh: "拒绝发布:{origin} 的新检查点不是省里已存检查点(大小 {old})的延续,未写入任何数据", en: "refused: the new checkpoint of {origin} does not extend the stored one of size {old}; nothing was written")
        case .publishBrokenChain:
            Phrase(zh: "拒绝发布:{origin} 序号 {sequence} 的前一哈希不是省里所存序号 {previous} 的哈希,未写入任何数据", en: "refused: the previous hash of sequence {sequence} of {origin} is not the stored hash of sequence {previous}; nothing was written")
        case .postgresUnreachable: Phrase(zh: "无法连接 PostgreSQL({url}):{detail}", en: "cannot reach PostgreSQL ({url}): {detail}")
        case .postgresFailed: Phrase(zh: "PostgreSQL 出错,事务已回滚,未写入任何数据:{detail}", en: "PostgreSQL failed, the transaction was rolled back and nothing was written: {detail}")
        case .provinceInitDone: Phrase(zh: "省级汇总库已就绪:“{url}”", en: "the province's rollup schema is ready: {url}")
        case .provinceVerifyOK: Phrase(zh: "省级汇总库核验通过:{origins} 个区域,{events} 个事件", en: "the province's rollup verifies: zones {origins}, events {events}")
        case .provinceVerifyFailed: Phrase(zh: "省级汇总库核验失败:{origin} 序号 {sequence}:{detail}", en: "the province's rollup does NOT verify: {origin} sequence {sequence}: {detail}")
        case .provinceTotal: Phrase(zh: "全省合计", en: "province total")
        case .originInvalid: Phrase(zh: "--origin 不能为空,也不能含空格或加号", en: "--origin must be non-empty, without spaces or plus signs")
        case .checkpointWithKey: Phrase(zh: "--checkpoint 和 --key 要一起给出", en: "--checkpoint and --key go together")
        case .digestOrCheckpoint: Phrase(zh: "--digest 和 --checkpoint 只能给一个", en: "give --digest or --checkpoint, not both")
        case .zoneVerified: Phrase(zh: "  {origin} @ {size} {root} 核验通过", en: "  {origin} @ {size} {root} OK")
        case .zoneNotVerified: Phrase(zh: "  {origin} @ {size} {root} 核验失败:{detail}", en: "  {origin} @ {size} {root} FAILED: {detail}")
        case .proveVerifyHelp: Phrase(zh: "先完整校验台账,校验不通过则不出具证明(退出码 4)。", en: "Verify the whole ledger first and issue no proof unless it verifies (exit 4 otherwise).")
        case .initOriginHelp: Phrase(zh: "检查点的来源名称(`C2SP tlog-checkpoint`),默认为 `taizhang/` 加区域名称。", en: "The checkpoint origin (C2SP tlog-checkpoint); default taizhang/ and the zone's name.")
        case .checkProofCheckpointHelp: Phrase(zh: "已签名的检查点文件:证明必须针对它的树。", en: "A signed checkpoint file: the proof must be about its tree.")
        case .checkProofKeyHelp: Phrase(zh: "区域的验证公钥(`NAME+KEYHASH+BASE64`,或存放它的文件),与 --checkpoint 一起用。", en: "The zone's verifier key (NAME+KEYHASH+BASE64, or a file holding it), with --checkpoint.")
        case .keygenAbstract: Phrase(zh: "生成新的 Ed25519 签名密钥(权限 0600),并打印其验证公钥 `NAME+KEYHASH+BASE64`。", en: "Write a new Ed25519 signing key (mode 0600) and print its verifier key NAME+KEYHASH+BASE64.")
        case .checkpointAbstract: Phrase(zh: "打印台账的检查点(`C2SP tlog-checkpoint`):来源、树大小、树根、签名。", en: "Print the log's checkpoint (C2SP tlog-checkpoint): origin, tree size, base64 root hash, signatures.")
        case .witnessAbstract: Phrase(zh: "离线见证:只有当区域的检查点延续上次联署的检查点时才联署。", en: "An offline witness: cosign a zone's checkpoint only when it extends the last one cosigned.")
        case .publishAbstract: Phrase(zh: "在一个事务中把本区域新增的事件和检查点发送到省里的 PostgreSQL。", en: "Send the zone's new events and its checkpoint to the province's PostgreSQL, in one transaction.")
        case .provinceAbstract: Phrase(zh: "省里在 PostgreSQL 中汇总各区域台账:建表、校验、汇总。", en: "The province's rollup of every zone's ledger in PostgreSQL: create it, verify it, summarise it.")
        case .valueOrigin: Phrase(zh: "来源", en: "origin")
        case .valueCheckpoint: Phrase(zh: "检查点文件", en: "checkpoint")
        case .valueKey: Phrase(zh: "公钥", en: "key")
        }
    }
}
