import AccordConfig
import AccordTestSupport
import Testing

@Suite("Service catalogue diagnostics")
struct ServiceCatalogueDiagnosticsTests {
    let fixture: ConfigFixture
    init() throws { fixture = try ConfigFixture() }

    @Test("a service naming a supplier that has no file")
    func unknownSupplier() throws {
        try fixture.replace("[frontline-desk, m365, netnova]", with: "[frontline-desk, m365, netnova, acme]", in: "services.yaml")
        let at = try fixture.location(of: "acme", in: "services.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: supplier 'acme' is not defined (expected \(fixture.directory)/suppliers/acme.yaml)",
        ])
    }

    @Test("a priority matrix missing a cell")
    func incompleteMatrix() throws {
        try fixture.replace("low:    {high: P3, medium: P4, low: P5}", with: "low:    {high: P3, medium: P4}", in: "services.yaml")
        let at = try fixture.location(of: "high:   {high: P1", in: "services.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: 'priorityMatrix' must give a priority for every impact (high, medium, low) and urgency (high, medium, low)",
        ])
    }

    @Test("a matrix cell that is not a priority")
    func badMatrixPriority() throws {
        try fixture.replace("medium: {high: P2, medium: P3, low: P4}", with: "medium: {high: P2, medium: P9, low: P4}", in: "services.yaml")
        let cell = try fixture.location(of: "P9", in: "services.yaml")
        let matrix = try fixture.location(of: "high:   {high: P1", in: "services.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(cell): error: priority must be one of P1, P2, P3, P4, P5 (found 'P9')",
            "\(matrix): error: 'priorityMatrix' must give a priority for every impact (high, medium, low) and urgency (high, medium, low)",
        ])
    }

    @Test("a service whose hours name a calendar that has no file")
    func unknownCalendar() throws {
        try fixture.replace("hoursOfService: 24x7", with: "hoursOfService: weekends", in: "services.yaml")
        let at = try fixture.location(of: "weekends", in: "services.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: calendar 'weekends' is not defined (expected \(fixture.directory)/calendars/weekends.yaml)",
        ])
    }

    @Test("two services with the same id")
    func duplicateService() throws {
        try fixture.replace("- id: hosted-apps", with: "- id: workplace", in: "services.yaml")
        let first = try fixture.location(of: "workplace", in: "services.yaml", onLineWith: "- id:", occurrence: 1)
        let second = try fixture.location(of: "workplace", in: "services.yaml", onLineWith: "- id:", occurrence: 2)
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == ["\(second): error: service id 'workplace' is already defined at \(first)"])
    }

    @Test("an availability target above 100 percent")
    func badAvailability() throws {
        try fixture.replace("targetPercent: 99.5", with: "targetPercent: 100.5", in: "services.yaml")
        let at = try fixture.location(of: "100.5", in: "services.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: 'targetPercent' must be a number above 0 and at most 100 (found '100.5')",
        ])
    }
}
