import AccordCore
import Hummingbird

extension AccordHTTPError {
    /// `GET /api/v1/cis/{id}…` names no golden CI.
    static func ciNotFound(_ id: String) -> AccordHTTPError {
        AccordHTTPError(.notFound, code: "cmdb.ci_not_found", message: "no configuration item '\(id)'")
    }

    /// A query parameter of a CMDB route is malformed; `code` names which (`cmdb.invalid_limit`, …).
    static func invalidCMDBQuery(_ code: String, _ message: String) -> AccordHTTPError {
        AccordHTTPError(.badRequest, code: code, message: message)
    }
}
