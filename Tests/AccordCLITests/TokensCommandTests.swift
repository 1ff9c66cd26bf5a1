import AccordConfig
import AccordCore
import AccordServer
import AccordStoreSQLite
import AccordTestSupport
import Foundation
import Testing

@Suite("accord tokens")
struct TokensCommandTests {
    @Test("create prints the token once, stores only its digest; list shows no secret; revoke stops it")
    func lifecycle() async throws {
        let fixture = try ConfigFixture()
        let work = try TemporaryDirectory(prefix: "accord-tokens-cli")
        let path = work.file("hub.sqlite")
        try fixture.replace("path: ./accord.sqlite", with: "path: \(path)", in: "hub.yaml")
        let created = try AccordBinary.run(["tokens", "create", "--config", fixture.directory, "--principal", "supplier:netnova", "--name", "netnova-prod"])
        #expect(created.status == 0, "\(created.standardError)")
        let secret = created.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("acc_"))
        #expect(secret.count > 40)

        let database = try SQLiteDatabase(path: path)
        let stored = try await database.stores.tokens.allTokens()
        try database.close()
        let token = try #require(stored.first)
        #expect(token.principal == .supplier(try #require(SupplierID("netnova"))))
        #expect(token.digest == ApiTokenIssuer.digest(of: secret))

        let listed = try AccordBinary.run(["tokens", "list", "--config", fixture.directory])
        #expect(listed.standardOutput.contains(token.id.rawValue))
        #expect(listed.standardOutput.contains("supplier:netnova\tnetnova-prod"))
        #expect(!listed.standardOutput.contains(secret))

        #expect(try AccordBinary.run(["tokens", "revoke", token.id.rawValue, "--config", fixture.directory]).status == 0)
        let reopened = try SQLiteDatabase(path: path)
        #expect(try await ApiTokenIssuer(tokens: reopened.stores.tokens).authenticate(secret) == nil)
        try reopened.close()
        #expect(try AccordBinary.run(["tokens", "revoke", "tok_nope", "--config", fixture.directory]).status == 1)
    }

    @Test("an unknown principal or an unconfigured supplier is refused")
    func invalidPrincipal() throws {
        let fixture = try ConfigFixture()
        for principal in ["root", "supplier:acme", "supplier:Bad Slug"] {
            let result = try AccordBinary.run(["tokens", "create", "--config", fixture.directory, "--principal", principal])
            #expect(result.status == 1)
            #expect(result.standardOutput.isEmpty)
        }
    }
}
