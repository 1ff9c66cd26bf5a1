import AccordCore
import Testing

@Suite("Tier capabilities as data")
struct TierCapabilitiesTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var tier: Tier
        var inbound: Set<Channel>
        var outbound: Set<Channel>
        var systemOfRecord: SystemOfRecord
        var evidence: EvidenceQuality
        var description: String { tier.rawValue }
    }

    static let expectations: [Expectation] = [
        .init(tier: .use, inbound: [.nativeAPI], outbound: [.notification], systemOfRecord: .hub, evidence: .complete),
        .init(tier: .integrate, inbound: [.webhook, .poll], outbound: [.outbox], systemOfRecord: .supplier, evidence: .completeUnlessGapsDetected),
        .init(tier: .interface, inbound: [.poll, .fileDrop], outbound: [], systemOfRecord: .supplier, evidence: .asOfLastSync),
        .init(tier: .exclude, inbound: [.statusFeed], outbound: [], systemOfRecord: .supplier, evidence: .availabilityOnly),
    ]

    @Test("each tier opens its channels and rates its evidence", arguments: expectations)
    func channelsAndEvidence(expected: Expectation) {
        let capabilities = expected.tier.capabilities
        #expect(capabilities.inbound == expected.inbound)
        #expect(capabilities.outbound == expected.outbound)
        #expect(capabilities.systemOfRecord == expected.systemOfRecord)
        #expect(capabilities.evidence == expected.evidence)
        for channel in Channel.allCases {
            #expect(capabilities.accepts(channel) == expected.inbound.contains(channel), "\(channel)")
        }
    }

    @Test("every tier is described and each has its own evidence quality")
    func everyTierCovered() {
        #expect(Set(Self.expectations.map(\.tier)) == Set(Tier.allCases))
        #expect(Set(Tier.allCases.map(\.capabilities.evidence)) == Set(EvidenceQuality.allCases))
    }

    @Test("the supplier and the hub never both own a field", arguments: Tier.allCases)
    func authorityIsDisjoint(tier: Tier) {
        let capabilities = tier.capabilities
        #expect(capabilities.supplierAuthoritativeFields.isDisjoint(with: capabilities.hubAuthoritativeFields))
    }

    @Test("Use and Integrate suppliers own working fields; the hub owns business fields",
          arguments: [Tier.use, .integrate])
    func sharedAuthority(tier: Tier) {
        let capabilities = tier.capabilities
        #expect(capabilities.supplierOwns(.state))
        #expect(capabilities.supplierOwns(.workNote))
        #expect(!capabilities.supplierOwns(.priority))
        #expect(!capabilities.supplierOwns(.title))
        #expect(capabilities.hubAuthoritativeFields.contains(.priority))
    }

    @Test("an Interface supplier owns every field; an Exclude supplier owns none")
    func interfaceAndExclude() {
        for field in TicketField.allCases {
            #expect(Tier.interface.capabilities.supplierOwns(field), "\(field)")
            #expect(!Tier.exclude.capabilities.supplierOwns(field), "\(field)")
        }
        #expect(Tier.interface.capabilities.hubAuthoritativeFields.isEmpty)
    }

    @Test("a supplier's capabilities are its tier's", arguments: Tier.allCases)
    func supplierShorthand(tier: Tier) throws {
        let supplier = Supplier(id: try #require(SupplierID("acme")), name: "Acme", tier: tier, calendarID: "24x7")
        #expect(supplier.capabilities == tier.capabilities)
    }
}
