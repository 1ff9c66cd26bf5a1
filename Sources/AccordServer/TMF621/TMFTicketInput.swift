import AccordCore
import Foundation

/// Turns a TMF621 create or merge-patch body into field changes, refusing (before anything is
/// written) every field the principal may not set: 422 `api.field_not_allowed` naming it.
///
/// Plain fields are checked by presence (sending `priority` as a supplier is refused even if the
/// value is unchanged); the composite `relatedEntity` and `relatedParty` are checked by what they
/// would change (a supplier may send back its own assignee entry with a new resolver group).
struct TMFTicketInput {
    /// Set by the hub; never accepted in a body.
    static let serverOwned: Set<String> = [
        "id", "href", "creationDate", "lastUpdate", "resolutionDate", "statusChange", "statusChangeHistory", "statusChangeDate",
    ]
    /// TMF621 fields Accord does not take (`externalId` at creation names the supplier's ticket).
    static let unsupported: Set<String> = ["externalIdentifier"]
    /// TMF621 fields Accord keeps as sent and shows back without reading them (``TMFLabels``).
    static let kept: Set<String> = ["attachment", "channel", "expectedResolutionDate", "requestedResolutionDate", "troubleTicketRelationship"]
    static let ignored: Set<String> = ["@type", "@baseType", "@schemaLocation"]

    let body: [String: Any]
    let principal: Principal
    /// The principal's supplier record (for its tier's authority), if it is a supplier.
    let supplier: Supplier?
    /// The ticket being patched; `nil` when creating.
    let current: Ticket?
    let knownSuppliers: Set<SupplierID>
    /// The kept attributes the ticket has now, as JSON texts (``TMFLabels/kept``).
    var keptNow: [String: String] = [:]

