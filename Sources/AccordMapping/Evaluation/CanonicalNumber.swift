import Foundation

/// Normalises decimal number text: no `+`, no leading zeros, no trailing `.0`.
enum CanonicalNumber {
    static func normalise(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let decimal = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")), !decimal.isNaN,
              trimmed.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }), trimmed.contains(where: \.isNumber) else { return nil }
        return "\(decimal)"
    }
}
