<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Lesson</name>
    <message>
        <source>LDD3 7.5: /proc/jitasklet on a busy CPU</source>
        <extracomment>ldd3-busy-cpu.json: title</extracomment>
        <translation>LDD3 7.5：繁忙 CPU 上的 /proc/jitasklet</translation>
    </message>
    <message>
        <source>The book&apos;s sample: cat reads /proc/jitasklet while cc1 (a compiler) keeps CPU 0 busy. The tasklet waits for the next tick while cc1 runs, and runs back to back in ksoftirqd/0 once cc1 blocks. Under ldd3-book (the pre-2.6.2 &apos;mask&apos; restart rule) the first read() returns exactly the book&apos;s six lines; try --profile linux-2.6.10 to see the 10-restart rule run all five in cc1&apos;s irq_exit.</source>
        <extracomment>ldd3-busy-cpu.json: description</extracomment>
        <translation>书中的示例：cc1（一个编译器）让 CPU 0 保持繁忙，同时 cat 读取 /proc/jitasklet。cc1 运行期间，tasklet（小任务）要等到下一个时钟节拍才运行；cc1 一旦阻塞，它就在 ksoftirqd/0 中接连运行。在 ldd3-book 配置（2.6.2 之前的“mask”重启规则）下，第一次 read() 返回的正是书中的六行输出；改用 --profile linux-2.6.10，可以看到 10 次重启规则让全部五次运行都在 cc1 的 irq_exit 中完成。</translation>
    </message>
    <message>
        <source>cat reads /proc/jitasklet</source>
        <extracomment>ldd3-busy-cpu.json: step 1 title</extracomment>
        <translation>cat 读取 /proc/jitasklet</translation>
    </message>
    <message>
        <source>jit_tasklet() prints the reader&apos;s line (inirq 0), then tasklet_schedule(). The raise comes from process context, so raise_softirq_irqoff() wakes ksoftirqd/0 (kernel/softirq.c). cat sleeps in wait_event_interruptible(). The O(1) scheduler picks cc1 (nice 0) over ksoftirqd/0 (nice 19): the tasklet has to wait.</source>
        <extracomment>ldd3-busy-cpu.json: step 1 text</extracomment>
        <translation>jit_tasklet() 先打印读者的那一行（inirq 0），然后调用 tasklet_schedule()。触发来自进程上下文，因此 raise_softirq_irqoff() 会唤醒 ksoftirqd/0（kernel/softirq.c）。cat 在 wait_event_interruptible() 中睡眠。O(1) 调度器选择 cc1（nice 0）而不是 ksoftirqd/0（nice 19）：tasklet 只能等待。</translation>
    </message>
    <message>
        <source>The next tick runs it in cc1&apos;s context</source>
        <extracomment>ldd3-busy-cpu.json: step 2 title</extracomment>
        <translation>下一个时钟节拍在 cc1 的上下文中运行它</translation>
    </message>
    <message>
        <source>The timer interrupt&apos;s irq_exit() finds TASKLET pending and runs __do_softirq() on top of whatever it interrupted: cc1. Run 1: delta 1, inirq 1, pid 4368. The callback reschedules itself; under the pre-2.6.2 mask rule TASKLET has already run in this invocation, so there is no restart: ksoftirqd is woken (it is already runnable).</source>
        <extracomment>ldd3-busy-cpu.json: step 2 text</extracomment>
        <translation>时钟中断的 irq_exit() 发现 TASKLET 处于待处理状态，于是在被它打断的任务（cc1）之上运行 __do_softirq()。第 1 次运行：delta 1，inirq 1，pid 4368。回调函数重新调度了自身；按照 2.6.2 之前的 mask 规则，TASKLET 在本次调用中已经运行过，因此不会重启，而是唤醒 ksoftirqd（它本来就已处于可运行状态）。</translation>
    </message>
    <message>
        <source>One run per tick</source>
        <extracomment>ldd3-busy-cpu.json: step 3 title</extracomment>
        <translation>每个时钟节拍运行一次</translation>
    </message>
    <message>
        <source>Tick 6076141 does the same: run 2 in cc1. Book, section 7.5: &apos;the tasklet is run at the next timer tick as long as the CPU is busy running a process&apos;.</source>
        <extracomment>ldd3-busy-cpu.json: step 3 text</extracomment>
        <translation>时钟节拍 6076141 重复同样的过程：第 2 次运行，仍在 cc1 中。书中第 7.5 节：“只要 CPU 忙于运行某个进程，tasklet 就会在下一个时钟节拍运行”。</translation>
    </message>
    <message>
        <source>cc1 blocks: ksoftirqd/0 gets the CPU</source>
        <extracomment>ldd3-busy-cpu.json: step 4 title</extracomment>
        <translation>cc1 阻塞：ksoftirqd/0 获得 CPU</translation>
    </message>
    <message>
        <source>With cc1 asleep, ksoftirqd/0 is the only runnable task. Its loop calls do_softirq() while anything is pending: runs 3, 4 and 5 back to back in the same jiffy, delta 0, pid 2. Run 5 wakes cat, which prints the six lines.</source>
        <extracomment>ldd3-busy-cpu.json: step 4 text</extracomment>
        <translation>cc1 睡眠后，ksoftirqd/0 成为唯一可运行的任务。只要还有待处理的软中断，它的循环就会调用 do_softirq()：第 3、4、5 次运行在同一个 jiffy 内接连完成，delta 0，pid 2。第 5 次运行唤醒 cat，cat 打印出这六行。</translation>
    </message>
    <message>
        <source>LDD3 7.5: /proc/jitasklet on an idle CPU</source>
        <extracomment>ldd3-idle-cpu.json: title</extracomment>
        <translation>LDD3 7.5：空闲 CPU 上的 /proc/jitasklet</translation>
    </message>
    <message>
        <source>The same read on an idle CPU: the tasklet runs immediately, all five times in ksoftirqd/0 in the reader&apos;s jiffy (delta 0). Under the 2.6 profiles cat&apos;s second read() re-runs the whole experiment (the read_proc quirk) and gets EOF because the new output is not longer.</source>
        <extracomment>ldd3-idle-cpu.json: description</extracomment>
        <translation>在空闲 CPU 上进行同样的读取：tasklet 立即运行，五次都在 ksoftirqd/0 中、在读者所在的 jiffy 内完成（delta 0）。在 2.6 系列配置下，cat 的第二次 read() 会把整个实验重新运行一遍（read_proc 的特殊行为），并因新的输出并不更长而得到 EOF。</translation>
    </message>
    <message>
        <source>cat reads on an idle CPU</source>
        <extracomment>ldd3-idle-cpu.json: step 1 title</extracomment>
        <translation>cat 在空闲 CPU 上读取</translation>
    </message>
    <message>
        <source>tasklet_schedule() from process context wakes ksoftirqd/0. When cat sleeps, nothing else is runnable, so ksoftirqd/0 runs at once: &apos;it is run immediately when the CPU is otherwise idle&apos; (book, section 7.5).</source>
        <extracomment>ldd3-idle-cpu.json: step 1 text</extracomment>
        <translation>从进程上下文调用 tasklet_schedule() 会唤醒 ksoftirqd/0。cat 睡眠后没有其他可运行的任务，因此 ksoftirqd/0 立即运行：“如果 CPU 处于空闲状态，它会立即运行”（书中第 7.5 节）。</translation>
    </message>
    <message>
        <source>Five runs back to back in ksoftirqd/0</source>
        <extracomment>ldd3-idle-cpu.json: step 2 title</extracomment>
        <translation>在 ksoftirqd/0 中接连运行五次</translation>
    </message>
    <message>
        <source>Every line has inirq 1: in_interrupt() is true inside any tasklet, even when it runs in a kernel thread.</source>
        <extracomment>ldd3-idle-cpu.json: step 2 text</extracomment>
        <translation>每一行的 inirq 都是 1：在任何 tasklet 内部 in_interrupt() 都为真，即使它是在内核线程中运行的。</translation>
    </message>
    <message>
        <source>The tasklet reschedules itself from its callback. Why are all five runs in ksoftirqd/0, in the same jiffy, with delta 0?</source>
        <extracomment>ldd3-idle-cpu.json: step 2 question</extracomment>
        <translation>tasklet 在回调函数中重新调度自身。为什么五次运行都在 ksoftirqd/0 中、在同一个 jiffy 内，并且 delta 为 0？</translation>
    </message>
    <message>
        <source>ksoftirqd/0&apos;s loop (kernel/softirq.c: ksoftirqd()) calls do_softirq() as long as TASKLET is pending; each self-reschedule is picked up at once, long before the next tick. The fifth run wakes cat.</source>
        <extracomment>ldd3-idle-cpu.json: step 2 answer</extracomment>
        <translation>只要 TASKLET 处于待处理状态，ksoftirqd/0 的循环（kernel/softirq.c：ksoftirqd()）就会不断调用 do_softirq()；每次自我重新调度都会被立即处理，远早于下一个时钟节拍。第五次运行唤醒 cat。</translation>
    </message>
    <message>
        <source>cat&apos;s second read() runs it all again</source>
        <extracomment>ldd3-idle-cpu.json: step 3 title</extracomment>
        <translation>cat 的第二次 read() 把一切重新运行一遍</translation>
    </message>
    <message>
        <source>fs/proc/generic.c: proc_file_read() calls jit&apos;s read_proc function on every read(), and jit ignores the offset: the whole experiment runs a second time (300.5 to 301 us). The new output is not longer than the first, so read() returns 0 and cat prints the six lines once.</source>
        <extracomment>ldd3-idle-cpu.json: step 3 text</extracomment>
        <translation>fs/proc/generic.c：proc_file_read() 在每次 read() 时都会调用 jit 的 read_proc 函数，而 jit 忽略偏移量：整个实验又运行了一次（300.5 到 301 us）。新的输出并不比第一次更长，因此 read() 返回 0，cat 只打印一次这六行。</translation>
    </message>
    <message>
        <source>jitasklethi vs jitasklet, with a competing tasklet and a timer</source>
        <extracomment>lesson-01-hi-vs-normal.json: title</extracomment>
        <translation>jitasklethi 与 jitasklet 对比：另有一个竞争的 tasklet 和一个定时器</translation>
    </message>
    <message>
        <source>Three readers on a busy CPU (linux-2.6.10): one reads /proc/jitimer (tdelay 1), one /proc/jitasklet, one /proc/jitasklethi, and ifconfig schedules a normal tasklet rx. Everything becomes pending before the first tick; the tick&apos;s irq_exit() then serves HI, TIMER and TASKLET in that order in every pass. Both jit outputs print the same lines: the difference between a hi and a normal tasklet is only visible in the trace.</source>
        <extracomment>lesson-01-hi-vs-normal.json: description</extracomment>
        <translation>繁忙 CPU 上的三个读者（linux-2.6.10）：一个读取 /proc/jitimer（tdelay 1），一个读取 /proc/jitasklet，一个读取 /proc/jitasklethi；此外 ifconfig 调度了一个普通 tasklet rx。所有工作都在第一个时钟节拍之前进入待处理状态；随后该时钟节拍的 irq_exit() 在每一轮中都按 HI、TIMER、TASKLET 的顺序处理它们。两个 jit 输出打印的内容完全相同：高优先级 tasklet 与普通 tasklet 的区别只能在跟踪中看到。</translation>
    </message>
    <message>
        <source>A timer for the next jiffy</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 1 title</extracomment>
        <translation>为下一个 jiffy 设置的定时器</translation>
    </message>
    <message>
        <source>jit_timer() (LDD3 7.4, misc-modules/jit.c) arms a timer_list at jiffies + tdelay = 1001 with add_timer(). Its callback will run in the TIMER softirq, vector 1 (kernel/timer.c: run_timer_softirq()).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 1 text</extracomment>
        <translation>jit_timer()（LDD3 7.4，misc-modules/jit.c）用 add_timer() 设置一个在 jiffies + tdelay = 1001 到期的 timer_list。它的回调函数将在 TIMER 软中断（向量 1）中运行（kernel/timer.c：run_timer_softirq()）。</translation>
    </message>
    <message>
        <source>Two jit tasklets and a driver tasklet are queued</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 2 title</extracomment>
        <translation>两个 jit tasklet 和一个驱动程序 tasklet 进入队列</translation>
    </message>
    <message>
        <source>jit_tasklet() calls tasklet_schedule() for /proc/jitasklet and tasklet_hi_schedule() for /proc/jitasklethi (kernel/softirq.c: __tasklet_schedule(), __tasklet_hi_schedule()): one goes on tasklet_vec and raises TASKLET (5), the other on tasklet_hi_vec and raises HI (0). ifconfig then queues rx on the same normal list. Each raise from process context wakes ksoftirqd/0, but at nice 19 it cannot preempt cc1 under the O(1) scheduler.</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 2 text</extracomment>
        <translation>jit_tasklet() 为 /proc/jitasklet 调用 tasklet_schedule()，为 /proc/jitasklethi 调用 tasklet_hi_schedule()（kernel/softirq.c：__tasklet_schedule()、__tasklet_hi_schedule()）：前者进入 tasklet_vec 并触发 TASKLET（5），后者进入 tasklet_hi_vec 并触发 HI（0）。随后 ifconfig 将 rx 加入同一个普通链表。每次从进程上下文触发都会唤醒 ksoftirqd/0，但在 O(1) 调度器下，nice 19 的它无法抢占 cc1。</translation>
    </message>
    <message>
        <source>One pass: HI, then TIMER, then TASKLET</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 title</extracomment>
        <translation>一轮处理：先 HI，再 TIMER，最后 TASKLET</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __do_softirq() walks the pending bits from the lowest number up, once per pass. Everything runs on top of cc1 (pid 4368) in softirq context: inirq is 1.</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 text</extracomment>
        <translation>kernel/softirq.c：__do_softirq() 每一轮都从编号最小的位开始，依次处理各个待处理位。所有处理都在 cc1（pid 4368）之上、于软中断上下文中进行：inirq 为 1。</translation>
    </message>
    <message>
        <source>HI, TIMER and TASKLET are all pending when the tick&apos;s irq_exit() runs __do_softirq(). In which order do the jit hi tasklet, the jitimer callback and the two normal tasklets run?</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 question</extracomment>
        <translation>时钟节拍的 irq_exit() 运行 __do_softirq() 时，HI、TIMER 和 TASKLET 都处于待处理状态。jit 的高优先级 tasklet、jitimer 的回调函数和两个普通 tasklet 按什么顺序运行？</translation>
    </message>
    <message>
        <source>By vector number: the hi tasklet (HI = 0, tasklet_hi_action()), then the timer (TIMER = 1, run_timer_softirq()), then the normal list (TASKLET = 5, tasklet_action()). In the normal list rx runs before jitasklet although it was scheduled later: 2.6 inserts at the head of tasklet_vec (LIFO).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 answer</extracomment>
        <translation>按向量编号：先是高优先级 tasklet（HI = 0，tasklet_hi_action()），然后是定时器（TIMER = 1，run_timer_softirq()），最后是普通链表（TASKLET = 5，tasklet_action()）。在普通链表中，rx 虽然调度得更晚，却先于 jitasklet 运行：2.6 把 tasklet 插入 tasklet_vec 的头部（LIFO）。</translation>
    </message>
    <message>
        <source>The restart loop runs the rest</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 4 title</extracomment>
        <translation>重启循环运行剩余的部分</translation>
    </message>
    <message>
        <source>Both jit tasklets rescheduled themselves from their callbacks, so HI and TASKLET are pending again. linux-2.6.10 restarts __do_softirq() up to MAX_SOFTIRQ_RESTART = 10 times: passes 2 to 5 run one hi run and one normal run each, all in jiffy 1001. The jitimer callback re-arms itself for the next jiffy, so its five lines are one tick apart. Both tasklet outputs are identical: &apos;the only difference is that they use different lists&apos; (the book, 7.5).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 4 text</extracomment>
        <translation>两个 jit tasklet 都在回调函数中重新调度了自身，因此 HI 和 TASKLET 再次处于待处理状态。linux-2.6.10 最多将 __do_softirq() 重启 MAX_SOFTIRQ_RESTART = 10 次：第 2 到第 5 轮各运行一次高优先级 tasklet 和一次普通 tasklet，全部在 jiffy 1001 内完成。jitimer 的回调函数为下一个 jiffy 重新设置自身，因此它的五行输出彼此相隔一个时钟节拍。两个 tasklet 的输出完全相同：“唯一的区别在于它们使用不同的链表”（书中第 7.5 节）。</translation>
    </message>
    <message>
        <source>Schedule twice, run once</source>
        <extracomment>lesson-02-schedule-twice.json: title</extracomment>
        <translation>调度两次，运行一次</translation>
    </message>
    <message>
        <source>ifconfig calls tasklet_schedule(rx) twice before rx gets a chance to run: the second call finds TASKLET_STATE_SCHED already set and does nothing, so the callback runs once. A schedule made after the run queues it again.</source>
        <extracomment>lesson-02-schedule-twice.json: description</extracomment>
        <translation>ifconfig 在 rx 有机会运行之前两次调用 tasklet_schedule(rx)：第二次调用发现 TASKLET_STATE_SCHED 已被置位，什么也不做，因此回调函数只运行一次。运行之后再进行的调度会重新将它加入队列。</translation>
    </message>
    <message>
        <source>First schedule queues rx</source>
        <extracomment>lesson-02-schedule-twice.json: step 1 title</extracomment>
        <translation>第一次调度将 rx 加入队列</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_schedule() does test_and_set_bit(TASKLET_STATE_SCHED). The bit was clear, so __tasklet_schedule() puts rx on this CPU&apos;s tasklet_vec and raises TASKLET. ksoftirqd/0 (nice 19) cannot preempt cc1: rx waits for the next tick.</source>
        <extracomment>lesson-02-schedule-twice.json: step 1 text</extracomment>
        <translation>include/linux/interrupt.h：tasklet_schedule() 执行 test_and_set_bit(TASKLET_STATE_SCHED)。该位原先是清除的，因此 __tasklet_schedule() 将 rx 放入本 CPU 的 tasklet_vec 并触发 TASKLET。ksoftirqd/0（nice 19）无法抢占 cc1：rx 要等到下一个时钟节拍。</translation>
    </message>
    <message>
        <source>Second schedule: a no-op</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 title</extracomment>
        <translation>第二次调度：空操作</translation>
    </message>
    <message>
        <source>The trace shows the call with &apos;no-op&apos;: nothing is queued and nothing is raised.</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 text</extracomment>
        <translation>跟踪中该调用标记为“no-op”：没有任何东西加入队列，也没有触发任何软中断。</translation>
    </message>
    <message>
        <source>rx is still queued. How many times will its callback run after this second tasklet_schedule()?</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 question</extracomment>
        <translation>rx 仍在队列中。在第二次 tasklet_schedule() 之后，它的回调函数将运行几次？</translation>
    </message>
    <message>
        <source>Once. test_and_set_bit() finds SCHED already set and the call returns without touching the list. The book, 7.5: a tasklet scheduled again before it runs &apos;runs only once&apos;.</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 answer</extracomment>
        <translation>一次。test_and_set_bit() 发现 SCHED 已被置位，调用直接返回，不会触碰链表。书中第 7.5 节：tasklet 在运行之前被再次调度，也“只会运行一次”。</translation>
    </message>
    <message>
        <source>The tick runs rx once</source>
        <extracomment>lesson-02-schedule-twice.json: step 3 title</extracomment>
        <translation>时钟节拍运行 rx 一次</translation>
    </message>
    <message>
        <source>The tick&apos;s irq_exit() runs __do_softirq() in cc1&apos;s context. kernel/softirq.c: tasklet_action() clears SCHED just before the callback, so a schedule from now on queues it again.</source>
        <extracomment>lesson-02-schedule-twice.json: step 3 text</extracomment>
        <translation>时钟节拍的 irq_exit() 在 cc1 的上下文中运行 __do_softirq()。kernel/softirq.c：tasklet_action() 在调用回调函数之前清除 SCHED，因此从这一刻起的调度都会再次将它加入队列。</translation>
    </message>
    <message>
        <source>Scheduled again after the run</source>
        <extracomment>lesson-02-schedule-twice.json: step 4 title</extracomment>
        <translation>运行后再次调度</translation>
    </message>
    <message>
        <source>SCHED is clear, so this call queues rx again and it runs at the 2 ms tick: one run per schedule that finds the tasklet idle, never one per call.</source>
        <extracomment>lesson-02-schedule-twice.json: step 4 text</extracomment>
        <translation>SCHED 已清除，因此这次调用再次将 rx 加入队列，它在 2 ms 的时钟节拍时运行：每次在 tasklet 空闲时进行的调度对应一次运行，而不是每次调用都对应一次运行。</translation>
    </message>
    <message>
        <source>Disabling counts: twice disabled, once enabled</source>
        <extracomment>lesson-03-disable-count.json: title</extracomment>
        <translation>禁用计数：禁用两次，启用一次</translation>
    </message>
    <message>
        <source>tasklet_disable() increments a counter and tasklet_enable() decrements it; the tasklet may run only when the count is back to 0. After two disables and one enable, rx is still disabled: a schedule queues it but it does not run until the second enable.</source>
        <extracomment>lesson-03-disable-count.json: description</extracomment>
        <translation>tasklet_disable() 使计数器加一，tasklet_enable() 使其减一；只有当计数回到 0 时 tasklet 才能运行。禁用两次、启用一次之后，rx 仍处于禁用状态：调度会将它加入队列，但直到第二次启用它才会运行。</translation>
    </message>
    <message>
        <source>Two disables</source>
        <extracomment>lesson-03-disable-count.json: step 1 title</extracomment>
        <translation>两次禁用</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_disable() does atomic_inc(&amp;t-&gt;count) and then waits until TASKLET_STATE_RUN is clear (rx is not running, so it returns at once). Called twice, count is 2. The book, 7.5: &apos;the tasklet is disabled until tasklet_enable is called the same number of times&apos;.</source>
        <extracomment>lesson-03-disable-count.json: step 1 text</extracomment>
        <translation>include/linux/interrupt.h：tasklet_disable() 执行 atomic_inc(&amp;t-&gt;count)，然后等待 TASKLET_STATE_RUN 被清除（rx 并未运行，所以它立即返回）。调用两次后，count 为 2。书中第 7.5 节：“在以相同次数调用 tasklet_enable 之前，tasklet 一直处于禁用状态”。</translation>
    </message>
    <message>
        <source>One enable</source>
        <extracomment>lesson-03-disable-count.json: step 2 title</extracomment>
        <translation>一次启用</translation>
    </message>
    <message>
        <source>tasklet_enable() is only atomic_dec(&amp;t-&gt;count): count 1, still disabled. It checks nothing and raises nothing.</source>
        <extracomment>lesson-03-disable-count.json: step 2 text</extracomment>
        <translation>tasklet_enable() 仅仅是 atomic_dec(&amp;t-&gt;count)：count 为 1，仍处于禁用状态。它不做任何检查，也不触发任何软中断。</translation>
    </message>
    <message>
        <source>Scheduled while disabled</source>
        <extracomment>lesson-03-disable-count.json: step 3 title</extracomment>
        <translation>在禁用状态下被调度</translation>
    </message>
    <message>
        <source>The trace shows tasklet_requeue events in swapper/0&apos;s irq_exit() and then in ksoftirqd/0: the queued, disabled tasklet keeps the softirq busy (see the next lesson).</source>
        <extracomment>lesson-03-disable-count.json: step 3 text</extracomment>
        <translation>跟踪中先在 swapper/0 的 irq_exit() 中、然后在 ksoftirqd/0 中出现 tasklet_requeue 事件：已入队但被禁用的 tasklet 让软中断一直忙碌（见下一课）。</translation>
    </message>
    <message>
        <source>An interrupt schedules rx now (count is 1). Will the callback run?</source>
        <extracomment>lesson-03-disable-count.json: step 3 question</extracomment>
        <translation>现在一个中断调度 rx（count 为 1）。回调函数会运行吗？</translation>
    </message>
    <message>
        <source>No. tasklet_schedule() ignores the count and queues rx, but kernel/softirq.c: tasklet_action() sees count != 0, puts it back on the list and raises TASKLET again, pass after pass, without calling it.</source>
        <extracomment>lesson-03-disable-count.json: step 3 answer</extracomment>
        <translation>不会。tasklet_schedule() 忽略计数，将 rx 加入队列；但 kernel/softirq.c：tasklet_action() 发现 count != 0，便把它放回链表并再次触发 TASKLET，一轮又一轮，始终不调用它。</translation>
    </message>
    <message>
        <source>The second enable</source>
        <extracomment>lesson-03-disable-count.json: step 4 title</extracomment>
        <translation>第二次启用</translation>
    </message>
    <message>
        <source>count is 0. The very next tasklet_action() pass finds it enabled, clears SCHED and runs the callback, exactly once, in ksoftirqd/0, which was still looping on it.</source>
        <extracomment>lesson-03-disable-count.json: step 4 text</extracomment>
        <translation>count 为 0。紧接着的下一轮 tasklet_action() 发现它已启用，清除 SCHED 并运行回调函数，恰好一次，运行在仍在为它反复循环的 ksoftirqd/0 中。</translation>
    </message>
    <message>
        <source>A disabled tasklet keeps the softirq churning</source>
        <extracomment>lesson-04-disabled-churn.json: title</extracomment>
        <translation>被禁用的 tasklet 让软中断不停空转</translation>
    </message>
    <message>
        <source>rx is declared with DECLARE_TASKLET_DISABLED and a network interrupt schedules it. Nothing runs it, yet it is not idle: every tasklet_action() puts it back and raises TASKLET again, each __do_softirq() uses its whole restart budget and ksoftirqd/0 spins, taking the CPU from make, until the driver enables it.</source>
        <extracomment>lesson-04-disabled-churn.json: description</extracomment>
        <translation>rx 用 DECLARE_TASKLET_DISABLED 声明，一个网络中断调度了它。没有谁运行它，但它也并非闲置：每次 tasklet_action() 都把它放回链表并再次触发 TASKLET，每次 __do_softirq() 都会用完全部重启次数，ksoftirqd/0 不停空转，从 make 手中夺走 CPU，直到驱动程序启用它为止。</translation>
    </message>
    <message>
        <source>A disabled tasklet is scheduled</source>
        <extracomment>lesson-04-disabled-churn.json: step 1 title</extracomment>
        <translation>被禁用的 tasklet 被调度</translation>
    </message>
    <message>
        <source>tasklet_schedule() never looks at the count: rx goes on tasklet_vec with SCHED set. The interrupt&apos;s irq_exit() runs __do_softirq() on top of make.</source>
        <extracomment>lesson-04-disabled-churn.json: step 1 text</extracomment>
        <translation>tasklet_schedule() 从不查看计数：rx 进入 tasklet_vec，SCHED 被置位。中断的 irq_exit() 在 make 之上运行 __do_softirq()。</translation>
    </message>
    <message>
        <source>Ten passes, then ksoftirqd</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 title</extracomment>
        <translation>十轮之后交给 ksoftirqd</translation>
    </message>
    <message>
        <source>This is the R-CHURN rule of kernel-semantics.md 4: the vector is re-raised every pass, without waking anyone, until the tasklet is enabled.</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 text</extracomment>
        <translation>这就是 kernel-semantics.md 第 4 节中的 R-CHURN 规则：在 tasklet 被启用之前，每一轮都会重新触发该向量，但不唤醒任何任务。</translation>
    </message>
    <message>
        <source>How many passes will this __do_softirq() invocation make, and who continues afterwards?</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 question</extracomment>
        <translation>这次 __do_softirq() 调用会执行多少轮？之后由谁接手？</translation>
    </message>
    <message>
        <source>Ten. kernel/softirq.c: tasklet_action_common() finds count != 0, re-inserts rx and calls __raise_softirq_irqoff(TASKLET), so TASKLET is pending after every pass; MAX_SOFTIRQ_RESTART (10) ends the loop and wakeup_softirqd() hands the rest to ksoftirqd/0.</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 answer</extracomment>
        <translation>十轮。kernel/softirq.c：tasklet_action_common() 发现 count != 0，重新插入 rx 并调用 __raise_softirq_irqoff(TASKLET)，因此每一轮之后 TASKLET 都处于待处理状态；MAX_SOFTIRQ_RESTART（10）结束循环，wakeup_softirqd() 把剩下的工作交给 ksoftirqd/0。</translation>
    </message>
    <message>
        <source>ksoftirqd/0 spins</source>
        <extracomment>lesson-04-disabled-churn.json: step 3 title</extracomment>
        <translation>ksoftirqd/0 空转</translation>
    </message>
    <message>
        <source>ksoftirqd/0 (nice 0 under CFS) preempts make and calls __do_softirq() again and again (kernel/softirq.c: run_ksoftirqd()), each time 10 passes of requeues. It gives the CPU up only when the scheduler takes it away.</source>
        <extracomment>lesson-04-disabled-churn.json: step 3 text</extracomment>
        <translation>ksoftirqd/0（在 CFS 下为 nice 0）抢占 make，一次又一次地调用 __do_softirq()（kernel/softirq.c：run_ksoftirqd()），每次都是 10 轮重新入队。只有当调度器把 CPU 收回时，它才让出 CPU。</translation>
    </message>
    <message>
        <source>tasklet_enable() alone raises nothing</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 title</extracomment>
        <translation>仅靠 tasklet_enable() 不会触发任何软中断</translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_enable() does not raise the softirq or wake ksoftirqd.</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 text</extracomment>
        <translation>include/linux/interrupt.h：tasklet_enable() 既不触发软中断，也不唤醒 ksoftirqd。</translation>
    </message>
    <message>
        <source>insmod enables rx at 6 ms and goes back to sleep; make gets the CPU. When and in which context will rx finally run?</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 question</extracomment>
        <translation>insmod 在 6 ms 时启用 rx 并重新睡眠；make 获得 CPU。rx 最终会在何时、在什么上下文中运行？</translation>
    </message>
    <message>
        <source>At the next processing of TASKLET: the 8 ms tick (HZ = 250). Its irq_exit() runs __do_softirq() on top of make, so rx runs in make&apos;s context, not in ksoftirqd/0. tasklet_enable() is only atomic_dec(); the pending TASKLET bit left by the churn does the rest.</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 answer</extracomment>
        <translation>在下一次处理 TASKLET 时：即 8 ms 的时钟节拍（HZ = 250）。该节拍的 irq_exit() 在 make 之上运行 __do_softirq()，因此 rx 在 make 的上下文中运行，而不是在 ksoftirqd/0 中。tasklet_enable() 只是 atomic_dec()；其余的事由空转留下的 TASKLET 待处理位完成。</translation>
    </message>
    <message>
        <source>One run, the churn stops</source>
        <extracomment>lesson-04-disabled-churn.json: step 5 title</extracomment>
        <translation>运行一次，空转停止</translation>
    </message>
    <message>
        <source>tasklet_action() finds count 0, clears SCHED and runs rx once. The list is empty, nothing re-raises TASKLET, and ksoftirqd/0 goes back to sleep.</source>
        <extracomment>lesson-04-disabled-churn.json: step 5 text</extracomment>
        <translation>tasklet_action() 发现 count 为 0，清除 SCHED 并运行 rx 一次。链表已空，没有谁再触发 TASKLET，ksoftirqd/0 重新进入睡眠。</translation>
    </message>
    <message>
        <source>tasklet_kill() waits for a queued tasklet to run</source>
        <extracomment>lesson-05-kill-waits.json: title</extracomment>
        <translation>tasklet_kill() 会等待已入队的 tasklet 运行</translation>
    </message>
    <message>
        <source>rx is queued on CPU 0, where ethtool holds local_bh_disable(), so it cannot run yet. rmmod on CPU 1 calls tasklet_kill(rx): kill does not remove rx from the list, it sleeps until rx has run once. After kill returns, rx can be scheduled again.</source>
        <extracomment>lesson-05-kill-waits.json: description</extracomment>
        <translation>rx 在 CPU 0 上排队，而 ethtool 在该 CPU 上调用了 local_bh_disable()，因此 rx 暂时无法运行。CPU 1 上的 rmmod 调用 tasklet_kill(rx)：kill 不会把 rx 从链表中移除，而是睡眠到 rx 运行过一次为止。kill 返回之后，rx 仍然可以再次被调度。</translation>
    </message>
    <message>
        <source>rx is queued on CPU 0 but cannot run</source>
        <extracomment>lesson-05-kill-waits.json: step 1 title</extracomment>
        <translation>rx 在 CPU 0 上排队，但无法运行</translation>
    </message>
    <message>
        <source>eth0&apos;s handler schedules rx on CPU 0. Its irq_exit() does not run softirqs because ethtool has bottom halves disabled (in_interrupt() is true, kernel/softirq.c: irq_exit()).</source>
        <extracomment>lesson-05-kill-waits.json: step 1 text</extracomment>
        <translation>eth0 的中断处理函数在 CPU 0 上调度 rx。它的 irq_exit() 不会运行软中断，因为 ethtool 禁用了下半部（in_interrupt() 为真，kernel/softirq.c：irq_exit()）。</translation>
    </message>
    <message>
        <source>rmmod calls tasklet_kill()</source>
        <extracomment>lesson-05-kill-waits.json: step 2 title
