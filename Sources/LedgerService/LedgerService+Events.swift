public import Ledger
public import LedgerStore

extension LedgerService {
    /// The head's sequence: one read of the meta table, cheap enough to ask on every request.
    ///
    /// The log changes only by whole batches, each moving the head, so a front end may keep
    /// what it rendered from the ledger for as long as the head stays where it was.
    public func headSequence() throws -> UInt64 { try open(readOnly: true).head().sequence }

    /// One event by its id, as `void` names it; `RequestError.unknownEvent` when there is none.
    public func event(id: String) throws -> RecordedEvent {
        guard let r = try open(readOnly: true).event(id: id) else {
            throw RequestError(.unknownEvent, ["event": id], kind: .noSuchEvent)
        }
        return r
    }
}
