import AccordCore
import Foundation

extension WatermarkFilter {
    /// The query parameter that asks for records updated at or after `since`.
    func parameter(since: Date) -> [String: String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format == "rfc3339" ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : format
        let text = template.replacingOccurrences(of: "{field}", with: field).replacingOccurrences(of: "{since}", with: formatter.string(from: since))
        return [parameter: text]
    }
}