----------
lesson-06-kill-disabled.json: step 2 title</extracomment>
        <translation>rmmod 调用 tasklet_kill()</translation>
    </message>
    <message>
        <source>The book, 7.5: tasklet_kill() &apos;ensures that the tasklet is not scheduled to run again&apos;; if it is scheduled, &apos;the function waits until it has executed&apos;.</source>
        <extracomment>lesson-05-kill-waits.json: step 2 text</extracomment>
        <translation>书中第 7.5 节：tasklet_kill()“确保该 tasklet 不会再被调度运行”；如果它已被调度，“该函数会等待其执行完毕”。</translation>
    </message>
    <message>
        <source>rx is queued and enabled. Does tasklet_kill() take it off the list, or wait?</source>
        <extracomment>lesson-05-kill-waits.json: step 2 question</extracomment>
        <translation>rx 已入队且处于启用状态。tasklet_kill() 会把它从链表中移除，还是等待？</translation>
    </message>
    <message>
        <source>It waits. kernel/softirq.c: tasklet_kill() loops on test_and_set_bit(TASKLET_STATE_SCHED) and, in 6.1, sleeps in wait_var_event() (D state) until tasklet_action() clears SCHED; then it waits for RUN to clear. It never dequeues.</source>
        <extracomment>lesson-05-kill-waits.json: step 2 answer</extracomment>
        <translation>等待。kernel/softirq.c：tasklet_kill() 在 test_and_set_bit(TASKLET_STATE_SCHED) 上循环，在 6.1 中会在 wait_var_event() 中睡眠（D 状态），直到 tasklet_action() 清除 SCHED；然后再等待 RUN 被清除。它从不把 tasklet 移出队列。</translation>
    </message>
    <message>
        <source>local_bh_enable() runs rx, kill returns</source>
        <extracomment>lesson-05-kill-waits.json: step 3 title</extracomment>
        <translation>local_bh_enable() 运行 rx，kill 返回</translation>
    </message>
    <message>
        <source>ethtool&apos;s local_bh_enable() runs the pending TASKLET softirq in its own context. tasklet_action() clears SCHED (waking rmmod, which now owns SCHED and waits for RUN), runs rx once, and tasklet_unlock() wakes rmmod again: tasklet_kill() returns at 2.55 ms, after exactly one run.</source>
        <extracomment>lesson-05-kill-waits.json: step 3 text</extracomment>
        <translation>ethtool 的 local_bh_enable() 在它自己的上下文中运行待处理的 TASKLET 软中断。tasklet_action() 清除 SCHED（唤醒 rmmod，此时 rmmod 持有 SCHED 并等待 RUN），运行 rx 一次，随后 tasklet_unlock() 再次唤醒 rmmod：tasklet_kill() 在 2.55 ms 返回，恰好在一次运行之后。</translation>
    </message>
    <message>
        <source>Killed is not dead</source>
        <extracomment>lesson-05-kill-waits.json: step 4 title</extracomment>
        <translation>被 kill 并不意味着失效</translation>
    </message>
    <message>
        <source>tasklet_kill() leaves SCHED and RUN clear: a new tasklet_schedule() queues rx on CPU 1 and it runs again. A driver must stop whatever schedules the tasklet before killing it.</source>
        <extracomment>lesson-05-kill-waits.json: step 4 text</extracomment>
        <translation>tasklet_kill() 返回时 SCHED 和 RUN 均已清除：新的 tasklet_schedule() 会把 rx 加入 CPU 1 的队列，它会再次运行。驱动程序必须先停止一切会调度该 tasklet 的来源，然后再 kill 它。</translation>
    </message>
    <message>
        <source>tasklet_kill() never returns on a disabled tasklet</source>
        <extracomment>lesson-06-kill-disabled.json: title</extracomment>
        <translation>tasklet_kill() 在被禁用的 tasklet 上永不返回</translation>
    </message>
    <message>
        <source>rx is declared disabled and gets scheduled. rmmod then calls tasklet_kill(rx): SCHED can only be cleared by running the tasklet, a disabled tasklet never runs, so rmmod waits for ever while ksoftirqd/0 churns on rx. The run ends with tasklet_kill() still waiting.</source>
        <extracomment>lesson-06-kill-disabled.json: description</extracomment>
        <translation>rx 被声明为禁用状态，并被调度。随后 rmmod 调用 tasklet_kill(rx)：SCHED 只能通过运行 tasklet 来清除，而被禁用的 tasklet 永远不会运行，因此 rmmod 会永远等待下去，ksoftirqd/0 则在 rx 上不停空转。运行结束时 tasklet_kill() 仍在等待。</translation>
    </message>
    <message>
        <source>A disabled tasklet is queued</source>
        <extracomment>lesson-06-kill-disabled.json: step 1 title</extracomment>
        <translation>被禁用的 tasklet 进入队列</translation>
    </message>
    <message>
        <source>tasklet_schedule() sets SCHED and queues rx although count is 1. tasklet_action() skips it and re-raises TASKLET every pass; after 10 passes ksoftirqd/0 takes over and keeps doing it.</source>
        <extracomment>lesson-06-kill-disabled.json: step 1 text</extracomment>
        <translation>尽管 count 为 1，tasklet_schedule() 仍会设置 SCHED 并将 rx 加入队列。tasklet_action() 跳过它，并在每一轮重新触发 TASKLET；10 轮之后由 ksoftirqd/0 接手，继续这样做。</translation>
    </message>
    <message>
        <source>The simulator reports the call as unfinished at the end of the run. Enable before you kill: the book&apos;s cleanup order is tasklet_enable() (if disabled), then tasklet_kill().</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 text</extracomment>
        <translation>模拟器在运行结束时将该调用报告为未完成。先启用，再 kill：书中给出的清理顺序是先 tasklet_enable()（如果已禁用），再 tasklet_kill()。</translation>
    </message>
    <message>
        <source>Will tasklet_kill(rx) return?</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 question</extracomment>
        <translation>tasklet_kill(rx) 会返回吗？</translation>
    </message>
    <message>
        <source>Never, as long as rx stays disabled. kernel/softirq.c: tasklet_kill() waits for SCHED to clear, and only tasklet_action() clears it, right before calling an enabled tasklet. In 6.1 rmmod sleeps in D state; tasklet_unlock() wakes it after every skipped pass, and whenever CFS gives it the CPU it finds SCHED still set and sleeps again (2.6 keeps calling yield() instead).</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 answer</extracomment>
        <translation>只要 rx 保持禁用，就永远不会返回。kernel/softirq.c：tasklet_kill() 等待 SCHED 被清除，而只有 tasklet_action() 会清除它，并且是在即将调用一个已启用的 tasklet 时。在 6.1 中，rmmod 在 D 状态下睡眠；每跳过一轮，tasklet_unlock() 都会唤醒它，而每当 CFS 把 CPU 分给它时，它都发现 SCHED 仍被置位，于是再次睡眠（2.6 则是不断调用 yield()）。</translation>
    </message>
    <message>
        <source>Self-rescheduling and the restart limit</source>
        <extracomment>lesson-07-restart-limit.json: title</extracomment>
        <translation>自我重新调度与重启次数限制</translation>
    </message>
    <message>
        <source>A polling tasklet reschedules itself 24 times (25 runs). Under linux-2.6.10 the interrupt&apos;s irq_exit() runs 10 of them (MAX_SOFTIRQ_RESTART), then hands the rest to ksoftirqd/0. Run it with --profile ldd3-book (one run per invocation: the pre-2.6.2 mask rule) and --profile linux-6.1 (10 passes, 2 ms or need_resched) to compare eras.</source>
        <extracomment>lesson-07-restart-limit.json: description</extracomment>
        <translation>一个轮询 tasklet 重新调度自身 24 次（共运行 25 次）。在 linux-2.6.10 下，中断的 irq_exit() 运行其中 10 次（MAX_SOFTIRQ_RESTART），然后把其余的交给 ksoftirqd/0。分别用 --profile ldd3-book（每次调用只运行一次：2.6.2 之前的 mask 规则）和 --profile linux-6.1（10 轮、2 ms 或 need_resched）运行，比较不同时期的内核。</translation>
    </message>
    <message>
        <source>The interrupt schedules poll</source>
        <extracomment>lesson-07-restart-limit.json: step 1 title</extracomment>
        <translation>中断调度 poll</translation>
    </message>
    <message>
        <source>The handler&apos;s tasklet_schedule() raises TASKLET from hard-IRQ context: no ksoftirqd wake-up, irq_exit() will process it (kernel/softirq.c: raise_softirq_irqoff()).</source>
        <extracomment>lesson-07-restart-limit.json: step 1 text</extracomment>
        <translation>中断处理函数中的 tasklet_schedule() 从硬中断上下文触发 TASKLET：不会唤醒 ksoftirqd，由 irq_exit() 来处理它（kernel/softirq.c：raise_softirq_irqoff()）。</translation>
    </message>
    <message>
        <source>poll calls tasklet_schedule() on itself at the end of every run. How many runs happen inside this interrupt&apos;s irq_exit()?</source>
        <extracomment>lesson-07-restart-limit.json: step 1 question</extracomment>
        <translation>poll 在每次运行结束时都对自身调用 tasklet_schedule()。在这次中断的 irq_exit() 中会运行多少次？</translation>
    </message>
    <message>
        <source>Ten. A tasklet rescheduled from its own callback waits for the next pass (tasklet_action() detached the list first), and kernel/softirq.c: __do_softirq() restarts at most MAX_SOFTIRQ_RESTART = 10 times before calling wakeup_softirqd().</source>
        <extracomment>lesson-07-restart-limit.json: step 1 answer</extracomment>
        <translation>十次。在自己的回调函数中被重新调度的 tasklet 要等到下一轮（tasklet_action() 事先已摘下整个链表），而 kernel/softirq.c：__do_softirq() 最多重启 MAX_SOFTIRQ_RESTART = 10 次，之后便调用 wakeup_softirqd()。</translation>
    </message>
    <message>
        <source>Ten passes in swapper&apos;s irq_exit()</source>
        <extracomment>lesson-07-restart-limit.json: step 2 title</extracomment>
        <translation>在 swapper 的 irq_exit() 中执行十轮</translation>
    </message>
    <message>
        <source>The CPU was idle, so the runs happen on top of the idle task (swapper, pid 0) in softirq context. After the tenth pass TASKLET is still pending: __do_softirq() wakes ksoftirqd/0 and returns.</source>
        <extracomment>lesson-07-restart-limit.json: step 2 text</extracomment>
        <translation>CPU 原本空闲，因此这些运行发生在空闲任务（swapper，pid 0）之上，处于软中断上下文。第十轮之后 TASKLET 仍处于待处理状态：__do_softirq() 唤醒 ksoftirqd/0 并返回。</translation>
    </message>
    <message>
        <source>ksoftirqd/0 finishes the work</source>
        <extracomment>lesson-07-restart-limit.json: step 3 title</extracomment>
        <translation>ksoftirqd/0 完成剩余工作</translation>
    </message>
    <message>
        <source>The idle task yields to ksoftirqd/0, whose loop calls do_softirq() while anything is pending (kernel/softirq.c: ksoftirqd()): 10 more runs, then the last 5. This is how the restart limit keeps a softirq storm from starving user space. Under ldd3-book each invocation makes a single pass (only a newly raised vector restarts it), so ksoftirqd does 24 of the 25 runs; under linux-6.1 the 2 ms and need_resched() limits can cut a pass short too.</source>
        <extracomment>lesson-07-restart-limit.json: step 3 text</extracomment>
        <translation>空闲任务让位给 ksoftirqd/0，只要还有待处理的软中断，后者的循环就会调用 do_softirq()（kernel/softirq.c：ksoftirqd()）：再运行 10 次，然后是最后 5 次。重启次数限制正是以这种方式防止软中断风暴让用户空间陷入饥饿。在 ldd3-book 下，每次调用只处理一轮（只有新触发的向量才会使其重启），因此 25 次运行中有 24 次由 ksoftirqd 完成；在 linux-6.1 下，2 ms 和 need_resched() 这两项限制也可能使处理提前结束。</translation>
    </message>
    <message>
        <source>A tasklet runs on the CPU that scheduled it</source>
        <extracomment>lesson-08-same-cpu.json: title</extracomment>
        <translation>tasklet 在调度它的 CPU 上运行</translation>
    </message>
    <message>
        <source>Two CPUs, two network interrupts. rx is queued on CPU 0 while ethtool holds bottom halves off there; an interrupt on idle CPU 1 schedules rx too, but that call is a no-op, and rx waits for CPU 0. Later, scheduled from CPU 1, it runs on CPU 1.</source>
        <extracomment>lesson-08-same-cpu.json: description</extracomment>
        <translation>两个 CPU，两个网络中断。rx 在 CPU 0 上排队，而 ethtool 在该 CPU 上关闭了下半部；空闲的 CPU 1 上的中断也调度了 rx，但该调用是空操作，rx 只能等待 CPU 0。之后，当它从 CPU 1 被调度时，便在 CPU 1 上运行。</translation>
    </message>
    <message>
        <source>Queued on CPU 0</source>
        <extracomment>lesson-08-same-cpu.json: step 1 title</extracomment>
        <translation>在 CPU 0 上排队</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __tasklet_schedule() puts the tasklet on this_cpu&apos;s tasklet_vec. The book, 7.5: &apos;a tasklet always runs on the same CPU that schedules it&apos;. Bottom halves are off on CPU 0, so it waits.</source>
        <extracomment>lesson-08-same-cpu.json: step 1 text</extracomment>
        <translation>kernel/softirq.c：__tasklet_schedule() 将 tasklet 放入 this_cpu 的 tasklet_vec。书中第 7.5 节：“tasklet 总是在调度它的同一个 CPU 上运行”。CPU 0 上的下半部已关闭，因此它只能等待。</translation>
    </message>
    <message>
        <source>CPU 1 schedules it too</source>
        <extracomment>lesson-08-same-cpu.json: step 2 title</extracomment>
        <translation>CPU 1 也调度它</translation>
    </message>
    <message>
        <source>CPU 1 stays idle even though it could run rx right now.</source>
        <extracomment>lesson-08-same-cpu.json: step 2 text</extracomment>
        <translation>尽管 CPU 1 此刻就能运行 rx，它仍保持空闲。</translation>
    </message>
    <message>
        <source>CPU 1 is idle and also calls tasklet_schedule(rx). Where will rx run, and how often?</source>
        <extracomment>lesson-08-same-cpu.json: step 2 question</extracomment>
        <translation>CPU 1 处于空闲状态，也调用了 tasklet_schedule(rx)。rx 将在哪里运行？运行几次？</translation>
    </message>
    <message>
        <source>Once, on CPU 0. SCHED is already set, so CPU 1&apos;s call is a no-op: nothing moves a queued tasklet to another CPU (only CPU hot-unplug does, kernel/softirq.c: takeover_tasklets()).</source>
        <extracomment>lesson-08-same-cpu.json: step 2 answer</extracomment>
        <translation>在 CPU 0 上运行一次。SCHED 已被置位，因此 CPU 1 的调用是空操作：没有任何机制会把已入队的 tasklet 迁移到另一个 CPU（只有 CPU 热拔出时才会，见 kernel/softirq.c：takeover_tasklets()）。</translation>
    </message>
    <message>
        <source>CPU 0 runs it</source>
        <extracomment>lesson-08-same-cpu.json: step 3 title</extracomment>
        <translation>CPU 0 运行它</translation>
    </message>
    <message>
        <source>local_bh_enable() on CPU 0 processes the pending TASKLET softirq in ethtool&apos;s context.</source>
        <extracomment>lesson-08-same-cpu.json: step 3 text</extracomment>
        <translation>CPU 0 上的 local_bh_enable() 在 ethtool 的上下文中处理待处理的 TASKLET 软中断。</translation>
    </message>
    <message>
        <source>Scheduled from CPU 1, run on CPU 1</source>
        <extracomment>lesson-08-same-cpu.json: step 4 title</extracomment>
        <translation>从 CPU 1 调度，在 CPU 1 上运行</translation>
    </message>
    <message>
        <source>Now rx is idle, CPU 1&apos;s interrupt queues it on CPU 1&apos;s list and CPU 1&apos;s irq_exit() runs it on top of swapper/1.</source>
        <extracomment>lesson-08-same-cpu.json: step 4 text</extracomment>
        <translation>现在 rx 处于空闲状态，CPU 1 的中断把它加入 CPU 1 的链表，CPU 1 的 irq_exit() 在 swapper/1 之上运行它。</translation>
    </message>
    <message>
        <source>SMP: a tasklet never runs on two CPUs at once</source>
        <extracomment>lesson-09-smp-serialization.json: title</extracomment>
        <translation>SMP：tasklet 绝不会同时在两个 CPU 上运行</translation>
    </message>
    <message>
        <source>rx (300 us of work) is running on CPU 0 when an interrupt on CPU 1 schedules it again. CPU 1 queues it, but tasklet_action() cannot take the RUN lock: it puts rx back and re-raises TASKLET until CPU 0&apos;s callback returns. The second run starts on CPU 1 the moment the first one ends.</source>
        <extracomment>lesson-09-smp-serialization.json: description</extracomment>
        <translation>rx（300 us 的工作量）正在 CPU 0 上运行，此时 CPU 1 上的一个中断再次调度了它。CPU 1 将其加入队列，但 tasklet_action() 拿不到 RUN 锁：它把 rx 放回链表并重新触发 TASKLET，直到 CPU 0 上的回调函数返回。第一次运行一结束，第二次运行便立即在 CPU 1 上开始。</translation>
    </message>
    <message>
        <source>rx runs on CPU 0</source>
        <extracomment>lesson-09-smp-serialization.json: step 1 title</extracomment>
        <translation>rx 在 CPU 0 上运行</translation>
    </message>
    <message>
        <source>tasklet_action() clears SCHED and takes TASKLET_STATE_RUN with tasklet_trylock() before calling rx (kernel/softirq.c: tasklet_action_common()).</source>
        <extracomment>lesson-09-smp-serialization.json: step 1 text</extracomment>
        <translation>tasklet_action() 在调用 rx 之前清除 SCHED，并通过 tasklet_trylock() 获取 TASKLET_STATE_RUN（kernel/softirq.c：tasklet_action_common()）。</translation>
    </message>
    <message>
        <source>CPU 1 schedules rx while it runs</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 title</extracomment>
        <translation>rx 运行期间 CPU 1 调度它</translation>
    </message>
    <message>
        <source>The trace shows tasklet_requeue events with state RUN on CPU 1.</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 text</extracomment>
        <translation>跟踪中在 CPU 1 上出现状态为 RUN 的 tasklet_requeue 事件。</translation>
    </message>
    <message>
        <source>SCHED is clear, so CPU 1&apos;s tasklet_schedule() queues rx on CPU 1. Will CPU 1 run it now, in parallel with CPU 0?</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 question</extracomment>
        <translation>SCHED 已清除，因此 CPU 1 的 tasklet_schedule() 将 rx 加入 CPU 1 的队列。CPU 1 会立即运行它、与 CPU 0 并行吗？</translation>
    </message>
    <message>
        <source>No. tasklet_trylock() fails because RUN is set: CPU 1 re-inserts rx and raises TASKLET again, pass after pass (first in irq_exit(), then in ksoftirqd/1), until CPU 0&apos;s tasklet_unlock(). The book, 7.5: &apos;a tasklet ... is never run by more than one CPU at once&apos;.</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 answer</extracomment>
        <translation>不会。由于 RUN 已被置位，tasklet_trylock() 失败：CPU 1 重新插入 rx 并再次触发 TASKLET，一轮又一轮（先在 irq_exit() 中，然后在 ksoftirqd/1 中），直到 CPU 0 执行 tasklet_unlock()。书中第 7.5 节：“tasklet……绝不会同时被多个 CPU 运行”。</translation>
    </message>
    <message>
        <source>CPU 0 unlocks, CPU 1 runs</source>
        <extracomment>lesson-09-smp-serialization.json: step 3 title</extracomment>
        <translation>CPU 0 解锁，CPU 1 运行</translation>
    </message>
    <message>
        <source>rx returns on CPU 0 at 1.4051 ms; in the same instant ksoftirqd/1&apos;s next pass gets the lock and runs rx on CPU 1. Two runs, back to back, never overlapping: a tasklet needs no lock against itself, only against other code.</source>
        <extracomment>lesson-09-smp-serialization.json: step 3 text</extracomment>
        <translation>rx 在 1.4051 ms 时于 CPU 0 上返回；在同一时刻，ksoftirqd/1 的下一轮拿到锁，在 CPU 1 上运行 rx。两次运行首尾相接，从不重叠：tasklet 无需针对自身加锁，只需防范其他代码。</translation>
    </message>
    <message>
        <source>Tasklet order: LIFO in 2.6, FIFO in 6.1</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: title</extracomment>
        <translation>tasklet 的顺序：2.6 中为 LIFO，6.1 中为 FIFO</translation>
    </message>
    <message>
        <source>netd disables bottom halves, schedules tasklets a, b and c, and enables bottom halves again. Under linux-2.6.10 they run c, b, a: __tasklet_schedule() pushes at the head of the list. Run it with --profile linux-6.1 to see a, b, c: modern kernels append at the tail.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: description</extracomment>
        <translation>netd 禁用下半部，调度 tasklet a、b 和 c，然后重新启用下半部。在 linux-2.6.10 下它们按 c、b、a 的顺序运行：__tasklet_schedule() 把 tasklet 压入链表头部。用 --profile linux-6.1 运行可以看到 a、b、c：现代内核把 tasklet 追加到链表尾部。</translation>
    </message>
    <message>
        <source>a, b, c are queued</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 1 title</extracomment>
        <translation>a、b、c 进入队列</translation>
    </message>
    <message>
        <source>With bottom halves disabled nothing runs them yet. 2.6.10&apos;s kernel/softirq.c: __tasklet_schedule() does t-&gt;next = head; head = t: each new tasklet goes in front.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 1 text</extracomment>
        <translation>下半部被禁用时还没有谁运行它们。2.6.10 的 kernel/softirq.c：__tasklet_schedule() 执行 t-&gt;next = head; head = t：每个新的 tasklet 都排在最前面。</translation>
    </message>
    <message>
        <source>local_bh_enable() runs the list</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 title</extracomment>
        <translation>local_bh_enable() 运行该链表</translation>
    </message>
    <message>
        <source>tasklet_action() detaches the whole list and walks it from the head. The book makes no promise about the order of different tasklets, and portable drivers must not rely on one.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 text</extracomment>
        <translation>tasklet_action() 摘下整个链表，并从头部开始遍历。书中并未对不同 tasklet 之间的运行顺序作任何承诺，可移植的驱动程序也不能依赖任何特定顺序。</translation>
    </message>
    <message>
        <source>In which order do a, b and c run under linux-2.6.10? And under linux-6.1?</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 question</extracomment>
        <translation>在 linux-2.6.10 下，a、b、c 按什么顺序运行？在 linux-6.1 下呢？</translation>
    </message>
    <message>
        <source>2.6.10: c, b, a (LIFO, the list is a stack). 6.1: a, b, c (FIFO: since about 2.6.34 tasklet_vec has a tail pointer and __tasklet_schedule_common() appends).</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 answer</extracomment>
        <translation>2.6.10：c、b、a（LIFO，链表就是一个栈）。6.1：a、b、c（FIFO：大约从 2.6.34 起，tasklet_vec 有了尾指针，__tasklet_schedule_common() 会追加到尾部）。</translation>
    </message>
    <message>
        <source>Top half and bottom half: a network interrupt</source>
        <extracomment>lesson-11-top-bottom-half.json: title</extracomment>
        <translation>上半部与下半部：一个网络中断</translation>
    </message>
    <message>
        <source>A network card interrupts twice while make keeps the CPU busy. The top half (8 us, interrupts off) only acknowledges the device, schedules the eth0_rx tasklet and wakes sshd, which waits for data. The bottom half (40 us) runs right after the handler, at irq_exit(), with interrupts on, still on top of make. sshd runs after that.</source>
        <extracomment>lesson-11-top-bottom-half.json: description</extracomment>
        <translation>make 让 CPU 保持繁忙时，网卡产生了两次中断。上半部（8 us，关中断）只应答设备、调度 eth0_rx tasklet 并唤醒正在等待数据的 sshd。下半部（40 us）紧接在中断处理函数之后，在 irq_exit() 中、开中断的情况下运行，仍然位于 make 之上。之后 sshd 才运行。</translation>
    </message>
    <message>
        <source>The top half</source>
        <extracomment>lesson-11-top-bottom-half.json: step 1 title</extracomment>
        <translation>上半部</translation>
    </message>
    <message>
        <source>LDD3 10.4: the handler does the minimum in hard-IRQ context and defers the rest. Here it calls tasklet_schedule(eth0_rx) (from hard-IRQ context: raise without waking ksoftirqd) and wakes sshd.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 1 text</extracomment>
        <translation>LDD3 10.4：中断处理函数在硬中断上下文中只做最少的工作，其余的推迟执行。这里它调用 tasklet_schedule(eth0_rx)（从硬中断上下文调用：触发软中断但不唤醒 ksoftirqd），并唤醒 sshd。</translation>
    </message>
    <message>
        <source>The bottom half</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 title</extracomment>
        <translation>下半部</translation>
    </message>
    <message>
        <source>6.1&apos;s ksoftirqd_running() shortcut does not apply: it defers only when no HI or TASKLET bit is pending.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 text</extracomment>
        <translation>6.1 的 ksoftirqd_running() 捷径在这里不适用：只有当 HI 和 TASKLET 位都不处于待处理状态时，它才会推迟处理。</translation>
    </message>
    <message>
        <source>The handler has returned. Who runs eth0_rx first: ksoftirqd/0, sshd or irq_exit()?</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 question</extracomment>
        <translation>中断处理函数已经返回。谁最先运行 eth0_rx：ksoftirqd/0、sshd 还是 irq_exit()？</translation>
    </message>
    <message>
        <source>irq_exit(). kernel/softirq.c: irq_exit() sees TASKLET pending outside interrupt context and calls __do_softirq() right away, on top of the interrupted task (make), in softirq context. Only then does the scheduler switch to sshd.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 answer</extracomment>
        <translation>irq_exit()。kernel/softirq.c：irq_exit() 发现 TASKLET 处于待处理状态，且当前不在中断上下文中，便立即调用 __do_softirq()，在被中断的任务（make）之上、于软中断上下文中运行。此后调度器才切换到 sshd。</translation>
    </message>
    <message>
        <source>The woken task runs</source>
        <extracomment>lesson-11-top-bottom-half.json: step 3 title</extracomment>
        <translation>被唤醒的任务运行</translation>
    </message>
    <message>
        <source>On the way back to user mode the scheduler switches to sshd (woken by the top half), which finds the data the bottom half prepared, then sleeps again; make continues.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 3 text</extracomment>
        <translation>在返回用户态的途中，调度器切换到（被上半部唤醒的）sshd，它取到下半部准备好的数据，然后再次睡眠；make 继续运行。</translation>
    </message>
    <message>
        <source>The same again</source>
        <extracomment>lesson-11-top-bottom-half.json: step 4 title</extracomment>
        <translation>再来一次</translation>
    </message>
    <message>
        <source>Every interrupt gives one top half and one tasklet run. Had a second interrupt arrived before eth0_rx ran, both would share one run (the lesson &apos;Schedule twice, run once&apos;).</source>
        <extracomment>lesson-11-top-bottom-half.json: step 4 text</extracomment>
        <translation>每次中断都对应一次上半部和一次 tasklet 运行。如果在 eth0_rx 运行之前又来了第二个中断，两者将共用一次运行（见课程“调度两次，运行一次”）。</translation>
    </message>
    <message>
        <source>Vector order, pass by pass</source>
        <extracomment>lesson-12-vector-order.json: title</extracomment>
        <translation>向量顺序，逐轮剖析</translation>
    </message>
    <message>
        <source>On an idle CPU the tick raises TIMER. While TIMER&apos;s action runs (we make it take 30 us with costs.softirq_action), a network interrupt schedules the normal tasklet rx and then a keyboard interrupt schedules the hi tasklet kbd. They were not pending when the pass started, so they wait for the next pass, where HI runs before TASKLET although it was raised last.</source>
        <extracomment>lesson-12-vector-order.json: description</extracomment>
        <translation>在空闲 CPU 上，时钟节拍触发 TIMER。在 TIMER 的 action 函数运行期间（我们通过 costs.softirq_action 让它耗时 30 us），一个网络中断调度普通 tasklet rx，随后一个键盘中断调度高优先级 tasklet kbd。这一轮开始时它们还未处于待处理状态，因此要等到下一轮；在下一轮中，HI 虽然最后被触发，却先于 TASKLET 运行。</translation>
    </message>
    <message>
        <source>Pass 1: only TIMER</source>
        <extracomment>lesson-12-vector-order.json: step 1 title</extracomment>
        <translation>第 1 轮：只有 TIMER</translation>
    </message>
    <message>
        <source>kernel/softirq.c: __do_softirq() copies the pending mask (TIMER) and clears it, then runs each set vector in ascending order with interrupts enabled.</source>
        <extracomment>lesson-12-vector-order.json: step 1 text</extracomment>
        <translation>kernel/softirq.c：__do_softirq() 复制待处理掩码（TIMER）并将其清零，然后在开中断的情况下按升序运行每个已置位的向量。</translation>
    </message>
    <message>
        <source>Interrupts inside the softirq</source>
        <extracomment>lesson-12-vector-order.json: step 2 title</extracomment>
        <translation>软中断中的中断</translation>
    </message>
    <message>
        <source>The nested handlers run in hard-IRQ context on top of the softirq.</source>
        <extracomment>lesson-12-vector-order.json: step 2 text</extracomment>
        <translation>嵌套的中断处理函数在软中断之上、于硬中断上下文中运行。</translation>
    </message>
    <message>
        <source>eth0 raises TASKLET at 1.01 ms, i8042 raises HI at 1.02 ms, both while TIMER&apos;s action runs. When do rx and kbd run, and in which order?</source>
        <extracomment>lesson-12-vector-order.json: step 2 question</extracomment>
        <translation>eth0 在 1.01 ms 触发 TASKLET，i8042 在 1.02 ms 触发 HI，两者都发生在 TIMER 的 action 函数运行期间。rx 和 kbd 何时运行？顺序如何？</translation>
    </message>
    <message>
        <source>In pass 2 of the same __do_softirq(), kbd (HI = 0) first, then rx (TASKLET = 5). Pass 1 only serves the bits of its snapshot; the restart check after it finds HI|TASKLET pending. A nested irq_exit() does not start a second __do_softirq(): in_interrupt() is true.</source>
        <extracomment>lesson-12-vector-order.json: step 2 answer</extracomment>
        <translation>在同一次 __do_softirq() 的第 2 轮中，先 kbd（HI = 0），后 rx（TASKLET = 5）。第 1 轮只处理其快照中的位；第 1 轮之后的重启检查发现 HI|TASKLET 处于待处理状态。嵌套的 irq_exit() 不会启动第二个 __do_softirq()：因为 in_interrupt() 为真。</translation>
    </message>
    <message>
        <source>Pass 2: HI before TASKLET</source>
        <extracomment>lesson-12-vector-order.json: step 3 title</extracomment>
        <translation>第 2 轮：HI 先于 TASKLET</translation>
    </message>
    <message>
        <source>The order is the vector number, not the order of raising: HI_SOFTIRQ = 0 is served by tasklet_hi_action(), TASKLET_SOFTIRQ = 5 by tasklet_action() (include/linux/interrupt.h). That is what tasklet_hi_schedule() buys: &apos;high-priority&apos; tasklets run before timers and every other softirq.</source>
        <extracomment>lesson-12-vector-order.json: step 3 text</extracomment>
        <translation>顺序取决于向量编号，而不是触发顺序：HI_SOFTIRQ = 0 由 tasklet_hi_action() 处理，TASKLET_SOFTIRQ = 5 由 tasklet_action() 处理（include/linux/interrupt.h）。这正是 tasklet_hi_schedule() 带来的好处：“高优先级”tasklet 先于定时器和其他所有软中断运行。</translation>
    </message>
    <message>
        <source>local_bh_disable() and local_bh_enable()</source>
        <extracomment>lesson-13-local-bh.json: title</extracomment>
        <translation>local_bh_disable() 与 local_bh_enable()</translation>
    </message>
    <message>
        <source>netstat disables bottom halves on CPU 0 (as spin_lock_bh() does). A network interrupt schedules rx meanwhile: its irq_exit() may not run softirqs, and nobody wakes ksoftirqd. When netstat calls local_bh_enable(), the pending tasklet runs at once, in netstat&apos;s own context.</source>
        <extracomment>lesson-13-local-bh.json: description</extracomment>
        <translation>netstat 在 CPU 0 上禁用下半部（就像 spin_lock_bh() 所做的那样）。在此期间，一个网络中断调度了 rx：它的 irq_exit() 不能运行软中断，也没有谁唤醒 ksoftirqd。当 netstat 调用 local_bh_enable() 时，待处理的 tasklet 立即在 netstat 自己的上下文中运行。</translation>
    </message>
    <message>
        <source>Bottom halves off</source>
        <extracomment>lesson-13-local-bh.json: step 1 title</extracomment>
        <translation>关闭下半部</translation>
    </message>
    <message>
        <source>local_bh_disable() adds SOFTIRQ_DISABLE_OFFSET to preempt_count (include/linux/bottom_half.h). in_interrupt() is now true in this task, although it is in process context.</source>
        <extracomment>lesson-13-local-bh.json: step 1 text</extracomment>
        <translation>local_bh_disable() 将 SOFTIRQ_DISABLE_OFFSET 加到 preempt_count 上（include/linux/bottom_half.h）。现在，尽管这个任务处于进程上下文，in_interrupt() 在其中却为真。</translation>
    </message>
    <message>
        <source>An interrupt schedules rx</source>
        <extracomment>lesson-13-local-bh.json: step 2 title</extracomment>
        <translation>一个中断调度 rx</translation>
    </message>
    <message>
        <source>The raise comes from hard-IRQ context, so raise_softirq_irqoff() does not wake ksoftirqd, and irq_exit() skips __do_softirq() because in_interrupt() is true. rx waits.</source>
        <extracomment>lesson-13-local-bh.json: step 2 text</extracomment>
        <translation>触发来自硬中断上下文，因此 raise_softirq_irqoff() 不会唤醒 ksoftirqd；又因为 in_interrupt() 为真，irq_exit() 跳过了 __do_softirq()。rx 只能等待。</translation>
    </message>
    <message>
        <source>local_bh_enable()</source>
        <extracomment>lesson-13-local-bh.json: step 3 title</extracomment>
        <translation>local_bh_enable()</translation>
    </message>
    <message>
        <source>This is the LDD3 5.5 rule behind spin_lock_bh(): code that shares data with a tasklet disables bottom halves, and the tasklet runs as soon as the lock is released.</source>
        <extracomment>lesson-13-local-bh.json: step 3 text</extracomment>
        <translation>这就是 spin_lock_bh() 背后的 LDD3 5.5 规则：与 tasklet 共享数据的代码要禁用下半部，而锁一释放，tasklet 就会运行。</translation>
    </message>
    <message>
        <source>netstat re-enables bottom halves. In which task&apos;s context does rx run?</source>
        <extracomment>lesson-13-local-bh.json: step 3 question</extracomment>
        <translation>netstat 重新启用下半部。rx 在哪个任务的上下文中运行？</translation>
    </message>
    <message>
        <source>In netstat&apos;s (pid 1900): kernel/softirq.c: __local_bh_enable_ip() calls do_softirq() as soon as the count drops to 0 and something is pending, on the caller&apos;s stack. Not ksoftirqd, which was never woken.</source>
        <extracomment>lesson-13-local-bh.json: step 3 answer</extracomment>
        <translation>在 netstat（pid 1900）的上下文中：kernel/softirq.c：__local_bh_enable_ip() 一旦发现计数降为 0 且有待处理的软中断，就在调用者的栈上调用 do_softirq()。不是在 ksoftirqd 中，它从未被唤醒。</translation>
    </message>
    <message>
        <source>Why tasklets are deprecated: BH workqueues (6.9)</source>
        <extracomment>lesson-14-bh-workqueue.json: title</extracomment>
        <translation>tasklet 为何被弃用：BH 工作队列（6.9）</translation>
    </message>
    <message>
        <source>Since 5.9 include/linux/interrupt.h calls tasklets deprecated; 6.9 added BH workqueues as their replacement: work items that run in the same softirq, with workqueue semantics. A network interrupt schedules the legacy tasklet old_rx and queues the BH work item rx_work, in that order. Inside the TASKLET softirq the work item runs first.</source>
        <extracomment>lesson-14-bh-workqueue.json: description</extracomment>
        <translation>从 5.9 起，include/linux/interrupt.h 将 tasklet 标记为已弃用；6.9 加入了 BH 工作队列作为替代：在同一个软中断中运行、具有工作队列语义的工作项。一个网络中断先调度旧式 tasklet old_rx，再将 BH 工作项 rx_work 加入队列。在 TASKLET 软中断内部，工作项先运行。</translation>
    </message>
    <message>
        <source>A tasklet and a BH work item</source>
        <extracomment>lesson-14-bh-workqueue.json: step 1 title</extracomment>
        <translation>一个 tasklet 和一个 BH 工作项</translation>
    </message>
    <message>
        <source>tasklet_schedule(old_rx) queues the tasklet; queue_work(system_bh_wq, rx_work) queues the work item on the CPU&apos;s BH worker pool and raises TASKLET (kernel/workqueue.c: kick_bh_pool()).</source>
        <extracomment>lesson-14-bh-workqueue.json: step 1 text</extracomment>
        <translation>tasklet_schedule(old_rx) 将 tasklet 加入队列；queue_work(system_bh_wq, rx_work) 将工作项加入该 CPU 的 BH 工作者池并触发 TASKLET（kernel/workqueue.c：kick_bh_pool()）。</translation>
    </message>
    <message>
        <source>Who runs first?</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 title</extracomment>
        <translation>谁先运行？</translation>
    </message>
    <message>
        <source>Both run in softirq context on top of swapper/0, in irq_exit().</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 text</extracomment>
        <translation>两者都在 irq_exit() 中、在 swapper/0 之上的软中断上下文中运行。</translation>
    </message>
    <message>
        <source>old_rx was scheduled before rx_work. Which runs first in the TASKLET softirq?</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 question</extracomment>
        <translation>old_rx 比 rx_work 先被调度。在 TASKLET 软中断中谁先运行？</translation>
    </message>
    <message>
        <source>rx_work. kernel/softirq.c: tasklet_action() first calls workqueue_softirq_action(false) and only then walks tasklet_vec; tasklet_hi_action() does the same with the highpri pool.</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 answer</extracomment>
        <translation>rx_work。kernel/softirq.c：tasklet_action() 先调用 workqueue_softirq_action(false)，然后才遍历 tasklet_vec；tasklet_hi_action() 对高优先级（highpri）工作者池也是如此。</translation>
    </message>
    <message>
        <source>What changes</source>
        <extracomment>lesson-14-bh-workqueue.json: step 3 title</extracomment>
        <translation>有何变化</translation>
    </message>
    <message>
        <source>BH work items keep the softirq context of tasklets but get workqueue rules: queue_work() on a pending item is a no-op like a second tasklet_schedule(), flush and cancel (cancel_work_sync()) replace the fragile tasklet_kill(), and there is no tasklet_disable() that spins or sleeps. New code should use them, or threaded interrupts.</source>
        <extracomment>lesson-14-bh-workqueue.json: step 3 text</extracomment>
        <translation>BH 工作项保留了 tasklet 的软中断上下文，但遵循工作队列的规则：对已处于待处理状态的工作项调用 queue_work() 是空操作，就像第二次 tasklet_schedule()；flush 和 cancel（cancel_work_sync()）取代了脆弱的 tasklet_kill()；也不再有会自旋或睡眠的 tasklet_disable()。新代码应当使用它们，或者使用线程化中断。</translation>
    </message>
    <message>
        <source>tasklet_kill() from interrupt context</source>
        <extracomment>lesson-15-kill-from-irq.json: title</extracomment>
        <translation>从中断上下文调用 tasklet_kill()</translation>
    </message>
    <message>
        <source>A driver calls tasklet_kill(rx) from a hard interrupt handler. rx is idle, so the call does not have to wait, but the kernel still complains: tasklet_kill() may sleep and belongs in process context. The tasklet is unaffected and runs when scheduled later.</source>
        <extracomment>lesson-15-kill-from-irq.json: description</extracomment>
        <translation>驱动程序在硬中断处理函数中调用 tasklet_kill(rx)。rx 处于空闲状态，因此该调用无需等待，但内核仍会发出警告：tasklet_kill() 可能睡眠，应当在进程上下文中调用。该 tasklet 不受影响，之后被调度时照常运行。</translation>
    </message>
    <message>
        <source>Kill from a hard IRQ</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 title</extracomment>
        <translation>在硬中断中调用 kill</translation>
    </message>
    <message>
        <source>Had rx been queued or running, the kill would have had to sleep in atomic context: &apos;BUG: scheduling while atomic&apos;.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 text</extracomment>
        <translation>假如 rx 已入队或正在运行，kill 就不得不在原子上下文中睡眠：“BUG: scheduling while atomic”。</translation>
    </message>
    <message>
        <source>rx is neither queued nor running. What does tasklet_kill() do in a hard-IRQ handler?</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 question</extracomment>
        <translation>rx 既未入队也未运行。tasklet_kill() 在硬中断处理函数中会做什么？</translation>
    </message>
    <message>
        <source>It prints &apos;Attempt to kill tasklet from interrupt&apos; (kernel/softirq.c: tasklet_kill(), a pr_notice() in 6.1, printk() in 2.6) because in_interrupt() is true, then carries on: SCHED was clear, so it returns at once.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 answer</extracomment>
        <translation>它会打印“Attempt to kill tasklet from interrupt”（kernel/softirq.c：tasklet_kill()，6.1 中为 pr_notice()，2.6 中为 printk()），因为 in_interrupt() 为真；然后继续执行：SCHED 原本就是清除的，所以它立即返回。</translation>
    </message>
    <message>
        <source>Still usable</source>
        <extracomment>lesson-15-kill-from-irq.json: step 2 title</extracomment>
        <translation>仍可使用</translation>
    </message>
    <message>
        <source>tasklet_kill() left SCHED clear: the next tasklet_schedule() queues rx and irq_exit() runs it.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 2 text</extracomment>
        <translation>tasklet_kill() 使 SCHED 保持清除：下一次 tasklet_schedule() 会将 rx 加入队列，并由 irq_exit() 运行它。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TaskletLab: a deterministic simulator of Linux tasklets and softirqs.</source>
        <translation>TaskletLab：Linux tasklet 与 softirq 的确定性模拟器。</translation>
    </message>
    <message>
        <source>Scenario file to open (default: the LDD3 busy CPU lesson).</source>
        <translation>要打开的场景文件（默认：LDD3“繁忙 CPU”课程）。</translation>
    </message>
    <message>
        <source>Kernel profile to simulate.</source>
        <translation>要模拟的内核配置。</translation>
    </message>
    <message>
        <source>Simulate up to this time before showing the window.</source>
        <translation>在显示窗口前模拟到此时间。</translation>
    </message>
    <message>
        <source>Render the main window to this PNG file and exit.</source>
        <translation>将主窗口渲染到此 PNG 文件并退出。</translation>
    </message>
    <message>
        <source>User interface language (de, es, fr, zh_CN).</source>
        <translation>界面语言（de、es、fr、zh_CN）。</translation>
    </message>
    <message>
        <source>at most one scenario file may be given</source>
        <translation>最多只能指定一个场景文件</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (try taskletlab-cli profiles)</source>
        <translation>未知配置“%1”（请运行 taskletlab-cli profiles）</translation>
    </message>
    <message>
        <source>--run-until: %1</source>
        <translation>--run-until：%1</translation>
    </message>
    <message>
        <source>Start in presenter mode (full screen, large high-contrast text).</source>
        <translation>以演示模式启动（全屏、大号高对比度文字）。</translation>
    </message>
    <message>
        <source>Also open the profile comparison, e.g. ldd3-book,linux-2.6.10,linux-6.1.</source>
        <translation>同时打开配置对比，例如 ldd3-book,linux-2.6.10,linux-6.1。</translation>
    </message>
    <message>
        <source>--compare takes two or three profiles</source>
        <translation>--compare 需要两个或三个配置</translation>
    </message>
