/// The version of Precis (semantic versioning; see `CHANGELOG.md`): what `precis --version` and
/// `evaluate --version` print, and the tag a `Package.swift` dependency names.
public enum PrecisVersion {
    /// The release this source tree is, e.g. `0.9.0`.
    public static let current = "0.9.0"
}
