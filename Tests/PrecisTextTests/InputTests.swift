import Foundation
import PrecisText
import Testing

@Suite struct InputTests {
    @Test func jsonLinesNumbersLinesAsAnEditorDoes() throws {
        struct Item: Decodable, Equatable { var id: String }
        let text = "\u{FEFF}{\"id\": \"a\"}\r\n\n  \n{\"id\": \"b\\u2028\u{2028}\"}\n{\"id\": 3}"
        var reader = JSONLinesReader(bytes: Array(text.utf8))
        var seen: [(Int, Item?)] = []
        var errors: [JSONLinesReader.LineError] = []
        while let line = try reader.next() {
            do { seen.append((line.number, try JSONLinesReader.decode(Item.self, from: line, expected: "an item"))) } catch {
                errors.append(error)
            }
        }
        #expect(seen.map(\.0) == [1, 4])
        #expect(seen.map(\.1) == [Item(id: "a"), Item(id: "b\u{2028}\u{2028}")])
        #expect(errors == [JSONLinesReader.LineError(line: 5, message: "not a valid item: expected an item", id: nil)])
    }

    @Test func jsonLinesReaderStreamsAcrossChunks() throws {
        var chunks: [[UInt8]] = Array("{\"id\": \"one\"}\n{\"id\": \"two\"}".utf8).map { [$0] }
        var reader = JSONLinesReader(chunks: { chunks.isEmpty ? nil : chunks.removeFirst() })
        var numbers: [Int] = []
        while let line = try reader.next() { numbers.append(line.number) }
        #expect(numbers == [1, 2])
    }

    @Test func invalidUTF8AndLoneSurrogatesNameTheOffset() {
        let broken = JSONLinesReader.Line(number: 7, bytes: Array("{\"id\": \"".utf8) + [0xFF] + Array("\"}".utf8))
        #expect(throws: JSONLinesReader.LineError(line: 7, message: "invalid UTF-8 at byte offset 8 of the line", id: nil)) {
            try JSONLinesReader.decode([String: String].self, from: broken, expected: "an object")
        }
        let lone = JSONLinesReader.Line(number: 2, bytes: Array(#"{"id": "x\udc00"}"#.utf8))
        #expect(throws: JSONLinesReader.LineError(line: 2, message: "not valid JSON: a lone surrogate escape at byte offset 9", id: nil)) {
            try JSONLinesReader.decode([String: String].self, from: lone, expected: "an object")
        }
    }

    @Test func isoDaysAreCalendarDays() {
        #expect(Document.day(fromISO: "2024-02-29") == 20240229)
        #expect(Document.day(fromISO: "2023-02-29") == nil)
        #expect(Document.day(fromISO: "2023-04-31") == nil)
        #expect(Document.day(fromISO: "0999-01-01") == nil)
        #expect(Document.day(fromISO: "2023-1-01") == nil)
        #expect(Document.day(fromISO: "+202-01-01") == nil)
        #expect(Document.day(fromISO: "２０２３-01-01") == nil)
    }

    @Test func filesAndErrorsNameThePath() throws {
        #expect(throws: TextInputError.noSuchFile(source: "/nonexistent/x.txt")) { try FileInput.bytes(atPath: "/nonexistent/x.txt") }
        #expect(throws: TextInputError.isDirectory(source: "/tmp")) { try FileInput.bytes(atPath: "/tmp") }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("precis-input-\(UUID().uuidString).txt")
        try Data("Sales rose. Costs fell.".utf8).write(to: url)
        #expect(throws: TextInputError.tooLarge(source: url.path, bytes: 23, limit: 10)) { try FileInput.bytes(atPath: url.path, maximumBytes: 10) }
        let document = try Document(contentsOfFile: url.path)
        #expect(document.id == url.path && document.sentences.count == 2)
    }
}
