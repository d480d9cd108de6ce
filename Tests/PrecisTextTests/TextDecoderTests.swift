import Testing
import PrecisText

@Suite struct TextDecoderTests {
    let decoder = TextDecoder(maximumBytes: 1_000)

    @Test func acceptsUTF8() throws {
        #expect(try decoder.decode(Array("韓国 2.3%".utf8), source: "a.txt") == "韓国 2.3%")
    }

    @Test func rejectsEmptyAndWhitespace() {
        #expect(throws: TextInputError.empty(source: "a.txt")) { try decoder.decode([UInt8](), source: "a.txt") }
        #expect(throws: TextInputError.whitespaceOnly(source: "a.txt")) { try decoder.decode(Array(" \n\u{3000}".utf8), source: "a.txt") }
    }

    @Test func namesTheOffsetOfInvalidUTF8() {
        let bytes = Array("ab韓".utf8) + [0xFF, 0x41]
        #expect(throws: TextInputError.invalidUTF8(source: "x", offset: 5)) { try decoder.decode(bytes, source: "x") }
        // A truncated multi-byte sequence at the end.
        #expect(throws: TextInputError.invalidUTF8(source: "x", offset: 1)) { try decoder.decode([0x41, 0xE9, 0x9F], source: "x") }
        #expect(TextInputError.invalidUTF8(source: "x", offset: 5).description == "x: invalid UTF-8 at byte offset 5")
    }

    @Test func rejectsBinary() {
        #expect(throws: TextInputError.binary(source: "b", offset: 2)) { try decoder.decode([0x41, 0x42, 0x00, 0x43], source: "b") }
    }

    @Test func rejectsOversizedInput() {
        let bytes = [UInt8](repeating: 0x41, count: 1_001)
        #expect(throws: TextInputError.tooLarge(source: "big", bytes: 1_001, limit: 1_000)) { try decoder.decode(bytes, source: "big") }
    }

    @Test func documentKeepsLanguageAndSentences() throws {
        let document = try Document(id: "d", bytes: Array("これは日本語の文です。二つ目。".utf8))
        #expect(document.language == .ja)
        #expect(document.sentences.count == 2)
        #expect(Language.detect("The quick brown fox. 日本") == .en)
    }
}
