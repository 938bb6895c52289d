internal import Catalogue
internal import LedgerProvince
internal import Transparency

/// An error of a lower module that knows what it is to a person (`Failure.init` asks it).
protocol FailureConvertible: Error {
    var failure: Failure { get }
}

extension TransparencyError: FailureConvertible {
    /// A malformed key, note or file is bad input (exit 2); a signature or consistency failure a
    /// failed verification (exit 4); a state file that cannot be written an error (exit 1).
    var failure: Failure {
        let kind: Failure.Kind = switch code {
        case .malformed: .badInput
        case .badSignature, .inconsistent: .verifyFailed
        case .io: .error
        }
        return Failure(kind: kind, code: code.rawValue) { message($0) }
    }
}

extension ProvinceError: FailureConvertible {
    /// A rewritten past, a broken chain, a checkpoint that does not extend and a row that does
    /// not verify are failed verifications (exit 4); a server that cannot be reached or failed
    /// midway is an error (exit 1), with nothing written.
    var failure: Failure {
        let kind: Failure.Kind = switch code {
        case .rewritten, .brokenChain, .notExtending, .verifyFailed: .verifyFailed
        case .badInput: .badInput
        case .unreachable, .failed: .error
        }
        return Failure(kind: kind, code: code.rawValue) { message($0) }
    }
}

extension WitnessRefusal: FailureConvertible {
    /// The witness refused to cosign (exit 4); its state is as it was.
    var failure: Failure {
        let text: ProvinceText = switch reason {
        case .badSignature: .witnessBadSignature
        case .splitView: .witnessSplitView
        case .notExtending: .witnessNotExtending
        case .needsProof: .witnessNeedsProof
        }
        let arguments = ["origin": origin, "size": String(size), "old": String(old)]
        return Failure(kind: .verifyFailed, code: reason.rawValue) { text.text($0, filling: arguments) }
    }
}
