#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Zero-filled storage for a large matrix of floats.
///
/// Above 8 MiB it is mapped straight from the kernel and, on Linux, marked for transparent huge
/// pages: a 20,000 × 20,000 similarity matrix (1.6 GB) then takes about 800 page faults
/// instead of 400,000, which on a virtual machine is most of the cost of filling it.
final class MatrixStorage: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>
    let count: Int
    private let mappedBytes: Int

    static let mapThreshold = 8 << 20

    init(count: Int) {
        self.count = count
        let bytes = count * MemoryLayout<Float>.stride
        if bytes >= Self.mapThreshold,
           let raw = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), raw != MAP_FAILED {
            #if os(Linux)
            _ = madvise(raw, bytes, MADV_HUGEPAGE)
            #endif
            pointer = raw.bindMemory(to: Float.self, capacity: count)
            mappedBytes = bytes
        } else {
            pointer = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
            pointer.initialize(repeating: 0, count: count)
            mappedBytes = 0
        }
    }

    deinit {
        if mappedBytes > 0 { munmap(pointer, mappedBytes) } else { pointer.deallocate() }
    }
}
