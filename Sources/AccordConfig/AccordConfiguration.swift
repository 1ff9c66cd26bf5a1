import AccordCore
import AccordFederation
import BusinessTime

/// The whole validated contents of a `Config/` directory.
public struct AccordConfiguration: Sendable {
    /// The directory it was read from, as given.
    public var directory: String
    public var hub: HubConfig
    /// Suppliers ordered by id.
    public var suppliers: [SupplierSettings]
    /// Calendars by id.
    public var calendars: [CalendarID: CalendarDefinition]
    /// Catalogue services in file order.
    public var services: [Service]
    /// The customer SLA of each service.
    public var serviceAgreements: [ServiceID: Agreement]
    /// Federated CMDB rules from `cmdb.yaml` (defaults when the file is absent).
    public var cmdb: CMDBRules = .defaults

    public init(
        directory: String, hub: HubConfig, suppliers: [SupplierSettings], calendars: [CalendarID: CalendarDefinition],
        services: [Service], serviceAgreements: [ServiceID: Agreement]
    ) {
        self.directory = directory
        self.hub = hub
        self.suppliers = suppliers
        self.calendars = calendars
        self.services = services
        self.serviceAgreements = serviceAgreements
    }

    /// The configured supplier with `id`.
    public func supplier(_ id: SupplierID) -> SupplierSettings? { suppliers.first { $0.supplier.id == id } }
}
