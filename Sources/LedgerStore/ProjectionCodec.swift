public import Ledger

/// Binary forms of the projections kept in LMDB (`projects`, `quarters`), version 1.
///
/// Projections can always be rebuilt from the log, so these forms may change with a
/// `rebuild`; the event record's form never does. A project with attributes is stored in
/// version 2 (version 1 followed by the attributes), every other one in version 1 as before,
/// so ledgers written earlier verify without a rebuild.
public enum ProjectionCodec {
    public static let version: UInt8 = 1
    public static let versionWithAttributes: UInt8 = 2

    public static func encode(_ s: ProjectState) -> [UInt8] {
        var w = ByteWriter(capacity: 160)
        w.u8(s.attributes.isEmpty ? version : versionWithAttributes)
        w.string(s.project); w.string(s.name); w.string(s.group); w.string(s.industry); w.string(s.investor)
        w.i64(s.signedAmount.fen); w.i64(s.totalInvestment.fen); w.i64(s.disbursed.fen)
        for d in [s.signedDate, s.startedDate, s.commissionedDate, s.terminatedDate] { w.u32(d?.yyyymmdd ?? 0) }
        w.u32(UInt32(s.revisionCount))
        w.u64(s.signedSequence); w.u64(s.startedSequence); w.u64(s.commissionedSequence)
        w.u32(UInt32(s.eventCount)); w.u64(s.lastSequence)
        let quarters = s.disbursedByQuarter.keys.sorted()
        w.u32(UInt32(quarters.count))
        for q in quarters { w.u32(UInt32(q)); w.i64(s.disbursedByQuarter[q]!) }
        if !s.attributes.isEmpty {
            w.u32(UInt32(s.attributes.count))
            for a in s.attributes { w.string(a.key); w.string(a.value) }
        }
        return w.bytes
    }

    public static func decodeProject(_ b: UnsafeRawBufferPointer) throws(CodecError) -> ProjectState {
        var r = ByteReader(b)
        let v = try r.u8()
        guard v == version || v == versionWithAttributes else { throw .unknownVersion(v) }
        var s = ProjectState(project: try r.string())
        s.name = try r.string(); s.group = try r.string(); s.industry = try r.string(); s.investor = try r.string()
        s.signedAmount = Money(fen: try r.i64()); s.totalInvestment = Money(fen: try r.i64()); s.disbursed = Money(fen: try r.i64())
        s.signedDate = try date(&r); s.startedDate = try date(&r); s.commissionedDate = try date(&r); s.terminatedDate = try date(&r)
        s.revisionCount = Int(try r.u32())
        s.signedSequence = try r.u64(); s.startedSequence = try r.u64(); s.commissionedSequence = try r.u64()
        s.eventCount = Int(try r.u32()); s.lastSequence = try r.u64()
        let n = try r.u32()
        for _ in 0..<n { let q = Int(try r.u32()); s.disbursedByQuarter[q] = try r.i64() }
        if v == versionWithAttributes {
            let count = try r.u32()
            guard count > 0, Int(count) <= r.remaining / 8 else { throw .truncated(offset: r.offset) }
            for _ in 0..<count { s.attributes.append(Attribute(try r.string(), try r.string())) }
        }
        if r.remaining != 0 { throw .trailingBytes(r.remaining) }
        if let broken = s.invariantViolation { throw .brokenInvariant(broken) }
        return s
    }

    private static func date(_ r: inout ByteReader) throws(CodecError) -> BusinessDate? {
        let raw = try r.u32()
        if raw == 0 { return nil }
        guard let d = BusinessDate(yyyymmdd: raw) else { throw .invalidDate(raw) }
        return d
    }

    /// Key of a contribution: u32 quarter index ‖ project id, so a quarter is one key range.
    public static func contributionKey(quarter: Int, project: String) -> [UInt8] {
        var w = ByteWriter(capacity: 4 + project.utf8.count)
        w.u32(UInt32(quarter))
        w.raw(project.utf8)
        return w.bytes
    }

    public static func encode(_ c: PeriodContribution) -> [UInt8] {
        var w = ByteWriter(capacity: 96)
        w.u8(version)
        w.u32(c.signedDate.yyyymmdd)
        w.i64(c.signedAmount.fen); w.i64(c.disbursed.fen)
        w.u64(c.signedSequence); w.u64(c.startedSequence); w.u64(c.commissionedSequence)
        w.u8(c.terminated ? 1 : 0)
        w.string(c.name); w.string(c.group); w.string(c.industry)
        return w.bytes
    }

    public static func decodeContribution(project: String, _ b: UnsafeRawBufferPointer) throws(CodecError) -> PeriodContribution {
        var texts = RepeatedText()
        return try decodeContribution(project: project, b, texts: &texts)
    }

    /// As above, with the group and industry taken from `texts` when a record before named them.
    static func decodeContribution(project: String, _ b: UnsafeRawBufferPointer, texts: inout RepeatedText) throws(CodecError) -> PeriodContribution {
        var r = ByteReader(b)
        let v = try r.u8()
        guard v == version else { throw .unknownVersion(v) }
        guard let signed = try date(&r) else { throw .invalidDate(0) }
        let signedAmount = try r.i64(), disbursed = try r.i64()
        let s1 = try r.u64(), s2 = try r.u64(), s3 = try r.u64()
        let terminated = try r.u8() == 1
        let name = try r.string(), group = try texts.read(&r), industry = try texts.read(&r)
        if r.remaining != 0 { throw .trailingBytes(r.remaining) }
        return PeriodContribution(
            project: project, name: name, group: group, industry: industry, signedDate: signed,
            signedAmount: Money(fen: signedAmount), signedSequence: s1, startedSequence: s2,
            commissionedSequence: s3, terminated: terminated, disbursed: Money(fen: disbursed))
    }
}
