import Ledger
import TestSupport


/// Valid event sequences in the shape of a zone's ledger, from a seed.
///
/// Every lifecycle rule holds in order: one signing per project before its other events,
/// nothing dated before the signing, a start before a commissioning, nothing after a
/// termination; voids cancel disbursements and revisions (which leaves the remaining
/// history valid). Dates never go backwards, so every prefix is valid too.
enum SyntheticEvents {
    static let groups = ["直管区", "经开组团", "临空组团", "永修组团", "共青组团"]
    static let industries = ["光电信息", "高端智能制造", "新材料", "生物医药", "新能源汽车"]

    private struct Project {
        var id: String
        var started = false
        var commissioned = false
        var terminated = false
        /// Ids of disbursements and revisions that no void has cancelled yet.
        var voidable: [String] = []
    }

    static func make(count: Int, projectsMax: Int, seed: UInt64, idPrefix: String = "S") -> [Event] {
        var rng = SeededGenerator(seed: seed)
        var projects: [Project] = []
        /// Indexes of the projects not terminated.
        var live: [Int] = []
        var date = BusinessDate(year: 2020, month: 1, day: 1)!
        var events: [Event] = []
        events.reserveCapacity(count)
        while events.count < count {
            if Bool.random(using: &rng) { date = nextDay(after: date) }
            let id = "\(idPrefix)\(events.count + 1)"
            if live.isEmpty || (projects.count < projectsMax && Int.random(in: 0..<5, using: &rng) == 0) {
                let p = "\(idPrefix)P\(projects.count + 1)"
                live.append(projects.count)
                projects.append(Project(id: p))
                events.append(Event(
                    id: id, kind: .signed, project: p, date: date, amount: Money(fen: Int64.random(in: 1...50_000, using: &rng) * 1_000_000),
                    name: "项目\(p)", group: groups.randomElement(using: &rng)!, industry: industries.randomElement(using: &rng)!,
                    investor: Bool.random(using: &rng) ? "投资方\(p)" : ""))
                continue
            }
            let liveIndex = Int.random(in: 0..<live.count, using: &rng)
            let i = live[liveIndex]
            let p = projects[i].id
            switch Int.random(in: 0..<20, using: &rng) {
            case 0..<9:
                events.append(Event(id: id, kind: .disbursed, project: p, date: date, amount: Money(fen: Int64.random(in: 1...1_000_000_000, using: &rng))))
                projects[i].voidable.append(id)
            case 9..<12 where !projects[i].started:
                events.append(Event(id: id, kind: .started, project: p, date: date))
                projects[i].started = true
            case 9..<14 where projects[i].started && !projects[i].commissioned:
                events.append(Event(id: id, kind: .commissioned, project: p, date: date))
                projects[i].commissioned = true
            case 15:
                // Record version 2: a rename with an attribute, voidable like any other event.
                events.append(Event(id: id, kind: .updated, project: p, date: date, name: "更名\(id)",
                                    attributes: [Attribute(Attribute.plannedStart, date.description), Attribute("挂点领导", "甲\(id)")]))
                projects[i].voidable.append(id)
            case 14..<16:
                events.append(Event(id: id, kind: .revised, project: p, date: date, amount: Money(fen: Int64.random(in: 1...50_000, using: &rng) * 1_000_000), note: "调整"))
                projects[i].voidable.append(id)
            case 16 where projects.count > 3:
                events.append(Event(id: id, kind: .terminated, project: p, date: date, note: "终止"))
                projects[i].terminated = true
                live.swapAt(liveIndex, live.count - 1)
                live.removeLast()
            case 17..<20 where !projects[i].voidable.isEmpty:
                let k = Int.random(in: 0..<projects[i].voidable.count, using: &rng)
                let ref = projects[i].voidable.remove(at: k)
                events.append(Event(id: id, kind: .void, project: p, date: date, ref: ref, note: "录入错误"))
            default:
                events.append(Event(id: id, kind: .disbursed, project: p, date: date, amount: Money(fen: Int64.random(in: 100...10_000, using: &rng) * 100)))
                projects[i].voidable.append(id)
            }
        }
        return events
    }

    static func nextDay(after d: BusinessDate) -> BusinessDate {
        BusinessDate(year: d.year, month: d.month, day: d.day + 1)
            ?? BusinessDate(year: d.year, month: d.month + 1, day: 1)
            ?? BusinessDate(year: d.year + 1, month: 1, day: 1)!
    }
}
