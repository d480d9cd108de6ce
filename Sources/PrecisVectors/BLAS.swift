// The only file that touches BLAS: Accelerate on Apple platforms, the system CBLAS elsewhere
// (Debian: libblas-dev to link, libopenblas0-pthread at run time).
#if canImport(Accelerate)
import Accelerate
#else
import CBLAS
#endif

/// The few BLAS routines Precis calls, on row-major single-precision matrices.
enum BLAS {
    /// `C = alpha·A·Aᵀ + beta·C`, upper triangle only, for row-major `A` of `n × k` (level 3).
    static func syrkUpper(n: Int, k: Int, a: UnsafePointer<Float>, lda: Int,
                          beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        cblas_ssyrk(CblasRowMajor, CblasUpper, CblasNoTrans, Int32(n), Int32(k),
                    1, a, Int32(lda), beta, c, Int32(ldc))
    }

    /// `y = A·x` for row-major `A` of `m × n` (level 2).
    static func gemv(m: Int, n: Int, a: UnsafePointer<Float>, x: UnsafePointer<Float>, y: UnsafeMutablePointer<Float>) {
        cblas_sgemv(CblasRowMajor, CblasNoTrans, Int32(m), Int32(n), 1, a, Int32(n), x, 1, 0, y, 1)
    }
}
