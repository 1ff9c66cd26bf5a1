import AccordMapping
import Foundation
import Testing

/// The byte-level JSON reader and the list-backed objects it builds, through adapters.
@Suite("JSON reader")
struct JSONReaderTests {
    private func attributes(_ json: String, paths: [String: String]) throws -> [String: String] {
        let fields = paths.sorted { $0.key < $1.key }.map { "        \($0.key): { path: \"\($0.value)\" }\n" }.joined()
        let yaml = "name: j\nformats: [json]\nrecords:\n  - recordType: configurationItem\n    at: $\n    fields:\n"
            + "      externalId: { value: x }\n      attributes:\n" + fields
        let adapter = try AdapterLoader.parse(yaml: yaml, file: "j.yaml")
        let result = adapter.normalize(Data(json.utf8), format: .json)
        #expect(result.documentDiagnostics.isEmpty, "\(result.documentDiagnostics)")
        return try #require(result.records.first).attributes
    }

    private func documentError(_ bytes: [UInt8]) throws -> String {
        try TestAdapters.documentError(try TestAdapters.tickets().normalize(Data(bytes), contentType: "application/json"))
    }

    @Test("numbers keep the text the supplier wrote")
    func numbers() throws {
        let values = try attributes(#"{"a":0,"b":-12.50,"c":1e400,"d":12345678901234567890123,"e":-0.0E-7}"#,
                                    paths: ["a": "a", "b": "b", "c": "c", "d": "d", "e": "e"])
        #expect(values == ["a": "0", "b": "-12.50", "c": "1e400", "d": "12345678901234567890123", "e": "-0.0E-7"])
    }

    @Test("malformed numbers are document errors", arguments: ["01", "-", "1.", "1e", ".5", "+1"])
    func badNumbers(_ number: String) throws {
        _ = try documentError(Array(#"{"result":[{"sys_id":\#(number)}]}"#.utf8))
    }

    @Test("escapes, including surrogate pairs, decode to the same text")
    func escapes() throws {
        let values = try attributes(#"{"s":"a\"b\\c\/d\b\f\n\r\t\u00e9\u20AC\ud83d\ude80"}"#, paths: ["s": "s"])
        #expect(values["s"] == "a\"b\\c/d\u{08}\u{0C}\n\r\t\u{E9}\u{20AC}\u{1F680}")
    }

    @Test("bad escapes and lone surrogates are document errors", arguments: [#"\x"#, #"\u12"#, #"\ud83d"#, #"\ud83dx"#, #"\ude80"#, #"\ud83d\u0041"#])
    func badEscapes(_ escape: String) throws {
        let message = try documentError(Array(#"{"result":[{"sys_id":"\#(escape)"}]}"#.utf8))
        #expect(message.contains("invalid JSON"))
    }

    @Test("invalid UTF-8 in a key or a value is a document error", arguments: [[0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82]])
    func invalidUTF8(_ bad: [UInt8]) throws {
        for (prefix, suffix) in [(#"{"result":[{"sys_id":""#, #""}]}"#), (#"{"result":[{""#, #"":"a"}]}"#)] {
            let message = try documentError(Array(prefix.utf8) + bad + Array(suffix.utf8))
            #expect(message.contains("not valid UTF-8"))
        }
    }

    @Test("nesting up to the limit reads; one deeper fails", arguments: [63, 64, 65])
    func nesting(_ depth: Int) throws {
        let json = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        let result = try TestAdapters.tickets().normalize(Data(json.utf8), contentType: "application/json")
        #expect(result.documentDiagnostics.contains { $0.message.contains("deeper than 64") } == (depth > 64))
    }

    @Test("a later duplicate key wins, in small and in indexed large objects", arguments: [3, 100])
    func duplicateKeys(_ size: Int) throws {
        let members = (0 ..< size).map { #""k\#($0)":"v\#($0)""# }.joined(separator: ",")
        let values = try attributes(#"{\#(members),"k1":"last","k\#(size - 1)":"end"}"#, paths: ["a": "k1", "b": "k\(size - 1)", "c": "k0", "d": "missing"])
        #expect(values == ["a": "last", "b": "end", "c": "v0"])
    }

    @Test("keys compare as Swift strings: canonically equivalent spellings match, as with a dictionary")
    func equivalentKeys() throws {
        // "Café" with a precomposed é in the adapter, decomposed (e + U+0301) in the document.
        let values = try attributes(#"{"Cafe\u0301":"x","K":"y"}"#, paths: ["a": "values.nothing", "b": "['Café']", "c": "K"])
        #expect(values == ["b": "x", "c": "y"])
    }
}
