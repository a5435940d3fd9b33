// POSIX reading so that directories, FIFOs and huge files get precise messages.
#include "text_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tl {

namespace {

// Closes the descriptor on every path out of read_text_file.
class FdGuard {
public:
    explicit FdGuard(int fd)
        : fd_(fd) {}
    ~FdGuard() {
        if (fd_ >= 0) ::close(fd_);
    }
    FdGuard(const FdGuard&) = delete;
    FdGuard& operator=(const FdGuard&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

std::string too_big(std::size_t max_bytes) {
    return "cannot read: larger than " + std::to_string(max_bytes >> 20) + " MiB";
}

} // namespace

std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes, std::string& out) {
    out.clear();
    const FdGuard fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) return std::string("cannot open: ") + std::strerror(errno);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return std::string("cannot read: ") + std::strerror(errno);
    if (S_ISDIR(st.st_mode)) return "cannot read: it is a directory";
    if (S_ISREG(st.st_mode)) {
        if (static_cast<std::size_t>(st.st_size) > max_bytes) return too_big(max_bytes);
        out.reserve(static_cast<std::size_t>(st.st_size));
    }
    char buf[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return std::string("cannot read: ") + std::strerror(errno);
        if (n == 0) return {};
        if (out.size() + static_cast<std::size_t>(n) > max_bytes) return too_big(max_bytes);
        out.append(buf, static_cast<std::size_t>(n));
    }
}

} // namespace tl
