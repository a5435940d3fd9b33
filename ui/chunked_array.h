// An append-only array stored in fixed-size chunks: growing never copies and never wastes more than one
// chunk, which keeps the timeline's memory per event flat at millions of events.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace tlui {

template <typename T, std::size_t ChunkBits = 12> class ChunkedArray {
public:
    static constexpr std::size_t kChunk = std::size_t{1} << ChunkBits;

    void push_back(const T& v) {
        if ((m_size & (kChunk - 1)) == 0)
            m_chunks.push_back(std::make_unique_for_overwrite<T[]>(kChunk)); // pages are touched as they fill
        m_chunks.back()[m_size & (kChunk - 1)] = v;
        ++m_size;
    }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T& operator[](std::size_t i) const { return m_chunks[i >> ChunkBits][i & (kChunk - 1)]; }
    T& operator[](std::size_t i) { return m_chunks[i >> ChunkBits][i & (kChunk - 1)]; }
    const T& back() const { return (*this)[m_size - 1]; }
    T& back() { return (*this)[m_size - 1]; }
    void clear() {
        m_chunks.clear();
        m_size = 0;
    }
    std::size_t bytes() const {
        return m_chunks.size() * kChunk * sizeof(T) + m_chunks.capacity() * sizeof(void*);
    }

    // Index of the first element for which less(element) is false (elements are partitioned by less).
    template <typename Less> std::size_t partitionPoint(Less less) const {
        std::size_t lo = 0, hi = m_size;
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (less((*this)[mid]))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::size_t m_size = 0;
};

} // namespace tlui
