import AccordConfig
import AccordCore
import AccordTestSupport
import Foundation
import Testing

@Suite("Supplier sync section: reading and located diagnostics")
struct SyncSettingsDiagnosticsTests {
    let fixture: ConfigFixture
    init() throws { fixture = try ConfigFixture() }

    static let file = "suppliers/stratus-hosting.yaml"

    @Test("the sample sync sections read into settings: cron in the calendar's zone, interval, pagination styles")
    func sample() throws {
        let configuration = try ConfigLoader.load(directory: fixture.directory)
        let stratus = try #require(configuration.supplier(SupplierID("stratus-hosting")!)?.sync)
        #expect(stratus.schedule == .cron(try CronExpression.parse("0 2 * * *").get(), timeZone: try #require(TimeZone(identifier: "Europe/London"))))
        #expect(stratus.mode == .incremental && stratus.overlap == 600 && stratus.missingRecords == .retireAfter(runs: 3))
        #expect(stratus.fileDrop == "./drops/stratus-hosting" && stratus.fileDropInterval == 60)
        #expect(stratus.resource("incidents")?.pagination == .offsetLimit(offsetParameter: "sysparm_offset", limitParameter: "sysparm_limit", limit: 500))
        #expect(stratus.authentication == .basic(userVariable: "ACCORD_STRATUS_USER", passwordVariable: "ACCORD_STRATUS_PASSWORD"))
        let m365 = try #require(configuration.supplier(SupplierID("m365")!)?.sync)
        #expect(m365.schedule == .interval(900))
        #expect(m365.resource("service-health")?.pagination == .nextLink(field: "@odata.nextLink", limitParameter: nil, limit: 100))
    }

    @Test("optional keys: fileDropInterval, serviceMap, timeout, retryBudget, readAhead, delete policy")
    func optionalKeys() throws {
        try fixture.replace("missingRecords: retireAfter:3", with: """
            missingRecords: delete
              fileDropInterval: 5m
              timeout: 45s
              retryBudget: 7
              readAhead: 4
              serviceMap:
                Hosting Portal: [hosted-apps]
            """, in: Self.file)
        let sync = try #require(try ConfigLoader.load(directory: fixture.directory).supplier(SupplierID("stratus-hosting")!)?.sync)
        #expect(sync.missingRecords == .delete && sync.fileDropInterval == 300 && sync.requestTimeout == 45 && sync.retryBudget == 7)
        #expect(sync.serviceMap == ["Hosting Portal": ["hosted-apps"]])
        #expect(sync.readAhead == 4)
    }

    @Test("offset paging reads totalPath and advance: rows (Jira Server search)")
    func offsetTotalPathAndAdvance() throws {
        try fixture.replace("pagination: {style: offset, limit: 500}", with: "pagination: {style: offset, offsetParameter: startAt, limitParameter: maxResults, limit: 100, totalPath: total, advance: rows}", in: Self.file)
        let sync = try #require(try ConfigLoader.load(directory: fixture.directory).supplier(SupplierID("stratus-hosting")!)?.sync)
        #expect(sync.resource("incidents")?.pagination == .offsetLimit(offsetParameter: "startAt", limitParameter: "maxResults", limit: 100, totalPath: "total", advanceByRows: true))
    }

    @Test("each bad value is reported at its own line and column", arguments: [
        ("schedule: \"0 2 * * *\"", "schedule: \"0 25 * * *\"", "\"0 25", "'schedule' must be an interval (6h, 30m) or a cron expression: cron hour field '25' is not valid for 0-23"),
        ("missingRecords: retireAfter:3", "missingRecords: sometimes", "sometimes", "'missingRecords' must be ignore, delete or retireAfter:N (found 'sometimes')"),
        ("overlap: 10m", "overlap: ten", "ten", "'overlap' must be a duration such as 10m (found 'ten')"),
        ("pagination: {style: offset, limit: 500}", "pagination: {style: pages, limit: 500}", "pages", "'style' must be one of offset, page, cursor, link, nextLink (found 'pages')"),
        ("overlap: 10m", "overlap: 10m\n  fileDropInterval: 0s", "0s", "'fileDropInterval' must be a duration such as 1m (found '0s')"),
        ("overlap: 10m", "overlap: 10m\n  readAhead: 77", "77", "'readAhead' must be a whole number from 1 to 8 (found '77')"),
        ("pagination: {style: offset, limit: 500}", "pagination: {style: offset, limit: 500, advance: sideways}", "sideways", "'advance' must be limit or rows (found 'sideways')"),
    ])
    func badValue(change: (String, String, String, String)) throws {
        try fixture.replace(change.0, with: change.1, in: Self.file)
        let at = try fixture.location(of: change.2, in: Self.file)
        #expect(try fixture.diagnostics() == ["\(at): error: \(change.3)"])
    }

    @Test("an unknown sync key is an error at the key; a secret written inline is refused")
    func unknownKeyAndInlineSecret() throws {
        try fixture.replace("overlap: 10m", with: "overlap: 10m\n  schedul: 6h", in: Self.file)
        try fixture.replace("password: ACCORD_STRATUS_PASSWORD", with: "password: hunter2!", in: Self.file)
        let diagnostics = try fixture.diagnostics()
        let keyAt = try fixture.location(of: "schedul:", in: Self.file)
        let secretAt = try fixture.location(of: "hunter2!", in: Self.file)
        #expect(diagnostics.contains { $0.hasPrefix("\(keyAt): error: unknown key 'schedul'") })
        #expect(diagnostics.contains("\(secretAt): error: 'password' must name an environment variable (A-Z, 0-9, _), not hold the secret itself"))
    }

    @Test("a serviceMap naming a service the catalogue does not have is an error at that name")
    func unknownMappedService() throws {
        try fixture.replace("missingRecords: retireAfter:3", with: "missingRecords: retireAfter:3\n  serviceMap:\n    Hosting Portal: [hosted-apps, hosted-appz]", in: Self.file)
        let at = try fixture.location(of: "hosted-appz", in: Self.file)
        #expect(try fixture.diagnostics() == ["\(at): error: service 'hosted-appz' is not defined in \(fixture.directory)/services.yaml"])
    }
}
