#include "run_compare.h"

#include <engine/engine.h>
#include <trace/trace_query.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <stdexcept>

namespace tl {

namespace {

std::vector<std::string> split_lines(const std::string& s) {
    std::vector<std::string> v;
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t e = s.find('\n', b);
        if (e == std::string::npos) e = s.size();
        v.push_back(s.substr(b, e - b));
        b = e + 1;
    }
    return v;
}

struct OneRun {
    std::string label;
    bool ok = false;
    std::vector<ProcRead> reads;
    std::map<std::string, std::vector<TaskletRunInfo>> runs;
    std::vector<std::string> tasklet_order;
    ProfileRunStats stats;
};

OneRun run_one(const Scenario& sc) {
    OneRun r;
    r.label = sc.profile;
    r.stats.profile = sc.profile;
    Engine e(sc);
    e.run();
    r.ok = true;
    r.reads = e.proc_reads();
    const EventLog& log = e.log();
    r.stats.panicked = e.panicked();
    r.stats.events = log.size();
    std::map<std::string, Nanos> first_sched, first_run;
    for (std::size_t i = 0; i < log.size(); ++i) {
        const Event& ev = log[i];
        if ((ev.type == EventType::TaskletSchedule || ev.type == EventType::TaskletHiSchedule) && (ev.flags & kFlagQueued))
            first_sched.emplace(std::string(log.str(ev.name)), ev.time);
    }
    for (const TaskletRun& tr : tasklet_runs(log)) {
        const std::string name(log.str(tr.name));
        if (!r.runs.count(name)) r.tasklet_order.push_back(name);
        TaskletRunInfo info;
        info.time = tr.start;
        info.jiffies = tr.jiffies;
        info.cpu = tr.cpu;
        info.comm = log.task(tr.task).comm;
        info.pid = log.task(tr.task).pid;
        info.context = tr.context;
        r.runs[name].push_back(info);
        first_run.emplace(name, tr.start);
        ++r.stats.tasklet_runs;
        auto it = std::find_if(r.stats.runs_per_context.begin(), r.stats.runs_per_context.end(),
                               [&](const auto& p) { return p.first == info.comm; });
        if (it == r.stats.runs_per_context.end())
            r.stats.runs_per_context.emplace_back(info.comm, 1);
        else
            ++it->second;
    }
    for (const auto& [name, t] : first_sched) {
        auto it = first_run.find(name);
        r.stats.first_run_latency.emplace_back(name, it == first_run.end() ? Nanos{-1} : it->second - t);
    }
    return r;
}

} // namespace

std::vector<int> ProcReadComparison::differing_lines() const {
    std::vector<int> v;
    for (const auto& l : lines)
        if (l.differs) v.push_back(l.line);
    return v;
}

RunComparison compare_scenarios(const std::vector<Scenario>& scenarios) {
    RunComparison c;
    std::vector<OneRun> runs;
    for (const Scenario& sc : scenarios) {
        c.labels.push_back(sc.profile);
        try {
            runs.push_back(run_one(sc));
        } catch (const std::exception& e) {
            c.errors.push_back(sc.profile + ": " + e.what());
            OneRun bad;
            bad.label = sc.profile;
            bad.stats.profile = sc.profile;
            runs.push_back(std::move(bad));
        }
        c.stats.push_back(runs.back().stats);
    }
    const std::size_t n = runs.size();
    // /proc reads, matched by completion index.
    std::size_t max_reads = 0;
    for (const auto& r : runs) max_reads = std::max(max_reads, r.reads.size());
    for (std::size_t k = 0; k < max_reads; ++k) {
        ProcReadComparison pr;
        pr.read = static_cast<int>(k + 1);
        std::vector<std::vector<std::string>> texts(n);
        std::size_t max_lines = 0;
        for (std::size_t j = 0; j < n; ++j) {
            if (k < runs[j].reads.size()) texts[j] = split_lines(runs[j].reads[k].text);
            max_lines = std::max(max_lines, texts[j].size());
        }
        for (std::size_t l = 0; l < max_lines; ++l) {
            AlignedTextLine al;
            al.line = static_cast<int>(l);
            for (std::size_t j = 0; j < n; ++j) {
                const bool has = l < texts[j].size();
                al.present.push_back(has);
                al.text.push_back(has ? texts[j][l] : std::string());
            }
            for (std::size_t j = 1; j < n; ++j)
                if (al.present[j] != al.present[0] || al.text[j] != al.text[0]) al.differs = true;
            pr.lines.push_back(std::move(al));
        }
        c.reads.push_back(std::move(pr));
    }
    // Tasklet runs, by name in order of first appearance over all runs, aligned by run index.
    std::vector<std::string> names;
    for (const auto& r : runs)
        for (const auto& t : r.tasklet_order)
            if (std::find(names.begin(), names.end(), t) == names.end()) names.push_back(t);
    for (const std::string& name : names) {
        TaskletRunComparison tc;
        tc.tasklet = name;
        std::size_t max_runs = 0;
        for (const auto& r : runs) {
            auto it = r.runs.find(name);
            if (it != r.runs.end()) max_runs = std::max(max_runs, it->second.size());
        }
        for (std::size_t k = 0; k < max_runs; ++k) {
            AlignedRun ar;
            ar.index = k;
            for (const auto& r : runs) {
                auto it = r.runs.find(name);
                if (it != r.runs.end() && k < it->second.size())
                    ar.runs.push_back(it->second[k]);
                else
                    ar.runs.push_back(std::nullopt);
            }
            for (std::size_t j = 1; j < n; ++j) {
                const auto& a = ar.runs[0];
                const auto& b = ar.runs[j];
                if (a.has_value() != b.has_value() ||
                    (a && (a->time != b->time || a->cpu != b->cpu || a->comm != b->comm || a->pid != b->pid)))
                    ar.differs = true;
            }
            tc.runs.push_back(std::move(ar));
        }
        c.tasklets.push_back(std::move(tc));
    }
    return c;
}

RunComparison compare_runs(const Scenario& scenario, const std::vector<std::string>& profiles) {
    std::vector<Scenario> v;
    for (const auto& p : profiles) {
        Scenario s = scenario;
        s.profile = p;
        v.push_back(std::move(s));
    }
    return compare_scenarios(v);
}

std::string format_comparison(const RunComparison& c) {
    std::ostringstream o;
    for (const auto& r : c.reads) {
        o << "read " << r.read << "\n";
        for (const auto& l : r.lines) {
            o << (l.differs ? '*' : ' ') << ' ' << l.line;
            for (std::size_t j = 0; j < l.text.size(); ++j) o << " | " << (l.present[j] ? l.text[j] : "(none)");
            o << "\n";
        }
    }
    for (const auto& t : c.tasklets) {
        o << "tasklet " << t.tasklet << "\n";
        for (const auto& r : t.runs) {
            o << (r.differs ? '*' : ' ') << ' ' << r.index + 1;
            for (const auto& x : r.runs) {
                if (x)
                    o << " | " << x->time << "ns cpu" << x->cpu << ' ' << x->comm;
                else
                    o << " | (none)";
            }
            o << "\n";
        }
    }
    for (const auto& s : c.stats) {
        o << s.profile << ": " << s.tasklet_runs << " runs;";
        for (const auto& [comm, k] : s.runs_per_context) o << ' ' << comm << '=' << k;
        for (const auto& [name, lat] : s.first_run_latency) o << "; first run of " << name << " after " << lat << "ns";
        o << "\n";
    }
    for (const auto& e : c.errors) o << "error: " << e << "\n";
    return o.str();
}

} // namespace tl