</context>
<context>
    <name>tlui::CompareWindow</name>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Compare Profiles — %1</source>
        <translation>对比配置 — %1</translation>
    </message>
    <message>
        <source>/proc Reads</source>
        <translation>/proc 读取</translation>
    </message>
    <message>
        <source>Tasklet Runs</source>
        <translation>Tasklet 运行</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Run the scenario under each chosen profile and compare the runs</source>
        <translation>在每个所选配置下运行场景，并对比各次运行的结果</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>缩放到全部</translation>
    </message>
    <message>
        <source>Show the whole of the longest run in every timeline</source>
        <translation>在每条时间线中完整显示最长的那次运行</translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Copy the comparison as plain text (differing lines marked with *)</source>
        <translation>将对比结果复制为纯文本（不同的行以 * 标记）</translation>
    </message>
    <message>
        <source>Choose at least two profiles to compare.</source>
        <translation>请至少选择两个配置进行对比。</translation>
    </message>
    <message>
        <source>At most %1 profiles can be compared at once.</source>
        <translation>一次最多只能对比 %1 个配置。</translation>
    </message>
    <message>
        <source>There is no kernel profile named “%1”.</source>
        <translation>没有名为“%1”的内核配置。</translation>
    </message>
    <message>
        <source>%1 is chosen more than once: comparing a profile with itself shows no difference. Choose different profiles.</source>
        <translation>%1 被选择了多次：将一个配置与其自身对比不会显示任何差异。请选择不同的配置。</translation>
    </message>
    <message>
        <source>The results below are still those of %1.</source>
        <translation>下方显示的仍是 %1 的结果。</translation>
    </message>
    <message>
        <source>The run under %1 reached the limit of %2 events at %3: every profile is compared over that first part of the scenario only.</source>
        <translation>%1 下的运行在 %3 时达到了 %2 个事件的上限：所有配置都只在场景的这前一部分上进行对比。</translation>
    </message>
    <message>
        <source>%1 cannot run this scenario: %2.</source>
        <translation>%1 无法运行此场景：%2。</translation>
    </message>
    <message>
        <source>The comparison failed: %1.</source>
        <translation>对比失败：%1。</translation>
    </message>
    <message>
        <source>Only %1 could run this scenario: there is nothing to compare it with.</source>
        <translation>只有 %1 能运行此场景：没有可与之对比的配置。</translation>
    </message>
    <message>
        <source>%1 — cannot run this scenario</source>
        <translation>%1 — 无法运行此场景</translation>
    </message>
    <message>
        <source>%1 — HZ %2 · events: %3 · tasklet runs: %4 · until %5</source>
        <translation>%1 — HZ %2 · 事件数：%3 · tasklet 运行次数：%4 · 模拟至 %5</translation>
    </message>
    <message>
        <source>kernel panic: the machine stopped</source>
        <translation>内核 panic：机器已停止</translation>
    </message>
    <message>
        <source>raise</source>
        <translation>触发（raise）</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>调度（schedule）</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>禁用（disable）</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>启用（enable）</translation>
    </message>
    <message>
        <source>kill</source>
        <translation>终止（kill）</translation>
    </message>
    <message>
        <source>kernel message</source>
        <translation>内核消息</translation>
    </message>
    <message>
        <source>/proc read</source>
        <translation>/proc 读取</translation>
    </message>
    <message>
        <source>≠ and a coloured background: the line differs between the profiles; bold: the cell differs from %1.</source>
        <translation>≠ 加彩色背景：该行在各配置之间不同；粗体：该单元格与 %1 不同。</translation>
    </message>
    <message>
        <source>/proc Reads (%1 differing)</source>
        <translation>/proc 读取（%1 处不同）</translation>
    </message>
    <message>
        <source>Tasklet Runs (%1 differing)</source>
        <translation>Tasklet 运行（%1 处不同）</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>第 %1 次读取</translation>
    </message>
    <message>
        <source>read %1: /proc/%2 by %3 on CPU%4</source>
        <translation>第 %1 次读取：%3 在 CPU%4 上读取 /proc/%2</translation>
    </message>
    <message>
        <source>This line differs between the profiles</source>
        <translation>该行在各配置之间不同</translation>
    </message>
    <message>
        <source>(no such line)</source>
        <translation>（无此行）</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <translation>没有可对比的内容。</translation>
    </message>
    <message>
        <source>The scenario reads no /proc file.</source>
        <translation>该场景不读取任何 /proc 文件。</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行序号</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中 %1 次</translation>
    </message>
    <message>
        <source>tasklet %1 — runs: %2</source>
        <translation>tasklet %1 — 运行次数：%2</translation>
    </message>
    <message>
        <source>This run differs between the profiles (time, CPU or context)</source>
        <translation>这次运行在各配置之间不同（时间、CPU 或上下文）</translation>
    </message>
    <message>
        <source>%1 · CPU%2 · %3 (pid %4)</source>
        <translation>%1 · CPU%2 · %3（pid %4）</translation>
    </message>
    <message>
        <source>jiffies %1, %2 context</source>
        <translation>jiffies %1，上下文 %2</translation>
    </message>
    <message>
        <source>(no such run)</source>
        <translation>（无此次运行）</translation>
    </message>
    <message>
        <source>Runs not shown (the table stops at %1): %2</source>
        <translation>未显示的运行（表格只列出前 %1 次）：%2</translation>
    </message>
    <message>
        <source>No tasklet ran in any profile.</source>
        <translation>在任何配置下都没有 tasklet 运行。</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>统计项</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>simulated until</source>
        <translation>模拟至</translation>
    </message>
    <message>
        <source>events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>tasklet runs</source>
        <translation>tasklet 运行次数</translation>
    </message>
    <message>
        <source>tasklet runs in %1</source>
        <translation>在 %1 中的 tasklet 运行次数</translation>
    </message>
    <message>
        <source>first run of %1 after scheduling</source>
        <translation>%1 从调度到首次运行的延迟</translation>
    </message>
    <message>
        <source>never ran</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未被调度</translation>
    </message>
    <message>
        <source>kernel messages</source>
        <translation>内核消息数</translation>
    </message>
    <message>
        <source>panicked</source>
        <translation>发生 panic</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No chosen profile could run this scenario.</source>
        <translation>所选配置都无法运行此场景。</translation>
    </message>
    <message>
        <source>/proc lines that differ: %1 of %2</source>
        <translation>不同的 /proc 行：%1（共 %2）</translation>
    </message>
    <message>
        <source>tasklet runs that differ: %1 of %2</source>
        <translation>不同的 tasklet 运行：%1（共 %2）</translation>
    </message>
    <message>
        <source>%1 alone.</source>
        <translation>仅有 %1。</translation>
    </message>
    <message>
        <source>%1: no /proc read and no tasklet run to compare.</source>
        <translation>%1：没有可供对比的 /proc 读取和 tasklet 运行。</translation>
    </message>
    <message>
        <source>%1: the same /proc output and the same tasklet runs.</source>
        <translation>%1：/proc 输出相同，tasklet 运行也相同。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>无运行</translation>
    </message>
    <message>
        <source>Tasklet runs by context — %1.</source>
        <translation>按上下文统计的 tasklet 运行次数 — %1。</translation>
    </message>
