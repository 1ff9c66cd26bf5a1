import AccordCore

extension AccordConfiguration {
    /// Which catalogue services each vendor's status notices are evidence for: the suppliers'
    /// `sync.serviceMap`, falling back to the services that list the vendor in `services.yaml`.
    public var noticeServiceLinks: NoticeServiceLinks {
        var maps: [SupplierID: [String: [ServiceID]]] = [:]
        for settings in suppliers {
            if let map = settings.sync?.serviceMap, !map.isEmpty { maps[settings.supplier.id] = map }
        }
        return NoticeServiceLinks(services: services, serviceMaps: maps)
    }
}
