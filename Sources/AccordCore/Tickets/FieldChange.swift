/// One field's change inside a ``TicketEvent``.
///
/// Values are in their canonical text form: states as ``TicketState/description``
/// (`pending:customer`), priorities as `P1`…`P5`, impact and urgency as `high|medium|low`,
/// assignments as ``Assignment/description`` (`supplier/group`), lists comma-separated.
/// `nil` means the field was empty.
public struct FieldChange: Sendable, Hashable, Codable {
    public var field: TicketField
    public var oldValue: String?
    public var newValue: String?

    public init(field: TicketField, oldValue: String? = nil, newValue: String?) {
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
    }
}
