/// How long a party has, in business time, to respond to and to resolve a ticket of one priority.
public struct ResponseResolutionTarget: Sendable, Hashable, Codable {
    public var response: BusinessDuration
    public var resolution: BusinessDuration

    public init(response: BusinessDuration, resolution: BusinessDuration) {
        self.response = response
        self.resolution = resolution
    }
}
