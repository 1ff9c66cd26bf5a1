import AccordConfig
import AccordTestSupport
import Testing

extension ConfigFixture {
    /// The path of `relativePath` as the loader shows it: the directory as given, then the file.
    func displayPath(_ relativePath: String) -> String { "\(directory)/\(relativePath)" }

    /// `path:line:column` of the `occurrence`-th appearance of `needle` in the fixture's copy of
    /// `relativePath`, found in the text written, so a test states where a value is, not a guess.
    /// With `context`, only lines containing that text are searched.
    func location(of needle: String, in relativePath: String, onLineWith context: String? = nil, occurrence: Int = 1) throws -> String {
        let lines = try read(relativePath).split(separator: "\n", omittingEmptySubsequences: false)
        var seen = 0
        for (index, line) in lines.enumerated() where context.map(line.contains) ?? true {
            var rest = line[...]
            while let range = rest.range(of: needle) {
                seen += 1
                if seen == occurrence {
                    let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                    return "\(displayPath(relativePath)):\(index + 1):\(column)"
                }
                rest = rest[range.upperBound...]
            }
        }
        throw FixtureError("'\(needle)' occurs fewer than \(occurrence) times in \(relativePath)")
    }

    /// The printed diagnostics of a load that must fail.
    func diagnostics(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let error = try #require(throws: ConfigValidationError.self, sourceLocation: sourceLocation) {
            try ConfigLoader.load(directory: directory)
        }
        return error.diagnostics.map(\.description)
    }
}
