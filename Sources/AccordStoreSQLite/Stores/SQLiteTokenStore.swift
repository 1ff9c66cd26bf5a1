import AccordCore
import Foundation
import GRDB

/// ``TokenStore`` in the `api_token` table.
public struct SQLiteTokenStore: TokenStore {
    let pool: DatabasePool

    public func insert(_ token: ApiToken) async throws {
        let record = ApiTokenRecord(token)
        try await pool.write { db in
            try translatingConstraints("api token \(token.id) or its digest is already stored") { try record.insert(db) }
        }
    }

    public func token(digest: String) async throws -> ApiToken? {
        try await pool.read { db in try ApiTokenRecord.filter(ApiTokenRecord.Columns.digest == digest).fetchOne(db) }?.domainValue()
    }

    public func allTokens() async throws -> [ApiToken] {
        try await pool.read { db in
            try ApiTokenRecord.order(ApiTokenRecord.Columns.createdAt, ApiTokenRecord.Columns.id).fetchAll(db)
        }.map { try $0.domainValue() }
    }

    @discardableResult
    public func revoke(_ id: ApiTokenID, at: Date) async throws -> Bool {
        try await pool.write { db in
            guard try ApiTokenRecord.fetchOne(db, key: id.rawValue) != nil else { return false }
            try ApiTokenRecord.filter(key: id.rawValue).filter(ApiTokenRecord.Columns.revokedAt == nil)
                .updateAll(db, ApiTokenRecord.Columns.revokedAt.set(to: at.storedValue))
            return true
        }
    }
}
