@testable import AccordConnectors
import Testing

@Suite("RFC 8288 Link header parsing")
struct LinkHeaderTests {
    @Test("the rel=next target is found among several links, whatever the order, quoting and case", arguments: [
        ("<https://x.example/t?page=2>; rel=\"next\"", "https://x.example/t?page=2"),
        ("<https://x.example/t?page=1>; rel=\"prev\", <https://x.example/t?page=3>; rel=\"next\"", "https://x.example/t?page=3"),
        ("<https://x.example/t?page=9>; rel=last, <https://x.example/t?page=3>; REL=Next", "https://x.example/t?page=3"),
        ("<https://x.example/t?a=1,2&page=3>; title=\"a, b\"; rel=\"prev next\"", "https://x.example/t?a=1,2&page=3"),
    ] as [(String, String)])
    func next(header: String, expected: String) {
        #expect(LinkHeader.next(in: header) == expected)
    }

    @Test("no next link: absent header, only other relations, or a malformed link", arguments: [
        nil, "", "<https://x.example/t?page=1>; rel=\"prev\"", "https://x.example/t?page=2; rel=\"next\"", "<https://x.example/t?page=2>; rel=\"nextpage\"",
    ] as [String?])
    func none(header: String?) {
        #expect(LinkHeader.next(in: header) == nil)
    }
}
