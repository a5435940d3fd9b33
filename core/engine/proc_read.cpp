#include "proc_read.h"

#include <cstdio>

namespace tl {

std::string format_jit_line(const JitLine& l)
{
    // jit.c: "%9li  %3li     %i    %6i   %i   %s\n" (§8.1)
    char buf[160];
    const int n = std::snprintf(buf, sizeof buf, "%9lli  %3lli     %i    %6i   %i   %s\n",
                                static_cast<long long>(l.time), static_cast<long long>(l.delta), l.inirq,
                                l.pid, l.cpu, l.command.c_str());
    return std::string(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
}

} // namespace tl
