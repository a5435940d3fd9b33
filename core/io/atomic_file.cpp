// Temp file + fsync + rename, with cleanup on every failure path.
#include "atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tl {

namespace {

namespace fs = std::filesystem;

// Thrown by TempFile::write; turned into the returned message.
struct WriteFailure {
    int err;
};

std::string message(const fs::path& path, int err) {
    return "cannot write '" + path.string() + "': " + std::strerror(err);
}

fs::path directory_of(const fs::path& path) {
    const fs::path dir = path.parent_path();
    return dir.empty() ? fs::path(".") : dir;
}

// A uniquely named file in the target's directory, removed unless commit() succeeded.
class TempFile final : public ByteSink {
public:
    explicit TempFile(const fs::path& target)
        : target_(target) {
        static std::atomic<unsigned> counter{0};
        for (int attempt = 0; attempt < 100; ++attempt) {
            fs::path name = target.filename();
            temp_ = directory_of(target) / ("." + name.string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(counter++));
            // 0666 minus the umask: the same permissions a plain fopen() would give the output.
            fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd_ >= 0 || errno != EEXIST) break;
        }
        if (fd_ < 0) throw WriteFailure{errno};
    }
    ~TempFile() override {
        if (fd_ >= 0) ::close(fd_);
        if (!committed_) ::unlink(temp_.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    void write(std::string_view bytes) override {
        while (!bytes.empty()) {
            const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) throw WriteFailure{errno};
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
    }

    void commit() {
        if (::fsync(fd_) != 0) throw WriteFailure{errno};
        const int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0) throw WriteFailure{errno}; // NFS reports write errors only here
        if (::rename(temp_.c_str(), target_.c_str()) != 0) throw WriteFailure{errno};
        committed_ = true;
        sync_directory();
    }

private:
    fs::path target_;
    fs::path temp_;
    int fd_ = -1;
    bool committed_ = false;

    // Makes the rename itself durable; best effort, the data is already in place.
    void sync_directory() const {
        const int dfd = ::open(directory_of(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd < 0) return;
        ::fsync(dfd);
        ::close(dfd);
    }
};

bool path_is_directory(const fs::path& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

} // namespace

std::string write_file_atomically(const fs::path& path, const std::function<void(ByteSink&)>& produce) {
    // rename() would replace an empty directory: refuse before writing anything.
    if (path_is_directory(path)) return message(path, EISDIR);
    try {
        TempFile temp(path);
        produce(temp);
        temp.commit();
    } catch (const WriteFailure& f) {
        return message(path, f.err);
    }
    return {};
}

std::string write_file_atomically(const fs::path& path, std::string_view contents) {
    return write_file_atomically(path, [contents](ByteSink& out) { out.write(contents); });
}

std::string check_writable(const fs::path& path) {
    if (path_is_directory(path)) return message(path, EISDIR);
    try {
        const TempFile probe(path); // created and removed again: the directory accepts new files
    } catch (const WriteFailure& f) {
        return message(path, f.err);
    }
    return {};
}

} // namespace tl
