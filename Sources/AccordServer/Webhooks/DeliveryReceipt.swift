import Foundation
import Hummingbird

/// The body of a 202 or 200 webhook answer: `{"deliveryId":…,"inboxEntry":…,"status":…}`.
///
/// Written by hand on the hot path (the same bytes `JSONEncoder.accord` gives: sorted keys, no
/// escaped slashes); a delivery id that needs escaping goes through the encoder.
struct DeliveryReceipt: Encodable {
    let status: String
    let deliveryId: String
    let inboxEntry: String

    init(status: String, deliveryID: String, entry: Int64) {
        self.status = status
        deliveryId = deliveryID
        inboxEntry = String(entry)
    }

    func response(_ code: HTTPResponse.Status) throws -> Response {
        let plain = deliveryId.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        let body = plain
            ? ByteBuffer(string: #"{"deliveryId":"\#(deliveryId)","inboxEntry":"\#(inboxEntry)","status":"\#(status)"}"#)
            : ByteBuffer(bytes: try JSONEncoder.accord.encode(self))
        return Response(status: code, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
    }
}
