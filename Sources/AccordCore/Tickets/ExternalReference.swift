/// Where a ticket lives in a supplier's own tool: the supplier, its ticket id and a link.
public struct ExternalReference: Sendable, Hashable, Codable {
    public var supplier: SupplierID
    /// The supplier system's identifier (a ServiceNow `sys_id`, a Jira key, …).
    public var externalID: String
    /// A link a person can open in the supplier's tool.
    public var url: String?

    public init(supplier: SupplierID, externalID: String, url: String? = nil) {
        self.supplier = supplier
        self.externalID = externalID
        self.url = url
    }
}
