import HTTPTypes
import Hummingbird

extension Request {
    /// The first value of the header `name`, if present (not the values of repeated fields joined,
    /// as `headers[name]` gives them).
    func header(_ name: HTTPField.Name) -> String? {
        headers.first { $0.name == name }?.value
    }
}

extension HTTPField.Name {
    // Valid field names, checked by the initialiser once.
    static let webhookID = Self("webhook-id")!
    static let webhookTimestamp = Self("webhook-timestamp")!
    static let webhookSignature = Self("webhook-signature")!
}
