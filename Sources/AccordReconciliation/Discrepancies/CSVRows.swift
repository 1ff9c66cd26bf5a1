/// A minimal RFC 4180 reader for report files: quoted fields, doubled quotes, CRLF or LF.
enum CSVRows {
    struct Line {
        /// The 1-based line on which the row starts.
        let number: Int
        let fields: [String]
    }

    static func parse(_ text: String) -> [Line] {
        var lines: [Line] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var lineNumber = 1
        var rowStart = 1
        var iterator = Array(text).makeIterator()
        var pending: Character?
        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return iterator.next()
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\"") } else {
                            quoted = false
                            pending = following
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { lineNumber += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                fields.append(field)
                lines.append(Line(number: rowStart, fields: fields))
                fields = []
                field = ""
                lineNumber += 1
                rowStart = lineNumber
            default: field.append(character)
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            lines.append(Line(number: rowStart, fields: fields))
        }
        return lines
    }
}
