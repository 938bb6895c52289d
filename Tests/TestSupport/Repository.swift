import Foundation

/// Where the tests find what they need: the repository, the built binary, fresh folders.
public enum Repository {
    /// The repository's root, found from this file (`Tests/TestSupport/Repository.swift`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A product built beside the running tests (`taizhang`): the build folder is the test
    /// bundle's, whatever the configuration or triple; `TAIZHANG_BINARY` overrides it.
    public static func product(_ name: String) -> String {
        if let given = ProcessInfo.processInfo.environment["TAIZHANG_BINARY"], !given.isEmpty, name == "taizhang" { return given }
        let running = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var folder = running.deletingLastPathComponent()
        // A test bundle (`…PackageTests.xctest`) may be a folder holding the executable.
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" || folder.lastPathComponent == "Contents" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent(name).path
    }
}

/// A temporary folder that is removed when the tests are done with it.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    public init(prefix: String = "taizhang-test") {
        path = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A fixture built once for a suite (`static let ledger = Fixture.once { try fixtureLedger() }`):
/// a builder that throws leaves a path that names the error, so every test of the suite fails
/// saying why, where a `try!` would have killed the whole test run.
public enum Fixture {
    public static func once(_ what: String = #fileID, _ make: () throws -> String) -> String {
        do { return try make() } catch {
            FileHandle.standardError.write(Data("fixture of \(what) could not be built: \(error)\n".utf8))
            return "/nonexistent/fixture-failed: \(error)"
        }
    }
}

/// Folders the tests make (ledgers, copies, exports), removed when the test process exits:
/// a suite's shared ledger lives for the whole run, so no test can remove it sooner.
public enum TemporaryFolders {
    nonisolated(unsafe) private static var paths: [String] = []
    private static let lock = NSLock()

    /// Registers `path` for removal at exit and returns it.
    @discardableResult
    public static func removedAtExit(_ path: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if paths.isEmpty { atexit { TemporaryFolders.removeAll() } }
        paths.append(path)
        return path
    }

    static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        paths.removeAll()
    }
}
