#include "jitasklet_csv.h"

#include "atomic_file.h"
#include "csv.h"

namespace tl {

void write_jitasklet_csv(const std::vector<ProcRead>& reads, ByteSink& sink) {
    OutBuffer out(sink);
    out.put(kJitaskletCsvHeader);
    for (const ProcRead& r : reads) {
        for (const JitLine& l : r.lines) {
            out.put_int(r.index);
            out.put(',');
            out.put(proc_file_name(r.file));
            out.put(',');
            out.put_int(l.time);
            out.put(',');
            out.put_int(l.delta);
            out.put(',');
            out.put_int(l.inirq);
            out.put(',');
            out.put_int(l.pid);
            out.put(',');
            out.put_int(l.cpu);
            out.put(',');
            put_csv_field(out, l.command);
            out.put('\n');
        }
    }
    out.flush();
}

std::string save_jitasklet_csv(const std::vector<ProcRead>& reads, const std::filesystem::path& path) {
    return write_file_atomically(path, [&reads](ByteSink& out) { write_jitasklet_csv(reads, out); });
}

} // namespace tl
