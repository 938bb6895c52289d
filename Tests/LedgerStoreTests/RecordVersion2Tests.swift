import Foundation
import Testing
import Ledger
@testable import LedgerStore

/// Record version 2: `updated` events and attributes, written only where needed, read beside version 1.
@Suite struct RecordVersion2Tests {
    static let previous = [UInt8](repeating: 7, count: 32)

    /// `previous_hash ‖ body ‖ hash` as the store writes it.
    static func record(_ e: Event, sequence: UInt64 = 1) -> [UInt8] {
        var w = ByteWriter()
        EventCodec.encodeUnhashed(e, sequence: sequence, recordedAtMs: 1_618_045_200_000, batch: 1, sourceLine: 3, previousHash: previous, into: &w)
        return w.bytes + ChainHash.sha256(w.bytes)
    }

    static var withAttributes: Event {
        get throws {
            Event(id: "S-1", kind: .signed, project: "P1", date: try date("2021-03-10"), amount: .yi(2), name: "甲项目",
                  attributes: [Attribute(Attribute.plannedStart, "2021-09-30"), Attribute("挂点领导", "王某")])
        }
    }

    @Test func anEventWithoutAttributesIsStillVersion1ByteForByte() throws {
        let e = try signed("S-1", "P1", "2021-03-10", yi: 2)
        let bytes = Self.record(e)
        #expect(bytes[32] == 1)
        // Version 1's layout, by hand: 42 fixed bytes, eight strings, nothing after them but the hash.
        let strings = [e.id, e.project, e.name, e.group, e.industry, e.investor, e.ref, e.note].reduce(0) { $0 + 4 + $1.utf8.count }
        #expect(bytes.count == 32 + 42 + strings + 32)
        #expect(try EventCodec.decode(bytes).event == e)
    }

    @Test func attributesAndUpdatesAreVersion2AndRoundTrip() throws {
        let bytes = Self.record(try Self.withAttributes)
        #expect(bytes[32] == 2)
        let decoded = try EventCodec.decode(bytes)
        #expect(try decoded.event == Self.withAttributes)
        // The attribute block, by hand: u32 count 2, then key/value strings, then the hash.
        let tail = Array(bytes[(bytes.count - 32 - (4 + 2 * 4 + 13 + 10 + 2 * 4 + 12 + 6))..<(bytes.count - 32)])
        #expect(tail.prefix(4) == [0, 0, 0, 2])
        #expect(String(decoding: tail[8..<21], as: UTF8.self) == "planned_start")

        let update = Event(id: "U-1", kind: .updated, project: "P1", date: try date("2021-06-30"), name: "甲项目(二期)")
        let u = Self.record(update)
        #expect(u[32] == 2)
        #expect(try EventCodec.decode(u).event == update)
        let view = try u.withUnsafeBytes { try EventView($0).eventForFold() }
        #expect(view.name == "甲项目(二期)" && view.kind == .updated)
        let attributes = try bytes.withUnsafeBytes { try EventView($0).attributes() }
        #expect(try attributes == Self.withAttributes.attributes)
    }

    @Test func aVersionThatDoesNotFitTheRecordIsRefused() throws {
        // An update stored as version 1, and a plain signing stored as version 2 with no attributes.
        var v1Update = Self.record(Event(id: "U-1", kind: .updated, project: "P1", date: try date("2021-06-30"), name: "x"))
        v1Update[32] = 1
        v1Update.removeLast(32 + 4)
        v1Update += ChainHash.sha256(v1Update)
        #expect(throws: CodecError.versionMismatch(version: 1, kind: 8)) { try EventCodec.decode(v1Update) }
        var v2Plain = Array(Self.record(try signed("S-1", "P1", "2021-03-10", yi: 2)).dropLast(32))
        v2Plain[32] = 2
        v2Plain += [0, 0, 0, 0]
        v2Plain += ChainHash.sha256(v2Plain)
        #expect(throws: CodecError.versionMismatch(version: 2, kind: 1)) { try EventCodec.decode(v2Plain) }
        #expect(throws: CodecError.versionMismatch(version: 2, kind: 1)) { try v2Plain.withUnsafeBytes { try EventView($0) } }
        // A count past the bytes there are is a truncated record, not an allocation.
        var huge = Array(Self.record(try Self.withAttributes).dropLast(32))
        let countAt = huge.count - (4 + 2 * 4 + 13 + 10 + 2 * 4 + 12 + 6)
        huge.replaceSubrange(countAt..<countAt + 4, with: [0xFF, 0xFF, 0xFF, 0xFF])
        huge += ChainHash.sha256(huge)
        #expect(throws: CodecError.self) { try EventCodec.decode(huge) }
    }

