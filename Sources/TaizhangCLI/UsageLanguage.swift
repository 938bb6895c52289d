internal import Catalogue

/// ArgumentParser's error lines in the reader's language.
///
/// ArgumentParser words its errors in English only; each shape it uses is matched here and
/// said again from the catalogue. A value of ours that did not read says why (`ArgumentProblem`).
enum UsageLanguage {
    static func translate(_ message: String, _ language: Language) -> String {
        var m = message.split(separator: "\n").first.map(String.init) ?? message
        if let r = m.range(of: ". Please provide") { m = String(m[..<r.lowerBound]) }
        if let (value, option) = match(m, "The value '", "' is invalid for '", "'") ?? match(m, "The value '", "' is invalid for '", "'.") {
            let name = option.split(separator: " ").first.map(String.init) ?? option
            if let reason = ArgumentProblem.reason(for: value, language) {
                // A positional argument (`<period>`) is named by the reason itself, which quotes the value.
                if name.hasPrefix("<") { return ArgumentText.invalidArgument.text(language, ["reason": reason]) }
                if ArgumentProblem.quotes(value) { return ArgumentText.invalidOptionReason.text(language, ["option": name, "reason": reason]) }
                return ArgumentText.invalidValueWithReason.text(language, ["option": name, "value": value, "reason": reason])
            }
            return ArgumentText.invalidValue.text(language, ["option": name, "value": value])
        }
        if language == .en { return m }
        if let (option, suggestion) = match(m, "Unknown option '", "'. Did you mean '", "'?") {
            return ArgumentText.unknownOptionSuggest.text(language, ["option": option, "suggestion": suggestion])
        }
        if let option = match(m, "Unknown option '", "'") { return ArgumentText.unknownOption.text(language, ["option": option]) }
        if let option = match(m, "Missing value for '", "'") { return ArgumentText.missingValue.text(language, ["option": option]) }
        if let value = match(m, "Unexpected argument '", "'") { return ArgumentText.unexpectedArgument.text(language, ["value": value]) }
        if let argument = match(m, "Missing expected argument '", "'") { return ArgumentText.missingArgument.text(language, ["argument": argument]) }
        if let arguments = match(m, "Missing one of: '", "'") { return ArgumentText.missingOneOf.text(language, ["arguments": arguments]) }
        if m.hasPrefix("Missing required subcommand") { return ArgumentText.missingSubcommand.text(language) }
        if m.hasPrefix("Invalid option: ") { return ArgumentText.invalidOption.text(language, ["option": String(m.dropFirst(16))]) }
        if let (option, value) = match(m, "The option '", "' does not take any value, but '", "' was specified.") {
            return ArgumentText.optionTakesNoValue.text(language, ["option": option, "value": value])
        }
        if let (option, previous) = match(m, "Value to be set with flag '", "' had already been set with flag '", "'") {
            return ArgumentText.exclusiveFlags.text(language, ["option": option, "previous": previous])
        }
        if let values = match(m, " unexpected arguments: '", "'", anywhere: true) {
            return ArgumentText.unexpectedArguments.text(language, ["values": values])
        }
        // Our own validation messages are in the reader's language already.
        return isChinese(m) ? m : ArgumentText.otherMistake.text(language)
    }

    /// The text between `prefix` and `suffix` when `s` is exactly `prefix … suffix`.
    static func match(_ s: String, _ prefix: String, _ suffix: String, anywhere: Bool = false) -> String? {
        guard let start = anywhere ? s.range(of: prefix)?.upperBound : (s.hasPrefix(prefix) ? s.index(s.startIndex, offsetBy: prefix.count) : nil),
              s.hasSuffix(suffix), s.distance(from: start, to: s.endIndex) >= suffix.count else { return nil }
        let end = s.index(s.endIndex, offsetBy: -suffix.count)
        return start <= end ? String(s[start..<end]) : nil
    }

    /// The two texts of `prefix A middle B suffix`.
    static func match(_ s: String, _ prefix: String, _ middle: String, _ suffix: String) -> (String, String)? {
        guard let inner = match(s, prefix, suffix), let r = inner.range(of: middle) else { return nil }
        return (String(inner[..<r.lowerBound]), String(inner[r.upperBound...]))
    }

    static func isChinese(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }
}

internal import Foundation
