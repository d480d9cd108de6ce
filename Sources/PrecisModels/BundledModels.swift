import Foundation

/// Finds the data files of `Models/` (stopword lists, term-weight models) that ship with Precis.
///
/// The files are copied into a SwiftPM resource bundle. The lookup never traps (unlike
/// `Bundle.module` when a binary is moved away from its bundle): it tries, in order, the
/// `PRECIS_MODELS_DIR` environment variable, the resource bundle beside the running executable,
/// and, for a binary still inside the build folder of a source checkout, that checkout's
/// `Models/` folder. An installed binary never falls back to the checkout it was built from,
/// so a bundle left out of an install fails on the build machine too, naming the paths tried.
public enum BundledModels {
    /// Name of the SwiftPM resource bundle that holds `Models/`: the folder an install must
    /// place beside the binary.
    public static let bundleName = "Precis_PrecisModels.resources"

    /// The folders searched for the model files, in order (see the type's documentation).
    public static let searchPaths: [URL] = candidates(
        override: ProcessInfo.processInfo.environment["PRECIS_MODELS_DIR"],
        bundle: Bundle.main.bundleURL, executable: Bundle.main.executableURL)

    /// The folder holding the bundled model files, or `nil` when none can be found.
    public static let directory: URL? = searchPaths.first { url in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The URL of one bundled model file, if it exists.
    /// - Parameter name: a file name inside `Models/`, such as `stopwords-en.txt`.
    public static func url(named name: String) -> URL? {
        guard let url = directory?.appendingPathComponent(name),
              FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }

    /// The source checkout this module was built from:
    /// `<root>/Sources/PrecisModels/BundledModels.swift` → `<root>`.
    static let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The folders to search for a process with these locations (an empty override is ignored).
    static func candidates(override: String?, bundle: URL, executable: URL?) -> [URL] {
        var result: [URL] = []
        if let override, !override.isEmpty { result.append(URL(fileURLWithPath: override)) }
        result.append(bundle.appendingPathComponent(bundleName).appendingPathComponent("Models"))
        result.append(bundle.appendingPathComponent("\(bundleName)/Contents/Resources/Models"))
        let executableFolder = executable?.deletingLastPathComponent()
        if let executableFolder, executableFolder.standardizedFileURL.path != bundle.standardizedFileURL.path {
            result.append(executableFolder.appendingPathComponent(bundleName).appendingPathComponent("Models"))
        }
        // `swift run` and `swift test` run from <root>/.build/…: there the checkout's Models/ is
        // the one the binary was built with.
        let build = sourceRoot.appendingPathComponent(".build").standardizedFileURL.path + "/"
        if ([bundle] + [executableFolder].compactMap { $0 }).contains(where: { ($0.standardizedFileURL.path + "/").hasPrefix(build) }) {
            result.append(sourceRoot.appendingPathComponent("Models"))
        }
        return result
    }
}
