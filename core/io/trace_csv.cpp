// Trace CSV export, built for millions of rows: one big buffer, no per-field streams, and every
// interned string quoted once.
#include "trace_csv.h"

#include "atomic_file.h"
#include "csv.h"
#include "event_detail.h"

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>

namespace tl {

namespace {

// CSV-ready forms of interned strings and task comms, computed on first use.
class FieldCache {
public:
    explicit FieldCache(const EventLog& log)
        : log_(log) {}

    std::string_view name(std::uint32_t id) {
        if (id >= names_.size()) names_.resize(std::size_t{id} + 1);
        auto& slot = names_[id];
        if (!slot) slot = quoted(log_.str(id));
        return *slot;
    }
    std::string_view comm(std::uint32_t task) {
        if (task >= comms_.size()) comms_.resize(std::size_t{task} + 1);
        auto& slot = comms_[task];
        if (!slot) slot = quoted(log_.task(task).comm);
        return *slot;
    }

private:
    const EventLog& log_;
    std::vector<std::optional<std::string>> names_;
    std::vector<std::optional<std::string>> comms_;

    static std::string quoted(std::string_view s) {
        std::string out;
        append_csv_field(out, s);
        return out;
    }
};

// The event and context columns, with their lengths computed once rather than per row.
template <class Enum, std::size_t N> std::array<std::string_view, N> names_of(const char* (*name)(Enum)) {
    std::array<std::string_view, N> out{};
    for (std::size_t i = 0; i < N; ++i)
        out[i] = name(static_cast<Enum>(i));
    return out;
}

} // namespace

std::vector<std::uint32_t> trace_row_order(const EventLog& log) {
    if (log.size() > UINT32_MAX) throw std::length_error("trace CSV: more than 2^32 events");
    std::vector<std::uint32_t> order(log.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto before = [&log](std::uint32_t a, std::uint32_t b) {
        const Event& x = log[a];
        const Event& y = log[b];
        return x.time != y.time ? x.time < y.time : x.cpu < y.cpu;
    };
    // The engine emits in nearly this order already; skip the sort when it is exact.
    if (!std::is_sorted(order.begin(), order.end(), before))
        std::stable_sort(order.begin(), order.end(), before);
    return order;
}

void write_trace_csv(const EventLog& log, ByteSink& sink) {
    OutBuffer out(sink);
    out.put(kTraceCsvHeader);
    FieldCache cache(log);
    const auto event_names =
        names_of<EventType, static_cast<std::size_t>(EventType::Count)>(&event_type_name);
    const auto context_names = names_of<Context, 3>(&context_name);
    std::string detail;
    for (const std::uint32_t i : trace_row_order(log)) {
        const Event& e = log[i];
        out.put_int(e.time);
        out.put(',');
        out.put_int(static_cast<unsigned>(e.cpu));
        out.put(',');
        out.put_int(log.jiffies_of(e));
        out.put(',');
        out.put(e.type < EventType::Count ? event_names[static_cast<std::size_t>(e.type)] : "unknown");
        out.put(',');
        out.put_int(log.task(e.task).pid);
        out.put(',');
        out.put(cache.comm(e.task));
        out.put(',');
        out.put(context_names.at(static_cast<std::size_t>(e.context)));
        out.put(',');
        out.put(cache.name(e.name));
        out.put(',');
        render_event_detail(log, e, detail);
        put_csv_field(out, detail);
        out.put('\n');
    }
    out.flush();
}

std::string save_trace_csv(const EventLog& log, const std::filesystem::path& path) {
    return write_file_atomically(path, [&log](ByteSink& out) { write_trace_csv(log, out); });
}

} // namespace tl
