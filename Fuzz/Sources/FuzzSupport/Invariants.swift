import Precis

/// Checks shared by the fuzzers; a violation stops the process, so libFuzzer saves the input.
public enum Invariants {
    /// The input as text, when it is valid UTF-8 (other bytes are the decoder's business).
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String? {
        String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }

    /// Stops with a message naming the broken rule.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(message())") }
    }

    /// Sentences tile the text: in order, not overlapping, each slicing its own text, with only
    /// white space between and around them.
    public static func checkLossless(_ text: String, _ sentences: [Sentence]) {
        let bytes = Array(text.utf8)
        var previous = 0
        for (k, s) in sentences.enumerated() {
            require(s.index == k, "sentence \(k) has index \(s.index)")
            require(s.start >= previous && s.start < s.end && s.end <= bytes.count, "bad range \(s.start)..<\(s.end) after \(previous)")
            require(Array(bytes[s.start..<s.end]) == Array(s.text.utf8), "sentence \(k) text differs from its bytes")
            require(isSpace(bytes[previous..<s.start]), "non-space gap before sentence \(k)")
            previous = s.end
        }
        require(isSpace(bytes[previous...]), "non-space tail after the last sentence")
    }

    static func isSpace(_ bytes: ArraySlice<UInt8>) -> Bool {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" }
    }
}
