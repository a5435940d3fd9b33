// Reading a whole text file with a size cap and an error that says why it could not be read.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace tl {

// Reads `path` into `out`. Returns an empty string on success, otherwise the reason without the path
// ("cannot open: No such file or directory", "cannot read: it is a directory", "larger than 64 MiB").
std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes, std::string& out);

} // namespace tl
