import Foundation
import TestSupport

/// The repository's root.
let repositoryRoot = Repository.root

/// The built `taizhang` binary, from the build products the tests run beside.
let taizhangBinary = Repository.product("taizhang")

struct Run {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs a program and collects its exit status and output.
@discardableResult
func run(_ executable: String, _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = repositoryRoot
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "TAIZHANG_DB")
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

/// Runs `taizhang --db LEDGER ARGS…`.
@discardableResult
func taizhang(_ ledger: String, _ arguments: String..., stdin: Data? = nil) throws -> Run {
    try run(taizhangBinary, ["--db", ledger] + arguments, stdin: stdin)
}

func temporaryFolder() -> String {
    TemporaryFolders.removedAtExit(NSTemporaryDirectory() + "taizhang-e2e-" + UUID().uuidString)
}

/// The three fixture batches with the recorded times Tools/quickstart gives them.
let fixtureBatches = [
    ("Fixtures/2020-projects.jsonl", "2021-01-05T09:00:00+08:00"),
    ("Fixtures/2021Q1.jsonl", "2021-04-10T17:00:00+08:00"),
    ("Fixtures/2021-07-restatement.jsonl", "2021-07-12T10:00:00+08:00"),
]

/// A new ledger holding the fixtures, as Tools/quickstart builds it.
func fixtureLedger(batches: Int = 3) throws -> String {
    try ledger(importing: fixtureBatches.prefix(batches), zone: "赣江新区")
}

/// A new ledger with `batches` imported in order, each with its recorded time.
func ledger(importing batches: some Sequence<(String, String)>, zone: String) throws -> String {
    let ledger = temporaryFolder()
    let created = try taizhang(ledger, "init", "--zone", zone)
    precondition(created.status == 0, created.stderr)
    for (file, recordedAt) in batches {
        let r = try taizhang(ledger, "import", "--quiet", "--recorded-at", recordedAt, file)
        precondition(r.status == 0, r.stderr)
    }
    return ledger
}
