import Foundation

/// Loads every fixture of a folder (`*.json` under `fixtures/`, or the folder itself).
public enum FixtureSet {
    /// The fixtures, sorted by file name.
    /// - Parameters:
    ///   - folder: the folder of fixtures, or the folder holding them in `fixtures/`.
    ///   - excluded: files of the folder that are not fixtures (the baseline, when it is kept
    ///     among them), compared by their standardized paths.
    /// - Throws: `FixtureError` for the first invalid file, naming it and the field at fault.
    public static func load(from folder: URL, excluding excluded: [URL] = []) throws(FixtureError) -> [Fixture] {
        let nested = folder.appendingPathComponent("fixtures")
        var isDirectory: ObjCBool = false
        let directory = FileManager.default.fileExists(atPath: nested.path, isDirectory: &isDirectory) && isDirectory.boolValue ? nested : folder
        let names: [String]
        var exists: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &exists) else {
            throw FixtureError(file: directory.path, field: "(folder)", message: "no such folder")
        }
        guard exists.boolValue else { throw FixtureError(file: directory.path, field: "(folder)", message: "is a file, expected a folder of fixtures") }
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            throw FixtureError(file: directory.path, field: "(folder)", message: "cannot list the folder")
        }
        let skipped = Set(excluded.map { $0.standardizedFileURL.path })
        let files = names.filter { $0.hasSuffix(".json") && !skipped.contains(directory.appendingPathComponent($0).standardizedFileURL.path) }.sorted()
        guard !files.isEmpty else { throw FixtureError(file: directory.path, field: "(folder)", message: "no *.json fixtures") }
        var ids = Set<String>()
        return try files.map { (name: String) throws(FixtureError) -> Fixture in
            let fixture = try Fixture.load(contentsOf: directory.appendingPathComponent(name))
            guard ids.insert(fixture.id).inserted else { throw FixtureError(file: name, field: "id", message: "duplicate fixture id '\(fixture.id)'") }
            return fixture
        }
    }
}
