import AccordCore
import AccordFederation

/// Reads `cmdb.yaml`: identification and golden-record rules per CI class, and the CIs of each
/// catalogue service. Absent file: ``CMDBRules/defaults``. A class listed here starts from its
/// default rule (or the `default:` rule) and overrides the keys it sets.
///
/// ```yaml
/// classes:
///   server:
///     identify:                      # ordered identifier sets; the first that matches decides
///       - [serialNumber]
///       - [fqdn]
///       - [hostname, attribute:domain]
///     multiMatch: park               # park | linkOldest
///     staleAfterDays: 30
///     compatibleWith: [virtual_server]
///     precedence:
///       "*": [tier:use, tier:integrate, tier:interface, tier:exclude]
///       os: [stratus-hosting]
/// default: {identify: [[serialNumber], [assetTag]]}
/// services:
///   hosted-apps: [{kind: fqdn, value: erp.corp.example}]
/// ```
enum CMDBRulesReader {
    static let ruleKeys = ["identify", "multiMatch", "staleAfterDays", "compatibleWith", "precedence"]

    static func read(_ root: YAMLValue, definedSuppliers: Set<SupplierID>, definedServices: Set<ServiceID>?, display: String, _ log: DiagnosticLog) -> CMDBRules {
        var rules = CMDBRules.defaults
        guard let file = root.mapping(log, "CMDB rules", allowedKeys: ["classes", "default", "services"]) else { return rules }
        let context = Context(definedSuppliers: definedSuppliers, display: display, log: log)
        if let fallback = file["default"] {
            rules.fallback = readRule(fallback, base: rules.fallback, what: "'default'", context)
        }
        if let classes = file["classes"]?.mapping(log, "'classes'", allowedKeys: nil) {
            for entry in classes.entries {
                rules.classes[entry.name] = readRule(entry.value, base: rules.classes[entry.name] ?? rules.fallback, what: "class '\(entry.name)'", context)
            }
        }
        if let services = file["services"]?.mapping(log, "'services'", allowedKeys: nil) {
            for entry in services.entries {
                let id = ServiceID(entry.name)
                if let definedServices, !definedServices.contains(id) {
                    log.error("service '\(entry.name)' is not defined in \(display)services.yaml", at: entry.key.location)
                }
                rules.serviceCIs[id] = readServiceCIs(entry.value, log)
            }
        }
        return rules
    }

    private struct Context {
        var definedSuppliers: Set<SupplierID>
        var display: String
        var log: DiagnosticLog
    }

    private static func readRule(_ value: YAMLValue, base: ClassRule, what: String, _ context: Context) -> ClassRule {
        let log = context.log
        var rule = base
        guard let mapping = value.mapping(log, what, allowedKeys: ruleKeys) else { return rule }
        if let identify = mapping["identify"], let sets = identify.sequence(log, "'identify'") {
            var parsed: [IdentifierSet] = []
            for setValue in sets {
                guard let items = setValue.sequence(log, "an identifier set") else { continue }
                let elements = items.compactMap { item -> IdentifierElement? in
                    guard let text = item.scalar(log, "an identifier"), !text.isEmpty, text != "attribute:" else {
                        log.error("an identifier must be a kind (serialNumber, fqdn, …), attribute:NAME, name or supplier", at: item.location)
                        return nil
                    }
                    return IdentifierElement(text: text)
                }
                let set = IdentifierSet(elements)
                if elements.isEmpty {
                    log.error("an identifier set must list at least one identifier", at: setValue.location)
                } else if set.isAddressOnly {
                    log.error("an IP address alone never identifies a CI (addresses are shared and reused); add another identifier to this set", at: setValue.location)
                } else {
                    parsed.append(set)
                }
            }
            if parsed.isEmpty { log.error("'identify' must list at least one identifier set", at: identify.location) }
            rule.identifierSets = parsed
        }
        if let policy = mapping.oneOf("multiMatch", MultiMatchPolicy.self, log, required: false) { rule.multiMatch = policy }
        if let days = mapping.integer("staleAfterDays", in: 1...3650, log) { rule.staleAfterDays = days }
        if let list = mapping["compatibleWith"], let items = list.sequence(log, "'compatibleWith'") {
            rule.compatibleClasses = Set(items.compactMap { $0.scalar(log, "a CI class") })
        }
        if let precedence = mapping["precedence"]?.mapping(log, "'precedence'", allowedKeys: nil) {
            for entry in precedence.entries {
                rule.precedence[entry.name] = readPrecedence(entry.value, context)
            }
        }
        return rule
    }

    private static func readPrecedence(_ value: YAMLValue, _ context: Context) -> [PrecedenceEntry] {
        let log = context.log
        guard let items = value.sequence(log, "a precedence") else { return [] }
        return items.compactMap { item in
            guard let text = item.scalar(log, "a supplier id or tier:NAME") else { return nil }
            guard let entry = PrecedenceEntry(text: text) else {
                let tiers = Tier.allCases.map { "tier:" + $0.rawValue }.joined(separator: ", ")
                log.error("'\(text)' is neither a supplier id nor one of \(tiers)", at: item.location)
                return nil
            }
            if case .supplier(let id) = entry, !context.definedSuppliers.contains(id) {
                log.error("supplier '\(id)' is not defined (expected \(context.display)suppliers/\(id).yaml)", at: item.location)
            }
            return entry
        }
    }

    private static func readServiceCIs(_ value: YAMLValue, _ log: DiagnosticLog) -> [Identifier] {
        guard let items = value.sequence(log, "a service's CIs") else { return [] }
        return items.compactMap { item in
            guard let mapping = item.mapping(log, "a CI identifier", allowedKeys: ["kind", "value"]),
                  let kind = mapping.requiredString("kind", log), let text = mapping.requiredString("value", log) else { return nil }
            return Identifier(kind: IdentifierKind(kind), value: text)
        }
    }
}
