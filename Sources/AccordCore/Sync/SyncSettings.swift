import Foundation

/// How the hub pulls an Interface- or Exclude-tier supplier's data: the `sync:` section of
/// `Config/suppliers/<id>.yaml`. Secrets are named by environment variable, never written here.
public struct SyncSettings: Sendable, Hashable {
    /// The supplier API's base URL (`https://acme.service-now.com`); `nil` for file drops only.
    public var baseURL: URL?
    public var authentication: SyncAuthentication
    /// What is pulled, in order.
    public var resources: [SyncResource]
    public var schedule: SyncSchedule
    /// What a scheduled run does; `accord sync --full` forces a full run.
    public var mode: SyncMode
    /// How far before the watermark an incremental run starts again, against clock skew and late commits.
    public var overlap: TimeInterval
    /// What a full run does with records that vanished at the source.
    public var missingRecords: MissingRecordPolicy
    /// A directory whose JSON/XML/CSV files are imported (`nil`: no file drop).
    public var fileDrop: String?
    /// How often `accord serve` looks for new files in ``fileDrop``.
    public var fileDropInterval: TimeInterval
    /// Seconds each request may take before it is abandoned (and retried).
    public var requestTimeout: TimeInterval
    /// Retries one run may spend on failed requests before it fails.
    public var retryBudget: Int
    /// Vendor service name in status notices → catalogue services (see ``NoticeServiceLinks``).
    public var serviceMap: [String: [ServiceID]] = [:]
    /// How many pages are read (fetched, normalised, planned) ahead of the one committing, 1…8.
    /// Above 1, up to this many requests to the supplier are in flight at once (offset and
    /// page-number paging guess the next full pages): a slow API answers several at once, but a
    /// request already sent when another gets a 429 is not held back by its `Retry-After`.
    public var readAhead: Int = 1

    public init(
        baseURL: URL? = nil, authentication: SyncAuthentication = .none, resources: [SyncResource] = [],
        schedule: SyncSchedule = .interval(86_400), mode: SyncMode = .incremental, overlap: TimeInterval = 600,
        missingRecords: MissingRecordPolicy = .ignore, fileDrop: String? = nil, fileDropInterval: TimeInterval = 60, requestTimeout: TimeInterval = 30, retryBudget: Int = 20
    ) {
        self.baseURL = baseURL
        self.authentication = authentication
        self.resources = resources
        self.schedule = schedule
        self.mode = mode
        self.overlap = overlap
        self.missingRecords = missingRecords
        self.fileDrop = fileDrop
        self.fileDropInterval = fileDropInterval
        self.requestTimeout = requestTimeout
        self.retryBudget = retryBudget
    }

    /// The resource called `name`.
    public func resource(_ name: String) -> SyncResource? { resources.first { $0.name == name } }
}

/// Full runs read everything and find vanished records; incremental runs read changes since the watermark.
public enum SyncMode: String, Sendable, Hashable, Codable, CaseIterable {
    case full
    case incremental
}

/// How a supplier API is authenticated; each case names environment variables.
public enum SyncAuthentication: Sendable, Hashable {
    case none
    /// HTTP Basic with the user and password read from these variables.
    case basic(userVariable: String, passwordVariable: String)
    /// `Authorization: Bearer <token>`.
    case bearer(tokenVariable: String)
    /// A key sent in a header of the supplier's choosing (`x-api-key`).
    case apiKey(header: String, keyVariable: String)

    /// The header to send, or a reason naming the missing variable (never its value).
    public func header(environment: [String: String]) -> Result<(name: String, value: String)?, SyncConfigurationProblem> {
        func value(_ name: String) -> Result<String, SyncConfigurationProblem> {
            guard let text = environment[name], !text.isEmpty else { return .failure(SyncConfigurationProblem("environment variable \(name) is not set")) }
            return .success(text)
        }
        switch self {
        case .none:
            return .success(nil)
        case .basic(let user, let password):
            return value(user).flatMap { user in
                value(password).map { ("Authorization", "Basic " + Data("\(user):\($0)".utf8).base64EncodedString()) }
            }
        case .bearer(let token):
            return value(token).map { ("Authorization", "Bearer " + $0) }
        case .apiKey(let header, let key):
            return value(key).map { (header, $0) }
        }
    }
}

/// Why a sync cannot start with the configuration it has.
public struct SyncConfigurationProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// What a full run does with a record that the source no longer returns. Never silent: every
/// run reports how many records vanished and what was done.
public enum MissingRecordPolicy: Sendable, Hashable {
    /// Keep the record; the run still counts and reports it.
    case ignore
    /// Mark it retired once it has been missing from this many consecutive full runs.
    case retireAfter(runs: Int)
    /// Delete the supplier's source record (the federated view drops its contribution).
    case delete
}
