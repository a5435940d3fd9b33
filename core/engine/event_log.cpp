#include "event_log.h"

namespace tl {

EventLog::EventLog()
{
    strings_.emplace_back();
    string_ids_.emplace(std::string{}, 0);
}

std::uint32_t EventLog::intern(std::string_view s)
{
    const auto it = string_ids_.find(std::string{s});
    if (it != string_ids_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(strings_.size());
    strings_.emplace_back(s);
    string_ids_.emplace(std::string{s}, id);
    return id;
}

std::uint32_t EventLog::add_task(int pid, std::string comm)
{
    tasks_.push_back({pid, std::move(comm)});
    return static_cast<std::uint32_t>(tasks_.size() - 1);
}

double EventLog::bytes_per_event() const
{
    if (size_ == 0) return 0;
    std::size_t bytes = chunks_.size() * kChunk * sizeof(Event) + chunks_.capacity() * sizeof(void*);
    for (const auto& s : strings_) bytes += sizeof(std::string) + s.capacity();
    bytes += tasks_.capacity() * sizeof(TaskRef);
    return static_cast<double>(bytes) / static_cast<double>(size_);
}

} // namespace tl
