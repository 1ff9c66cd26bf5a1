import HTTPTypes
import Hummingbird

extension Request {
    /// The first value of the header `name`, if present (not the values of repeated fields joined,
    /// as `headers[name]` gives them).
    func header(_ name: HTTPField.Name) -> String? {
        headers.first { $0.name == name }?.value
    }
}

extension HTTPFields {
    /// `self[name]` (repeated fields joined), without building the joined value in the usual case
    /// of a single field: that subscript was a visible share of each webhook delivery's time.
    func value(of name: HTTPField.Name) -> String? {
        var found: String?
        for field in self where field.name == name {
            if found != nil { return self[name] }
            found = field.value
        }
        return found
    }
}

extension HTTPField.Name {
    // Valid field names, checked by the initialiser once.
    static let webhookID = Self("webhook-id")!
    static let webhookTimestamp = Self("webhook-timestamp")!
    static let webhookSignature = Self("webhook-signature")!
}
