import AccordConfig
import AccordTestSupport
import Testing

@Suite("hub.yaml webhook and durability settings")
struct HubWebhookSettingsTests {
    @Test("The sample hub.yaml states the defaults")
    func sampleDefaults() throws {
        let hub = try ConfigLoader.load(directory: RepositoryPaths.sampleConfig.path).hub
        #expect(hub.webhooks == HubConfig.Webhooks())
        #expect(hub.webhooks.maxBodyBytes == 5 * 1024 * 1024)
        #expect(hub.webhooks.timestampToleranceSeconds == 300)
        #expect(hub.storage.synchronous == "full")
    }

    @Test("Values are read, and bad ones reported with their location")
    func valuesAndErrors() throws {
        let fixture = try ConfigFixture()
        try fixture.write("hub.yaml", """
            storage:
              sqlite:
                path: ./x.sqlite
                synchronous: sometimes
            webhooks:
              maxBodyBytes: 2048
              timestampToleranceSeconds: 0
              ratePerSecond: 5
            """)
        do {
            _ = try ConfigLoader.load(directory: fixture.directory)
            Issue.record("expected validation errors")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "\(fixture.directory)/hub.yaml:4:18: error: 'synchronous' must be one of full, normal (found 'sometimes')",
                "\(fixture.directory)/hub.yaml:7:30: error: 'timestampToleranceSeconds' must be a whole number from 1 to 86400 (found '0')",
            ])
        }
        try fixture.write("hub.yaml", "webhooks:\n  maxBodyBytes: 2048\n  ratePerSecond: 5\n  burst: 9\n  maxBacklog: 3\n")
        let webhooks = try ConfigLoader.load(directory: fixture.directory).hub.webhooks
        #expect(webhooks == HubConfig.Webhooks(maxBodyBytes: 2048, timestampToleranceSeconds: 300, maxBacklog: 3, ratePerSecond: 5, burst: 9))
    }
}
