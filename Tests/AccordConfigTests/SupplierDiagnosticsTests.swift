import AccordConfig
import AccordTestSupport
import Foundation
import Testing

@Suite("Supplier file diagnostics")
struct SupplierDiagnosticsTests {
    let fixture: ConfigFixture
    init() throws { fixture = try ConfigFixture() }

    @Test("a misspelt tier is reported at its value")
    func badTier() throws {
        try fixture.replace("tier: integrate", with: "tier: intergrate", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: "intergrate", in: "suppliers/netnova.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: 'tier' must be one of use, integrate, interface, exclude (found 'intergrate')",
        ])
    }

    @Test("an unknown key is an error at the key")
    func unknownKey() throws {
        try fixture.replace("adapter: jira", with: "adapter: jira\ncolour: blue", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: "colour", in: "suppliers/netnova.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: unknown key 'colour' in supplier (expected one of: id, name, tier, calendar, adapter, description, credentials, agreements, sync)",
        ])
    }

    @Test("a supplier naming a calendar that has no file")
    func missingCalendar() throws {
        try fixture.replace("calendar: 24x7", with: "calendar: nowhere", in: "suppliers/netnova.yaml")
        let at = try fixture.location(of: "nowhere", in: "suppliers/netnova.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: calendar 'nowhere' is not defined (expected \(fixture.directory)/calendars/nowhere.yaml)",
        ])
    }

    @Test("two files defining the same supplier id")
    func duplicateID() throws {
        try fixture.write("suppliers/netnova.yml", try fixture.read("suppliers/netnova.yaml"))
        let first = try fixture.location(of: "netnova", in: "suppliers/netnova.yaml", occurrence: 1)
        let second = try fixture.location(of: "netnova", in: "suppliers/netnova.yml", occurrence: 1)
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == ["\(second): error: supplier id 'netnova' is already defined at \(first)"])
    }

    @Test("an id that does not match the file name")
    func fileNameMismatch() throws {
        try fixture.write("suppliers/acme.yaml", ConfigTexts.supplier(id: "acme-corp"))
        let at = try fixture.location(of: "acme-corp", in: "suppliers/acme.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: id 'acme-corp' does not match the file name (expected acme-corp.yaml or id: acme)",
        ])
    }

    @Test("an id that is not a slug")
    func badSlug() throws {
        try fixture.write("suppliers/acme.yaml", ConfigTexts.supplier(id: "Acme_Corp"))
        let at = try fixture.location(of: "Acme_Corp", in: "suppliers/acme.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: 'id' must be a slug of a-z, 0-9 and inner hyphens, at most 63 characters (found 'Acme_Corp')",
        ])
    }

    @Test("a secret written inline instead of an environment variable name",
          arguments: ["webhookSecrets: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "webhookSecrets: [ACCORD_OK, whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw]"])
    func inlineSecret(line: String) throws {
        try fixture.write("suppliers/acme.yaml", ConfigTexts.supplier(id: "acme", extra: ["credentials:", "  \(line)"]))
        let at = try fixture.location(of: "whsec_", in: "suppliers/acme.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: credential 'webhookSecrets' must name an environment variable (A-Z, 0-9, _), not hold the secret itself",
        ])
        #expect(!diagnostics.joined().contains("MfKQ9r8"), "diagnostics never repeat a secret")
    }

    @Test("a supplier without its required keys names each one")
    func missingKeys() throws {
        try fixture.write("suppliers/acme.yaml", "id: acme\n")
        let at = "\(fixture.displayPath("suppliers/acme.yaml")):1:1"
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: missing required key 'name' in supplier",
            "\(at): error: missing required key 'tier' in supplier",
            "\(at): error: missing required key 'calendar' in supplier",
        ])
    }
}
