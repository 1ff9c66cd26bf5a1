import Foundation

/// What the hub last saw of one source record: its content hash, for unchanged detection, and
/// how many full runs in a row missed it.
public struct SyncedRecord: Sendable, Hashable {
    public var supplier: SupplierID
    public var resource: String
    public var externalID: String
    /// `ticket`, `configurationItem`, `relationship` or `statusNotice`.
    public var recordType: String
    /// SHA-256 of the canonical record's values (hex).
    public var contentHash: String
    /// The run that last saw it.
    public var lastSeenRun: Int64
    public var missingRuns: Int
    public var retired: Bool

    public init(
        supplier: SupplierID, resource: String, externalID: String, recordType: String, contentHash: String,
        lastSeenRun: Int64, missingRuns: Int = 0, retired: Bool = false
    ) {
        self.supplier = supplier
        self.resource = resource
        self.externalID = externalID
        self.recordType = recordType
        self.contentHash = contentHash
        self.lastSeenRun = lastSeenRun
        self.missingRuns = missingRuns
        self.retired = retired
    }
}

/// A vendor status notice kept as availability evidence for the services the vendor contributes to.
public struct StatusNotice: Sendable, Hashable, Codable {
    public var supplier: SupplierID
    /// The vendor's notice id (`EX765432`).
    public var noticeID: String
    /// The vendor's own service name (`Exchange Online`).
    public var vendorService: String?
    public var title: String
    public var status: String?
    public var classification: String?
    public var startedAt: Date?
    public var endedAt: Date?
    public var updatedAt: Date?
    /// When the hub first read the notice: the evidence's own timestamp.
    public var firstSeenAt: Date
    /// The catalogue services this notice is availability evidence for (see ``NoticeServiceLinks``).
    public var services: [ServiceID]

    public init(
        supplier: SupplierID, noticeID: String, vendorService: String? = nil, title: String, status: String? = nil,
        classification: String? = nil, startedAt: Date? = nil, endedAt: Date? = nil, updatedAt: Date? = nil, firstSeenAt: Date,
        services: [ServiceID] = []
    ) {
        self.supplier = supplier
        self.noticeID = noticeID
        self.vendorService = vendorService
        self.title = title
        self.status = status
        self.classification = classification
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.updatedAt = updatedAt
        self.firstSeenAt = firstSeenAt
        self.services = services
    }
}
