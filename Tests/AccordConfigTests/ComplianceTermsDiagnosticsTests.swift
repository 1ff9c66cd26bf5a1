import AccordConfig
import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("Compliance targets and service credits in agreements")
struct ComplianceTermsDiagnosticsTests {
    let fixture: ConfigFixture
    init() throws { fixture = try ConfigFixture() }

    @Test("the sample netnova OLA reads its compliance targets and credit rule exactly")
    func sampleTerms() throws {
        let configuration = try ConfigLoader.load(directory: fixture.directory)
        let ola = try #require(configuration.supplier(SupplierID("netnova")!)?.supplier.agreements.first)
        #expect(ola.compliance?.targetPercent == [.response: 95, .resolution: 90])
        #expect(ola.compliance?.credit == CreditRule(monthlyCharge: 18000, currency: "GBP", percentPerPoint: 2, capPercent: 15))
        #expect(configuration.serviceAgreements["workplace"]?.compliance?.targetPercent == [.resolution: 95])
        #expect(configuration.serviceAgreements["hosted-apps"]?.compliance == nil)
    }

    @Test("a compliance target above 100 %")
    func targetOutOfRange() throws {
        try fixture.replace("compliance: {response: 95, resolution: 90}", with: "compliance: {response: 95, resolution: 190}", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: "190", in: "suppliers/netnova.yaml")
        #expect(try fixture.diagnostics() == ["\(at): error: 'resolution' must be a number from 0 to 100 (found '190')"])
    }

    @Test("an unknown clock in compliance")
    func unknownClock() throws {
        try fixture.replace("compliance: {response: 95, resolution: 90}", with: "compliance: {reaction: 95}", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: "reaction", in: "suppliers/netnova.yaml")
        #expect(try fixture.diagnostics() == ["\(at): error: unknown key 'reaction' in 'compliance' (expected one of: response, resolution)"])
    }

    @Test("credits without compliance targets, and a currency that is not ISO 4217")
    func creditProblems() throws {
        try fixture.replace("    compliance: {response: 95, resolution: 90}   # % of measured tickets meeting their target\n", with: "", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: "{monthlyCharge", in: "suppliers/netnova.yaml")
        #expect(try fixture.diagnostics() == ["\(at): error: 'credits' needs 'compliance' targets to compare with"])
        try fixture.replace("credits: {monthlyCharge: 42000.00, currency: GBP", with: "credits: {monthlyCharge: 42000.00, currency: pounds", in: "suppliers/stratus-hosting.yaml")
        let currency = try fixture.location(of: "pounds", in: "suppliers/stratus-hosting.yaml")
        #expect(try fixture.diagnostics().contains("\(currency): error: 'currency' must be an ISO 4217 code such as GBP or EUR (found 'pounds')"))
    }
}