</context>
<context>
    <name>tlui::InspectorPanel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>进程上下文</translation>
    </message>
    <message>
        <source>hard IRQ %1</source>
        <translation>硬中断 %1</translation>
    </message>
    <message>
        <source>softirq</source>
        <translation>软中断</translation>
    </message>
    <message>
        <source>, vector %1</source>
        <translation>，向量 %1</translation>
    </message>
    <message>
        <source>, tasklet %1</source>
        <translation>，tasklet %1</translation>
    </message>
    <message>
        <source>%1 — %2 (pid %3)</source>
        <translation>%1 — %2（pid %3）</translation>
    </message>
    <message>
        <source>context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current（当前任务）</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>  fields</source>
        <translation>  字段</translation>
    </message>
    <message>
        <source>preempt %1, softirq %2, hardirq %3, nmi %4</source>
        <translation>preempt %1，softirq %2，hardirq %3，nmi %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>pending softirqs</source>
        <translation>待处理软中断</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>ksoftirqd/%1</source>
        <translation>ksoftirqd/%1</translation>
    </message>
    <message>
        <source>runqueue (pids)</source>
        <translation>运行队列（pid）</translation>
    </message>
</context>
<context>
    <name>tlui::IrqPanel</name>
    <message>
        <source>Hard IRQs</source>
        <translation>硬中断</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>立即触发</translation>
    </message>
    <message>
        <source>on</source>
        <translation>于</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>添加中断源…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>编辑中断源…</translation>
    </message>
    <message>
        <source>Change the selected source (restarts the simulation)</source>
        <translation>修改所选中断源（重新开始模拟）</translation>
    </message>
    <message>
        <source>Tasks (load)</source>
        <translation>任务（负载）</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>pid</translation>
    </message>
    <message>
        <source>comm</source>
        <translation>comm</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>nice</source>
        <translation>nice</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Wake (busy)</source>
        <translation>唤醒（繁忙）</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>未加载场景。</translation>
    </message>
    <message>
        <source>IRQ source</source>
        <translation>中断源</translation>
    </message>
    <message>
        <source> us</source>
        <translation> 微秒</translation>
    </message>
    <message>
        <source>tasklets, comma-separated</source>
        <translation>tasklet，以逗号分隔</translation>
    </message>
    <message>
        <source>tasklet_hi_schedule</source>
        <translation>tasklet_hi_schedule</translation>
    </message>
    <message>
        <source>not periodic</source>
        <translation>非周期</translation>
    </message>
    <message>
        <source>end of run</source>
        <translation>运行结束</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>IRQ number</source>
        <translation>中断号</translation>
    </message>
    <message>
        <source>Handler runs</source>
        <translation>处理函数运行时长</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>调度</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>直到</translation>
    </message>
    <message>
        <source>Random rate (Poisson)</source>
        <translation>随机速率（泊松）</translation>
    </message>
    <message>
        <source>Add IRQ source</source>
        <translation>添加中断源</translation>
    </message>
    <message>
        <source>Edit IRQ source</source>
        <translation>编辑中断源</translation>
    </message>
