// Writing output files so that readers see either the old file or the complete new one, never a part.
#pragma once

#include "byte_sink.h"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace tl {

// Streams `produce`'s output into a temporary file next to `path` (same directory, so the rename
// cannot cross file systems), fsyncs it, renames it over `path` and fsyncs the directory. On any
// failure the temporary file is removed and an existing `path` is left untouched. Returns an empty
// string on success, else one line naming the path and the system's reason:
// "cannot write 'out/trace.csv': No such file or directory". Exceptions from `produce` other than
// write failures propagate after the cleanup.
[[nodiscard]] std::string write_file_atomically(const std::filesystem::path& path,
                                                const std::function<void(ByteSink&)>& produce);
[[nodiscard]] std::string write_file_atomically(const std::filesystem::path& path, std::string_view contents);

// A quick check before a long run that `path` can probably be written (its directory exists and is
// writable, and it is not itself a directory); same message format, empty if it looks fine.
[[nodiscard]] std::string check_writable(const std::filesystem::path& path);

} // namespace tl
