import AccordCore
import Foundation
import GRDB

/// A row of `ticket`.
struct TicketRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "ticket"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: String
    var kind: String
    var externalSupplier: String?
    var externalId: String?
    var externalUrl: String?
    var title: String
    var description: String
    var state: String
    var priority: Int?
    var impact: Int?
    var urgency: Int?
    var service: String?
    var configurationItems: String
    var assignedSupplier: String?
    var assignedGroup: String?
    var openedAt: Double
    var updatedAt: Double
    var respondedAt: Double?
    var resolvedAt: Double?
    var closedAt: Double?

    enum Columns {
        static let id = Column("id")
        static let kind = Column("kind")
        static let externalSupplier = Column("external_supplier")
        static let externalId = Column("external_id")
        static let state = Column("state")
        static let service = Column("service")
        static let assignedSupplier = Column("assigned_supplier")
        static let openedAt = Column("opened_at")
    }

    init(_ ticket: Ticket) throws {
        id = ticket.id.rawValue
        kind = ticket.kind.rawValue
        externalSupplier = ticket.externalReference?.supplier.rawValue
        externalId = ticket.externalReference?.externalID
        externalUrl = ticket.externalReference?.url
        title = ticket.title
        description = ticket.description
        state = ticket.state.description
        priority = ticket.priority?.priority.rawValue
        impact = ticket.priority?.impact?.rawValue
        urgency = ticket.priority?.urgency?.rawValue
        service = ticket.service?.rawValue
        configurationItems = StoredJSON.encodeTextList(ticket.configurationItems.map(\.rawValue))
        assignedSupplier = ticket.assignment?.supplier.rawValue
        assignedGroup = ticket.assignment?.group
        openedAt = ticket.timestamps.openedAt.storedValue
        updatedAt = ticket.timestamps.updatedAt.storedValue
        respondedAt = ticket.timestamps.respondedAt?.storedValue
        resolvedAt = ticket.timestamps.resolvedAt?.storedValue
        closedAt = ticket.timestamps.closedAt?.storedValue
    }

    func domainValue() throws -> Ticket {
        var reference: ExternalReference?
        if let externalSupplier, let externalId {
            reference = ExternalReference(
                supplier: try decodeStored(externalSupplier, column: "ticket.external_supplier", SupplierID.init),
                externalID: externalId, url: externalUrl
            )
        }
        var assessment: PriorityAssessment?
        if let priority {
            assessment = PriorityAssessment(
                priority: try decodeStored(String(priority), column: "ticket.priority", Priority.init(text:)),
                impact: try impact.map { try decodeStored(String($0), column: "ticket.impact", Impact.init(text:)) },
                urgency: try urgency.map { try decodeStored(String($0), column: "ticket.urgency", Urgency.init(text:)) }
            )
        }
        var assignment: Assignment?
        if let assignedSupplier {
            assignment = Assignment(
                supplier: try decodeStored(assignedSupplier, column: "ticket.assigned_supplier", SupplierID.init),
                group: assignedGroup
            )
        }
        return Ticket(
            id: TicketID(id),
            kind: try decodeStored(kind, column: "ticket.kind", TicketKind.init(rawValue:)),
            externalReference: reference,
            title: title,
            description: description,
            state: try decodeStored(state, column: "ticket.state", TicketState.init(text:)),
            priority: assessment,
            service: service.map(ServiceID.init),
            configurationItems: try StoredJSON.decode([CIID].self, from: configurationItems, column: "ticket.configuration_items"),
            assignment: assignment,
            timestamps: TicketTimestamps(
                openedAt: Date(stored: openedAt), updatedAt: Date(stored: updatedAt),
                respondedAt: respondedAt.map(Date.init(stored:)), resolvedAt: resolvedAt.map(Date.init(stored:)),
                closedAt: closedAt.map(Date.init(stored:))
            )
        )
    }
}
