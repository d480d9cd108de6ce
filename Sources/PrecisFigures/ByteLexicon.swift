/// A longest-match table of UTF-8 words for units, counters, currencies and qualifiers, with a payload per word.
/// The matching itself is done by the non-generic `PatternTable`, so it is fast even without cross-file specialisation.
struct ByteLexicon<Payload: Sendable>: Sendable {
    private let table: PatternTable
    private let payloads: [Payload]

    init(_ pairs: [(String, Payload)], caseInsensitive: Bool = false, wordBounded: Bool = false) {
        table = PatternTable(pairs.map(\.0), caseInsensitive: caseInsensitive, wordBounded: wordBounded)
        payloads = pairs.map(\.1)
    }

    /// The longest entry that starts at `i`, with its byte length.
    @inline(__always) func match(_ t: ByteText, at i: Int) -> (payload: Payload, length: Int)? {
        guard let (k, n) = table.match(t, at: i) else { return nil }
        return (payloads[k], n)
    }

    /// The longest entry that ends exactly at `end`, with its byte length.
    @inline(__always) func match(_ t: ByteText, endingAt end: Int) -> (payload: Payload, length: Int)? {
        guard let (k, n) = table.match(t, endingAt: end) else { return nil }
        return (payloads[k], n)
    }
}

/// UTF-8 patterns in one flat byte array, bucketed by first byte (forward lookup) or last byte
/// (backward lookup), so a lookup costs a few byte comparisons and no reference counting.
struct PatternTable: Sendable {
    /// One pattern: where its bytes are in `storage` and which payload it carries.
    private struct Ref: Sendable {
        var offset: Int32
        var length: Int32
        var payload: Int32
    }

    /// Whether ASCII letters match regardless of case.
    let caseInsensitive: Bool
    /// Whether an entry that ends (forward) or starts (backward) with an ASCII letter or digit must sit at a word boundary.
    let wordBounded: Bool
    private let storage: [UInt8]
    /// Bucket b spans `forwardRefs[forwardStart[b] ..< forwardStart[b + 1]]`, longest pattern first.
    private let forwardStart: [Int32]
    private let forwardRefs: [Ref]
    private let backwardStart: [Int32]
    private let backwardRefs: [Ref]

    init(_ words: [String], caseInsensitive: Bool, wordBounded: Bool) {
        self.caseInsensitive = caseInsensitive
        self.wordBounded = wordBounded
        var storage: [UInt8] = []
        var refs: [Ref] = []
        for (index, word) in words.enumerated() {
            var bytes = Array(word.utf8)
            if caseInsensitive { bytes = bytes.map(ByteText.lower) }
            guard !bytes.isEmpty else { continue }
            refs.append(Ref(offset: Int32(storage.count), length: Int32(bytes.count), payload: Int32(index)))
            storage += bytes
        }
        func bucketed(_ key: (Ref) -> UInt8) -> ([Int32], [Ref]) {
            var buckets = [[Ref]](repeating: [], count: 256)
            for r in refs { buckets[Int(key(r))].append(r) }
            var start: [Int32] = [0]
            var flat: [Ref] = []
            for b in buckets {
                flat += b.sorted { $0.length > $1.length }
                start.append(Int32(flat.count))
            }
            return (start, flat)
        }
        let s = storage
        (forwardStart, forwardRefs) = bucketed { s[Int($0.offset)] }
        (backwardStart, backwardRefs) = bucketed { s[Int($0.offset + $0.length - 1)] }
        self.storage = storage
    }

    @inline(__always) private func fold(_ b: UInt8) -> UInt8 { caseInsensitive ? ByteText.lower(b) : b }

    /// The index of the longest pattern that starts at `i`, with its byte length.
    func match(_ t: ByteText, at i: Int) -> (index: Int, length: Int)? {
        guard i >= 0, i < t.count else { return nil }
        let bucket = Int(fold(t[i]))
        let lo = Int(forwardStart[bucket]), hi = Int(forwardStart[bucket + 1])
        if lo == hi { return nil }
        return storage.withUnsafeBufferPointer { s -> (Int, Int)? in
            outer: for k in lo..<hi {
                let r = forwardRefs[k]
                let n = Int(r.length), o = Int(r.offset)
                if i + n > t.count { continue }
                var j = 1
                while j < n {
                    if fold(t[i + j]) != s[o + j] { continue outer }
                    j += 1
                }
                if wordBounded, ByteText.isAlnum(s[o + n - 1]), ByteText.isAlnum(t[i + n]) { continue }
                return (Int(r.payload), n)
            }
            return nil
        }
    }

    /// The index of the longest pattern that ends exactly at `end`, with its byte length.
    func match(_ t: ByteText, endingAt end: Int) -> (index: Int, length: Int)? {
        guard end > 0, end <= t.count else { return nil }
        let bucket = Int(fold(t[end - 1]))
        let lo = Int(backwardStart[bucket]), hi = Int(backwardStart[bucket + 1])
        if lo == hi { return nil }
        return storage.withUnsafeBufferPointer { s -> (Int, Int)? in
            outer: for k in lo..<hi {
                let r = backwardRefs[k]
                let n = Int(r.length), o = Int(r.offset)
                let start = end - n
                if start < 0 { continue }
                var j = 0
                while j < n - 1 {
                    if fold(t[start + j]) != s[o + j] { continue outer }
                    j += 1
                }
                if wordBounded, ByteText.isAlnum(s[o]), ByteText.isAlnum(t[start - 1]) { continue }
                return (Int(r.payload), n)
            }
            return nil
        }
    }
}
