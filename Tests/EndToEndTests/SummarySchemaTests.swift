import Foundation
import Testing

/// The README's "Summary JSON (taizhang.summary/1)" table lists exactly the keys `summary --json` prints.
@Suite struct SummarySchemaTests {
    /// Every leaf path of decoded JSON, lists as `[]` (all elements walked).
    static func paths(_ value: Any, _ prefix: String = "") -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set<String>()) { out, entry in
                out.formUnion(paths(entry.value, prefix.isEmpty ? entry.key : prefix + "." + entry.key))
            }
        }
        if let array = value as? [Any] {
            return array.reduce(into: Set<String>()) { out, element in out.formUnion(paths(element, prefix + "[]")) }
        }
        return [prefix]
    }

    /// The paths of the README table's first column: `a.b.c`, `.d` means `a.b.d` (as many
    /// segments replaced as the relative key has).
    static func documented() throws -> Set<String> {
        let readme = try String(contentsOfFile: repositoryRoot.path + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "### Summary JSON (taizhang.summary/1)"))
        let rest = readme[start.upperBound...]
        let section = String(rest).components(separatedBy: "\n## ").first ?? ""
        var out: Set<String> = []
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cell = line.dropFirst(2).prefix { $0 != "|" }
            let keys = String(cell).components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            guard let first = keys.first else { continue }
            out.insert(first)
            for key in keys.dropFirst() where key.hasPrefix(".") {
                let depth = key.dropFirst().split(separator: ".").count
                let base = first.split(separator: ".").dropLast(depth).joined(separator: ".")
                out.insert(base + key)
            }
        }
        return out
    }

    @Test func everyKeyPrintedIsDocumentedAndEveryDocumentedKeyIsPrinted() throws {
        let ledger = try projectionLedger()
        let printed = try ["2021Q1", "2021Q2", "2021H1"].reduce(into: Set<String>()) { out, quarter in
            out.formUnion(Self.paths(try summaryJSON(ledger, quarter, "--explain", "--targets", "Fixtures/targets-2021.json", "--as-of", "2021-12-31")))
        }
        let documented = try Self.documented()
        #expect(documented.count > 40)
        for path in printed.sorted() {
            #expect(documented.contains { path == $0 || path.hasPrefix($0 + ".") }, "printed but not in the README: \(path)")
        }
        for path in documented.sorted() {
            #expect(printed.contains { $0 == path || $0.hasPrefix(path + ".") }, "in the README but not printed: \(path)")
        }
    }
}
