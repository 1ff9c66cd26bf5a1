import AccordCore
import Hummingbird

/// Reads and checks the query parameters of the CMDB routes, with a stable code per mistake.
struct CMDBQueryParameters {
    let query: [String: String]

    init(_ request: Request) {
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { query[String(name)] = String(value) }
        self.query = query
    }

    /// A whole number in `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int, code: String) throws -> Int {
        guard let text = query[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw AccordHTTPError.invalidCMDBQuery(code, "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound) (found '\(text)')")
        }
        return value
    }

    /// `identifier=kind:value`, e.g. `serialNumber:SN-100`.
    func identifier() throws -> Identifier? {
        guard let text = query["identifier"] else { return nil }
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex else {
            throw AccordHTTPError.invalidCMDBQuery("cmdb.invalid_identifier", "'identifier' must be KIND:VALUE, e.g. serialNumber:SN-100 (found '\(text)')")
        }
        return Identifier(kind: IdentifierKind(String(text[..<colon])), value: String(text[text.index(after: colon)...]))
    }

    func supplier() throws -> SupplierID? {
        guard let text = query["supplier"] else { return nil }
        guard let id = SupplierID(text) else {
            throw AccordHTTPError.invalidCMDBQuery("cmdb.invalid_supplier", "'supplier' must be a supplier id (found '\(text)')")
        }
        return id
    }
}
