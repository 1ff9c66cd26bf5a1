/// Bounds every reader enforces so that hostile or broken documents fail with a clear error
/// instead of exhausting memory or the stack.
public struct ReaderLimits: Sendable, Hashable {
    /// The largest document accepted, in bytes.
    public var maxBytes: Int
    /// The deepest nesting of JSON arrays/objects or XML elements.
    public var maxDepth: Int
    /// The most JSON values, XML elements or CSV cells in one document.
    public var maxElements: Int

    public init(maxBytes: Int = 512 * 1024 * 1024, maxDepth: Int = 64, maxElements: Int = 20_000_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxElements = maxElements
    }

    /// The defaults documented in `docs/ADAPTERS.md`.
    public static let standard = ReaderLimits()
}
