import Foundation

/// The OpenAPI 3.1 document of Accord's REST API, served at `GET /openapi.json`.
///
/// Hand-written in `accord-openapi.json` beside this file (a package resource);
/// `OpenAPIRoutesTests` keeps it equal to the registered routes (every route is documented and
/// every documented operation is routed). Edit it with the routes.
enum AccordOpenAPIDocument {
    static let json: String = {
        guard let url = Bundle.module.url(forResource: "accord-openapi", withExtension: "json"),
              let data = try? Data(contentsOf: url) else {
            return #"{"openapi": "3.1.0", "info": {"title": "Accord REST API", "version": "1"}, "paths": {}}"#
        }
        return String(decoding: data, as: UTF8.self)
    }()
}
