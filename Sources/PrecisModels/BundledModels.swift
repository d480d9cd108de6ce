import Foundation

/// Finds the data files of `Models/` (stopword lists, term-weight models) that ship with Precis.
///
/// The files are copied into a SwiftPM resource bundle. The lookup never traps (unlike
/// `Bundle.module` when a binary is moved away from its bundle): it tries, in order, the
/// `PRECIS_MODELS_DIR` environment variable, the resource bundle beside the running executable,
/// and the `Models/` folder of the source checkout this module was built from.
public enum BundledModels {
    /// Name of the SwiftPM resource bundle that holds `Models/`.
    static let bundleName = "Precis_PrecisModels.resources"

    /// The folder holding the bundled model files, or `nil` when none can be found.
    public static let directory: URL? = locate()

    /// The URL of one bundled model file, if it exists.
    /// - Parameter name: a file name inside `Models/`, such as `stopwords-en.txt`.
    public static func url(named name: String) -> URL? {
        guard let url = directory?.appendingPathComponent(name),
              FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }

    private static func locate() -> URL? {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["PRECIS_MODELS_DIR"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        let mainBundle = Bundle.main.bundleURL
        candidates.append(mainBundle.appendingPathComponent(bundleName).appendingPathComponent("Models"))
        candidates.append(mainBundle.appendingPathComponent("\(bundleName)/Contents/Resources/Models"))
        if let executable = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(executable.appendingPathComponent(bundleName).appendingPathComponent("Models"))
        }
        // Source checkout: <root>/Sources/PrecisModels/BundledModels.swift → <root>/Models
        let source = URL(fileURLWithPath: #filePath)
        candidates.append(source.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Models"))
        var isDirectory: ObjCBool = false
        return candidates.first { FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue }
    }
}
