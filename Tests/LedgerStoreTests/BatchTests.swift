import Foundation
import Ledger
import LedgerStore
import Testing

@Suite struct BatchTests {
    @Test func aBadRowLandsNothingAndEveryProblemIsReported() throws {
        let store = try temporaryLedger()
        try store.land([signed("e1", "P1", "2021-01-10", yi: 5)], file: "base")
        let before = try store.head()
        let batch = try [
            signed("e2", "P2", "2021-01-11", yi: 3),
            event("e3", .started, "P9", "2021-02-01"),              // unknown project
            event("e4", .commissioned, "P2", "2021-02-01"),         // not started
            event("e5", .disbursed, "P1", "2020-12-31", fen: 100),  // before signing
            signed("e6", "P1", "2021-03-01", yi: 1),                // second signing
        ]
        do {
            try store.land(batch, file: "bad")
            Issue.record("the batch must be rejected")
        } catch let e as StoreError {
            #expect(e.code == .rejected)
            #expect(e.problems.map(\.code) == ["not_signed", "not_started", "before_signing", "already_signed"])
            #expect(e.problems.map(\.line) == [2, 3, 4, 5])
            #expect(e.problems.allSatisfy { $0.file == "bad" })
        }
        #expect(try store.head() == before)
        #expect(try store.allBatches().count == 1)
        #expect(try store.project("P2") == nil)
    }

    @Test func repeatsLandOnceAndConflictsAreRefused() throws {
        let store = try temporaryLedger()
        let e1 = try signed("e1", "P1", "2021-01-10", yi: 5)
        try store.land([e1], file: "a")
        let again = try store.land([e1, event("e2", .started, "P1", "2021-02-01")], file: "b", recordedAt: "2021-04-11")
        #expect(again.duplicates == 1)
        #expect(again.eventsAppended == 1)
        var changed = e1
        changed.amount = .yi(6)
        do {
            try store.land([changed], file: "c", recordedAt: "2021-04-12")
            Issue.record("the same id with other content is a conflict")
        } catch let e as StoreError {
            #expect(e.problems.map(\.code) == ["id_conflict"])
        }
        #expect(try store.head().sequence == 2)
    }

    @Test func theSameFileTwiceIsSkippedAsAlreadyLanded() throws {
        let store = try temporaryLedger()
        let events = try [signed("e1", "P1", "2021-01-10", yi: 5)]
        try store.land(events, file: "a")
        let second = try store.land(events, file: "a", recordedAt: "2021-05-01")
        #expect(second.alreadyLanded.count == 1)
        #expect(second.alreadyLanded.first?.batch.id == 1)
        #expect(second.eventsAppended == 0)
        #expect(try store.allBatches().count == 1)
    }

    @Test func aVoidTakesTheEventOutOfEveryProjection() throws {
        let store = try temporaryLedger()
        try store.land([
            signed("e1", "P1", "2021-01-10", yi: 5),
            event("e2", .disbursed, "P1", "2021-02-01", fen: Money.yi(1).fen),
            event("e3", .disbursed, "P1", "2021-02-02", fen: Money.yi(1).fen),
        ])
        try store.land([Event(id: "v1", kind: .void, project: "P1", date: date("2021-04-20"), ref: "e3", note: "重复录入")],
                       file: "void", recordedAt: "2021-04-20")
        #expect(try store.project("P1")?.disbursed == .yi(1))
        #expect(try store.voidingSequence(ofEvent: "e3") == 4)
        let q1 = try store.contributions(quarter: Quarter("2021Q1")!)
        #expect(q1.first?.disbursed == .yi(1))
        #expect(try store.verify().ok)
        // A void of a void, a second void and a void of an unknown event are refused.
        for (ref, code) in [("v1", "void_of_void"), ("e3", "void_already_voided"), ("nope", "void_unknown_event")] {
            do {
                try store.land([Event(id: "x-\(ref)", kind: .void, project: "P1", date: date("2021-04-21"), ref: ref)],
                               file: "x-\(ref)", recordedAt: "2021-04-21")
                Issue.record("void of \(ref) must be refused")
            } catch let e as StoreError {
                #expect(e.problems.map(\.code) == [code])
            }
        }
    }

    @Test func aVoidThatWouldBreakTheHistoryIsRefused() throws {
        let store = try temporaryLedger()
        try store.land([
            signed("e1", "P1", "2021-01-10", yi: 5),
            event("e2", .started, "P1", "2021-02-01"),
            event("e3", .commissioned, "P1", "2021-03-01"),
        ])
        do {
            try store.land([Event(id: "v", kind: .void, project: "P1", date: date("2021-04-20"), ref: "e2")], file: "v", recordedAt: "2021-04-20")
            Issue.record("voiding the start of a commissioned project must be refused")
        } catch let e as StoreError {
            #expect(e.problems.map(\.code) == ["void_breaks_history"])
        }
    }

    @Test func aDryRunWritesNothing() throws {
        let store = try temporaryLedger()
        let outcome = try store.land([signed("e1", "P1", "2021-01-10", yi: 5)], dryRun: true)
        #expect(outcome.eventsAppended == 1)
        #expect(outcome.preview.count == 1)
        #expect(try store.head() == .empty)
        #expect(try store.allBatches().isEmpty)
    }

    @Test func rebuildEqualsTheLiveProjections() throws {
        let store = try temporaryLedger()
        try store.land([
            signed("e1", "P1", "2021-01-10", yi: 25),
            signed("e2", "P2", "2020-11-10", yi: 3),
            event("e3", .started, "P2", "2021-01-15"),
            event("e4", .revised, "P1", "2021-03-01", fen: Money.yi(30).fen),
            event("e5", .terminated, "P2", "2021-05-01"),
        ])
        let before = try store.allProjects()
        let result = try store.rebuild()
        #expect(result.equal)
        #expect(try store.allProjects() == before)
        #expect(try store.verify().ok)
    }
}
