/// Words of a proof's check (`check-proof`, the audit page): the verdict and why it failed.
public enum ProofText: String, Phrasebook {
    case failed, inclusionOK, consistencyOK
    case trustedSize, trustedHead, leafShort, leafAltered, leafUndecodable, leafPlace, lastNotHead, pathWrong
    case oldEmpty, oldLarger, notExtending, malformed

    public var phrase: Phrase {
        switch self {
        case .failed: Phrase(zh: "证明不成立:{why}", en: "proof FAILED: {why}")
        case .inclusionOK:
            Phrase(zh: "证明成立:事件 {sequence}({id},{kind} {project})在 {size} 个事件、树根为 {head} 的日志中",
                   en: "proof OK: event {sequence} ({id}, {kind} {project}) is in the log of {size} events with tree head {head}")
        case .consistencyOK:
            Phrase(zh: "证明成立:{size} 个事件的日志(树根 {head})延续了 {old} 个事件的日志(树根 {oldHead}):历史只有追加",
                   en: "proof OK: the log of {size} events (tree head {head}) extends the log of {old} events (tree head {oldHead}): history was only appended to")
        case .trustedSize:
            Phrase(zh: "证明针对的是 {sizes} 个事件的树,而不是给定的 {given} 个", en: "the proof is about a tree of {sizes} events, not of the {given} given")
        case .trustedHead:
            Phrase(zh: "证明中 {size} 个事件的树根为 {head},而不是给定的 {given}", en: "the proof's tree head of {size} events is {head}, not the {given} given")
        case .leafShort: Phrase(zh: "`leaf_data` 只有 {count} 字节,不够一条事件记录", en: "leaf_data is {count} bytes, too short for an event record")
        case .leafAltered:
            Phrase(zh: "事件记录的哈希不是其字节的 SHA-256:记录被改过", en: "the event record's hash is not the SHA-256 of its bytes: the record was altered")
        case .leafUndecodable: Phrase(zh: "`leaf_data` 无法解码为事件记录", en: "leaf_data does not decode as an event record")
        case .leafPlace:
            Phrase(zh: "事件记录写的序号是 {sequence},证明却把它放在第 {leaf} 个叶子(序号 {placed})",
                   en: "the event record says sequence {sequence}, the proof places it at leaf {leaf} (sequence {placed})")
        case .lastNotHead:
            Phrase(zh: "被证明的事件是树的最后一个,但它的哈希不是头哈希", en: "the proven event is the tree's last, but its hash is not the head hash")
        case .pathWrong:
            Phrase(zh: "序号 {sequence} 的审计路径不能到达 {size} 个事件的树根 {head}",
                   en: "the audit path of sequence {sequence} does not lead to tree head {head} of {size} events")
        case .oldEmpty:
            Phrase(zh: "`old_tree_size` 为 0:任何日志都延续空日志,无需证明", en: "old_tree_size is 0: every log extends the empty one, there is nothing to prove")
        case .oldLarger: Phrase(zh: "旧树({old})比新树({size})大", en: "the old tree ({old}) is larger than the new one ({size})")
        case .notExtending:
            Phrase(zh: "{size} 个事件、树根为 {head} 的日志并不延续 {old} 个事件、树根为 {oldHead} 的日志",
                   en: "the log of {size} events with tree head {head} does not extend the one of {old} with tree head {oldHead}")
        case .malformed: Phrase(zh: "证明文件的 {field} 字段缺失或格式不对", en: "the proof file's {field} field is missing or malformed")
        }
    }
}
