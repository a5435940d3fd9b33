// Coroutines for simulated kernel code: a kernel function that needs simulated CPU time, or has to
// wait, is written as straight-line code that co_awaits, like the C it models. Frames come from a
// small free-list pool, so the millions of IRQs of a storm do not hit malloc.
#pragma once

#include <coroutine>
#include <cstddef>
#include <exception>
#include <utility>

namespace tl::detail {

void* co_frame_alloc(std::size_t n);
void co_frame_free(void* p, std::size_t n) noexcept;

struct PromiseBase {
    std::coroutine_handle<> continuation;

    static void* operator new(std::size_t n) { return co_frame_alloc(n); }
    static void operator delete(void* p, std::size_t n) noexcept { co_frame_free(p, n); }

    std::suspend_always initial_suspend() noexcept { return {}; }

    struct FinalAwaiter {
        bool await_ready() noexcept { return false; }
        template <class P>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept
        {
            const auto c = h.promise().continuation;
            return c ? c : std::noop_coroutine();
        }
        void await_resume() noexcept {}
    };
    FinalAwaiter final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { std::terminate(); } // engine code never throws
};

// A lazily started coroutine. Awaiting it runs it to completion (with suspensions) and resumes the
// awaiter; a root Co is started with start() and polled with done().
class [[nodiscard]] Co {
public:
    struct promise_type : PromiseBase {
        Co get_return_object() { return Co{std::coroutine_handle<promise_type>::from_promise(*this)}; }
        void return_void() noexcept {}
    };

    Co() = default;
    explicit Co(std::coroutine_handle<promise_type> h) : h_(h) {}
    Co(Co&& o) noexcept : h_(std::exchange(o.h_, {})) {}
    Co& operator=(Co&& o) noexcept
    {
        if (this != &o) {
            reset();
            h_ = std::exchange(o.h_, {});
        }
        return *this;
    }
    Co(const Co&) = delete;
    Co& operator=(const Co&) = delete;
    ~Co() { reset(); }

    bool valid() const { return static_cast<bool>(h_); }
    bool done() const { return h_ && h_.done(); }
    std::coroutine_handle<> handle() const { return h_; }
    void reset()
    {
        if (h_) h_.destroy();
        h_ = {};
    }

    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> caller) noexcept
    {
        h_.promise().continuation = caller;
        return h_;
    }
    void await_resume() const noexcept {}

private:
    std::coroutine_handle<promise_type> h_;
};

} // namespace tl::detail
