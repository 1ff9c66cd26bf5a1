import AccordCore

/// Everything `Config/cmdb.yaml` configures: per-class rules and the CIs of each service.
public struct CMDBRules: Sendable, Hashable {
    /// Rules by CI class.
    public var classes: [String: ClassRule]
    /// Rules for classes not listed in ``classes``.
    public var fallback: ClassRule
    /// Per catalogue service, identifiers of the CIs it runs on (values as written; normalised on use).
    public var serviceCIs: [ServiceID: [Identifier]]

    public init(classes: [String: ClassRule], fallback: ClassRule, serviceCIs: [ServiceID: [Identifier]] = [:]) {
        self.classes = classes
        self.fallback = fallback
        self.serviceCIs = serviceCIs
    }

    /// The rule for `ciClass`.
    public func rule(for ciClass: String) -> ClassRule { classes[ciClass] ?? fallback }

    /// Whether records of these two classes may be one CI.
    public func compatible(_ first: String, _ second: String) -> Bool {
        first == second || rule(for: first).compatibleClasses.contains(second) || rule(for: second).compatibleClasses.contains(first)
    }

    /// The documented defaults, used when `cmdb.yaml` is absent.
    public static let defaults: CMDBRules = {
        let tiers: [PrecedenceEntry] = [.tier(.use), .tier(.integrate), .tier(.interface), .tier(.exclude)]
        let server = ClassRule(
            identifierSets: [
                IdentifierSet([.identifier(.serialNumber)]),
                IdentifierSet([.identifier(.fqdn)]),
                IdentifierSet([.identifier(.hostname), .attribute("domain")]),
                IdentifierSet([.attribute("cloudProvider"), .identifier(.cloudResourceId)]),
            ],
            multiMatch: .park, precedence: ["*": tiers], staleAfterDays: 30, compatibleClasses: ["virtual_server"]
        )
        let application = ClassRule(identifierSets: [IdentifierSet([.name, .supplier])], multiMatch: .park, precedence: ["*": tiers], staleAfterDays: 30)
        let network = ClassRule(
            identifierSets: [IdentifierSet([.identifier(.serialNumber)]), IdentifierSet([.identifier(.macAddress)]), IdentifierSet([.identifier(.fqdn)])],
            multiMatch: .park, precedence: ["*": tiers], staleAfterDays: 30
        )
        let fallback = ClassRule(
            identifierSets: [
                IdentifierSet([.identifier(.serialNumber)]), IdentifierSet([.identifier(.assetTag)]),
                IdentifierSet([.identifier(.cloudResourceId)]), IdentifierSet([.identifier(.fqdn)]),
            ],
            multiMatch: .park, precedence: ["*": tiers], staleAfterDays: 30
        )
        return CMDBRules(classes: ["server": server, "application": application, "network_device": network], fallback: fallback)
    }()
}