</context>
<context>
    <name>tlui::JitaskletTableModel</name>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 on CPU%2 by %3 (pid %4), %5</source>
        <translation>%1，CPU%2，读者 %3（pid %4），%5</translation>
    </message>
</context>
<context>
    <name>tlui::KernelCodePanel</name>
    <message>
        <source>Read another function of this kernel. Browsing stops following the simulation until you click Follow or step.</source>
        <translation>阅读此内核的另一个函数。浏览期间将不再跟随模拟，直到您点击“跟随”或单步执行。</translation>
    </message>
    <message>
        <source>Kernel function listing</source>
        <translation>内核函数代码清单</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Show the line of kernel code that produced the latest event, at every step</source>
        <translation>每一步都显示产生最新事件的那一行内核代码</translation>
    </message>
    <message>
        <source>Kernel code</source>
        <translation>内核代码</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>No simulation is loaded.</source>
        <translation>未加载模拟。</translation>
    </message>
    <message>
        <source>No event yet. Step the simulation: the kernel code that produced each event shows here, its line highlighted.</source>
        <translation>尚无事件。请单步执行模拟：产生每个事件的内核代码会显示在这里，并高亮对应的行。</translation>
    </message>
    <message>
        <source>The latest event has no kernel code listing.</source>
        <translation>最新事件没有对应的内核代码清单。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Our pseudo-code of %1 in %2, not kernel source</source>
        <translation>本程序为 %2 中的 %1 编写的伪代码，并非内核源码</translation>
    </message>
    <message>
        <source>Event %1 at %2 on CPU%3, %4 context: %5</source>
        <translation>事件 %1，时间 %2，CPU%3，上下文 %4：%5</translation>
    </message>
    <message>
        <source>Event %1 at %2 on CPU%3, %4 context: %5 — no kernel code of its own, the highlight stays on the previous line</source>
        <translation>事件 %1，时间 %2，CPU%3，上下文 %4：%5 — 它本身没有对应的内核代码，高亮仍停留在上一行</translation>
    </message>
    <message>
        <source>Every event of the last step, with the kernel line that produced it: choose one to see its line</source>
        <translation>上一步的所有事件及产生它们的内核代码行：选择其中一个即可查看对应的行</translation>
    </message>
