import Foundation
import PrecisTestSupport
import Testing

/// The README's Swift examples are excerpts of the compiled files under `Snippets/`: each block
/// must appear there line for line, so an API change that breaks one breaks the build.
@Suite struct ReadmeSnippetTests {
    /// The lines of each fenced Swift block of the README.
    static func swiftBlocks(of markdown: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for line in markdown.components(separatedBy: "\n") {
            if current == nil, line == "```swift" { current = [] }
            else if current != nil, line == "```" { blocks.append(current!); current = nil }
            else if current != nil { current!.append(line) }
        }
        return blocks
    }

    /// True when `block` occurs as consecutive lines of `lines`, after removing the indentation
    /// the snippet gives it (a `do {` body is indented by four spaces).
    static func occurs(_ block: [String], in lines: [String]) -> Bool {
        guard !block.isEmpty, block.count <= lines.count else { return false }
        return (0...(lines.count - block.count)).contains { start in
            let window = lines[start..<(start + block.count)]
            let indent = String(window[start].prefix { $0 == " " })
            return zip(window, block).allSatisfy { line, expected in
                expected.isEmpty ? line.allSatisfy(\.isWhitespace) : line == indent + expected
            }
        }
    }

    @Test func everyReadmeSwiftBlockIsInACompiledSnippet() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let folder = repositoryRoot.appendingPathComponent("Snippets")
        let snippets = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
        let sources = try snippets.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8).components(separatedBy: "\n") }
        let blocks = Self.swiftBlocks(of: readme)
        #expect(blocks.count == 3)
        for block in blocks {
            let homes = zip(snippets, sources).filter { Self.occurs(block, in: $0.1) }.map(\.0)
            #expect(!homes.isEmpty, "README block not found verbatim in Snippets/: \(block.first ?? "")")
        }
    }

    @Test func aChangedLineIsNotFound() {
        let snippet = ["do {", "    let a = 1", "", "    print(a)", "}"]
        #expect(Self.occurs(["let a = 1", "", "print(a)"], in: snippet))
        #expect(!Self.occurs(["let a = 2", "", "print(a)"], in: snippet))
        #expect(!Self.occurs(["let a = 1", "print(a)"], in: snippet))
    }
}