    /// The changes the body asks for, in a fixed order (priority before severity so impact sticks).
    func changes() throws -> [FieldChange] {
        for key in body.keys.sorted() {
            if Self.serverOwned.contains(key) { throw AccordHTTPError.fieldNotAllowed(key, "it is set by the hub") }
            if Self.unsupported.contains(key) { throw AccordHTTPError.fieldNotAllowed(key, "Accord does not keep it") }
            if !Self.known.contains(key), !Self.kept.contains(key), !Self.ignored.contains(key) { throw AccordHTTPError.fieldNotAllowed(key, "not a TroubleTicket field") }
        }
        try TMFBodyShape.check(body)
        // null removes a field in a merge patch (RFC 7396); a new ticket has nothing to remove.
        if current == nil, let key = body.keys.sorted().first(where: { body[$0] is NSNull }) {
            throw AccordHTTPError.invalidField(key, "may not be null when creating a trouble ticket")
        }
        var changes: [FieldChange] = []
        func add(_ field: TicketField, _ name: String, _ value: String?, creating: Bool = false) throws {
            if !(creating && current == nil) { try require(field, name) }
            changes.append(FieldChange(field: field, newValue: value))
        }
        if let name = try string("name") { try add(.title, "name", name, creating: true) }
        if current == nil, let type = try string("ticketType") { changes.append(TMFLabels.change("ticketType", type)) }
        if body.keys.contains("description") { try add(.description, "description", try string("description") ?? "", creating: true) }
        changes += try priorityAndSeverity()
        if body.keys.contains("ticketType"), current != nil {
            throw AccordHTTPError.fieldNotAllowed("ticketType", "it is fixed when the ticket is created")
        }
        if body.keys.contains("externalId"), current != nil {
            throw AccordHTTPError.fieldNotAllowed("externalId", "it is fixed when the ticket is created")
        }
        try relatedEntities(&changes)
        try relatedParties(&changes)
        if let status = try string("status") {
            guard let tmf = TMFStatus(rawValue: status) else {
                throw AccordHTTPError.invalidField("status", "one of \(TMFStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            // A new ticket is acknowledged already: asking for that changes no state (an assigned
            // state would count as the first response). Any other first status needs the authority
            // to set the state, since it can meet or stop agreement clocks at creation.
            if !(current == nil && tmf == .acknowledged) {
                try add(.state, "status", tmf.state.description)
                changes.append(TMFLabels.change("status", status))
            }
        }
        if let reason = try string("statusChangeReason") { try add(.workNote, "statusChangeReason", reason) }
        for text in try notes() { try add(.comment, "note", text) }
        for key in Self.kept.sorted() where body.keys.contains(key) {
            let value = body[key] is NSNull ? nil : body[key]
            if let value { try TMFBodyShape.checkKept(key, value) }
            try keep(key, value, into: &changes)
        }
        return changes
    }

    /// Adds the change that keeps `value` as `attribute` unless the ticket has it already; on a
    /// patch only a principal that may change business fields (``TicketField/description``) may.
    private func keep(_ attribute: String, _ value: Any?, into changes: inout [FieldChange]) throws {
        let field = TicketField.description
        // relatedParty and relatedEntity also carry what a principal without the authority may
        // change (its resolver group, affected CIs): leaving out the entries kept as sent is not
        // a request to remove them.
        if value == nil, ["relatedParty", "relatedEntity"].contains(attribute), current != nil,
           !TicketAccess.mayWrite(field, principal: principal, supplier: supplier) { return }
        let change = try TMFLabels.keeping(attribute, value)
        guard change.newValue != TMFLabels.change(attribute, keptNow[attribute] ?? "").newValue else { return }
        if current != nil { try require(field, attribute) }
        changes.append(change)
    }

    static let known: Set<String> = [
        "name", "description", "priority", "severity", "ticketType", "status", "statusChangeReason", "relatedEntity", "relatedParty",
        "note", "externalId",
    ]

    private func require(_ field: TicketField, _ name: String) throws {
        guard TicketAccess.mayWrite(field, principal: principal, supplier: supplier) else {
            throw AccordHTTPError.fieldNotAllowed(name, "\(principal.supplier == nil ? "an" : "a") \(principal.kind) principal may not change it")
        }
    }

    func string(_ key: String) throws -> String? {
        guard let value = body[key], !(value is NSNull) else {
            if body[key] is NSNull, ["name", "status", "ticketType", "severity"].contains(key) {
                throw AccordHTTPError.invalidField(key, "may not be null")
            }
            return nil
        }
        guard let text = value as? String else { throw AccordHTTPError.invalidField(key, "must be a string") }
        guard text.utf8.count <= 32_768 else { throw AccordHTTPError.invalidField(key, "longer than 32768 bytes") }
        return text
    }

    private func priorityAndSeverity() throws -> [FieldChange] {
        var changes: [FieldChange] = []
        // Severity is free text in TMF621 ("Critical, Major, Minor" are examples): any text is kept
        // as the client spelled it, and the ones that name an impact set it.
        let severity = try string("severity")
        if severity?.isEmpty == true { throw AccordHTTPError.invalidField("severity", "may not be empty") }
        let impact = severity.flatMap(TMFSeverity.impact)
        if body.keys.contains("priority") {
            let text = try string("priority")
            let priority = try text.map { text in
                guard let priority = TMFPriority.priority(text) else {
                    throw AccordHTTPError.invalidField("priority", "P1 to P5, 1 to 5, or Critical, High, Medium, Low, Planning")
                }
                return priority
            }
            try require(.priority, "priority")
            changes.append(FieldChange(field: .priority, newValue: priority?.description))
            if let text { changes.append(TMFLabels.change("priority", text)) }
        } else if current?.priority == nil, severity != nil {
            // The hub derives a first priority from severity so that the impact has a place to live.
            changes.append(FieldChange(field: .priority, newValue: TMFSeverity.defaultPriority(for: impact ?? .medium).description))
        }
        if let severity {
            if current != nil { try require(.impact, "severity") }
            // Text that names no impact changes none: the impact stays, spelled as the client wrote.
            changes.append(FieldChange(field: .impact, newValue: (impact ?? current?.priority?.impact)?.name))
            changes.append(TMFLabels.change("severity", severity))
        }
        return changes
    }

    private func relatedEntities(_ changes: inout [FieldChange]) throws {
        guard body.keys.contains("relatedEntity") else { return }
        var cis: [String] = []
        var service: String?
        var others: [[String: Any]] = []
        for entry in try objects("relatedEntity") {
            guard let id = entry["id"] as? String, !id.isEmpty, !id.contains(",") else { throw AccordHTTPError.invalidField("relatedEntity", "every entry needs a string id without commas") }
            guard let role = (entry["role"] as? String)?.lowercased() else { throw AccordHTTPError.invalidField("relatedEntity", "every entry needs a role") }
            switch role {
            case "affectedci", "ci", "configurationitem": cis.append(id)
            case "service": service = id
            default: others.append(entry)  // a product, a bill, an order: kept as sent
            }
        }
        try keep("relatedEntity", others.isEmpty ? nil : others, into: &changes)
        let ciText = cis.isEmpty ? nil : cis.joined(separator: ",")
        if current == nil || ciText != current?.configurationItems.map(\.rawValue).joined(separator: ",") {
            if current != nil || ciText != nil {
                try require(.configurationItems, "relatedEntity")
                changes.append(FieldChange(field: .configurationItems, newValue: ciText))
            }
        }
        if service != current?.service?.rawValue {
            try require(.service, "relatedEntity")
            changes.append(FieldChange(field: .service, newValue: service))
        }
    }

    private func relatedParties(_ changes: inout [FieldChange]) throws {
        guard body.keys.contains("relatedParty") else { return }
        let all = try objects("relatedParty")
        guard all.allSatisfy({ $0["id"] is String && $0["role"] is String }) else {
            throw AccordHTTPError.invalidField("relatedParty", "every entry needs a string id and role")
        }
        // Parties in other roles (originator, customer, reviser) are kept as sent.
        let others = all.filter { ($0["role"] as? String)?.lowercased() != "assignee" }
        try keep("relatedParty", others.isEmpty ? nil : others, into: &changes)
        let entries = all.filter { ($0["role"] as? String)?.lowercased() == "assignee" }
        guard entries.count <= 1 else { throw AccordHTTPError.invalidField("relatedParty", "at most one entry in the role assignee") }
        guard let entry = entries.first else {
            if current?.assignment != nil { try require(.assignment, "relatedParty") }
            if current?.assignment != nil { changes.append(FieldChange(field: .assignment, newValue: nil)) }
            return
        }
        guard let text = entry["id"] as? String else {
            throw AccordHTTPError.invalidField("relatedParty", "the entry must be {role: assignee, id: <configured supplier id>}")
        }
        // A well-formed entry naming no configured supplier is an assignment that cannot be made.
        guard let id = SupplierID(text), knownSuppliers.contains(id) else {
            throw AccordHTTPError.fieldNotAllowed("relatedParty", "'\(text.prefix(64))' is not a configured supplier")
        }
        let group = (entry["name"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        if let currentAssignment = current?.assignment, currentAssignment.supplier == id {
            guard group != currentAssignment.group else { return }
            try require(.assignmentGroup, "relatedParty")
            changes.append(FieldChange(field: .assignmentGroup, newValue: group))
        } else if current == nil, principal.supplier == id {
            changes.append(FieldChange(field: .assignment, newValue: Assignment(supplier: id, group: group).description))
        } else {
            try require(.assignment, "relatedParty")
            changes.append(FieldChange(field: .assignment, newValue: Assignment(supplier: id, group: group).description))
        }
    }

    private func notes() throws -> [String] {
        guard body.keys.contains("note") else { return [] }
        return try objects("note").compactMap { entry in
            // Notes are append-only: in a patch, entries that carry an id are ones the ticket already
            // has (a client sends the list back with its new note); a new ticket has none yet.
            if entry["id"] != nil, current != nil { return nil }
            guard let text = entry["text"] as? String, !text.isEmpty else { throw AccordHTTPError.invalidField("note", "every new note needs a text") }
            return text
        }
    }

    private func objects(_ key: String) throws -> [[String: Any]] {
        guard let value = body[key], !(value is NSNull) else { return [] }
        guard let array = value as? [Any], array.count <= 1000 else { throw AccordHTTPError.invalidField(key, "must be an array") }
        return try array.map { element in
            guard let object = element as? [String: Any] else { throw AccordHTTPError.invalidField(key, "entries must be objects") }
            return object
        }
    }
}
