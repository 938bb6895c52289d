/// Why the province's PostgreSQL work stopped, and why a zone's rows do not verify (`ProvinceError`).
///
/// The driver's and the server's own words are English: a Chinese line says what happened and
/// where (the URL without its password, the table, the origin, the sequence) and keeps only the
/// server's SQLSTATE code; `--lang en` adds the driver's detail.
public enum ProvinceErrorText: String, Phrasebook {
    case notAURL
    case refused
    case timedOut
    case cannotConnect
    case authentication
    case noDatabase
    case noSchema
    case serverGone
    case serialization
    case serverFull
    case serverError
    case driverError
    case failedAt
    case unreachableAt
    case placeTable
    case placeOrigin
    case placeSequence
    case withDetail
    case code
    case rowMissing
    case rowNotLinked
    case rowAltered
    case rowUndecodable
    case rowColumnEdited
    case checkpointBeyondRows
    case checkpointRootDiffers
    case checkpointNotStoredOne
    case checkpointSignature
    case checkpointNoteDiffers
    case rowsBeyondCheckpoint
    case rootNot32Bytes
    case replayBreaks
    case recordMissing
    case badKeysLine

    public var phrase: Phrase {
        switch self {
        case .notAURL: Phrase(zh: "“{url}”不是 `postgres://USER@HOST[:PORT]/DATABASE` 形式的地址", en: "{url} is not a URL postgres://USER@HOST[:PORT]/DATABASE")
        case .refused: Phrase(zh: "连接被拒绝:该地址和端口上没有 PostgreSQL 在监听", en: "connection refused: no PostgreSQL listens at that address and port")
        case .timedOut: Phrase(zh: "连接超时", en: "the connection timed out")
        case .cannotConnect: Phrase(zh: "无法建立连接", en: "no connection could be made")
        case .authentication: Phrase(zh: "身份验证失败:用户名或密码不被服务器接受", en: "authentication failed: the server does not accept that user or password")
        case .noDatabase: Phrase(zh: "服务器上没有这个数据库", en: "the server has no such database")
        case .noSchema: Phrase(zh: "汇总库的表不存在:先运行 `taizhang province init`", en: "the rollup's tables are missing: run `taizhang province init` first")
        case .serverGone: Phrase(zh: "服务器在工作中途断开了连接", en: "the server closed the connection during the work")
        case .serialization: Phrase(zh: "另一个事务同时修改了同一区域的数据,请重试", en: "another transaction changed the same zone at the same time; try again")
        case .serverFull: Phrase(zh: "服务器资源不足(磁盘、内存或连接数)", en: "the server ran out of resources (disk, memory or connections)")
        case .serverError: Phrase(zh: "服务器报错", en: "the server reported an error")
        case .driverError: Phrase(zh: "客户端与服务器的通信出错", en: "the client and the server could not talk")
        case .failedAt:
            Phrase(zh: "PostgreSQL 出错({place}):{reason};事务已回滚,未写入任何数据", en: "PostgreSQL failed ({place}): {reason}; the transaction was rolled back and nothing was written")
        case .unreachableAt: Phrase(zh: "无法连接 PostgreSQL({place}):{reason}", en: "cannot reach PostgreSQL ({place}): {reason}")
        case .placeTable: Phrase(zh: "表 `{table}`", en: "table {table}")
        case .placeOrigin: Phrase(zh: "来源“{origin}”", en: "origin \"{origin}\"")
        case .placeSequence: Phrase(zh: "序号 {sequence}", en: "sequence {sequence}")
        case .withDetail: Phrase(zh: "{reason}({detail})", en: "{reason} ({detail})")
        case .code: Phrase(zh: "代码 `{code}`", en: "code {code}")
        case .rowMissing: Phrase(zh: "缺少这一行(下一行是序号 {next})", en: "missing (the next row is {next})")
        case .rowNotLinked: Phrase(zh: "它的记录没有链接到序号 {previous} 的哈希", en: "its record does not link to the hash of sequence {previous}")
        case .rowAltered: Phrase(zh: "它的记录哈希不是其字节的 SHA-256:记录被改动过", en: "its record's hash is not the SHA-256 of its bytes: the record was altered")
        case .rowUndecodable: Phrase(zh: "它的记录无法解码", en: "its record does not decode")
        case .rowColumnEdited: Phrase(zh: "{column} 列与它的记录不符:这一行被改动过", en: "column {column} is not what its record says: the row was edited")
        case .checkpointBeyondRows: Phrase(zh: "检查点有 {size} 个事件,但只有 {rows} 行", en: "a checkpoint of {size} events, but only {rows} rows")
        case .checkpointRootDiffers: Phrase(zh: "所存检查点的根哈希不是这些行的树根", en: "the stored checkpoint's root is not the tree head of the rows")
        case .checkpointNotStoredOne: Phrase(zh: "签名的检查点不是旁边所存的那个", en: "the signed checkpoint is not the one stored beside it")
        case .checkpointSignature: Phrase(zh: "检查点的签名:{detail}", en: "the checkpoint's signature: {detail}")
        case .checkpointNoteDiffers: Phrase(zh: "所存的检查点注记不是这些行的检查点", en: "the stored checkpoint note is not the checkpoint of the rows")
        case .rowsBeyondCheckpoint: Phrase(zh: "最后一个检查点({last})之后还有行:发布时没有检查点", en: "rows beyond the last checkpoint ({last}): published without one")
        case .rootNot32Bytes: Phrase(zh: "{origin}:所存的根哈希不是 32 字节", en: "{origin}: a stored root hash is not 32 bytes")
        case .replayBreaks: Phrase(zh: "事件 {sequence}({id})重放时破坏了其项目的历史", en: "event {sequence} ({id}) breaks its project's history on replay")
        case .recordMissing: Phrase(zh: "序号 {sequence}:日志中缺少这个事件", en: "sequence {sequence}: missing from the log")
        case .badKeysLine: Phrase(zh: "{file} 第{line}行:{detail}", en: "{file} line {line}: {detail}")
        }
    }
}
