public import Catalogue
internal import Foundation
public import Ledger

/// What ties a published figure to the ledger: the log prefix it was computed over, the day it
/// was read on, the rule set, and the command that gives it again.
///
/// `check-report` reads the seal back from a file, checks that the ledger still extends the
/// tree head, and recomputes the figures over exactly `treeSize` events under the embedded
/// rule set (whose SHA-256 must match).
public struct Seal: Sendable, Hashable {
    public static let schema = "taizhang.seal/1"

    /// What was computed: `summary`, `pipeline`, `report`, `projects`.
    public var kind: String
    /// The period argument (`2021Q1`, `2021`), empty for kinds without one.
    public var period: String
    public var treeSize: UInt64
    /// The Merkle tree head over events 1...treeSize, hex.
    public var treeHead: String
    /// The business day the figures were read on (`--as-of`, else the day of `--as-known-at`, else today).
    public var asOf: String
    /// `--as-known-at`, when given: the prefix is then what was recorded by then.
    public var asKnownAt: String?
    /// Whether `--as-known-at` was given (else `asKnownAt` is the recorded time of the prefix's last event).
    public var asKnownAtGiven: Bool = false
    /// Whether `--as-of` was given (else only alerts use `asOf`; the fold takes every business date).
    public var asOfGiven: Bool
    public var rules: RuleSet
    /// The command that reproduces the figures, as a person types it.
    public var command: String
    /// Kind-specific options that change the figures (`projects`: its filters), as given.
    public var options: [String: String]

    public init(kind: String, period: String, treeSize: UInt64, treeHead: String, asOf: String, asKnownAt: String?,
                asOfGiven: Bool, rules: RuleSet, command: String, options: [String: String] = [:]) {
        self.kind = kind
        self.period = period
        self.treeSize = treeSize
        self.treeHead = treeHead
        self.asOf = asOf
        self.asKnownAt = asKnownAt
        self.asOfGiven = asOfGiven
        self.rules = rules
        self.command = command
        self.options = options
    }

    /// The `seal` object of JSON output; `rules` holds the canonical rule set itself.
    public var jsonObject: [String: Any] {
        [
            "schema": Seal.schema, "kind": kind, "period": period, "tree_size": treeSize, "tree_head": treeHead,
            "as_of": asOf, "as_of_given": asOfGiven, "as_known_at_given": asKnownAtGiven, "as_known_at": asKnownAt ?? JSONNull.value,
            "rules_name": rules.name, "rules_sha256": rules.sha256, "rules": rules.canonicalJSON,
            "command": command, "options": options,
        ]
    }

    /// The seal's JSON text, for the HTML `<script id="taizhang-seal">` and the xlsx sheet.
    public var jsonText: String { JSONText.render(jsonObject, pretty: false) }

    /// Reads a seal written by `jsonObject`; the embedded rules must hash to `rules_sha256`.
    public static func parse(_ o: [String: Any]) throws(SealError) -> Seal {
        guard o["schema"] as? String == schema else { throw SealError.notASeal }
        guard let kind = o["kind"] as? String, let period = o["period"] as? String,
              let size = (o["tree_size"] as? NSNumber)?.uint64Value, let head = o["tree_head"] as? String,
              let asOf = o["as_of"] as? String, let rulesText = o["rules"] as? String,
              let sha = o["rules_sha256"] as? String, let command = o["command"] as? String
        else { throw SealError.incomplete }
        let rules: RuleSet
        do { rules = try RuleSet.parse(Array(rulesText.utf8)) } catch { throw SealError.rules(error) }
        guard rules.sha256 == sha else { throw SealError.rulesChanged(expected: sha, actual: rules.sha256) }
        var seal = Seal(kind: kind, period: period, treeSize: size, treeHead: head, asOf: asOf, asKnownAt: o["as_known_at"] as? String,
                        asOfGiven: (o["as_of_given"] as? Bool) ?? false, rules: rules, command: command,
                        options: (o["options"] as? [String: String]) ?? [:])
        seal.asKnownAtGiven = (o["as_known_at_given"] as? Bool) ?? false
        return seal
    }

    /// Parses the seal's JSON text.
    public static func parse(jsonText: String) throws(SealError) -> Seal {
        guard let o = (try? JSONSerialization.jsonObject(with: Data(jsonText.utf8))) as? [String: Any] else { throw SealError.notASeal }
        return try parse(o)
    }

    /// The seal beside a CSV for scripts: one line of its JSON, which `--csv` writes to standard
    /// error so that standard output stays one clean table (`> q1.csv 2> q1.seal.json`).
    public var companionLine: String { jsonText }

    /// The one footer line of text output.
    public func footer(_ language: Language) -> String {
        ReportText.sealLine.text(language, [
            "size": String(treeSize), "head": treeHead, "asOf": asOf, "rules": rules.name, "sha": rules.sha256, "command": command,
        ])
    }
}

/// Why a file's seal cannot be used.
public enum SealError: Error, Sendable {
    case notASeal
    case incomplete
    case rules(RuleSetError)
    case rulesChanged(expected: String, actual: String)
}
