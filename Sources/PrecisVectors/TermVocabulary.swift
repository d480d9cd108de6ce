import PrecisText

/// Terms interned as small integer ids, keyed by their UTF-8 bytes: counting a corpus through it
/// builds no `String` and hashes no `String` per term (Swift hashes non-ASCII strings through
/// Unicode normalization, the main cost of counting Japanese bigrams).
///
/// Ids are given in order of first appearance, so they are deterministic for a given input.
/// Terms are stored back to back; the table is open addressing with linear probing.
struct TermVocabulary: Sendable {
    /// `bytes[offsets[id]..<offsets[id + 1]]` is term `id`.
    private(set) var bytes: [UInt8] = []
    private(set) var offsets: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Term id + 1 per bucket; 0 is an empty bucket. Its size is a power of two.
    private var table = [Int32](repeating: 0, count: 1024)

    var count: Int { hashes.count }

    /// The bytes of term `id`.
    func term(_ id: Int) -> ArraySlice<UInt8> { bytes[offsets[id]..<offsets[id + 1]] }

    /// The id of `term`, added if new.
    mutating func id(of term: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(term)
        let mask = table.count - 1
        var bucket = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(table[bucket])
            if entry == 0 { break }
            let id = entry - 1
            if hashes[id] == hash, equals(id, term) { return id }
            bucket = (bucket + 1) & mask
        }
        let id = hashes.count
        precondition(id < Int(Int32.max) - 1, "more than 2³¹ distinct terms")
        bytes.append(contentsOf: term)
        offsets.append(bytes.count)
        hashes.append(hash)
        table[bucket] = Int32(id + 1)
        if hashes.count * 2 > table.count { grow() }
        return id
    }

    /// The id of a term given as bytes of another vocabulary.
    mutating func id(of term: ArraySlice<UInt8>) -> Int {
        term.withUnsafeBufferPointer { id(of: $0) }
    }

    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[id], length = offsets[id + 1] - start
        guard length == term.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for k in 0..<length where stored[start + k] != term[k] { return false }
            return true
        }
    }

    /// Doubles the table (load stays at most one half).
    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: table.count * 2)
        let mask = bigger.count - 1
        for id in 0..<hashes.count {
            var bucket = Int(truncatingIfNeeded: hashes[id]) & mask
            while bigger[bucket] != 0 { bucket = (bucket + 1) & mask }
            bigger[bucket] = Int32(id + 1)
        }
        table = bigger
    }

    /// 64-bit FNV-1a with a final avalanche (the low bits pick the bucket): fast on short terms,
    /// and the same on every run, so the table never depends on a per-process seed.
    @inline(__always)
    static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in term { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }
}
