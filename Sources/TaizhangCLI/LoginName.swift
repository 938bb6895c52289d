internal import Foundation

/// Who runs the command, for a batch's operator: `$USER`, else `$LOGNAME`, else the password entry.
enum LoginName {
    static func current() -> String {
        let env = ProcessInfo.processInfo.environment
        if let user = env["USER"] ?? env["LOGNAME"], !user.isEmpty { return user }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }
}

/// A mistake found by a command after parsing, already in the reader's language (exit 2).
struct RequestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The name commands written before `RequestFailure` use.
typealias UsageError = RequestFailure
