import AccordConfig
import AccordCore
import AccordReconciliation
import AccordServer
import Foundation

/// Prints the month's scorecards the way `accord report ola` and `accord report sla` do: one OLA
/// scorecard per agreement of every supplier that has one, then each service's customer SLA with
/// the availability its Exclude-tier vendors' notices imply.
///
/// `period` is a month (`2026-10`) or any period text the reports accept.
public func printScorecards(
    stores: AccordStores, configuration: AccordConfiguration, period: String, output: @Sendable (String) -> Void
) async throws {
    let reconciliation = ReconciliationService(stores: stores, configuration: configuration)
    for settings in configuration.suppliers.sorted(by: { $0.supplier.id < $1.supplier.id }) {
        let supplier = settings.supplier
        output("")
        guard !supplier.agreements.isEmpty else {
            output("supplier \(supplier.id) (\(supplier.tier.rawValue) tier): no OLA; its service-health notices count towards the services' availability below")
            continue
        }
        for card in try await reconciliation.olaScorecards(supplier: supplier.id.rawValue, period: period) {
            output(ScorecardTable.text(card))
        }
    }
    for service in configuration.services.sorted(by: { $0.id.rawValue < $1.id.rawValue }) where configuration.serviceAgreements[service.id] != nil {
        output("")
        output(ScorecardTable.text(try await reconciliation.slaScorecard(service: service.id.rawValue, period: period)))
    }
    output("")
}
