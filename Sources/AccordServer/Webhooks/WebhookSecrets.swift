import AccordConfig
import AccordConnectors
import AccordCore

/// Resolves each supplier's webhook secrets from the environment variables its config names
/// (`credentials.webhookSecrets`). The values never leave this type.
public struct WebhookSecrets: Sendable {
    let bySupplier: [SupplierID: [WebhookSecret]]
    /// Configured variables that are unset or not a `whsec_` secret, for a startup warning (names only).
    public let problems: [String]

    public init(suppliers: [SupplierSettings], environment: [String: String]) {
        var secrets: [SupplierID: [WebhookSecret]] = [:]
        var problems: [String] = []
        for settings in suppliers {
            for name in settings.credentials["webhookSecrets"] ?? [] {
                guard let value = environment[name], !value.isEmpty else {
                    problems.append("\(settings.supplier.id): environment variable \(name) is not set")
                    continue
                }
                guard let secret = WebhookSecret(encoded: value) else {
                    problems.append("\(settings.supplier.id): environment variable \(name) does not hold a whsec_ secret")
                    continue
                }
                secrets[settings.supplier.id, default: []].append(secret)
            }
        }
        bySupplier = secrets
        self.problems = problems
    }

    /// The active secrets of a supplier (empty for an unknown one).
    public func secrets(for supplier: SupplierID?) -> [WebhookSecret] {
        supplier.flatMap { bySupplier[$0] } ?? []
    }
}
