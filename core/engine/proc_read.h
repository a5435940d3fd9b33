// What the jit module returns to a reader of /proc/jitasklet, /proc/jitasklethi or /proc/jitimer (§8).
#pragma once

#include "scenario.h"
#include "time.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tl {

struct JitLine {
    std::uint64_t time = 0; // jiffies
    std::int64_t delta = 0;
    int inirq = 0;
    int pid = 0;
    int cpu = 0;
    std::string command;
};

// The header the module writes first; 3 leading spaces (§8.1).
inline constexpr const char* kJitHeader = "   time   delta  inirq    pid   cpu command\n";

// printf("%9li  %3li     %i    %6i   %i   %s\n", ...) as jit.c formats every data line.
std::string format_jit_line(const JitLine& l);

struct ProcRead {
    int index = 0;            // 1-based, in order of completion
    ProcFile file = ProcFile::Jitasklet;
    int cpu = 0;
    int reader_pid = 0;
    std::string reader_comm;
    Nanos started = 0;
    Nanos completed = 0;
    int experiments = 0;      // how many times the module ran the whole experiment (2.6: once per read())
    int read_calls = 0;       // read() system calls the reader made, the final EOF included
    std::vector<JitLine> lines; // the data lines of the first experiment (what the first read() returns)
    std::string text;         // every byte the reader received, in order: exactly what `cat` prints
};

} // namespace tl
