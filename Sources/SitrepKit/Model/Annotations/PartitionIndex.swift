extension RandomAccessCollection where Index == Int {
    /// The first index whose element is not `before` the point sought, by binary search: the
    /// collection must hold every such element first (layers and tokens are in text order).
    ///
    ///     tokens.partitionIndex { $0.span.start < offset }   // the first token starting at or after offset
    func partitionIndex(where before: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let mid = low + (high - low) / 2
            if before(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
