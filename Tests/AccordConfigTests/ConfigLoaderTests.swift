import AccordConfig
import AccordTestSupport
import Testing

@Suite("Loading a Config directory")
struct ConfigLoaderTests {
    let fixture: ConfigFixture
    init() throws { fixture = try ConfigFixture() }

    @Test("a directory that does not exist")
    func missingDirectory() throws {
        let missing = fixture.directory + "/nowhere"
        let error = try #require(throws: ConfigValidationError.self) { try ConfigLoader.load(directory: missing) }
        #expect(error.diagnostics.map(\.description) == ["\(missing): error: configuration directory not found"])
    }

    @Test("every error in every file is reported in one run, in file order")
    func reportsAll() throws {
        try fixture.replace("port: 8080", with: "port: 99999", in: "hub.yaml")
        try fixture.write("calendars/paris.yaml", ConfigTexts.calendar(id: "paris", timezone: "Europe/Pariss"))
        try fixture.replace("tier: integrate", with: "tier: intergrate", in: "suppliers/netnova.yaml")
        try fixture.replace("tier: interface", with: "tier: inteface", in: "suppliers/stratus-hosting.yaml")
        try fixture.replace("targetPercent: 99.9", with: "targetPercent: lots", in: "services.yaml")
        let tiers = "'tier' must be one of use, integrate, interface, exclude"
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(try fixture.location(of: "99999", in: "hub.yaml")): error: 'port' must be a whole number from 0 to 65535 (found '99999')",
            "\(try fixture.location(of: "Europe/Pariss", in: "calendars/paris.yaml")): error: 'timezone' must be an IANA time zone name such as Europe/London (found 'Europe/Pariss')",
            "\(try fixture.location(of: "intergrate", in: "suppliers/netnova.yaml")): error: \(tiers) (found 'intergrate')",
            "\(try fixture.location(of: "inteface", in: "suppliers/stratus-hosting.yaml")): error: \(tiers) (found 'inteface')",
            "\(try fixture.location(of: "lots", in: "services.yaml")): error: 'targetPercent' must be a number above 0 and at most 100 (found 'lots')",
        ])
    }

    @Test("a YAML syntax error is located")
    func syntaxError() throws {
        try fixture.write("suppliers/acme.yaml", "id: acme\nname: [Acme\ntier: use\n")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics.count == 1)
        let prefix = fixture.displayPath("suppliers/acme.yaml") + ":"
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.hasPrefix(prefix))
        #expect(diagnostic.contains(": error: invalid YAML: "))
    }

    @Test("an empty file")
    func emptyFile() throws {
        try fixture.write("suppliers/acme.yaml", "")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == ["\(fixture.displayPath("suppliers/acme.yaml")): error: file is empty"])
    }

    @Test("a trailing slash on the directory does not change the paths shown")
    func trailingSlash() throws {
        try fixture.replace("tier: integrate", with: "tier: intergrate", in: "suppliers/netnova.yaml")
        let error = try #require(throws: ConfigValidationError.self) { try ConfigLoader.load(directory: fixture.directory + "/") }
        #expect(error.diagnostics.map(\.file) == [fixture.displayPath("suppliers/netnova.yaml")])
    }

    @Test("the loaded configuration remembers the directory it came from")
    func directory() throws {
        #expect(try ConfigLoader.load(directory: fixture.directory).directory == fixture.directory)
    }
}
