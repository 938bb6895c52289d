internal import ArgumentParser
internal import Catalogue
internal import LedgerProvince

/// What the `publish` and `province` commands share: one line for every PostgreSQL failure.
enum ProvinceCommands {
    static func guarded(_ language: Language, _ body: () throws -> Void) throws {
        try TransparencyCommands.guarded {
            do {
                try body()
            } catch let e as ProvinceError {
                Console.err("taizhang: " + line(e, language))
                switch e.code {
                case .rewritten, .brokenChain, .notExtending, .verifyFailed: throw ExitCode(Console.Status.verifyFailed.rawValue)
                case .badInput: throw ExitCode(Console.Status.badInput.rawValue)
                case .unreachable, .failed: throw ExitCode(Console.Status.error.rawValue)
                }
            }
        }
    }

    static func line(_ e: ProvinceError, _ language: Language) -> String {
        let sequence = String(e.sequence)
        switch e.code {
        case .rewritten: return ProvinceText.publishRewritten.text(language, ["origin": e.origin, "sequence": sequence])
        case .brokenChain:
            return ProvinceText.publishBrokenChain.text(language, ["origin": e.origin, "sequence": sequence, "previous": String(e.sequence - 1)])
        case .notExtending: return ProvinceText.publishNotExtending.text(language, ["origin": e.origin, "old": sequence])
        case .failed: return ProvinceText.postgresFailed.text(language, ["detail": e.message])
        case .unreachable, .badInput, .verifyFailed: return e.message
        }
    }
}
