/// The availability a service promises, e.g. `gold` at 99.9 % within its hours of service.
public struct AvailabilityBand: Sendable, Hashable, Codable {
    /// The band's name as the contract calls it (`gold`, `silver`, …).
    public var name: String
    /// Promised availability in percent, 0 < target ≤ 100.
    public var targetPercent: Double

    public init(name: String, targetPercent: Double) {
        self.name = name
        self.targetPercent = targetPercent
    }
}
