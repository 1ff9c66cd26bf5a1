import AccordConfig
import AccordTestSupport
import Testing

@Suite("hub.yaml api settings")
struct HubAPISettingsTests {
    @Test("The sample hub.yaml states the defaults")
    func sampleDefaults() throws {
        let api = try ConfigLoader.load(directory: RepositoryPaths.sampleConfig.path).hub.api
        #expect(api == HubConfig.API())
        #expect(api.ratePerSecond == 50)
        #expect(api.burst == 100)
        #expect(!api.allowLinkLocalCallbacks)
    }

    @Test("Values are read; bad values and unknown keys are reported with their location")
    func valuesAndErrors() throws {
        let fixture = try ConfigFixture()
        try fixture.write("hub.yaml", "api:\n  ratePerSecond: 5\n  burst: 7\n  allowLinkLocalCallbacks: true\n")
        #expect(try ConfigLoader.load(directory: fixture.directory).hub.api == HubConfig.API(ratePerSecond: 5, burst: 7, allowLinkLocalCallbacks: true))

        try fixture.write("hub.yaml", "api:\n  ratePerSecond: 0\n  allowLinkLocalCallbacks: yes please\n  perToken: 3\n")
        do {
            _ = try ConfigLoader.load(directory: fixture.directory)
            Issue.record("expected validation errors")
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages.contains("\(fixture.directory)/hub.yaml:2:18: error: 'ratePerSecond' must be a whole number from 1 to 1000000 (found '0')"))
            #expect(messages.contains("\(fixture.directory)/hub.yaml:3:28: error: 'allowLinkLocalCallbacks' must be true or false (found 'yes please')"))
            #expect(messages.contains { $0.contains("hub.yaml:4:3: error:") && $0.contains("perToken") }, "\(messages)")
        }
    }
}
