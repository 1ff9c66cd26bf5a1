/// A local date on which the calendar deviates from its week: closed, or open only for `hours`.
public struct Holiday: Sendable, Hashable, Codable {
    public var date: LocalDate
    public var name: String
    /// Working intervals on that date; `nil` means closed all day.
    public var hours: [WorkingInterval]?

    public init(date: LocalDate, name: String, hours: [WorkingInterval]? = nil) {
        self.date = date
        self.name = name
        self.hours = hours
    }
}
