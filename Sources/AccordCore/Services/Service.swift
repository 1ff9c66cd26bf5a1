/// A catalogue service the integrator offers its customer, from `Config/services.yaml`.
public struct Service: Sendable, Hashable, Codable, Identifiable {
    public var id: ServiceID
    public var name: String
    /// The calendar of the hours the service is supported in.
    public var hoursOfService: CalendarID
    public var availability: AvailabilityBand
    public var priorityMatrix: PriorityMatrix
    /// Customer-facing response and resolution targets by priority (the service's SLA).
    public var targets: [Priority: ResponseResolutionTarget]
    /// The suppliers that deliver parts of this service.
    public var contributingSuppliers: [SupplierID]

    public init(
        id: ServiceID, name: String, hoursOfService: CalendarID, availability: AvailabilityBand,
        priorityMatrix: PriorityMatrix, targets: [Priority: ResponseResolutionTarget], contributingSuppliers: [SupplierID]
    ) {
        self.id = id
        self.name = name
        self.hoursOfService = hoursOfService
        self.availability = availability
        self.priorityMatrix = priorityMatrix
        self.targets = targets
        self.contributingSuppliers = contributingSuppliers
    }
}
