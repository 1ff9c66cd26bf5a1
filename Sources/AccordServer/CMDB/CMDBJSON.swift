import AccordCore
import AccordFederation
import Foundation
import Hummingbird

/// JSON bodies of the CMDB routes.
enum CMDBJSON {
    static func response(_ value: some Encodable) throws -> Response {
        let data = try JSONEncoder.accord.encode(value)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

struct ListBody: Encodable {
    let items: [GoldenRecord]
    let offset: Int
    let limit: Int
    let hasMore: Bool
}

struct CIDetailBody: Encodable {
    let ci: GoldenRecord
    let sourceRecords: [ConfigurationItem]
}

struct RelationshipsBody: Encodable {
    let ci: CIID
    let depth: Int
    let relationships: [RelationshipBody]
}

/// A golden-level relationship with the provenance of the supplier's report.
struct RelationshipBody: Encodable {
    let from: CIID
    let to: CIID
    let type: RelationshipType
    let supplier: SupplierID
    let observedAt: Date
    let channel: Channel
    let sourceRecords: [SourceRecordRef]

    init(_ edge: GoldenEdge) {
        from = edge.from
        to = edge.to
        type = edge.relationship.type
        supplier = edge.relationship.supplier
        observedAt = edge.relationship.observedAt
        channel = edge.relationship.channel
        sourceRecords = [edge.relationship.fromRef, edge.relationship.toRef]
    }
}

struct ConflictsBody: Encodable {
    let conflicts: [CMDBConflict]
}
