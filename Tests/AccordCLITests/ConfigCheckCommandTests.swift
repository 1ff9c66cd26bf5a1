import AccordTestSupport
import Foundation
import Testing

@Suite("accord config check and --version")
struct ConfigCheckCommandTests {
    @Test("--version prints the version")
    func version() throws {
        let result = try AccordBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("The sample configuration passes with a summary and exit 0")
    func samplePasses() throws {
        let result = try AccordBinary.run(["config", "check", "--config", RepositoryPaths.sampleConfig.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("4 suppliers (exclude: 1, integrate: 1, interface: 1, use: 1), 2 calendars, 2 services"))
        #expect(result.standardError.isEmpty)
    }

    @Test("--config defaults to ./Config in the working directory")
    func defaultDirectory() throws {
        let result = try AccordBinary.run(["config", "check"], in: RepositoryPaths.root.path)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("./Config: OK"))
    }

    @Test("A broken configuration fails with exit 1 and every located error on standard error")
    func brokenFails() throws {
        let fixture = try ConfigFixture()
        try fixture.replace("tier: integrate", with: "tier: intergrate", in: "suppliers/netnova.yaml")
        try fixture.replace("timezone: Europe/London", with: "timezone: Europe/Londres", in: "calendars/uk-office.yaml")
        let result = try AccordBinary.run(["config", "check", "--config", fixture.directory])
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        let tierLine = try #require(lines.firstIndex { $0.hasPrefix("\(fixture.directory)/suppliers/netnova.yaml:") })
        let tierLineNumber = try lineNumber(of: "tier: intergrate", in: fixture.read("suppliers/netnova.yaml"))
        #expect(lines[tierLine] == "\(fixture.directory)/suppliers/netnova.yaml:\(tierLineNumber):7: error: 'tier' must be one of use, integrate, interface, exclude (found 'intergrate')")
        #expect(lines.contains { $0.hasPrefix("\(fixture.directory)/calendars/uk-office.yaml:3:11: error: 'timezone' must be an IANA time zone name") })
        #expect(lines.last == "2 errors in \(fixture.directory)")
        #expect(result.standardOutput.isEmpty)
    }

    private func lineNumber(of text: String, in file: String) throws -> Int {
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains(text) })
        return index + 1
    }
}
