// The four profiles of interfaces.md and their documented defaults.
#include "profile.h"

#include <array>

namespace tl {

namespace {

// ksoftirqd pids: 2.6 UP/SMP boots start ksoftirqd/0 right after init (pid 2 in the book's sample);
// Debian 12's 6.1 starts it as pid 14 after the RCU and workqueue kthreads, and every further CPU
// brings cpuhp, migration, ksoftirqd and two kworkers (stride 6). Both are overridable per scenario.
constexpr std::array<Profile, 4> kProfiles{{
    {"ldd3-book", "2.6 rules with the pre-2.6.2 'mask' restart rule; reproduces the LDD3 sample",
     Era::E26, RestartPolicy::Mask, ListOrder::Lifo, SchedulerModel::O1, 19, 1000, 6, false, false, true,
     true, 2, 2},
    {"linux-2.6.10", "2.6.10/2.6.11 as written: LIFO lists, 10 restarts, ksoftirqd nice 19, O(1)", Era::E26,
     RestartPolicy::Count10, ListOrder::Lifo, SchedulerModel::O1, 19, 1000, 6, false, false, true, true, 2,
     2},
    {"linux-6.1", "Debian 12: FIFO lists, 10 restarts + 2 ms + need_resched, ksoftirqd nice 0, "
                  "ksoftirqd_running",
     Era::E61, RestartPolicy::Count10TimeResched, ListOrder::Fifo, SchedulerModel::Cfs, 0, 250, 10, true,
     false, false, false, 14, 6},
    {"linux-6.9", "newest rules: no ksoftirqd_running skip, BH workqueue items before tasklets", Era::ENEW,
     RestartPolicy::Count10TimeResched, ListOrder::Fifo, SchedulerModel::Cfs, 0, 250, 10, false, true,
     false, false, 14, 6},
}};

} // namespace

std::span<const Profile> all_profiles() { return kProfiles; }

const Profile* find_profile(std::string_view name)
{
    for (const auto& p : kProfiles)
        if (p.name == name) return &p;
    return nullptr;
}

const Profile& default_profile() { return kProfiles[2]; }

} // namespace tl
