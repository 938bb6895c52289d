/// Why a key, a signed note, a checkpoint or a witness's state file is refused (`TransparencyError`).
public enum TransparencyText: String, Phrasebook {
    case noteText
    case notSignedNote
    case signatureCount
    case notSignatureLine
    case witnessKeySigns
    case notWitnessKey
    case noSignatureBy
    case signatureFails
    case checkpointLines
    case checkpointSize
    case checkpointRoot
    case keyName
    case keyType
    case keyLength
    case notVerifierKey
    case verifierKeyID
    case notSigningKey
    case signingKeyID
    case stateFolder
    case stateOpen
    case stateLock
    case stateCut
    case stateOrigin
    case stateLine
    case stateRead
    case stateWrite
    case stateSync
    case registeredKey
    case inFile
    case fileUnreadable
    case notUTF8
    case notProofFile
    case badProofFile
    case keyNotWritten

    public var phrase: Phrase {
        switch self {
        case .noteText: Phrase(zh: "签名注记的正文必须以换行结尾,且除换行外不含控制字符", en: "a note's text must end in a newline and hold no control characters but newlines")
        case .notSignedNote:
            Phrase(zh: "不是签名注记:签名行之前没有空行、含有控制字符,或末尾没有换行", en: "not a signed note: no blank line before the signatures, a control character, or no final newline")
        case .signatureCount: Phrase(zh: "签名注记应有 1 至 {max} 行签名,这份有 {count} 行", en: "a signed note has 1 to {max} signature lines, this one {count}")
        case .notSignatureLine: Phrase(zh: "不是签名行(`— NAME BASE64`):{line}", en: "not a signature line (— NAME BASE64): {line}")
        case .witnessKeySigns: Phrase(zh: "密钥 {name} 是见证人密钥(类型 `0x04`):它只做联署,不签检查点", en: "key {name} is a witness key (type 0x04): it cosigns, it does not sign notes")
        case .notWitnessKey: Phrase(zh: "密钥 {name} 不是见证人密钥(类型 `0x04`)", en: "key {name} is not a witness key (type 0x04)")
        case .noSignatureBy: Phrase(zh: "注记上没有 {name} 的签名(密钥 {id})", en: "the note carries no signature by {name} (key {id})")
        case .signatureFails: Phrase(zh: "{name} 的签名验证不通过:注记被改动过,或由另一把密钥签名", en: "the signature by {name} does not verify: the note was altered, or signed by another key")
        case .checkpointLines: Phrase(zh: "检查点由来源、树大小和根哈希三行组成", en: "a checkpoint is an origin, a tree size and a root hash, one a line")
        case .checkpointSize: Phrase(zh: "检查点的树大小 {size} 不是不带前导零的十进制数", en: "checkpoint tree size {size} is not a decimal number without leading zeros")
        case .checkpointRoot: Phrase(zh: "检查点的根哈希 {root} 不是 32 字节的 `base64`", en: "checkpoint root hash {root} is not the base64 of 32 bytes")
        case .keyName: Phrase(zh: "密钥名称“{name}”为空,或含有空格或加号", en: "key name \"{name}\" is empty or holds a space or a plus")
        case .keyType: Phrase(zh: "签名类型 {type} 既不是 Ed25519(`0x01`)也不是 Ed25519 联署(`0x04`)", en: "signature type {type} is not Ed25519 (0x01) or an Ed25519 cosignature (0x04)")
        case .keyLength: Phrase(zh: "Ed25519 公钥应为 32 字节,不是 {count} 字节", en: "an Ed25519 public key is 32 bytes, not {count}")
        case .notVerifierKey: Phrase(zh: "{key} 不是 Ed25519 验证公钥(`NAME+KEYID+BASE64`)", en: "{key} is not a verifier key NAME+KEYID+BASE64 of an Ed25519 key")
        case .verifierKeyID: Phrase(zh: "验证公钥 {key}:其密钥编号不是名称和公钥的哈希", en: "verifier key {key}: its key ID is not the hash of its name and key")
        case .notSigningKey: Phrase(zh: "不是 Ed25519 签名私钥(`PRIVATE+KEY+NAME+KEYID+BASE64`)", en: "not a signing key PRIVATE+KEY+NAME+KEYID+BASE64 of an Ed25519 key")
        case .signingKeyID: Phrase(zh: "签名私钥 {name}:其密钥编号不是名称和公钥的哈希", en: "signing key {name}: its key ID is not the hash of its name and key")
        case .stateFolder: Phrase(zh: "无法创建见证人状态目录 {folder}:{detail}", en: "cannot create the witness state folder {folder}: {detail}")
        case .stateOpen: Phrase(zh: "无法打开见证人状态文件 {file}:{detail}", en: "cannot open the witness state {file}: {detail}")
        case .stateLock: Phrase(zh: "无法锁定见证人状态文件 {file}", en: "cannot lock the witness state {file}")
        case .stateCut: Phrase(zh: "无法截去 {file} 末尾写了一半的行", en: "cannot cut the torn last line of {file}")
        case .stateOrigin: Phrase(zh: "见证人状态文件 {file} 属于另一个来源({first})", en: "witness state {file} is for another origin ({first})")
        case .stateLine: Phrase(zh: "见证人状态文件 {file} 中有一行不是“树大小 根哈希”:{line}", en: "witness state {file} holds a line that is not SIZE BASE64_ROOT: {line}")
        case .stateRead: Phrase(zh: "无法读取 {file}:{detail}", en: "cannot read {file}: {detail}")
        case .stateWrite: Phrase(zh: "无法写入 {file}:{detail}", en: "cannot write {file}: {detail}")
        case .stateSync: Phrase(zh: "无法把 {file} 同步到磁盘:{detail}", en: "cannot sync {file}: {detail}")
        case .registeredKey: Phrase(zh: "{origin} 登记的公钥:{detail}", en: "{origin}: registered key: {detail}")
        case .inFile: Phrase(zh: "“{file}”:{detail}", en: "{file}: {detail}")
        case .fileUnreadable: Phrase(zh: "“{file}”:文件不存在或无法读取", en: "{file}: no such file, or it cannot be read")
        case .notUTF8: Phrase(zh: "“{file}” 不是 UTF-8 文本", en: "{file} is not UTF-8 text")
        case .notProofFile: Phrase(zh: "“{file}” 不是 JSON 对象,不是证明文件", en: "{file} is not a JSON object: not a proof file")
        case .badProofFile: Phrase(zh: "“{file}” 不是 `taizhang prove` 给出的证明文件", en: "{file} is not a proof file from `taizhang prove`")
        case .keyNotWritten: Phrase(zh: "“{file}”:密钥未能写入:{detail}", en: "{file}: the key could not be written: {detail}")
        }
    }
}

/// A system call's failure inside a line: its number in Chinese (the system's own words are
/// English), the system's words in English.
public enum SystemErrorText: String, Phrasebook {
    case errnoNumber

    public var phrase: Phrase {
        switch self {
        case .errnoNumber: Phrase(zh: "系统错误号 {code}", en: "system error {code}")
        }
    }
}
