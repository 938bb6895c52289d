public import Ledger
public import LedgerStore
internal import LedgerImport

/// What to import, and how: the files, the batch's recorded time and who imports.
public struct ImportRequest: Sendable {
    /// Paths of batch files (`.jsonl`, `.csv`, `.xlsx`); `-` is standard input.
    public var files: [String]
    /// The recorded time of the batch; nil for the clock.
    public var recordedAtMs: Int64?
    public var operatorName: String
    /// Text encoding of CSV/JSONL files; nil: UTF-8, else GB18030.
    public var encoding: String?
    /// `jsonl`, `csv` or `xlsx`; nil: from each file's name.
    public var format: String?
    /// The zone's name, when the import creates the ledger.
    public var zone: String
    /// Validate and report, write nothing.
    public var dryRun: Bool
    /// Accept a recorded time more than a day ahead of the clock.
    public var allowFuture = false
    /// Only these sheets of a workbook (`--sheet`); empty: every visible sheet with a header.
    public var sheets: [String] = []
    /// A likely correction is a problem, not a warning (`--strict`).
    public var strict = false
    /// Files already in memory (a web upload), read after `files` exactly as a file of that name would be.
    public var uploads: [(name: String, bytes: [UInt8])] = []
    /// A CSV file of events this large or larger is read in chunks as it is parsed (lower only in tests).
    public var streamingFrom = InputFile.streamingBytesMin

    public init(files: [String], recordedAtMs: Int64? = nil, operatorName: String, encoding: String? = nil,
                format: String? = nil, zone: String = "", dryRun: Bool = false, allowFuture: Bool = false) {
        self.allowFuture = allowFuture
        self.files = files
        self.recordedAtMs = recordedAtMs
        self.operatorName = operatorName
        self.encoding = encoding
        self.format = format
        self.zone = zone
        self.dryRun = dryRun
    }
}

/// Calls an import makes as it goes, for a progress line; all optional.
public struct ImportProgress {
    /// Once the files are read: how many rows they hold in all.
    public var started: (_ totalRows: Int) -> Void
    /// Before the rows of file `index` are read, again when LMDB reruns the transaction on a larger map.
    public var beginFile: (_ index: Int) -> Void = { _ in }
    /// Once per row handed to the ledger.
    public var row: () -> Void
    /// Once the rows are all read (landed or rejected).
    public var finished: () -> Void

    public init(started: @escaping (Int) -> Void = { _ in }, row: @escaping () -> Void = {}, finished: @escaping () -> Void = {}) {
        self.started = started
        self.row = row
        self.finished = finished
    }
}

/// Every problem of a rejected import (or void, or replay): nothing of it was written.
public struct Rejection: Error, Sendable {
    public let problems: [RowProblem]
    public init(problems: [RowProblem]) { self.problems = problems }
}

extension LedgerService {
    /// Reads the files, validates every row against the ledger and lands them as one batch
    /// each, all in one transaction; a dry run validates and reports without writing.
    ///
    /// Throws `Rejection` with every problem when any file cannot be read or any row is bad;
    /// creates the ledger first when there is none (not in a dry run).
    public func importFiles(_ request: ImportRequest, progress: ImportProgress = ImportProgress()) throws -> ImportOutcome {
        var inputFormat: InputFormat?
        if let format = request.format {
            guard let f = InputFormat(rawValue: format.lowercased()) else { throw RequestError(.badFormat, ["format": format]) }
            inputFormat = f
        }
        let (inputs, notes) = try readInputs(request, format: inputFormat, streaming: true)
        let options = try storeOptions(request)
        var outcome = try openCreatingIfMissing(zone: request.zone) { store in
            // Ten times the files: a 5M-event CSV of 288 MB became a 1.8 GB data file, past the six
            // times reserved before, and the whole batch ran twice on a larger map. The map is
            // address space only: the file grows as pages are written.
            try store.reserve(bytes: inputs.reduce(64 << 20) { $0 + $1.byteCount * 10 })
            progress.started(inputs.reduce(0) { $0 + max(0, $1.lineCount - ($1.format == .csv ? 1 : 0)) })
            defer { progress.finished() }
            let sources = inputs.map { BatchSource(fileName: $0.name, sha256: $0.sha256, encoding: $0.encoding) }
            do {
                return try store.importBatches(sources: sources, options: options) { index, preparer, sink in
                    progress.beginFile(index)
                    try inputs[index].rows(prepare: { preparer.prepare($0) }) { row in
                        progress.row()
                        try sink(row)
                    }
                }
            } catch let e as StoreError where e.code == .rejected {
                throw Rejection(problems: e.problems)
            }
        }
        outcome.notes = notes
        return outcome
    }

    /// The store's options for an import request (an ordinary one or a sheet's); a dry run needs a ledger to run against.
    func storeOptions(_ request: ImportRequest) throws -> ImportOptions {
        if request.dryRun && !exists { throw StoreError(.missing, .ledgerMissingDryRun, path: path) }
        var options = ImportOptions(recordedAtMs: request.recordedAtMs, operatorName: request.operatorName, dryRun: request.dryRun)
        options.futureRecordedTimeAllowed = request.allowFuture
        options.strict = request.strict
        return options
    }

    /// Every file read, a workbook split into its sheets (each its own batch), and what was said of them.
    /// With `streaming`, a large CSV file of events is read chunk by chunk as it is parsed, not held whole.
    func readInputs(_ request: ImportRequest, format: InputFormat?, streaming: Bool = false) throws -> (inputs: [InputFile], notes: [ImportNote]) {
        var inputs: [InputFile] = []
        var notes: [ImportNote] = []
        var unreadable: [RowProblem] = []
        func add(_ read: () throws -> InputFile) throws {
            do {
                let split = try read().sheets(chosen: request.sheets)
                inputs += split.inputs
                notes += split.notes.map { note in ImportNote { note.message($0) } }
            } catch let e as InputError {
                unreadable.append(contentsOf: e.problems)
            }
        }
        let streamingFrom = streaming ? request.streamingFrom : nil
        for path in request.files {
            try add { try InputFile.read(path: path, format: format, encoding: request.encoding, streamingFrom: streamingFrom) }
        }
        for upload in request.uploads { try add { try InputFile.read(bytes: upload.bytes, name: upload.name, format: format, encoding: request.encoding) } }
        if !unreadable.isEmpty { throw Rejection(problems: unreadable) }
        return (inputs, notes)
    }
}
