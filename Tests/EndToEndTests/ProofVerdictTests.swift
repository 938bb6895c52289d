import Foundation
import Testing

/// `check-proof`'s verdicts as whole lines, values filled in, in both languages: a prefix
/// alone once let lines with `{sequence}` left in them pass.
@Suite struct ProofVerdictTests {
    static func lines(_ file: String, _ arguments: String...) throws -> (zh: String, en: String, status: Int32) {
        let zh = try run(taizhangBinary, ["check-proof", file] + arguments)
        let en = try run(taizhangBinary, ["check-proof", file] + arguments + ["--lang", "en"])
        #expect(zh.status == en.status)
        return (zh.stdout.trimmingCharacters(in: .newlines), en.stdout.trimmingCharacters(in: .newlines), zh.status)
    }

    static func digest(_ ledger: String) throws -> (size: String, head: String) {
        let fields = try taizhang(ledger, "digest").stdout.split(separator: " ").map { $0.trimmingCharacters(in: .newlines) }
        return (fields[0], fields[3])
    }

    @Test func anInclusionVerdictNamesTheEventTheTreeAndItsHead() throws {
        let ledger = try fixtureLedger()
        let (size, head) = try Self.digest(ledger)
        let file = try AuditTests.write(try taizhang(ledger, "prove", "E-2021Q1-001").stdout)
        let tied = try Self.lines(file, "--digest", "\(size):\(head)")
        #expect(tied.status == 0)
        #expect(tied.zh == "证明成立:事件 27(E-2021Q1-001,signed GJ-2021-001)在 108 个事件、树根为 \(head) 的日志中")
        #expect(tied.en == "proof OK: event 27 (E-2021Q1-001, signed GJ-2021-001) is in the log of 108 events with tree head \(head)")
        let untied = try Self.lines(file)
        #expect(untied.zh.hasPrefix(tied.zh + ";但未对照你保存的摘要:"), "\(untied.zh)")
        #expect(untied.en.hasPrefix(tied.en + "; but tied to no kept digest: "), "\(untied.en)")
        for line in [tied.zh, tied.en, untied.zh, untied.en] { #expect(!line.contains("{") && !line.contains("}"), "\(line)") }
    }

    @Test func aConsistencyVerdictNamesBothTrees() throws {
        let ledger = try fixtureLedger(batches: 2)
        let (oldSize, oldHead) = try Self.digest(ledger)
        let (file3, recordedAt3) = fixtureBatches[2]
        #expect(try taizhang(ledger, "import", "--quiet", "--recorded-at", recordedAt3, file3).status == 0)
        let (size, head) = try Self.digest(ledger)
        let file = try AuditTests.write(try taizhang(ledger, "prove", "--from", "\(oldSize):\(oldHead)").stdout)
        let verdict = try Self.lines(file, "--digest", "\(oldSize):\(oldHead)")
        #expect(verdict.status == 0)
        #expect(verdict.zh == "证明成立:108 个事件的日志(树根 \(head))延续了 89 个事件的日志(树根 \(oldHead)):历史只有追加")
        #expect(verdict.en == "proof OK: the log of 108 events (tree head \(head)) extends the log of 89 events (tree head \(oldHead)): history was only appended to")
        #expect(size == "108" && oldSize == "89")
    }

    @Test func eachFailureSaysWhyWithItsValues() throws {
        let ledger = try fixtureLedger()
        let (_, head) = try Self.digest(ledger)
        let proof = try AuditTests.json(try taizhang(ledger, "prove", "E-2021Q1-001").stdout)
        let file = try AuditTests.write(String(decoding: try JSONSerialization.data(withJSONObject: proof), as: UTF8.self))
        let otherSize = try Self.lines(file, "--digest", "88:\(head)")
        #expect(otherSize.status == 4)
        #expect(otherSize.zh == "证明不成立:证明针对的是 108 个事件的树,而不是给定的 88 个")
        #expect(otherSize.en == "proof FAILED: the proof is about a tree of 108 events, not of the 88 given")
        let zeros = String(repeating: "0", count: 64)
        let otherHead = try Self.lines(file, "--digest", "108:\(zeros)")
        #expect(otherHead.zh == "证明不成立:证明中 108 个事件的树根为 \(head),而不是给定的 \(zeros)")
        #expect(otherHead.en == "proof FAILED: the proof's tree head of 108 events is \(head), not the \(zeros) given")
        var bent = proof
        var path = try #require(proof["path"] as? [String])
        path[0] = String(repeating: "ab", count: 32)
        bent["path"] = path
        let bentFile = try AuditTests.write(String(decoding: try JSONSerialization.data(withJSONObject: bent), as: UTF8.self))
        let wrongPath = try Self.lines(bentFile)
        #expect(wrongPath.zh == "证明不成立:序号 27 的审计路径不能到达 108 个事件的树根 \(head)")
        #expect(wrongPath.en == "proof FAILED: the audit path of sequence 27 does not lead to tree head \(head) of 108 events")
        var noFormat = proof
        noFormat.removeValue(forKey: "format")
        let malformedFile = try AuditTests.write(String(decoding: try JSONSerialization.data(withJSONObject: noFormat), as: UTF8.self))
        let malformed = try Self.lines(malformedFile)
        #expect(malformed.status == 4)
        #expect(malformed.zh == "证明不成立:证明文件的 format 字段缺失或格式不对")
        #expect(malformed.en == "proof FAILED: the proof file's format field is missing or malformed")
    }
}
