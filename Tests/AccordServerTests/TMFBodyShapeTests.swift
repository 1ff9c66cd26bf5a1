@testable import AccordServer
import Foundation
import Testing

@Suite("TMF621 body shapes: instants and the attributes kept as sent")
struct TMFBodyShapeTests {
    @Test("RFC 3339 date-times: any fraction, either case, offsets; nothing out of range or half written", arguments: [
        ("2024-03-04T09:15:00Z", true), ("2024-03-04t09:15:00.123456789z", true), ("2024-03-04T09:15:00+05:30", true),
        ("2016-12-31T23:59:60Z", true), ("2024-03-04T09:15:00-00:00", true),
        ("2024-03-04 09:15:00Z", false), ("2024-03-04T09:15:00", false), ("2024-03-04T09:15:00+0530", false), ("2024-13-04T09:15:00Z", false),
        ("2024-03-04T24:00:00Z", false), ("2024-02-29T10:00:00Z", true), ("2023-02-29T10:00:00Z", false), ("2024-04-31T10:00:00Z", false), ("2024-03-04T09:15:00.Z", false), ("2024-03-04T09:15Z", false), ("2024-03-04T09:15:00Z ", false), ("", false),
    ])
    func instants(text: String, valid: Bool) {
        #expect(TMFBodyShape.isInstant(text) == valid)
    }

    @Test("kept attributes take the types TMF621 v4 declares, and are refused naming the path otherwise")
    func keptTypes() throws {
        try TMFBodyShape.checkKept("attachment", [["id": "1", "size": ["amount": 2.5, "units": "MB"], "validFor": ["startDateTime": "2024-03-04T09:15:00Z"]]])
        try TMFBodyShape.checkKept("channel", ["id": "8774", "name": "self service"])
        try TMFBodyShape.checkKept("troubleTicketRelationship", [["id": "3472", "relationshipType": "isChild", "extension": ["any": 1]]])
        try TMFBodyShape.checkKept("requestedResolutionDate", "2022-05-31T07:34:45.968Z")
        let refused: [(String, Any, String)] = [
            ("troubleTicketRelationship", [["relationshipType": [String: Any]()]], "troubleTicketRelationship[0].relationshipType"),
            ("attachment", [["size": ["amount": true]]], "attachment[0].size.amount"),
            ("attachment", [["validFor": ["endDateTime": "tomorrow"]]], "attachment[0].validFor.endDateTime"),
            ("attachment", [["@schemaLocation": "not a uri"]], "attachment[0].@schemaLocation"),
            ("channel", ["name": "phone"], "channel.id"),
            ("channel", ["id": "1", "@type": 5], "channel.@type"),
            ("expectedResolutionDate", "next week", "expectedResolutionDate"),
            ("attachment", ["id": "1"], "attachment"),
        ]
        for (key, value, path) in refused {
            do {
                try TMFBodyShape.checkKept(key, value)
                Issue.record("\(key) \(value) was accepted")
            } catch let error as AccordHTTPError {
                #expect("\(error)".contains(path), "\(error)")
            }
        }
    }
}
