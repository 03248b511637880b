/// Sizes as people read them in error messages: `50.0 MB`, `9.8 KB`, `120 bytes`. Units are
/// binary (a megabyte is 2^20 bytes), as the limits are.
enum ByteCount {
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1 << 10 { return "\(bytes) bytes" }
        if bytes < 1 << 20 { return tenths(bytes, shift: 10) + " KB" }
        if bytes < 1 << 30 { return tenths(bytes, shift: 20) + " MB" }
        return tenths(bytes, shift: 30) + " GB"
    }

    private static func tenths(_ bytes: Int, shift: Int) -> String {
        let tenths = (bytes * 10 + (1 << (shift - 1))) >> shift
        return "\(tenths / 10).\(tenths % 10)"
    }
}
