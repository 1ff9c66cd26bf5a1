import AccordConfig
import AccordTestSupport
import Testing

@Suite("Agreement diagnostics")
struct AgreementDiagnosticsTests {
    let fixture: ConfigFixture
    init() throws { fixture = try ConfigFixture() }

    @Test("a duration that is not a business duration", arguments: ["4 hours", "0", "1m2h", "-30m"])
    func badDuration(text: String) throws {
        try fixture.replace("P1: {response: 15m,", with: "P1: {response: \(text),", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: text, in: "suppliers/netnova.yaml", onLineWith: "P1: {response:")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: 'response' must be a positive business duration such as 14400, 30m, 4h, 2d or 1h30m (found '\(text)')",
        ])
    }

    @Test("a response target longer than the resolution target")
    func responseAfterResolution() throws {
        try fixture.replace("P2: {response: 30m, resolution: 8h}", with: "P2: {response: 9h, resolution: 8h}", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: "{response: 9h", in: "suppliers/netnova.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: response target 9h for P2 is longer than its resolution target 8h",
        ])
    }

    @Test("a pause state that is not a pending party or resolved", arguments: ["waiting", "inProgress", "pending:nobody"])
    func unknownPauseState(text: String) throws {
        try fixture.replace("[pending:customer, pending:thirdParty]", with: "[pending:customer, \(text)]", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: text, in: "suppliers/netnova.yaml", onLineWith: "pauseStates:")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: pause state must be one of pending:customer, pending:supplier, pending:thirdParty, pending:change, resolved (found '\(text)')",
        ])
    }

    @Test("a target for a priority that does not exist")
    func unknownPriority() throws {
        try fixture.replace("P4: {response: 1d, resolution: 5d}", with: "P6: {response: 1d, resolution: 5d}", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: "P6", in: "suppliers/netnova.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: unknown key 'P6' in 'targets' (expected one of: P1, P2, P3, P4, P5)",
        ])
    }

    @Test("a warning threshold outside 1–100")
    func badWarningThreshold() throws {
        try fixture.replace("warningThresholdPercent: 80", with: "warningThresholdPercent: 150", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: "150", in: "suppliers/netnova.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: 'warningThresholdPercent' must be a whole number from 1 to 100 (found '150')",
        ])
    }

    @Test("an agreement calendar that has no file")
    func agreementCalendar() throws {
        try fixture.replace("  - id: netnova-ola\n", with: "  - id: netnova-ola\n    calendar: night-shift\n", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: "night-shift", in: "suppliers/netnova.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: calendar 'night-shift' is not defined (expected \(fixture.directory)/calendars/night-shift.yaml)",
        ])
    }
}
