/// A descriptive fact about a project that changes over time: a planned date, the responsible
/// unit, a column of the zone's own sheet.
///
/// Attributes ride on `signed` and `updated` events (record version 2) and never touch money
/// or milestones. The well-known keys are codes; any other key is a sheet's header as typed.
/// An empty value removes the attribute.
public struct Attribute: Hashable, Sendable {
    public var key: String
    public var value: String

    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }

    /// 计划开工日期, as `YYYY-MM-DD`: the pipeline's "signed but not started" lights count from it.
    public static let plannedStart = "planned_start"
    /// 计划投产日期, as `YYYY-MM-DD`.
    public static let plannedCommissioning = "planned_commissioning"
    /// 责任单位.
    public static let responsibleUnit = "responsible_unit"
    /// 联系人 (personal data: kept only when the sheet has the column).
    public static let contact = "contact"
    /// The well-known keys, in the order they are shown.
    public static let wellKnown = [plannedStart, plannedCommissioning, responsibleUnit, contact]
    /// Keys whose value must be a date.
    public static let dateKeys: Set<String> = [plannedStart, plannedCommissioning]

    /// `attributes` with `changes` applied in order: a new value replaces, an empty one removes,
    /// a new key goes last.
    public static func merged(_ attributes: [Attribute], _ changes: [Attribute]) -> [Attribute] {
        var out = attributes
        for change in changes {
            if let i = out.firstIndex(where: { $0.key == change.key }) {
                if change.value.isEmpty { out.remove(at: i) } else { out[i].value = change.value }
            } else if !change.value.isEmpty {
                out.append(change)
            }
        }
        return out
    }
}

extension [Attribute] {
    /// The value of `key`, nil when absent.
    public subscript(key: String) -> String? { first { $0.key == key }?.value }
}