</context>
<context>
    <name>tlui::KernelLogPanel</name>
    <message>
        <source>$ dmesg (no kernel messages yet)</source>
        <translation>$ dmesg（尚无内核消息）</translation>
    </message>
    <message>
        <source>The simulated machine stopped on a fatal kernel error.</source>
        <translation>模拟机器因致命内核错误而停止。</translation>
    </message>
</context>
<context>
    <name>tlui::Language</name>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>tlui::LessonLibraryDialog</name>
    <message>
        <source>Lessons</source>
        <translation>课程库</translation>
    </message>
    <message>
        <source>Kernel profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>内核配置：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n narrated step(s)</source>
        <translation>
            <numerusform>%n 个讲解步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Predict question(s)</source>
        <translation>
            <numerusform>%n 个预测问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tlui::LessonPanel</name>
    <message>
        <source>This scenario has no narrated steps.</source>
        <translation>此场景没有讲解步骤。</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>预测：</translation>
    </message>
    <message>
        <source>Double-click a step to go there (back or forward)</source>
        <translation>双击某个步骤即可跳转到该处（向后或向前）</translation>
    </message>
    <message>
        <source>◀ Previous Step</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Go back to the previous lesson step (Shift+L)</source>
        <translation>回到上一个课程步骤（Shift+L）</translation>
    </message>
    <message>
        <source>Next Step ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Run to the next lesson step (L)</source>
        <translation>运行到下一个课程步骤（L）</translation>
    </message>
    <message>
        <source>Reveal Answer</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <source>Add Step Here…</source>
        <translation>在此添加步骤…</translation>
    </message>
    <message>
        <source>Add a narrated step at the current simulated time (kept by Save Scenario As)</source>
        <translation>在当前模拟时间添加一个讲解步骤（通过“场景另存为”保存）</translation>
    </message>
    <message>
        <source>Pause at each step</source>
        <translation>在每个步骤处暂停</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Press Space to play, or &quot;Next Step&quot;.</source>
        <translation>按空格键播放，或点击“下一步”。</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <source>Discuss, then play on (or Reveal Answer) to see what the kernel does.</source>
        <translation>先讨论，然后继续播放（或点击“显示答案”），看看内核会怎么做。</translation>
    </message>
    <message>
        <source>Add Lesson Step</source>
        <translation>添加课程步骤</translation>
    </message>