    @Test func anUpdateChangesNamesAndAttributesOnlyAndTheLedgerVerifies() throws {
        let store = try temporaryLedger()
        try store.land([try Self.withAttributes, event("D-1", .disbursed, "P1", "2021-04-01", fen: 5_000)])
        let update = Event(id: "U-1", kind: .updated, project: "P1", date: try date("2021-06-30"), name: "甲项目(二期)", group: "临空组团",
                           attributes: [Attribute(Attribute.plannedStart, "2021-10-31"), Attribute("挂点领导", ""), Attribute("用地面积(亩)", "150")])
        try store.land([update], file: "update.jsonl", recordedAt: "2021-07-01T09:00:00+08:00")
        let state = try #require(try store.project("P1"))
        #expect(state.name == "甲项目(二期)" && state.group == "临空组团" && state.industry == "")
        #expect(state.attributes == [Attribute(Attribute.plannedStart, "2021-10-31"), Attribute("用地面积(亩)", "150")])
        #expect(try state.plannedStartDate == date("2021-10-31"))
        #expect(state.totalInvestment == .yi(2) && state.disbursed.fen == 5_000 && state.eventCount == 3)
        let report = try store.verify()
        #expect(report.ok, "\(report.failures)")
        let rebuilt = try store.rebuild()
        #expect(rebuilt.equal)
        #expect(try store.events(ofProject: "P1").map(\.event) == [try Self.withAttributes, event("D-1", .disbursed, "P1", "2021-04-01", fen: 5_000), update])
    }

    @Test func anUpdateNeedsSomethingToChangeAndAttributesOnlyRideSigningsAndUpdates() throws {
        let empty = Event(id: "U", kind: .updated, project: "P", date: try date("2021-06-30"))
        #expect(empty.shapeViolations().map(\.code) == [.missingField])
        let money = Event(id: "U", kind: .updated, project: "P", date: try date("2021-06-30"), amount: .yi(1), name: "x")
        #expect(money.shapeViolations().map(\.code) == [.extraField])
        let onDisbursed = Event(id: "D", kind: .disbursed, project: "P", date: try date("2021-06-30"), amount: .yi(1), attributes: [Attribute("a", "b")])
        #expect(onDisbursed.shapeViolations().map(\.code) == [.extraField])
        let badDate = Event(id: "U", kind: .updated, project: "P", date: try date("2021-06-30"), attributes: [Attribute(Attribute.plannedStart, "2021.9")])
        #expect(badDate.shapeViolations().map(\.code) == [.badAttribute])
        let twice = Event(id: "U", kind: .updated, project: "P", date: try date("2021-06-30"), attributes: [Attribute("a", "1"), Attribute("a", "2")])
        #expect(twice.shapeViolations().map(\.code) == [.badAttribute])
    }

    @Test func anUpdateMayFollowATerminationButNoMilestoneMay() throws {
        var state = ProjectState(project: "P1")
        try state.apply(signed("S", "P1", "2021-03-10", yi: 2), sequence: 1)
        try state.apply(event("T", .terminated, "P1", "2021-05-01"), sequence: 2)
        try state.apply(Event(id: "U", kind: .updated, project: "P1", date: try date("2021-06-30"), name: "乙项目"), sequence: 3)
        #expect(state.name == "乙项目")
        #expect(throws: RuleViolation.self) { try state.apply(event("X", .started, "P1", "2021-06-30"), sequence: 4) }
        #expect(throws: RuleViolation.self) {
            var fresh = ProjectState(project: "P2")
            try fresh.apply(Event(id: "U", kind: .updated, project: "P2", date: try date("2021-06-30"), name: "丙"), sequence: 1)
        }
    }

    @Test func aProjectWithAttributesIsStoredInProjectionVersion2AndOthersInVersion1() throws {
        var state = ProjectState(project: "P1")
        try state.apply(try Self.withAttributes, sequence: 1)
        let bytes = ProjectionCodec.encode(state)
        #expect(bytes[0] == 2)
        #expect(try bytes.withUnsafeBytes { try ProjectionCodec.decodeProject($0) } == state)
        var plain = ProjectState(project: "P2")
        try plain.apply(signed("S-2", "P2", "2021-03-10", yi: 2), sequence: 2)
        #expect(ProjectionCodec.encode(plain)[0] == 1)
    }
}
