// The project version (from CMake's project()), for --version and file metadata.
#pragma once

namespace tl {

const char* taskletlab_version();

} // namespace tl
