import AccordCore

/// Reads a resource's `pagination:` mapping: `style` plus that style's parameters.
enum SyncPaginationReader {
    static func read(_ value: YAMLValue, _ log: DiagnosticLog) -> PaginationStyle? {
        let keys = [
            "style", "offsetParameter", "limitParameter", "limit", "totalPath", "advance", "pageParameter", "sizeParameter", "firstPage", "parameter", "tokenPath", "field",
        ]
        guard let map = value.mapping(log, "'pagination'", allowedKeys: keys) else { return nil }
        let limit = map["limit"] == nil ? 100 : (map.integer("limit", in: 1...10_000, log) ?? 100)
        switch map.requiredString("style", log) {
        case "offset":
            var advanceByRows = false
            switch map.optionalString("advance", log) {
            case nil, "limit": break
            case "rows": advanceByRows = true
            case let other?: log.error("'advance' must be limit or rows (found '\(other)')", at: map["advance"]?.location ?? map.location)
            }
            return .offsetLimit(
                offsetParameter: map.optionalString("offsetParameter", log) ?? "sysparm_offset",
                limitParameter: map.optionalString("limitParameter", log) ?? "sysparm_limit", limit: limit,
                totalPath: map.optionalString("totalPath", log), advanceByRows: advanceByRows
            )
        case "page":
            return .pageNumber(
                pageParameter: map.optionalString("pageParameter", log) ?? "page", sizeParameter: map.optionalString("sizeParameter", log) ?? "per_page",
                size: limit, firstPage: map["firstPage"] == nil ? 1 : (map.integer("firstPage", in: 0...1, log) ?? 1)
            )
        case "cursor":
            return .cursor(
                parameter: map.optionalString("parameter", log) ?? "cursor", tokenPath: map.optionalString("tokenPath", log) ?? "next_cursor",
                limitParameter: map.optionalString("limitParameter", log), limit: limit
            )
        case "link":
            return .linkHeader(limitParameter: map.optionalString("limitParameter", log), limit: limit)
        case "nextLink":
            return .nextLink(field: map.optionalString("field", log) ?? "@odata.nextLink", limitParameter: map.optionalString("limitParameter", log), limit: limit)
        case let other?:
            log.error("'style' must be one of offset, page, cursor, link, nextLink (found '\(other)')", at: map["style"]?.location ?? map.location)
            return nil
        case nil:
            return nil
        }
    }
}
