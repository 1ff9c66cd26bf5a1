/// Which catalogue services a vendor's status notice is availability evidence for.
///
/// A notice names the vendor's own service (`Exchange Online`). The supplier's optional
/// `sync.serviceMap` maps that name to catalogue services; a notice whose service is not mapped
/// (or names none) counts for every catalogue service the vendor contributes to
/// (`Config/services.yaml` `suppliers:`), so no notice is ever left without a service.
public struct NoticeServiceLinks: Sendable, Hashable {
    /// Catalogue services per supplier, from the service catalogue.
    public var contributions: [SupplierID: [ServiceID]]
    /// Per supplier: vendor service name → catalogue services (`sync.serviceMap`).
    public var serviceMaps: [SupplierID: [String: [ServiceID]]]

    public init(contributions: [SupplierID: [ServiceID]] = [:], serviceMaps: [SupplierID: [String: [ServiceID]]] = [:]) {
        self.contributions = contributions
        self.serviceMaps = serviceMaps
    }

    /// The links for a catalogue: each service's contributing suppliers, inverted.
    public init(services: [Service], serviceMaps: [SupplierID: [String: [ServiceID]]] = [:]) {
        var contributions: [SupplierID: [ServiceID]] = [:]
        for service in services {
            for supplier in service.contributingSuppliers { contributions[supplier, default: []].append(service.id) }
        }
        self.init(contributions: contributions, serviceMaps: serviceMaps)
    }

    /// The catalogue services a notice of `supplier` about `vendorService` is evidence for, sorted.
    ///
    /// A notice about several vendor services names them joined with ", " (a Statuspage incident's
    /// affected components): when the whole name is not mapped, the services of its mapped parts.
    public func services(supplier: SupplierID, vendorService: String?) -> [ServiceID] {
        if let vendorService, let map = serviceMaps[supplier] {
            if let mapped = map[vendorService] { return mapped.sorted() }
            let parts = vendorService.components(separatedBy: ", ").compactMap { map[$0] }
            if !parts.isEmpty { return Set(parts.joined()).sorted() }
        }
        return (contributions[supplier] ?? []).sorted()
    }

    /// `notice` with its ``StatusNotice/services`` filled in.
    public func linked(_ notice: StatusNotice) -> StatusNotice {
        var linked = notice
        linked.services = services(supplier: notice.supplier, vendorService: notice.vendorService)
        return linked
    }
}
