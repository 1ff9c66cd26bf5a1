import AccordConfig
import AccordTestSupport
import Foundation
import Testing

@Suite("hub.yaml")
struct HubConfigTests {
    let fixture: ConfigFixture
    init() throws { fixture = try ConfigFixture() }

    @Test("a missing hub.yaml means every default")
    func missingUsesDefaults() throws {
        try FileManager.default.removeItem(atPath: fixture.displayPath("hub.yaml"))
        let hub = try ConfigLoader.load(directory: fixture.directory).hub
        #expect(hub.listen.host == "127.0.0.1")
        #expect(hub.listen.port == 8080)
        #expect(hub.storage.sqlitePath == "./accord.sqlite")
        #expect(hub.limits.maxRequestBytes == 5_242_880)
        #expect(hub.limits.maxPageSize == 500)
    }

    @Test("given values replace the defaults; absent ones keep them")
    func readsValues() throws {
        try fixture.write("hub.yaml", "listen: {host: 0.0.0.0, port: 9443}\nstorage:\n  sqlite: {path: /var/lib/accord/hub.sqlite}\n")
        let hub = try ConfigLoader.load(directory: fixture.directory).hub
        #expect(hub.listen == HubConfig.Listen(host: "0.0.0.0", port: 9443))
        #expect(hub.storage.sqlitePath == "/var/lib/accord/hub.sqlite")
        #expect(hub.limits == HubConfig.Limits())
    }

    @Test("a port outside 0–65535", arguments: ["70000", "-1", "http"])
    func portOutOfRange(port: String) throws {
        try fixture.replace("port: 8080", with: "port: \(port)", in: "hub.yaml")
        let at = try fixture.location(of: port, in: "hub.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == ["\(at): error: 'port' must be a whole number from 0 to 65535 (found '\(port)')"])
    }

    @Test("an unknown section")
    func unknownSection() throws {
        try fixture.write("hub.yaml", "listen: {port: 8081}\nlogging: debug\n")
        let at = try fixture.location(of: "logging", in: "hub.yaml")
        let diagnostics = try fixture.diagnostics()
        #expect(diagnostics == [
            "\(at): error: unknown key 'logging' in hub settings (expected one of: listen, storage, limits, webhooks, api)",
        ])
    }
}
