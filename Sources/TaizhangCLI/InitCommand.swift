internal import Catalogue
internal import ArgumentParser
internal import LedgerStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create an empty ledger and record the zone's name.")

    @OptionGroup var ledger: LedgerOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "The zone's name, printed by summaries (e.g. 赣江新区).") var zone: String = ""
    @Option(help: "The checkpoint origin (C2SP tlog-checkpoint), e.g. gjxq.jiangxi/taizhang (default: taizhang/ and the zone).") var origin: String?
    @Flag(help: "Make the ledger's files readable by the owner's group (default: owner only).") var groupReadable = false

    func validate() throws {
        if let origin, origin.isEmpty || origin.unicodeScalars.contains(where: { $0 == "+" || $0.properties.isWhitespace }) {
            throw ValidationError("--origin must be non-empty, without spaces or plus signs")
        }
    }

    func run() throws {
        try Console.guarded {
            if LedgerStore.exists(at: ledger.path) {
                let store = try ledger.open(readOnly: false)
                if !zone.isEmpty { try store.setZone(zone) }
                if let origin { try store.setOrigin(origin) }
                Console.out(output.language.pick("台账已存在:\(ledger.path)", "ledger already exists: \(ledger.path)")
                            + (zone.isEmpty ? "" : output.language.pick(",区域名称设为 \(zone)", "; zone set to \(zone)")))
                return
            }
            let store = try LedgerStore.create(at: ledger.path, zone: zone, groupReadable: groupReadable)
            if let origin { try store.setOrigin(origin) }
            Console.out(output.language.pick("已创建台账:\(ledger.path)", "created ledger: \(ledger.path)"))
        }
    }
}
