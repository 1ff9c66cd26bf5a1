import Foundation

/// The documented routes (path templates and methods), used to answer 405 with `Allow` for a
/// known path asked with the wrong method. Built from ``AccordOpenAPIDocument``.
struct APIRouteTable: Sendable {
    struct Route: Sendable, Hashable {
        /// Path segments; `{name}` segments match any one segment.
        var segments: [String]
        var methods: [String]
    }

    let routes: [Route]

    /// The routes of the served OpenAPI document.
    static let documented = APIRouteTable(document: AccordOpenAPIDocument.json)

    init(routes: [Route]) { self.routes = routes }

    init(document: String) {
        let object = (try? JSONSerialization.jsonObject(with: Data(document.utf8))) as? [String: Any]
        let paths = object?["paths"] as? [String: Any] ?? [:]
        routes = paths.map { path, item in
            let methods = ((item as? [String: Any])?.keys.map { $0.uppercased() } ?? []).filter { $0 != "PARAMETERS" }.sorted()
            return Route(segments: path.split(separator: "/").map(String.init), methods: methods)
        }
    }

    /// The documented methods for `path` (empty when no route has that path).
    func methods(for path: String) -> [String] {
        let segments = path.split(separator: "/").map(String.init)
        var allowed: Set<String> = []
        for route in routes where route.segments.count == segments.count {
            let matches = zip(route.segments, segments).allSatisfy { template, segment in template.hasPrefix("{") || template == segment }
            if matches { allowed.formUnion(route.methods) }
        }
        return allowed.sorted()
    }
}
