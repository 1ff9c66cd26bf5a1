import AccordConfig
import AccordCore
import AccordServer
import AccordStoreSQLite
import ArgumentParser
import Foundation

/// `accord tokens create|list|revoke`: API tokens for suppliers, the integrator and admins.
///
/// Tokens are stored as SHA-256 digests; `create` prints the token once on standard output (and
/// nothing else there, so `TOKEN=$(accord tokens create …)` works); it cannot be shown again.
struct TokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Create, list and revoke API tokens.",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    /// `accord tokens create --principal supplier:netnova|integrator|admin [--name N]`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token and print it once.")

        @OptionGroup var options: ConfigOptions
        @Option(help: "supplier:<id>, integrator or admin.") var principal: String
        @Option(help: "A label for people (not secret).") var name: String?

        func run() async throws {
            let configuration = try options.load()
            guard let parsed = Principal(text: principal) else {
                StandardError.write("error: --principal must be supplier:<id>, integrator or admin (found '\(principal)')")
                throw ExitCode(1)
            }
            if let supplier = parsed.supplier, !configuration.suppliers.contains(where: { $0.supplier.id == supplier }) {
                StandardError.write("error: supplier '\(supplier)' is not configured in \(options.config)/suppliers")
                throw ExitCode(1)
            }
            let database = try HubDatabase.open(configuration)
            defer { try? database.close() }
            let (token, secret) = try await ApiTokenIssuer(tokens: database.stores.tokens)
                .create(principal: parsed, name: name ?? parsed.description, now: Date())
            StandardError.write("created \(token.id) for \(token.principal) (\(token.name)); the token is shown only now:")
            StandardOutput.write(secret)
        }
    }

    /// `accord tokens list`: id, principal, name, created, revoked; never the token.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens (never their secret).")

        @OptionGroup var options: ConfigOptions

        func run() async throws {
            let database = try HubDatabase.openExisting(options)
            defer { try? database.close() }
            let tokens = try await database.stores.tokens.allTokens()
            for token in tokens {
                let revoked = token.revokedAt.map { "revoked \(InstantText.text($0))" } ?? "active"
                StandardOutput.write("\(token.id)\t\(token.principal)\t\(token.name)\tcreated \(InstantText.text(token.createdAt))\t\(revoked)")
            }
            StandardOutput.write("\(tokens.count) token\(tokens.count == 1 ? "" : "s")")
        }
    }

    /// `accord tokens revoke ID`: the token stops working at once.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by id.")

        @OptionGroup var options: ConfigOptions
        @Argument(help: "The token id (tok_…).") var id: String

        func run() async throws {
            let database = try HubDatabase.openExisting(options)
            defer { try? database.close() }
            guard try await database.stores.tokens.revoke(ApiTokenID(id), at: Date()) else {
                StandardError.write("error: no token \(id)")
                throw ExitCode(1)
            }
            StandardOutput.write("revoked \(id)")
        }
    }
}
