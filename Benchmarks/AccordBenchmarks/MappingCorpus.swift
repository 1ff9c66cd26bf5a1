import Foundation

/// Synthetic supplier documents for the mapping benchmark, shaped like the ServiceNow examples.
enum MappingCorpus {
    /// `{"result":[…]}` with `count` raw-shape incidents (Table API JSON).
    static func serviceNowTickets(count: Int) -> Data {
        var text = "{\"result\":["
        text.reserveCapacity(count * 700)
        for index in 0 ..< count {
            if index > 0 { text += "," }
            let day = 1 + index % 28, hour = index % 24, minute = index % 60
            text += """
                {"sys_id":"\(hex(index))","number":"INC\(String(1_000_000 + index))","sys_class_name":"incident",\
                "short_description":"E-Mail-Zustellung verzögert für Büro \(index)","description":"Nutzer melden Verzögerungen",\
                "state":"\(["1", "2", "3", "6", "7"][index % 5])","hold_reason":"\(index % 5 == 2 ? "1" : "")","impact":"2","urgency":"1","priority":"\(1 + index % 5)",\
                "opened_at":"2024-03-\(pad(day)) \(pad(hour)):\(pad(minute)):00","resolved_at":"","closed_at":"",\
                "sys_updated_on":"2024-03-\(pad(day)) \(pad(hour)):\(pad(minute)):30",\
                "assignment_group":{"link":"https://acme.service-now.com/api/now/table/sys_user_group/287ebd7da9fe198100f92cc8d1d2154e","value":"287ebd7da9fe198100f92cc8d1d2154e"},\
                "assigned_to":"","business_service":"","cmdb_ci":{"link":"https://acme.service-now.com/api/now/table/cmdb_ci/b0c25d1bc0a800090168be1bfcdcd759","value":"b0c25d1bc0a800090168be1bfcdcd759"}}
                """
        }
        text += "]}"
        return Data(text.utf8)
    }

    /// One `<result>` CI record of a ServiceNow XML response (`cmdb_ci_linux_server`).
    static func serviceNowCIRecord(_ index: Int) -> String {
        """
        <result><sys_id>\(hex(index))</sys_id><sys_class_name>cmdb_ci_linux_server</sys_class_name>\
        <name>web-\(index)</name><host_name>WEB-\(index)</host_name><fqdn>web-\(index).corp.example.com</fqdn>\
        <ip_address>10.\(index / 65_536 % 256).\(index / 256 % 256).\(index % 256)</ip_address><mac_address>00:1A:2B:3C:4D:5E</mac_address>\
        <serial_number>VMware-42 1c \(index)</serial_number><asset_tag>P\(index)</asset_tag><os>Linux Red Hat</os><os_version>9.3</os_version>\
        <cpu_count>8</cpu_count><ram>32768</ram><operational_status>1</operational_status>\
        <manufacturer><link>https://acme.service-now.com/api/now/table/core_company/aa0a6df8c611227601cd2ed45989e0ac</link><value>aa0a6df8c611227601cd2ed45989e0ac</value></manufacturer>\
        <location/><sys_updated_on>2024-02-20 14:05:33</sys_updated_on></result>

        """
    }

    /// `<response>` with `count` CI records.
    static func serviceNowCIs(count: Int) -> Data {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n"
        for index in 0 ..< count { text += serviceNowCIRecord(index) }
        text += "</response>\n"
        return Data(text.utf8)
    }

    /// Writes a ServiceNow XML CI response of at least `bytes` bytes to `path` in chunks (never
    /// whole in memory); returns the number of records written.
    static func writeLargeCIFile(path: String, bytes: Int) throws -> Int {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n".utf8))
        var written = 0, index = 0
        while written < bytes {
            var chunk = ""
            for _ in 0 ..< 10_000 {
                chunk += serviceNowCIRecord(index)
                index += 1
            }
            let data = Data(chunk.utf8)
            try handle.write(contentsOf: data)
            written += data.count
        }
        try handle.write(contentsOf: Data("</response>\n".utf8))
        return index
    }

    private static func hex(_ index: Int) -> String {
        let digits = String(index, radix: 16)
        return String(repeating: "0", count: max(0, 32 - digits.count)) + digits
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
