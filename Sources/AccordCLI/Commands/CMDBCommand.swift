import AccordConfig
import AccordCore
import AccordFederation
import AccordServer
import AccordStoreSQLite
import ArgumentParser
import Foundation

/// `accord cmdb …`: query the federated CMDB and resolve parked records.
struct CMDBCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cmdb",
        abstract: "Query the federated CMDB; resolve parked records with link and split.",
        subcommands: [Show.self, Search.self, Impact.self, Conflicts.self, Link.self, Split.self]
    )

    /// `accord cmdb show ID`: the golden record with provenance and its source records, as JSON.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a golden CI with provenance and source records (JSON).")
        @OptionGroup var options: ConfigOptions
        @Argument(help: "The golden CI id (GCI-…).") var id: String

        func run() async throws {
            try await CMDBSession.with(options) { cmdb in
                guard let found = try await cmdb.golden(CIID(id), now: Date()) else {
                    StandardError.write("error: no configuration item '\(id)'")
                    throw ExitCode(1)
                }
                try CMDBSession.print(CMDBShowBody(ci: found.record, sourceRecords: found.sources.map(\.item)))
            }
        }
    }

    /// `accord cmdb search [--class C] [--identifier KIND:VALUE] [--supplier S] [TEXT]`.
    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List golden CIs by class, identifier, supplier or name text (JSON lines).")
        @OptionGroup var options: ConfigOptions
        @Option(name: .customLong("class"), help: "CI class.") var ciClass: String?
        @Option(help: "KIND:VALUE, e.g. serialNumber:SN-100.") var identifier: String?
        @Option(help: "A supplier id.") var supplier: String?
        @Option(help: "At most this many CIs.") var limit = 100
        @Argument(help: "Text the name contains.") var text: String?

        func run() async throws {
            var parsed: Identifier?
            if let identifier {
                guard let colon = identifier.firstIndex(of: ":") else {
                    StandardError.write("error: --identifier must be KIND:VALUE")
                    throw ExitCode(1)
                }
                parsed = Identifier(kind: IdentifierKind(String(identifier[..<colon])), value: String(identifier[identifier.index(after: colon)...]))
            }
            let supplierID = try supplier.map { text in
                guard let id = SupplierID(text) else { throw ValidationError("'\(text)' is not a supplier id") }
                return id
            }
            try await CMDBSession.with(options) { cmdb in
                let query = CIQuery(ciClass: ciClass, identifier: parsed, supplier: supplierID, text: text, limit: max(1, limit))
                for golden in try await cmdb.search(query, now: Date()) {
                    StandardOutput.write("\(golden.id)\t\(golden.ciClass)\t\(golden.name?.value ?? "")\t\(golden.sources.count) source\(golden.sources.count == 1 ? "" : "s")")
                }
            }
        }
    }

    /// `accord cmdb impact ID [--depth N]`: affected CIs and services (JSON).
    struct Impact: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the CIs and services a CI's failure affects (JSON).")
        @OptionGroup var options: ConfigOptions
        @Argument(help: "The golden CI id.") var id: String
        @Option(help: "How many steps to follow (1-50).") var depth = 10

        func run() async throws {
            try await CMDBSession.with(options) { cmdb in
                guard try await cmdb.store.cluster(CIID(id)) != nil else {
                    StandardError.write("error: no configuration item '\(id)'")
                    throw ExitCode(1)
                }
                try CMDBSession.print(try await cmdb.impact(of: CIID(id), maxDepth: min(max(depth, 1), 50)))
            }
        }
    }

    /// `accord cmdb conflicts`: one line per open conflict.
    struct Conflicts: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List open conflicts: disagreements, parked records, duplicates, class clashes.")
        @OptionGroup var options: ConfigOptions

        func run() async throws {
            try await CMDBSession.with(options) { cmdb in
                let conflicts = try await cmdb.conflicts()
                for conflict in conflicts { StandardOutput.write("\(conflict.kind.rawValue)\t\(conflict.ci?.rawValue ?? "-")\t\(conflict.detail)") }
                StandardOutput.write("\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s")")
            }
        }
    }

    /// `accord cmdb link SUPPLIER/KEY --to SUPPLIER/KEY`: identify a record with another's CI.
    struct Link: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Identify a (parked) source record as the same CI as another record.")
        @OptionGroup var options: ConfigOptions
        @Argument(help: "The record, as SUPPLIER/SOURCE-KEY.") var record: String
        @Option(help: "A record of the CI to join, as SUPPLIER/SOURCE-KEY.") var to: String

        func run() async throws {
            let ref = try CMDBSession.ref(record)
            let anchor = try CMDBSession.ref(to)
            try await CMDBSession.with(options) { cmdb in
                try await CMDBSession.requireRecords([ref, anchor], in: cmdb)
                try await cmdb.resolve(CMDBResolution(record: ref, action: .link(anchor: anchor)))
                StandardOutput.write("\(ref) linked to \(try await cmdb.store.clusterID(of: ref)?.rawValue ?? "-")")
            }
        }
    }

    /// `accord cmdb split SUPPLIER/KEY`: make a record a CI of its own.
    struct Split: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Identify a source record as a CI of its own, whatever it matches.")
        @OptionGroup var options: ConfigOptions
        @Argument(help: "The record, as SUPPLIER/SOURCE-KEY.") var record: String

        func run() async throws {
            let ref = try CMDBSession.ref(record)
            try await CMDBSession.with(options) { cmdb in
                try await CMDBSession.requireRecords([ref], in: cmdb)
                try await cmdb.resolve(CMDBResolution(record: ref, action: .split))
                StandardOutput.write("\(ref) split into \(try await cmdb.store.clusterID(of: ref)?.rawValue ?? "-")")
            }
        }
    }
}

/// The hub's database and CMDB rules, for one command.
enum CMDBSession {
    static func with(_ options: ConfigOptions, _ body: (FederatedCMDB) async throws -> Void) async throws {
        let configuration = try options.load()
        let database = try HubDatabase.openExisting(configuration)
        defer { try? database.close() }
        try await body(configuration.federatedCMDB(store: database.stores.cmdb))
    }

    static func ref(_ text: String) throws -> SourceRecordRef {
        guard let ref = SourceRecordRef(storageKey: text) else { throw ValidationError("'\(text)' is not SUPPLIER/SOURCE-KEY") }
        return ref
    }

    static func requireRecords(_ refs: [SourceRecordRef], in cmdb: FederatedCMDB) async throws {
        let found = Set(try await cmdb.store.records(refs).map(\.ref))
        for ref in refs where !found.contains(ref) {
            StandardError.write("error: no source record \(ref)")
            throw ExitCode(1)
        }
    }

    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        StandardOutput.write(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

/// `accord cmdb show` output.
struct CMDBShowBody: Encodable {
    let ci: GoldenRecord
    let sourceRecords: [ConfigurationItem]
}