</context>
<context>
    <name>tlui::MachineDialog</name>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>配置默认值</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Kernel profile</source>
        <translation>内核配置</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU 数</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Applying restarts the simulation from time 0.</source>
        <translation>应用后模拟将从时间 0 重新开始。</translation>
    </message>
    <message>
        <source>%1 (default HZ %2, ksoftirqd nice %3)</source>
        <translation>%1（默认 HZ %2，ksoftirqd nice %3）</translation>
    </message>
</context>
<context>
    <name>tlui::MainWindow</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>The run has reached its end.</source>
        <translation>运行已结束。</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>保存场景(&amp;S)</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>场景另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Trace CSV…</source>
        <translation>导出跟踪 CSV…</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV…</source>
        <translation>导出 /proc 读取 CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Run / pause the simulation (Space)</source>
        <translation>运行/暂停模拟（空格）</translation>
    </message>
    <message>
        <source>Step Event</source>
        <translation>单步事件</translation>
    </message>
    <message>
        <source>Step to Next Tick</source>
        <translation>运行到下一个时钟节拍</translation>
    </message>
    <message>
        <source>Run Until…</source>
        <translation>运行到…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Run to Next Tasklet Run</source>
        <translation>运行到下一次 tasklet 执行</translation>
    </message>
    <message>
        <source>Run to Next Lesson Step</source>
        <translation>运行到下一课程步骤</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Machine…</source>
        <translation>机器(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>缩放到全部</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>实时跟随</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;About TaskletLab</source>
        <translation>关于 TaskletLab(&amp;A)</translation>
    </message>
    <message>
        <source>Tasklets</source>
        <translation>Tasklet</translation>
    </message>
    <message>
        <source>Kernel State</source>
        <translation>内核状态</translation>
    </message>
    <message>
        <source>IRQs and Load</source>
        <translation>中断与负载</translation>
    </message>
    <message>
        <source>/proc</source>
        <translation>/proc</translation>
    </message>
    <message>
        <source>Kernel Log</source>
        <translation>内核日志</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Lesson</source>
        <translation>打开课程(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Speed </source>
        <translation>速度 </translation>
    </message>
    <message>
        <source>From slow motion (1 us of simulated time per second) over real time to as fast as possible</source>
        <translation>从慢动作（每秒 1 微秒模拟时间）到实时，再到尽可能快</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Profile ldd3-book: the pre-2.6.2 &quot;mask&quot; restart rule, the only one that reproduces the book&apos;s sample.</source>
        <translation>配置 ldd3-book：2.6.2 之前的“mask”重启规则，唯一能重现书中示例的规则。</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>未加载场景。</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>会话未保存</translation>
    </message>
    <message>
        <source>The simulation has actions that are not saved. Save the scenario (with your actions) first?</source>
        <translation>模拟中有未保存的操作。是否先保存场景（包括您的操作）？</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>场景文件 (*.json)</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>场景文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Trace CSV</source>
        <translation>导出跟踪 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV</source>
        <translation>导出 /proc 读取 CSV</translation>
    </message>
    <message>
        <source>Run Until</source>
        <translation>运行到</translation>
    </message>
    <message>
        <source>Simulated time (e.g. 5ms, 250us, 3j):</source>
        <translation>模拟时间（例如 5ms、250us、3j）：</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>jiffies %1</source>
        <translation>jiffies %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — TaskletLab</source>
        <translation>%1[*] — TaskletLab</translation>
    </message>
    <message>
        <source>About TaskletLab</source>
        <translation>关于 TaskletLab</translation>
    </message>
    <message>
        <source>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;A deterministic simulator of Linux tasklets and softirqs for teaching LDD3 chapter 7.5.&lt;br&gt;The engine owns the simulated kernel; this window shows it and records every action you make so that the session can be saved and replayed.</source>
        <translation>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;用于讲授 LDD3 第 7.5 章的 Linux tasklet 与 softirq 确定性模拟器。&lt;br&gt;引擎拥有被模拟的内核；本窗口显示它，并记录您的每个操作，以便保存并重放会话。</translation>
    </message>
    <message>
        <source>Paused at lesson step %1.</source>
        <translation>已在课程步骤 %1 处暂停。</translation>
    </message>
    <message>
        <source>Previous Lesson Step</source>
        <translation>上一课程步骤</translation>
    </message>
    <message>
        <source>◀ Lesson Step</source>
        <translation>◀ 课程步骤</translation>
    </message>
    <message>
        <source>Back to Previous Tasklet Run</source>
        <translation>回到上一次 tasklet 执行</translation>
    </message>
    <message>
        <source>◀ Tasklet Run</source>
        <translation>◀ Tasklet 执行</translation>
    </message>
    <message>
        <source>Back to Previous Tick</source>
        <translation>回到上一个时钟节拍</translation>
    </message>
    <message>
        <source>◀ Tick</source>
        <translation>◀ 节拍</translation>
    </message>
    <message>
        <source>Step Back</source>
        <translation>单步后退</translation>
    </message>
    <message>
        <source>◀ Event</source>
        <translation>◀ 事件</translation>
    </message>
    <message>
        <source>Add Lesson Step Here…</source>
        <translation>在此添加课程步骤…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Compare Profiles…</source>
        <translation>对比配置…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Presenter Mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Full screen, large high-contrast text, the essential panels, slow motion (F11)</source>
        <translation>全屏、大号高对比度文字、仅保留主要面板、慢动作（F11）</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>增大文字</translation>
    </message>
    <message>
        <source>Ctrl+Shift++</source>
        <translation>Ctrl+Shift++</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>减小文字</translation>
    </message>
    <message>
        <source>Ctrl+Shift+-</source>
        <translation>Ctrl+Shift+-</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>课程库(&amp;L)…</translation>
    </message>
    <message>
        <source>Kernel Code</source>
        <translation>内核代码</translation>
    </message>
    <message>
        <source>Event ▶</source>
        <translation>事件 ▶</translation>
    </message>
    <message>
        <source>Tick ▶</source>
        <translation>节拍 ▶</translation>
    </message>
    <message>
        <source>Tasklet Run ▶</source>
        <translation>Tasklet 执行 ▶</translation>
    </message>
    <message>
        <source>Lesson Step ▶</source>
        <translation>课程步骤 ▶</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Position </source>
        <translation>位置 </translation>
    </message>
    <message>
        <source>Drag to any point of the run: back by deterministic replay, forward by running</source>
        <translation>拖动到运行中的任意位置：向后通过确定性重放，向前通过继续运行</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Presenter mode: F11 to leave, Ctrl+Shift++ / Ctrl+Shift+- for the text size.</source>
        <translation>演示模式：按 F11 退出，按 Ctrl+Shift++ / Ctrl+Shift+- 调整文字大小。</translation>
    </message>
</context>
<context>
    <name>tlui::ProcPanel</name>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>cat the file now on the chosen CPU (the reader is a new task &quot;cat&quot;)</source>
        <translation>立即在所选 CPU 上用 cat 读取该文件（读者是新任务“cat”）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>于</translation>
    </message>
    <message>
        <source>$ cat /proc/jitasklet</source>
        <translation>$ cat /proc/jitasklet</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>未加载场景。</translation>
    </message>
    <message>
        <source>Save /proc reads as CSV</source>
        <translation>将 /proc 读取保存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>另存为 CSV</translation>
    </message>
</context>
<context>
    <name>tlui::SimulationController</name>
    <message>
        <source>No scenario is loaded.</source>
        <translation>未加载场景。</translation>
    </message>
    <message>
        <source>The run has reached its end. Reset to start again.</source>
        <translation>运行已结束。请重置以重新开始。</translation>
    </message>
    <message>
        <source>There is no further lesson step.</source>
        <translation>没有更多课程步骤。</translation>
    </message>
    <message>
        <source>No tasklet ran before the end of the run.</source>
        <translation>直到运行结束都没有 tasklet 执行。</translation>
    </message>
    <message>
        <source>Cannot go back: %1. Use Reset instead.</source>
        <translation>无法后退：%1。请改用“重置”。</translation>
    </message>
    <message>
        <source>Already at the start of the run.</source>
        <translation>已处于运行的起点。</translation>
    </message>
    <message>
        <source>No tasklet ran before this point.</source>
        <translation>在此之前没有 tasklet 执行。</translation>
    </message>
</context>
<context>
    <name>tlui::Speed</name>
    <message>
        <source>max</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>%1 per s</source>
        <translation>每秒 %1</translation>
    </message>
</context>
<context>
    <name>tlui::State</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>可运行</translation>
    </message>
    <message>
        <source>sleeping (S)</source>
        <translation>睡眠（S）</translation>
    </message>
    <message>
        <source>sleeping (D)</source>
        <translation>睡眠（D）</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>已退出</translation>
    </message>
</context>
<context>
    <name>tlui::StepDialog</name>
    <message>
        <source>Add Lesson Step</source>
        <translation>添加课程步骤</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>e.g. The tasklet runs in ksoftirqd</source>
        <translation>例如：tasklet 在 ksoftirqd 中运行</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>What happens here, which kernel rule acts and where it lives (book section, kernel function).</source>
        <translation>这里发生了什么、哪条内核规则在起作用、它位于何处（书中章节、内核函数）。</translation>
    </message>
    <message>
        <source>&amp;Narration:</source>
        <translation>讲解(&amp;N)：</translation>
    </message>
    <message>
        <source>Optional: a question for the class before the step plays</source>
        <translation>可选：在播放该步骤之前向全班提出的问题</translation>
    </message>
    <message>
        <source>&amp;Predict:</source>
        <translation>预测(&amp;P)：</translation>
    </message>
    <message>
        <source>Revealed once the step has been played</source>
        <translation>播放该步骤之后才会显示</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>答案(&amp;A)：</translation>
    </message>
    <message>
        <source>Give the step a title or a narration.</source>
        <translation>请为该步骤填写标题或讲解。</translation>
    </message>
    <message>
        <source>An answer needs a question.</source>
        <translation>填写答案时必须同时填写问题。</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletPanel</name>
    <message>
        <source>Call on CPU</source>
        <translation>调用于 CPU</translation>
    </message>
    <message>
        <source>from</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>进程上下文</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>硬中断</translation>
    </message>
    <message>
        <source>Call %1() on the selected tasklet now, on the chosen CPU</source>
        <translation>立即在所选 CPU 上对所选 tasklet 调用 %1()</translation>
    </message>
    <message>
        <source>New tasklet…</source>
        <translation>新建 tasklet…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected tasklet (restarts the simulation without it)</source>
        <translation>删除所选 tasklet（不含它重新开始模拟）</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>Select a tasklet first.</source>
        <translation>请先选择一个 tasklet。</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>未加载场景。</translation>
    </message>
    <message>
        <source>There is no tasklet %1 in the scenario.</source>
        <translation>场景中没有 tasklet %1。</translation>
    </message>
    <message>
        <source>New tasklet</source>
        <translation>新建 tasklet</translation>
    </message>
    <message>
        <source> us</source>
        <translation> 微秒</translation>
    </message>
    <message>
        <source>DECLARE_TASKLET_DISABLED (count starts at 1)</source>
        <translation>DECLARE_TASKLET_DISABLED（count 从 1 开始）</translation>
    </message>
    <message>
        <source>always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>How many times the callback schedules itself again (-1: always)</source>
        <translation>回调函数再次调度自身的次数（-1：总是）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Work per run</source>
        <translation>每次运行的工作量</translation>
    </message>
    <message>
        <source>Reschedules itself</source>
        <translation>自我重新调度</translation>
    </message>
    <message>
        <source>Remove tasklet</source>
        <translation>删除 tasklet</translation>
    </message>
    <message>
        <source>Remove tasklet %1? The simulation restarts from time 0 without it.</source>
        <translation>删除 tasklet %1？模拟将不含它从时间 0 重新开始。</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletTableModel</name>
    <message>
        <source> (jit module)</source>
        <translation>（jit 模块）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>CPU%1 %2</source>
        <translation>CPU%1 %2</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>TASKLET_STATE_SCHED: queued on a CPU list and not yet started</source>
        <translation>TASKLET_STATE_SCHED：已加入某 CPU 的链表且尚未开始</translation>
    </message>
    <message>
        <source>TASKLET_STATE_RUN: the callback is executing (SMP only)</source>
        <translation>TASKLET_STATE_RUN：回调正在执行（仅 SMP）</translation>
    </message>
    <message>
        <source>Disable count: the tasklet runs only when it is 0</source>
        <translation>禁用计数：仅当其为 0 时 tasklet 才会运行</translation>
    </message>
    <message>
        <source>Tasklet</source>
        <translation>Tasklet</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Queued on</source>
        <translation>所在队列</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Running on</source>
        <translation>运行于</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作量</translation>
    </message>
</context>
<context>
    <name>tlui::Timeline</name>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>ksoftirqd</source>
        <translation>ksoftirqd</translation>
    </message>
    <message>
        <source>softirq processing</source>
        <translation>软中断处理</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>硬中断</translation>
    </message>
    <message>
        <source>softirq vector</source>
        <translation>软中断向量</translation>
    </message>
    <message>
        <source>tasklet</source>
        <translation>tasklet</translation>
    </message>
</context>
<context>
    <name>tlui::TimelineModel</name>
    <message>
        <source>time: %1 (jiffies %2)</source>
        <translation>时间：%1（jiffies %2）</translation>
    </message>
    <message>
        <source>CPU%1, context %2</source>
        <translation>CPU%1，上下文 %2</translation>
    </message>
    <message>
        <source>current: %1 (pid %2)</source>
        <translation>当前任务：%1（pid %2）</translation>
    </message>
    <message>
        <source>tasklet state: %1</source>
        <translation>tasklet 状态：%1</translation>
    </message>
    <message>
        <source>vector %1</source>
        <translation>向量 %1</translation>
    </message>
    <message>
        <source>CPU%1, from %2 to %3</source>
        <translation>CPU%1，从 %2 到 %3</translation>
    </message>
    <message>
        <source>duration %1, jiffies %2</source>
        <translation>时长 %1，jiffies %2</translation>
    </message>
    <message>
        <source>in task %1</source>
        <translation>在任务 %1 中</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>queued by this call</source>
        <translation>由本次调用加入队列</translation>
    </message>
</context>
<context>
    <name>tlui::TimelineView</name>
    <message>
        <source>raise</source>
        <translation>触发（raise）</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>调度（schedule）</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>禁用（disable）</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>启用（enable）</translation>
    </message>
    <message>
        <source>kill</source>
        <translation>终止（kill）</translation>
    </message>
    <message>
        <source>kernel message</source>
        <translation>内核消息</translation>
    </message>
    <message>
        <source>/proc read</source>
        <translation>/proc 读取</translation>
    </message>
    <message>
        <source>simulated time</source>
        <translation>模拟时间</translation>
    </message>
    <message>
        <source>jiffies (ticks)</source>
        <translation>jiffies（时钟节拍）</translation>
    </message>
    <message>
        <source>CPU lanes</source>
        <translation>CPU 泳道</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>A = %1</source>
        <translation>A = %1</translation>
    </message>
    <message>
        <source>B = %1</source>
        <translation>B = %1</translation>
    </message>
    <message>
        <source>Δt = %1 ns (%2), %3 jiffies</source>
        <translation>Δt = %1 ns（%2），%3 个 jiffies</translation>
    </message>
    <message>
        <source>Wheel or +/-: zoom · drag or arrow keys: pan · Shift+drag: zoom to area · Home: fit · F: follow live · A/B: set markers at the mouse · click: select</source>
        <translation>滚轮或 +/-：缩放 · 拖动或方向键：平移 · Shift+拖动：缩放到区域 · Home：全部 · F：实时跟随 · A/B：在鼠标处设置标记 · 点击：选择</translation>
    </message>
    <message>
        <source>→ runs at %1 on CPU%2</source>
        <translation>→ 于 %1 在 CPU%2 上运行</translation>
    </message>
    <message>
        <source>→ has not run yet</source>
        <translation>→ 尚未运行</translation>
    </message>
    <message>
        <source>← scheduled at %1 on CPU%2</source>
        <translation>← 于 %1 在 CPU%2 上被调度</translation>
    </message>
</context>
</TS>
