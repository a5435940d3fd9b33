// Where exporters write bytes, and the large buffer in front of it that keeps per-field cost low.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace tl {

// Receives output in large chunks. A sink that fails throws (see atomic_file.h); exporters do not
// catch, so a failed write stops the export at once.
class ByteSink {
public:
    virtual ~ByteSink() = default;
    virtual void write(std::string_view bytes) = 0;
};

// Collects everything in memory (tests, the GUI's clipboard, small files).
class StringSink final : public ByteSink {
public:
    void write(std::string_view bytes) override { data.append(bytes); }
    std::string data;
};

// Buffers small appends and hands the sink about 1 MiB at a time. Call flush() at the end (the
// destructor does not, because flushing can throw).
class OutBuffer {
public:
    explicit OutBuffer(ByteSink& sink, std::size_t chunk = std::size_t{1} << 20)
        : sink_(sink)
        , chunk_(chunk) {
        buf_.reserve(chunk_ + 4096);
    }
    OutBuffer(const OutBuffer&) = delete;
    OutBuffer& operator=(const OutBuffer&) = delete;

    void put(std::string_view s) {
        buf_.append(s);
        if (buf_.size() >= chunk_) flush();
    }
    void put(char c) {
        buf_.push_back(c);
        if (buf_.size() >= chunk_) flush();
    }
    template <class Int> void put_int(Int v) {
        char tmp[24];
        const auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
        put(std::string_view(tmp, static_cast<std::size_t>(r.ptr - tmp)));
    }
    void flush() {
        if (buf_.empty()) return;
        sink_.write(buf_);
        buf_.clear();
    }

private:
    ByteSink& sink_;
    std::size_t chunk_;
    std::string buf_;
};

} // namespace tl
