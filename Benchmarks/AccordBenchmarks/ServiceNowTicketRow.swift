/// The JSONDecoder baseline's view of one raw-shape ServiceNow incident: the fields the adapter
/// reads, decoded as plain `Codable` values.
struct ServiceNowTicketRow: Decodable {
    struct Reference: Decodable {
        var link: String
        var value: String
    }

    struct Page: Decodable {
        var result: [ServiceNowTicketRow]
    }

    var sys_id: String
    var number: String
    var sys_class_name: String
    var short_description: String
    var description: String
    var state: String
    var hold_reason: String
    var impact: String
    var urgency: String
    var priority: String
    var opened_at: String
    var resolved_at: String
    var closed_at: String
    var sys_updated_on: String
    var assignment_group: Reference
    var cmdb_ci: Reference
}
