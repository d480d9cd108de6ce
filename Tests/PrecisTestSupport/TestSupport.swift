import Foundation
import PrecisText

/// SplitMix64: a small seeded generator so randomized tests repeat exactly (failures print the seed).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The repository's root folder, found from this file's location.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// A document of the repository's evaluation fixtures (the seeds are stored there with provenance).
public func fixtureDocument(_ fixture: String, index: Int = 0) throws -> Document {
    let url = repositoryRoot.appendingPathComponent("Evaluation/fixtures/\(fixture).json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    let part = (object["documents"] as! [[String: Any]])[index]
    return Document(id: part["id"] as! String, text: part["text"] as! String)
}
