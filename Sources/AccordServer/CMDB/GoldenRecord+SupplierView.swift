import AccordCore
import AccordFederation

extension GoldenRecord {
    /// Whether one of the CI's source records is `supplier`'s.
    func hasSource(from supplier: SupplierID) -> Bool { sources.contains { $0.supplier == supplier } }

    /// What a supplier principal may see: only attribute values it supplied itself (winning or
    /// competing), its own source references, and no identifiers (which carry no provenance; the
    /// supplier's own are in its source records).
    func supplierView(_ supplier: SupplierID) -> GoldenRecord {
        func own(_ attribute: GoldenAttribute) -> GoldenAttribute? {
            let competing = attribute.competing.filter { $0.provenance.supplier == supplier }
            if attribute.provenance.supplier == supplier {
                var kept = attribute
                kept.competing = competing
                return kept
            }
            guard let first = competing.first else { return nil }
            return GoldenAttribute(value: first.value, provenance: first.provenance, competing: Array(competing.dropFirst()))
        }
        return GoldenRecord(
            id: id, ciClass: ciClass, name: name.flatMap(own), attributes: attributes.compactMapValues(own),
            identifiers: [], sources: sources.filter { $0.supplier == supplier }
        )
    }
}
