// Storage of the event stream: the events, the interned strings and the tasks they refer to.
#pragma once

#include "event.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tl {

struct TaskRef {
    int pid = 0;
    std::string comm;
};

class EventLog {
public:
    EventLog();

    std::uint32_t intern(std::string_view s);            // 0 is always the empty string
    std::string_view str(std::uint32_t id) const { return strings_[id]; }
    std::uint32_t add_task(int pid, std::string comm);    // returns the task index used in Event::task
    const TaskRef& task(std::uint32_t idx) const { return tasks_[idx]; }
    std::size_t task_count() const { return tasks_.size(); }

    // Chunked so that growing never copies and never holds more than one partly filled chunk:
    // the memory per event stays at sizeof(Event) for long runs.
    static constexpr std::size_t kChunkBits = 16;
    static constexpr std::size_t kChunk = std::size_t{1} << kChunkBits;

    void push(const Event& e)
    {
        if ((size_ & (kChunk - 1)) == 0) chunks_.push_back(std::make_unique_for_overwrite<Event[]>(kChunk));
        chunks_.back()[size_ & (kChunk - 1)] = e;
        ++size_;
    }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const Event& operator[](std::size_t i) const { return chunks_[i >> kChunkBits][i & (kChunk - 1)]; }
    const Event& back() const { return (*this)[size_ - 1]; }

    std::uint64_t start_jiffies = 0;
    std::uint64_t jiffies_of(const Event& e) const { return start_jiffies + e.jiffies; }

    // Bytes held per event, string and task tables included (the "bytes/event").
    double bytes_per_event() const;

private:
    std::vector<std::unique_ptr<Event[]>> chunks_;
    std::size_t size_ = 0;
    std::vector<std::string> strings_;
    std::unordered_map<std::string, std::uint32_t> string_ids_;
    std::vector<TaskRef> tasks_;
};

} // namespace tl
