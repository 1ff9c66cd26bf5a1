import AccordMapping
import Foundation
import Testing

@Suite("CSV: Excel's sep= line")
struct CSVReaderTests {
    @Test("a first line sep=; names the delimiter and is not a row; line numbers count it")
    func excelSeparatorLine() throws {
        let text = "\u{FEFF}sep=;\r\nid;title\r\nINC1;\"Drucker; 2. OG\"\r\n"
        let rows = try CSVReader.numberedRows(Data(text.utf8), options: CSVOptions(delimiter: ","))
        #expect(rows.map(\.fields) == [["id", "title"], ["INC1", "Drucker; 2. OG"]])
        #expect(rows.map(\.line) == [2, 3])
    }

    @Test("without it, or with text after the separator, the first line is data")
    func ordinaryFirstLine() throws {
        #expect(try CSVReader.numberedRows(Data("id,title\nINC1,x\n".utf8)).map(\.fields) == [["id", "title"], ["INC1", "x"]])
        #expect(try CSVReader.numberedRows(Data("sep=;x\nINC1,x\n".utf8)).map(\.fields) == [["sep=;x"], ["INC1", "x"]])
    }
}
