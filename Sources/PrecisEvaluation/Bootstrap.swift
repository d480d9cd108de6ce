/// Percentile bootstrap over fixtures: how much a mean could move with another sample of texts.
public struct Bootstrap: Sendable {
    /// How many resamples to draw (a count; 1,000 by default). With 0 or fewer, an interval
    /// collapses to the statistic of the items themselves.
    public var resamples: Int
    /// The seed of the generator that draws the resamples, so the same items give the same
    /// interval on every run.
    public var seed: UInt64

    /// Creates a bootstrap from its parts: `resamples` resamples (a count), drawn by a generator
    /// seeded with `seed`.
    public init(resamples: Int = 1_000, seed: UInt64 = 20_261_122) {
        self.resamples = resamples
        self.seed = seed
    }

    /// The 95% interval of `statistic` over resamples (with replacement) of `items`. With fewer
    /// than two items, or no resamples (`resamples` ≤ 0), there is nothing to vary: the interval
    /// is the statistic of `items` itself (0 for none).
    public func interval<T>(_ items: [T], statistic: ([T]) -> Double) -> (low: Double, high: Double) {
        guard items.count > 1, resamples > 0 else { let v = items.isEmpty ? 0 : statistic(items); return (v, v) }
        var generator = SplitMix64(seed: seed)
        var values: [Double] = []
        values.reserveCapacity(resamples)
        for _ in 0..<resamples {
            let sample = (0..<items.count).map { _ in items[Int(generator.next() % UInt64(items.count))] }
            values.append(statistic(sample))
        }
        values.sort()
        let low = values[Int(Double(resamples - 1) * 0.025)]
        let high = values[Int(Double(resamples - 1) * 0.975)]
        return (low, high)
    }
}

/// A small seeded generator so that reported intervals repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
