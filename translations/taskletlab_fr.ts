<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Lesson</name>
    <message>
        <source>LDD3 7.5: /proc/jitasklet on a busy CPU</source>
        <extracomment>ldd3-busy-cpu.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s sample: cat reads /proc/jitasklet while cc1 (a compiler) keeps CPU 0 busy. The tasklet waits for the next tick while cc1 runs, and runs back to back in ksoftirqd/0 once cc1 blocks. Under ldd3-book (the pre-2.6.2 &apos;mask&apos; restart rule) the first read() returns exactly the book&apos;s six lines; try --profile linux-2.6.10 to see the 10-restart rule run all five in cc1&apos;s irq_exit.</source>
        <extracomment>ldd3-busy-cpu.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cat reads /proc/jitasklet</source>
        <extracomment>ldd3-busy-cpu.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jit_tasklet() prints the reader&apos;s line (inirq 0), then tasklet_schedule(). The raise comes from process context, so raise_softirq_irqoff() wakes ksoftirqd/0 (kernel/softirq.c). cat sleeps in wait_event_interruptible(). The O(1) scheduler picks cc1 (nice 0) over ksoftirqd/0 (nice 19): the tasklet has to wait.</source>
        <extracomment>ldd3-busy-cpu.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next tick runs it in cc1&apos;s context</source>
        <extracomment>ldd3-busy-cpu.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer interrupt&apos;s irq_exit() finds TASKLET pending and runs __do_softirq() on top of whatever it interrupted: cc1. Run 1: delta 1, inirq 1, pid 4368. The callback reschedules itself; under the pre-2.6.2 mask rule TASKLET has already run in this invocation, so there is no restart: ksoftirqd is woken (it is already runnable).</source>
        <extracomment>ldd3-busy-cpu.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One run per tick</source>
        <extracomment>ldd3-busy-cpu.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick 6076141 does the same: run 2 in cc1. Book, section 7.5: &apos;the tasklet is run at the next timer tick as long as the CPU is busy running a process&apos;.</source>
        <extracomment>ldd3-busy-cpu.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cc1 blocks: ksoftirqd/0 gets the CPU</source>
        <extracomment>ldd3-busy-cpu.json: step 4 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With cc1 asleep, ksoftirqd/0 is the only runnable task. Its loop calls do_softirq() while anything is pending: runs 3, 4 and 5 back to back in the same jiffy, delta 0, pid 2. Run 5 wakes cat, which prints the six lines.</source>
        <extracomment>ldd3-busy-cpu.json: step 4 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDD3 7.5: /proc/jitasklet on an idle CPU</source>
        <extracomment>ldd3-idle-cpu.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same read on an idle CPU: the tasklet runs immediately, all five times in ksoftirqd/0 in the reader&apos;s jiffy (delta 0). Under the 2.6 profiles cat&apos;s second read() re-runs the whole experiment (the read_proc quirk) and gets EOF because the new output is not longer.</source>
        <extracomment>ldd3-idle-cpu.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cat reads on an idle CPU</source>
        <extracomment>ldd3-idle-cpu.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_schedule() from process context wakes ksoftirqd/0. When cat sleeps, nothing else is runnable, so ksoftirqd/0 runs at once: &apos;it is run immediately when the CPU is otherwise idle&apos; (book, section 7.5).</source>
        <extracomment>ldd3-idle-cpu.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five runs back to back in ksoftirqd/0</source>
        <extracomment>ldd3-idle-cpu.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line has inirq 1: in_interrupt() is true inside any tasklet, even when it runs in a kernel thread.</source>
        <extracomment>ldd3-idle-cpu.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasklet reschedules itself from its callback. Why are all five runs in ksoftirqd/0, in the same jiffy, with delta 0?</source>
        <extracomment>ldd3-idle-cpu.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ksoftirqd/0&apos;s loop (kernel/softirq.c: ksoftirqd()) calls do_softirq() as long as TASKLET is pending; each self-reschedule is picked up at once, long before the next tick. The fifth run wakes cat.</source>
        <extracomment>ldd3-idle-cpu.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cat&apos;s second read() runs it all again</source>
        <extracomment>ldd3-idle-cpu.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fs/proc/generic.c: proc_file_read() calls jit&apos;s read_proc function on every read(), and jit ignores the offset: the whole experiment runs a second time (300.5 to 301 us). The new output is not longer than the first, so read() returns 0 and cat prints the six lines once.</source>
        <extracomment>ldd3-idle-cpu.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jitasklethi vs jitasklet, with a competing tasklet and a timer</source>
        <extracomment>lesson-01-hi-vs-normal.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three readers on a busy CPU (linux-2.6.10): one reads /proc/jitimer (tdelay 1), one /proc/jitasklet, one /proc/jitasklethi, and ifconfig schedules a normal tasklet rx. Everything becomes pending before the first tick; the tick&apos;s irq_exit() then serves HI, TIMER and TASKLET in that order in every pass. Both jit outputs print the same lines: the difference between a hi and a normal tasklet is only visible in the trace.</source>
        <extracomment>lesson-01-hi-vs-normal.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timer for the next jiffy</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jit_timer() (LDD3 7.4, misc-modules/jit.c) arms a timer_list at jiffies + tdelay = 1001 with add_timer(). Its callback will run in the TIMER softirq, vector 1 (kernel/timer.c: run_timer_softirq()).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two jit tasklets and a driver tasklet are queued</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jit_tasklet() calls tasklet_schedule() for /proc/jitasklet and tasklet_hi_schedule() for /proc/jitasklethi (kernel/softirq.c: __tasklet_schedule(), __tasklet_hi_schedule()): one goes on tasklet_vec and raises TASKLET (5), the other on tasklet_hi_vec and raises HI (0). ifconfig then queues rx on the same normal list. Each raise from process context wakes ksoftirqd/0, but at nice 19 it cannot preempt cc1 under the O(1) scheduler.</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pass: HI, then TIMER, then TASKLET</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel/softirq.c: __do_softirq() walks the pending bits from the lowest number up, once per pass. Everything runs on top of cc1 (pid 4368) in softirq context: inirq is 1.</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HI, TIMER and TASKLET are all pending when the tick&apos;s irq_exit() runs __do_softirq(). In which order do the jit hi tasklet, the jitimer callback and the two normal tasklets run?</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By vector number: the hi tasklet (HI = 0, tasklet_hi_action()), then the timer (TIMER = 1, run_timer_softirq()), then the normal list (TASKLET = 5, tasklet_action()). In the normal list rx runs before jitasklet although it was scheduled later: 2.6 inserts at the head of tasklet_vec (LIFO).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 3 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restart loop runs the rest</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 4 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both jit tasklets rescheduled themselves from their callbacks, so HI and TASKLET are pending again. linux-2.6.10 restarts __do_softirq() up to MAX_SOFTIRQ_RESTART = 10 times: passes 2 to 5 run one hi run and one normal run each, all in jiffy 1001. The jitimer callback re-arms itself for the next jiffy, so its five lines are one tick apart. Both tasklet outputs are identical: &apos;the only difference is that they use different lists&apos; (the book, 7.5).</source>
        <extracomment>lesson-01-hi-vs-normal.json: step 4 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule twice, run once</source>
        <extracomment>lesson-02-schedule-twice.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ifconfig calls tasklet_schedule(rx) twice before rx gets a chance to run: the second call finds TASKLET_STATE_SCHED already set and does nothing, so the callback runs once. A schedule made after the run queues it again.</source>
        <extracomment>lesson-02-schedule-twice.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First schedule queues rx</source>
        <extracomment>lesson-02-schedule-twice.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_schedule() does test_and_set_bit(TASKLET_STATE_SCHED). The bit was clear, so __tasklet_schedule() puts rx on this CPU&apos;s tasklet_vec and raises TASKLET. ksoftirqd/0 (nice 19) cannot preempt cc1: rx waits for the next tick.</source>
        <extracomment>lesson-02-schedule-twice.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second schedule: a no-op</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace shows the call with &apos;no-op&apos;: nothing is queued and nothing is raised.</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx is still queued. How many times will its callback run after this second tasklet_schedule()?</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once. test_and_set_bit() finds SCHED already set and the call returns without touching the list. The book, 7.5: a tasklet scheduled again before it runs &apos;runs only once&apos;.</source>
        <extracomment>lesson-02-schedule-twice.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tick runs rx once</source>
        <extracomment>lesson-02-schedule-twice.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tick&apos;s irq_exit() runs __do_softirq() in cc1&apos;s context. kernel/softirq.c: tasklet_action() clears SCHED just before the callback, so a schedule from now on queues it again.</source>
        <extracomment>lesson-02-schedule-twice.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled again after the run</source>
        <extracomment>lesson-02-schedule-twice.json: step 4 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHED is clear, so this call queues rx again and it runs at the 2 ms tick: one run per schedule that finds the tasklet idle, never one per call.</source>
        <extracomment>lesson-02-schedule-twice.json: step 4 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling counts: twice disabled, once enabled</source>
        <extracomment>lesson-03-disable-count.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_disable() increments a counter and tasklet_enable() decrements it; the tasklet may run only when the count is back to 0. After two disables and one enable, rx is still disabled: a schedule queues it but it does not run until the second enable.</source>
        <extracomment>lesson-03-disable-count.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two disables</source>
        <extracomment>lesson-03-disable-count.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_disable() does atomic_inc(&amp;t-&gt;count) and then waits until TASKLET_STATE_RUN is clear (rx is not running, so it returns at once). Called twice, count is 2. The book, 7.5: &apos;the tasklet is disabled until tasklet_enable is called the same number of times&apos;.</source>
        <extracomment>lesson-03-disable-count.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One enable</source>
        <extracomment>lesson-03-disable-count.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_enable() is only atomic_dec(&amp;t-&gt;count): count 1, still disabled. It checks nothing and raises nothing.</source>
        <extracomment>lesson-03-disable-count.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled while disabled</source>
        <extracomment>lesson-03-disable-count.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace shows tasklet_requeue events in swapper/0&apos;s irq_exit() and then in ksoftirqd/0: the queued, disabled tasklet keeps the softirq busy (see the next lesson).</source>
        <extracomment>lesson-03-disable-count.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupt schedules rx now (count is 1). Will the callback run?</source>
        <extracomment>lesson-03-disable-count.json: step 3 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. tasklet_schedule() ignores the count and queues rx, but kernel/softirq.c: tasklet_action() sees count != 0, puts it back on the list and raises TASKLET again, pass after pass, without calling it.</source>
        <extracomment>lesson-03-disable-count.json: step 3 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second enable</source>
        <extracomment>lesson-03-disable-count.json: step 4 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count is 0. The very next tasklet_action() pass finds it enabled, clears SCHED and runs the callback, exactly once, in ksoftirqd/0, which was still looping on it.</source>
        <extracomment>lesson-03-disable-count.json: step 4 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled tasklet keeps the softirq churning</source>
        <extracomment>lesson-04-disabled-churn.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx is declared with DECLARE_TASKLET_DISABLED and a network interrupt schedules it. Nothing runs it, yet it is not idle: every tasklet_action() puts it back and raises TASKLET again, each __do_softirq() uses its whole restart budget and ksoftirqd/0 spins, taking the CPU from make, until the driver enables it.</source>
        <extracomment>lesson-04-disabled-churn.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled tasklet is scheduled</source>
        <extracomment>lesson-04-disabled-churn.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_schedule() never looks at the count: rx goes on tasklet_vec with SCHED set. The interrupt&apos;s irq_exit() runs __do_softirq() on top of make.</source>
        <extracomment>lesson-04-disabled-churn.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten passes, then ksoftirqd</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the R-CHURN rule of kernel-semantics.md 4: the vector is re-raised every pass, without waking anyone, until the tasklet is enabled.</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many passes will this __do_softirq() invocation make, and who continues afterwards?</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten. kernel/softirq.c: tasklet_action_common() finds count != 0, re-inserts rx and calls __raise_softirq_irqoff(TASKLET), so TASKLET is pending after every pass; MAX_SOFTIRQ_RESTART (10) ends the loop and wakeup_softirqd() hands the rest to ksoftirqd/0.</source>
        <extracomment>lesson-04-disabled-churn.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ksoftirqd/0 spins</source>
        <extracomment>lesson-04-disabled-churn.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ksoftirqd/0 (nice 0 under CFS) preempts make and calls __do_softirq() again and again (kernel/softirq.c: run_ksoftirqd()), each time 10 passes of requeues. It gives the CPU up only when the scheduler takes it away.</source>
        <extracomment>lesson-04-disabled-churn.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_enable() alone raises nothing</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include/linux/interrupt.h: tasklet_enable() does not raise the softirq or wake ksoftirqd.</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insmod enables rx at 6 ms and goes back to sleep; make gets the CPU. When and in which context will rx finally run?</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the next processing of TASKLET: the 8 ms tick (HZ = 250). Its irq_exit() runs __do_softirq() on top of make, so rx runs in make&apos;s context, not in ksoftirqd/0. tasklet_enable() is only atomic_dec(); the pending TASKLET bit left by the churn does the rest.</source>
        <extracomment>lesson-04-disabled-churn.json: step 4 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One run, the churn stops</source>
        <extracomment>lesson-04-disabled-churn.json: step 5 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_action() finds count 0, clears SCHED and runs rx once. The list is empty, nothing re-raises TASKLET, and ksoftirqd/0 goes back to sleep.</source>
        <extracomment>lesson-04-disabled-churn.json: step 5 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_kill() waits for a queued tasklet to run</source>
        <extracomment>lesson-05-kill-waits.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx is queued on CPU 0, where ethtool holds local_bh_disable(), so it cannot run yet. rmmod on CPU 1 calls tasklet_kill(rx): kill does not remove rx from the list, it sleeps until rx has run once. After kill returns, rx can be scheduled again.</source>
        <extracomment>lesson-05-kill-waits.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx is queued on CPU 0 but cannot run</source>
        <extracomment>lesson-05-kill-waits.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eth0&apos;s handler schedules rx on CPU 0. Its irq_exit() does not run softirqs because ethtool has bottom halves disabled (in_interrupt() is true, kernel/softirq.c: irq_exit()).</source>
        <extracomment>lesson-05-kill-waits.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rmmod calls tasklet_kill()</source>
        <extracomment>lesson-05-kill-waits.json: step 2 title
----------
lesson-06-kill-disabled.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book, 7.5: tasklet_kill() &apos;ensures that the tasklet is not scheduled to run again&apos;; if it is scheduled, &apos;the function waits until it has executed&apos;.</source>
        <extracomment>lesson-05-kill-waits.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx is queued and enabled. Does tasklet_kill() take it off the list, or wait?</source>
        <extracomment>lesson-05-kill-waits.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits. kernel/softirq.c: tasklet_kill() loops on test_and_set_bit(TASKLET_STATE_SCHED) and, in 6.1, sleeps in wait_var_event() (D state) until tasklet_action() clears SCHED; then it waits for RUN to clear. It never dequeues.</source>
        <extracomment>lesson-05-kill-waits.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local_bh_enable() runs rx, kill returns</source>
        <extracomment>lesson-05-kill-waits.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ethtool&apos;s local_bh_enable() runs the pending TASKLET softirq in its own context. tasklet_action() clears SCHED (waking rmmod, which now owns SCHED and waits for RUN), runs rx once, and tasklet_unlock() wakes rmmod again: tasklet_kill() returns at 2.55 ms, after exactly one run.</source>
        <extracomment>lesson-05-kill-waits.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed is not dead</source>
        <extracomment>lesson-05-kill-waits.json: step 4 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_kill() leaves SCHED and RUN clear: a new tasklet_schedule() queues rx on CPU 1 and it runs again. A driver must stop whatever schedules the tasklet before killing it.</source>
        <extracomment>lesson-05-kill-waits.json: step 4 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_kill() never returns on a disabled tasklet</source>
        <extracomment>lesson-06-kill-disabled.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx is declared disabled and gets scheduled. rmmod then calls tasklet_kill(rx): SCHED can only be cleared by running the tasklet, a disabled tasklet never runs, so rmmod waits for ever while ksoftirqd/0 churns on rx. The run ends with tasklet_kill() still waiting.</source>
        <extracomment>lesson-06-kill-disabled.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled tasklet is queued</source>
        <extracomment>lesson-06-kill-disabled.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_schedule() sets SCHED and queues rx although count is 1. tasklet_action() skips it and re-raises TASKLET every pass; after 10 passes ksoftirqd/0 takes over and keeps doing it.</source>
        <extracomment>lesson-06-kill-disabled.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator reports the call as unfinished at the end of the run. Enable before you kill: the book&apos;s cleanup order is tasklet_enable() (if disabled), then tasklet_kill().</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will tasklet_kill(rx) return?</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never, as long as rx stays disabled. kernel/softirq.c: tasklet_kill() waits for SCHED to clear, and only tasklet_action() clears it, right before calling an enabled tasklet. In 6.1 rmmod sleeps in D state; tasklet_unlock() wakes it after every skipped pass, and whenever CFS gives it the CPU it finds SCHED still set and sleeps again (2.6 keeps calling yield() instead).</source>
        <extracomment>lesson-06-kill-disabled.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-rescheduling and the restart limit</source>
        <extracomment>lesson-07-restart-limit.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polling tasklet reschedules itself 24 times (25 runs). Under linux-2.6.10 the interrupt&apos;s irq_exit() runs 10 of them (MAX_SOFTIRQ_RESTART), then hands the rest to ksoftirqd/0. Run it with --profile ldd3-book (one run per invocation: the pre-2.6.2 mask rule) and --profile linux-6.1 (10 passes, 2 ms or need_resched) to compare eras.</source>
        <extracomment>lesson-07-restart-limit.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupt schedules poll</source>
        <extracomment>lesson-07-restart-limit.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handler&apos;s tasklet_schedule() raises TASKLET from hard-IRQ context: no ksoftirqd wake-up, irq_exit() will process it (kernel/softirq.c: raise_softirq_irqoff()).</source>
        <extracomment>lesson-07-restart-limit.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll calls tasklet_schedule() on itself at the end of every run. How many runs happen inside this interrupt&apos;s irq_exit()?</source>
        <extracomment>lesson-07-restart-limit.json: step 1 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten. A tasklet rescheduled from its own callback waits for the next pass (tasklet_action() detached the list first), and kernel/softirq.c: __do_softirq() restarts at most MAX_SOFTIRQ_RESTART = 10 times before calling wakeup_softirqd().</source>
        <extracomment>lesson-07-restart-limit.json: step 1 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten passes in swapper&apos;s irq_exit()</source>
        <extracomment>lesson-07-restart-limit.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPU was idle, so the runs happen on top of the idle task (swapper, pid 0) in softirq context. After the tenth pass TASKLET is still pending: __do_softirq() wakes ksoftirqd/0 and returns.</source>
        <extracomment>lesson-07-restart-limit.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ksoftirqd/0 finishes the work</source>
        <extracomment>lesson-07-restart-limit.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle task yields to ksoftirqd/0, whose loop calls do_softirq() while anything is pending (kernel/softirq.c: ksoftirqd()): 10 more runs, then the last 5. This is how the restart limit keeps a softirq storm from starving user space. Under ldd3-book each invocation makes a single pass (only a newly raised vector restarts it), so ksoftirqd does 24 of the 25 runs; under linux-6.1 the 2 ms and need_resched() limits can cut a pass short too.</source>
        <extracomment>lesson-07-restart-limit.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tasklet runs on the CPU that scheduled it</source>
        <extracomment>lesson-08-same-cpu.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two CPUs, two network interrupts. rx is queued on CPU 0 while ethtool holds bottom halves off there; an interrupt on idle CPU 1 schedules rx too, but that call is a no-op, and rx waits for CPU 0. Later, scheduled from CPU 1, it runs on CPU 1.</source>
        <extracomment>lesson-08-same-cpu.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued on CPU 0</source>
        <extracomment>lesson-08-same-cpu.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel/softirq.c: __tasklet_schedule() puts the tasklet on this_cpu&apos;s tasklet_vec. The book, 7.5: &apos;a tasklet always runs on the same CPU that schedules it&apos;. Bottom halves are off on CPU 0, so it waits.</source>
        <extracomment>lesson-08-same-cpu.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU 1 schedules it too</source>
        <extracomment>lesson-08-same-cpu.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU 1 stays idle even though it could run rx right now.</source>
        <extracomment>lesson-08-same-cpu.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU 1 is idle and also calls tasklet_schedule(rx). Where will rx run, and how often?</source>
        <extracomment>lesson-08-same-cpu.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, on CPU 0. SCHED is already set, so CPU 1&apos;s call is a no-op: nothing moves a queued tasklet to another CPU (only CPU hot-unplug does, kernel/softirq.c: takeover_tasklets()).</source>
        <extracomment>lesson-08-same-cpu.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU 0 runs it</source>
        <extracomment>lesson-08-same-cpu.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local_bh_enable() on CPU 0 processes the pending TASKLET softirq in ethtool&apos;s context.</source>
        <extracomment>lesson-08-same-cpu.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled from CPU 1, run on CPU 1</source>
        <extracomment>lesson-08-same-cpu.json: step 4 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now rx is idle, CPU 1&apos;s interrupt queues it on CPU 1&apos;s list and CPU 1&apos;s irq_exit() runs it on top of swapper/1.</source>
        <extracomment>lesson-08-same-cpu.json: step 4 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMP: a tasklet never runs on two CPUs at once</source>
        <extracomment>lesson-09-smp-serialization.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx (300 us of work) is running on CPU 0 when an interrupt on CPU 1 schedules it again. CPU 1 queues it, but tasklet_action() cannot take the RUN lock: it puts rx back and re-raises TASKLET until CPU 0&apos;s callback returns. The second run starts on CPU 1 the moment the first one ends.</source>
        <extracomment>lesson-09-smp-serialization.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx runs on CPU 0</source>
        <extracomment>lesson-09-smp-serialization.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_action() clears SCHED and takes TASKLET_STATE_RUN with tasklet_trylock() before calling rx (kernel/softirq.c: tasklet_action_common()).</source>
        <extracomment>lesson-09-smp-serialization.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU 1 schedules rx while it runs</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace shows tasklet_requeue events with state RUN on CPU 1.</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHED is clear, so CPU 1&apos;s tasklet_schedule() queues rx on CPU 1. Will CPU 1 run it now, in parallel with CPU 0?</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. tasklet_trylock() fails because RUN is set: CPU 1 re-inserts rx and raises TASKLET again, pass after pass (first in irq_exit(), then in ksoftirqd/1), until CPU 0&apos;s tasklet_unlock(). The book, 7.5: &apos;a tasklet ... is never run by more than one CPU at once&apos;.</source>
        <extracomment>lesson-09-smp-serialization.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU 0 unlocks, CPU 1 runs</source>
        <extracomment>lesson-09-smp-serialization.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx returns on CPU 0 at 1.4051 ms; in the same instant ksoftirqd/1&apos;s next pass gets the lock and runs rx on CPU 1. Two runs, back to back, never overlapping: a tasklet needs no lock against itself, only against other code.</source>
        <extracomment>lesson-09-smp-serialization.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasklet order: LIFO in 2.6, FIFO in 6.1</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netd disables bottom halves, schedules tasklets a, b and c, and enables bottom halves again. Under linux-2.6.10 they run c, b, a: __tasklet_schedule() pushes at the head of the list. Run it with --profile linux-6.1 to see a, b, c: modern kernels append at the tail.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a, b, c are queued</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With bottom halves disabled nothing runs them yet. 2.6.10&apos;s kernel/softirq.c: __tasklet_schedule() does t-&gt;next = head; head = t: each new tasklet goes in front.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local_bh_enable() runs the list</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_action() detaches the whole list and walks it from the head. The book makes no promise about the order of different tasklets, and portable drivers must not rely on one.</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In which order do a, b and c run under linux-2.6.10? And under linux-6.1?</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.6.10: c, b, a (LIFO, the list is a stack). 6.1: a, b, c (FIFO: since about 2.6.34 tasklet_vec has a tail pointer and __tasklet_schedule_common() appends).</source>
        <extracomment>lesson-10-lifo-vs-fifo.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top half and bottom half: a network interrupt</source>
        <extracomment>lesson-11-top-bottom-half.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network card interrupts twice while make keeps the CPU busy. The top half (8 us, interrupts off) only acknowledges the device, schedules the eth0_rx tasklet and wakes sshd, which waits for data. The bottom half (40 us) runs right after the handler, at irq_exit(), with interrupts on, still on top of make. sshd runs after that.</source>
        <extracomment>lesson-11-top-bottom-half.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top half</source>
        <extracomment>lesson-11-top-bottom-half.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDD3 10.4: the handler does the minimum in hard-IRQ context and defers the rest. Here it calls tasklet_schedule(eth0_rx) (from hard-IRQ context: raise without waking ksoftirqd) and wakes sshd.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bottom half</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6.1&apos;s ksoftirqd_running() shortcut does not apply: it defers only when no HI or TASKLET bit is pending.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handler has returned. Who runs eth0_rx first: ksoftirqd/0, sshd or irq_exit()?</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>irq_exit(). kernel/softirq.c: irq_exit() sees TASKLET pending outside interrupt context and calls __do_softirq() right away, on top of the interrupted task (make), in softirq context. Only then does the scheduler switch to sshd.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The woken task runs</source>
        <extracomment>lesson-11-top-bottom-half.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the way back to user mode the scheduler switches to sshd (woken by the top half), which finds the data the bottom half prepared, then sleeps again; make continues.</source>
        <extracomment>lesson-11-top-bottom-half.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again</source>
        <extracomment>lesson-11-top-bottom-half.json: step 4 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every interrupt gives one top half and one tasklet run. Had a second interrupt arrived before eth0_rx ran, both would share one run (the lesson &apos;Schedule twice, run once&apos;).</source>
        <extracomment>lesson-11-top-bottom-half.json: step 4 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector order, pass by pass</source>
        <extracomment>lesson-12-vector-order.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an idle CPU the tick raises TIMER. While TIMER&apos;s action runs (we make it take 30 us with costs.softirq_action), a network interrupt schedules the normal tasklet rx and then a keyboard interrupt schedules the hi tasklet kbd. They were not pending when the pass started, so they wait for the next pass, where HI runs before TASKLET although it was raised last.</source>
        <extracomment>lesson-12-vector-order.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass 1: only TIMER</source>
        <extracomment>lesson-12-vector-order.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel/softirq.c: __do_softirq() copies the pending mask (TIMER) and clears it, then runs each set vector in ascending order with interrupts enabled.</source>
        <extracomment>lesson-12-vector-order.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupts inside the softirq</source>
        <extracomment>lesson-12-vector-order.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nested handlers run in hard-IRQ context on top of the softirq.</source>
        <extracomment>lesson-12-vector-order.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eth0 raises TASKLET at 1.01 ms, i8042 raises HI at 1.02 ms, both while TIMER&apos;s action runs. When do rx and kbd run, and in which order?</source>
        <extracomment>lesson-12-vector-order.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pass 2 of the same __do_softirq(), kbd (HI = 0) first, then rx (TASKLET = 5). Pass 1 only serves the bits of its snapshot; the restart check after it finds HI|TASKLET pending. A nested irq_exit() does not start a second __do_softirq(): in_interrupt() is true.</source>
        <extracomment>lesson-12-vector-order.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass 2: HI before TASKLET</source>
        <extracomment>lesson-12-vector-order.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is the vector number, not the order of raising: HI_SOFTIRQ = 0 is served by tasklet_hi_action(), TASKLET_SOFTIRQ = 5 by tasklet_action() (include/linux/interrupt.h). That is what tasklet_hi_schedule() buys: &apos;high-priority&apos; tasklets run before timers and every other softirq.</source>
        <extracomment>lesson-12-vector-order.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local_bh_disable() and local_bh_enable()</source>
        <extracomment>lesson-13-local-bh.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netstat disables bottom halves on CPU 0 (as spin_lock_bh() does). A network interrupt schedules rx meanwhile: its irq_exit() may not run softirqs, and nobody wakes ksoftirqd. When netstat calls local_bh_enable(), the pending tasklet runs at once, in netstat&apos;s own context.</source>
        <extracomment>lesson-13-local-bh.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom halves off</source>
        <extracomment>lesson-13-local-bh.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local_bh_disable() adds SOFTIRQ_DISABLE_OFFSET to preempt_count (include/linux/bottom_half.h). in_interrupt() is now true in this task, although it is in process context.</source>
        <extracomment>lesson-13-local-bh.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupt schedules rx</source>
        <extracomment>lesson-13-local-bh.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raise comes from hard-IRQ context, so raise_softirq_irqoff() does not wake ksoftirqd, and irq_exit() skips __do_softirq() because in_interrupt() is true. rx waits.</source>
        <extracomment>lesson-13-local-bh.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local_bh_enable()</source>
        <extracomment>lesson-13-local-bh.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the LDD3 5.5 rule behind spin_lock_bh(): code that shares data with a tasklet disables bottom halves, and the tasklet runs as soon as the lock is released.</source>
        <extracomment>lesson-13-local-bh.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netstat re-enables bottom halves. In which task&apos;s context does rx run?</source>
        <extracomment>lesson-13-local-bh.json: step 3 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In netstat&apos;s (pid 1900): kernel/softirq.c: __local_bh_enable_ip() calls do_softirq() as soon as the count drops to 0 and something is pending, on the caller&apos;s stack. Not ksoftirqd, which was never woken.</source>
        <extracomment>lesson-13-local-bh.json: step 3 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why tasklets are deprecated: BH workqueues (6.9)</source>
        <extracomment>lesson-14-bh-workqueue.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since 5.9 include/linux/interrupt.h calls tasklets deprecated; 6.9 added BH workqueues as their replacement: work items that run in the same softirq, with workqueue semantics. A network interrupt schedules the legacy tasklet old_rx and queues the BH work item rx_work, in that order. Inside the TASKLET softirq the work item runs first.</source>
        <extracomment>lesson-14-bh-workqueue.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tasklet and a BH work item</source>
        <extracomment>lesson-14-bh-workqueue.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_schedule(old_rx) queues the tasklet; queue_work(system_bh_wq, rx_work) queues the work item on the CPU&apos;s BH worker pool and raises TASKLET (kernel/workqueue.c: kick_bh_pool()).</source>
        <extracomment>lesson-14-bh-workqueue.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs first?</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both run in softirq context on top of swapper/0, in irq_exit().</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old_rx was scheduled before rx_work. Which runs first in the TASKLET softirq?</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx_work. kernel/softirq.c: tasklet_action() first calls workqueue_softirq_action(false) and only then walks tasklet_vec; tasklet_hi_action() does the same with the highpri pool.</source>
        <extracomment>lesson-14-bh-workqueue.json: step 2 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <extracomment>lesson-14-bh-workqueue.json: step 3 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BH work items keep the softirq context of tasklets but get workqueue rules: queue_work() on a pending item is a no-op like a second tasklet_schedule(), flush and cancel (cancel_work_sync()) replace the fragile tasklet_kill(), and there is no tasklet_disable() that spins or sleeps. New code should use them, or threaded interrupts.</source>
        <extracomment>lesson-14-bh-workqueue.json: step 3 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_kill() from interrupt context</source>
        <extracomment>lesson-15-kill-from-irq.json: title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver calls tasklet_kill(rx) from a hard interrupt handler. rx is idle, so the call does not have to wait, but the kernel still complains: tasklet_kill() may sleep and belongs in process context. The tasklet is unaffected and runs when scheduled later.</source>
        <extracomment>lesson-15-kill-from-irq.json: description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill from a hard IRQ</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had rx been queued or running, the kill would have had to sleep in atomic context: &apos;BUG: scheduling while atomic&apos;.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rx is neither queued nor running. What does tasklet_kill() do in a hard-IRQ handler?</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It prints &apos;Attempt to kill tasklet from interrupt&apos; (kernel/softirq.c: tasklet_kill(), a pr_notice() in 6.1, printk() in 2.6) because in_interrupt() is true, then carries on: SCHED was clear, so it returns at once.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 1 answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still usable</source>
        <extracomment>lesson-15-kill-from-irq.json: step 2 title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklet_kill() left SCHED clear: the next tasklet_schedule() queues rx and irq_exit() runs it.</source>
        <extracomment>lesson-15-kill-from-irq.json: step 2 text</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TaskletLab: a deterministic simulator of Linux tasklets and softirqs.</source>
        <translation>TaskletLab : un simulateur déterministe des tasklets et softirqs de Linux.</translation>
    </message>
    <message>
        <source>Scenario file to open (default: the LDD3 busy CPU lesson).</source>
        <translation>Fichier de scénario à ouvrir (par défaut : la leçon LDD3 « CPU occupé »).</translation>
    </message>
    <message>
        <source>Kernel profile to simulate.</source>
        <translation>Profil de noyau à simuler.</translation>
    </message>
    <message>
        <source>Simulate up to this time before showing the window.</source>
        <translation>Simuler jusqu&apos;à cet instant avant d&apos;afficher la fenêtre.</translation>
    </message>
    <message>
        <source>Render the main window to this PNG file and exit.</source>
        <translation>Rendre la fenêtre principale dans ce fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>User interface language (de, es, fr, zh_CN).</source>
        <translation>Langue de l&apos;interface (de, es, fr, zh_CN).</translation>
    </message>
    <message>
        <source>at most one scenario file may be given</source>
        <translation>un seul fichier de scénario au plus</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (try taskletlab-cli profiles)</source>
        <translation>profil inconnu « %1 » (voir taskletlab-cli profiles)</translation>
    </message>
    <message>
        <source>--run-until: %1</source>
        <translation>--run-until : %1</translation>
    </message>
</context>
<context>
    <name>tlui::InspectorPanel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>contexte processus</translation>
    </message>
    <message>
        <source>hard IRQ %1</source>
        <translation>IRQ matérielle %1</translation>
    </message>
    <message>
        <source>softirq</source>
        <translation>softirq</translation>
    </message>
    <message>
        <source>, vector %1</source>
        <translation>, vecteur %1</translation>
    </message>
    <message>
        <source>, tasklet %1</source>
        <translation>, tasklet %1</translation>
    </message>
    <message>
        <source>%1 — %2 (pid %3)</source>
        <translation>%1 — %2 (pid %3)</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>  fields</source>
        <translation>  champs</translation>
    </message>
    <message>
        <source>preempt %1, softirq %2, hardirq %3, nmi %4</source>
        <translation>preempt %1, softirq %2, hardirq %3, nmi %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>pending softirqs</source>
        <translation>softirqs en attente</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>ksoftirqd/%1</source>
        <translation>ksoftirqd/%1</translation>
    </message>
    <message>
        <source>runqueue (pids)</source>
        <translation>file d&apos;exécution (pids)</translation>
    </message>
</context>
<context>
    <name>tlui::IrqPanel</name>
    <message>
        <source>Hard IRQs</source>
        <translation>IRQ matérielles</translation>
    </message>
    <message>
        <source>Fire now</source>
        <translation>Déclencher</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Modifier la source…</translation>
    </message>
    <message>
        <source>Change the selected source (restarts the simulation)</source>
        <translation>Modifier la source choisie (redémarre la simulation)</translation>
    </message>
    <message>
        <source>Tasks (load)</source>
        <translation>Tâches (charge)</translation>
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
        <translation>état</translation>
    </message>
    <message>
        <source>waiting for</source>
        <translation>attend</translation>
    </message>
    <message>
        <source>Wake (busy)</source>
        <translation>Réveiller (occupée)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Endormir</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Aucun scénario n&apos;est chargé.</translation>
    </message>
    <message>
        <source>IRQ source</source>
        <translation>Source d&apos;IRQ</translation>
    </message>
    <message>
        <source> us</source>
        <translation> µs</translation>
    </message>
    <message>
        <source>tasklets, comma-separated</source>
        <translation>tasklets, séparées par des virgules</translation>
    </message>
    <message>
        <source>tasklet_hi_schedule</source>
        <translation>tasklet_hi_schedule</translation>
    </message>
    <message>
        <source>not periodic</source>
        <translation>non périodique</translation>
    </message>
    <message>
        <source>end of run</source>
        <translation>fin de l&apos;exécution</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>IRQ number</source>
        <translation>Numéro d&apos;IRQ</translation>
    </message>
    <message>
        <source>Handler runs</source>
        <translation>Durée du gestionnaire</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Planifie</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Random rate (Poisson)</source>
        <translation>Taux aléatoire (Poisson)</translation>
    </message>
    <message>
        <source>Add IRQ source</source>
        <translation>Ajouter une source d&apos;IRQ</translation>
    </message>
    <message>
        <source>Edit IRQ source</source>
        <translation>Modifier la source d&apos;IRQ</translation>
    </message>
</context>
<context>
    <name>tlui::JitaskletTableModel</name>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 on CPU%2 by %3 (pid %4), %5</source>
        <translation>%1 sur CPU%2 par %3 (pid %4), %5</translation>
    </message>
</context>
<context>
    <name>tlui::KernelLogPanel</name>
    <message>
        <source>$ dmesg (no kernel messages yet)</source>
        <translation>$ dmesg (pas encore de message du noyau)</translation>
    </message>
    <message>
        <source>The simulated machine stopped on a fatal kernel error.</source>
        <translation>La machine simulée s&apos;est arrêtée sur une erreur fatale du noyau.</translation>
    </message>
</context>
<context>
    <name>tlui::LessonPanel</name>
    <message>
        <source>Run to the next step</source>
        <translation>Aller à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>This scenario has no narrated steps.</source>
        <translation>Ce scénario n&apos;a pas d&apos;étapes commentées.</translation>
    </message>
    <message>
        <source>Press Space to play, or &quot;Run to the next step&quot;.</source>
        <translation>Appuyez sur Espace pour lancer, ou « Aller à l&apos;étape suivante ».</translation>
    </message>
    <message>
        <source>Predict:</source>
        <translation>Prédiction :</translation>
    </message>
</context>
<context>
    <name>tlui::MachineDialog</name>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>profile default</source>
        <translation>valeur du profil</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Kernel profile</source>
        <translation>Profil de noyau</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Applying restarts the simulation from time 0.</source>
        <translation>Appliquer redémarre la simulation à l&apos;instant 0.</translation>
    </message>
    <message>
        <source>%1 (default HZ %2, ksoftirqd nice %3)</source>
        <translation>%1 (HZ par défaut %2, ksoftirqd nice %3)</translation>
    </message>
</context>
<context>
    <name>tlui::MainWindow</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>The run has reached its end.</source>
        <translation>L&apos;exécution est terminée.</translation>
    </message>
    <message>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Ouvrir un scénario…</translation>
    </message>
    <message>
        <source>&amp;Save Scenario</source>
        <translation>&amp;Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Save Scenario &amp;As…</source>
        <translation>Enregistrer le scénario &amp;sous…</translation>
    </message>
    <message>
        <source>Export Trace CSV…</source>
        <translation>Exporter la trace en CSV…</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV…</source>
        <translation>Exporter les lectures /proc en CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Run / pause the simulation (Space)</source>
        <translation>Lancer / suspendre la simulation (Espace)</translation>
    </message>
    <message>
        <source>Step Event</source>
        <translation>Un événement</translation>
    </message>
    <message>
        <source>Step to Next Tick</source>
        <translation>Jusqu&apos;au prochain tick</translation>
    </message>
    <message>
        <source>Run Until…</source>
        <translation>Exécuter jusqu&apos;à…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Run to Next Tasklet Run</source>
        <translation>Jusqu&apos;à la prochaine exécution de tasklet</translation>
    </message>
    <message>
        <source>Run to Next Lesson Step</source>
        <translation>Jusqu&apos;à la prochaine étape de la leçon</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Machine…</source>
        <translation>&amp;Machine…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Follow Live</source>
        <translation>Suivre en direct</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;About TaskletLab</source>
        <translation>À &amp;propos de TaskletLab</translation>
    </message>
    <message>
        <source>Tasklets</source>
        <translation>Tasklets</translation>
    </message>
    <message>
        <source>Kernel State</source>
        <translation>État du noyau</translation>
    </message>
    <message>
        <source>IRQs and Load</source>
        <translation>IRQ et charge</translation>
    </message>
    <message>
        <source>/proc</source>
        <translation>/proc</translation>
    </message>
    <message>
        <source>Kernel Log</source>
        <translation>Journal du noyau</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Lesson</source>
        <translation>Ouvrir une &amp;leçon</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Speed </source>
        <translation>Vitesse </translation>
    </message>
    <message>
        <source>From slow motion (1 us of simulated time per second) over real time to as fast as possible</source>
        <translation>Du ralenti (1 µs de temps simulé par seconde) au temps réel, jusqu&apos;au plus vite possible</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Profile ldd3-book: the pre-2.6.2 &quot;mask&quot; restart rule, the only one that reproduces the book&apos;s sample.</source>
        <translation>Profil ldd3-book : la règle de relance « mask » d&apos;avant 2.6.2, la seule qui reproduit l&apos;exemple du livre.</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Aucun scénario n&apos;est chargé.</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Session non enregistrée</translation>
    </message>
    <message>
        <source>The simulation has actions that are not saved. Save the scenario (with your actions) first?</source>
        <translation>La simulation contient des actions non enregistrées. Enregistrer d&apos;abord le scénario (avec vos actions) ?</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Fichiers de scénario (*.json)</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Fichiers de scénario (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Trace CSV</source>
        <translation>Exporter la trace en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export /proc Reads CSV</source>
        <translation>Exporter les lectures /proc en CSV</translation>
    </message>
    <message>
        <source>Run Until</source>
        <translation>Exécuter jusqu&apos;à</translation>
    </message>
    <message>
        <source>Simulated time (e.g. 5ms, 250us, 3j):</source>
        <translation>Temps simulé (par ex. 5ms, 250us, 3j) :</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
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
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>%1[*] — TaskletLab</source>
        <translation>%1[*] — TaskletLab</translation>
    </message>
    <message>
        <source>About TaskletLab</source>
        <translation>À propos de TaskletLab</translation>
    </message>
    <message>
        <source>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;A deterministic simulator of Linux tasklets and softirqs for teaching LDD3 chapter 7.5.&lt;br&gt;The engine owns the simulated kernel; this window shows it and records every action you make so that the session can be saved and replayed.</source>
        <translation>&lt;b&gt;TaskletLab&lt;/b&gt;&lt;br&gt;Un simulateur déterministe des tasklets et softirqs de Linux pour enseigner le chapitre 7.5 de LDD3.&lt;br&gt;Le moteur possède le noyau simulé ; cette fenêtre l&apos;affiche et enregistre chacune de vos actions pour que la session puisse être sauvegardée et rejouée.</translation>
    </message>
</context>
<context>
    <name>tlui::ProcPanel</name>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>cat the file now on the chosen CPU (the reader is a new task &quot;cat&quot;)</source>
        <translation>Lire le fichier maintenant avec cat sur le CPU choisi (le lecteur est une nouvelle tâche « cat »)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>$ cat /proc/jitasklet</source>
        <translation>$ cat /proc/jitasklet</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Aucun scénario n&apos;est chargé.</translation>
    </message>
    <message>
        <source>Save /proc reads as CSV</source>
        <translation>Enregistrer les lectures /proc en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
</context>
<context>
    <name>tlui::SimulationController</name>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Aucun scénario n&apos;est chargé.</translation>
    </message>
    <message>
        <source>The run has reached its end. Reset to start again.</source>
        <translation>L&apos;exécution est terminée. Réinitialisez pour recommencer.</translation>
    </message>
    <message>
        <source>There is no further lesson step.</source>
        <translation>Il n&apos;y a pas d&apos;autre étape dans la leçon.</translation>
    </message>
    <message>
        <source>No tasklet ran before the end of the run.</source>
        <translation>Aucune tasklet n&apos;a été exécutée avant la fin.</translation>
    </message>
</context>
<context>
    <name>tlui::Speed</name>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>temps réel</translation>
    </message>
    <message>
        <source>%1 per s</source>
        <translation>%1 par s</translation>
    </message>
</context>
<context>
    <name>tlui::State</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>exécutable</translation>
    </message>
    <message>
        <source>sleeping (S)</source>
        <translation>endormie (S)</translation>
    </message>
    <message>
        <source>sleeping (D)</source>
        <translation>endormie (D)</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>morte</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletPanel</name>
    <message>
        <source>Call on CPU</source>
        <translation>Appel sur CPU</translation>
    </message>
    <message>
        <source>from</source>
        <translation>depuis</translation>
    </message>
    <message>
        <source>process context</source>
        <translation>contexte processus</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>IRQ matérielle</translation>
    </message>
    <message>
        <source>Call %1() on the selected tasklet now, on the chosen CPU</source>
        <translation>Appeler %1() maintenant sur la tasklet choisie, sur le CPU choisi</translation>
    </message>
    <message>
        <source>New tasklet…</source>
        <translation>Nouvelle tasklet…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected tasklet (restarts the simulation without it)</source>
        <translation>Supprimer la tasklet choisie (redémarre la simulation sans elle)</translation>
    </message>
    <message>
        <source>CPU%1</source>
        <translation>CPU%1</translation>
    </message>
    <message>
        <source>Select a tasklet first.</source>
        <translation>Choisissez d&apos;abord une tasklet.</translation>
    </message>
    <message>
        <source>No scenario is loaded.</source>
        <translation>Aucun scénario n&apos;est chargé.</translation>
    </message>
    <message>
        <source>There is no tasklet %1 in the scenario.</source>
        <translation>Le scénario ne contient pas de tasklet %1.</translation>
    </message>
    <message>
        <source>New tasklet</source>
        <translation>Nouvelle tasklet</translation>
    </message>
    <message>
        <source> us</source>
        <translation> µs</translation>
    </message>
    <message>
        <source>DECLARE_TASKLET_DISABLED (count starts at 1)</source>
        <translation>DECLARE_TASKLET_DISABLED (count commence à 1)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>How many times the callback schedules itself again (-1: always)</source>
        <translation>Combien de fois le callback se replanifie (-1 : toujours)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Work per run</source>
        <translation>Travail par exécution</translation>
    </message>
    <message>
        <source>Reschedules itself</source>
        <translation>Se replanifie</translation>
    </message>
    <message>
        <source>Remove tasklet</source>
        <translation>Supprimer la tasklet</translation>
    </message>
    <message>
        <source>Remove tasklet %1? The simulation restarts from time 0 without it.</source>
        <translation>Supprimer la tasklet %1 ? La simulation redémarre à l&apos;instant 0 sans elle.</translation>
    </message>
</context>
<context>
    <name>tlui::TaskletTableModel</name>
    <message>
        <source> (jit module)</source>
        <translation> (module jit)</translation>
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
        <translation>TASKLET_STATE_SCHED : dans la liste d&apos;un CPU et pas encore démarrée</translation>
    </message>
    <message>
        <source>TASKLET_STATE_RUN: the callback is executing (SMP only)</source>
        <translation>TASKLET_STATE_RUN : le callback s&apos;exécute (SMP seulement)</translation>
    </message>
    <message>
        <source>Disable count: the tasklet runs only when it is 0</source>
        <translation>Compteur de désactivation : la tasklet ne s&apos;exécute que s&apos;il vaut 0</translation>
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
        <translation>En file sur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Running on</source>
        <translation>S&apos;exécute sur</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
</context>
<context>
    <name>tlui::Timeline</name>
    <message>
        <source>not started</source>
        <translation>pas démarré</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>ksoftirqd</source>
        <translation>ksoftirqd</translation>
    </message>
    <message>
        <source>softirq processing</source>
        <translation>traitement des softirqs</translation>
    </message>
    <message>
        <source>hard IRQ</source>
        <translation>IRQ matérielle</translation>
    </message>
    <message>
        <source>softirq vector</source>
        <translation>vecteur de softirq</translation>
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
        <translation>temps : %1 (jiffies %2)</translation>
    </message>
    <message>
        <source>CPU%1, context %2</source>
        <translation>CPU%1, contexte %2</translation>
    </message>
    <message>
        <source>current: %1 (pid %2)</source>
        <translation>current : %1 (pid %2)</translation>
    </message>
    <message>
        <source>tasklet state: %1</source>
        <translation>état de la tasklet : %1</translation>
    </message>
    <message>
        <source>vector %1</source>
        <translation>vecteur %1</translation>
    </message>
    <message>
        <source>CPU%1, from %2 to %3</source>
        <translation>CPU%1, de %2 à %3</translation>
    </message>
    <message>
        <source>duration %1, jiffies %2</source>
        <translation>durée %1, jiffies %2</translation>
    </message>
    <message>
        <source>in task %1</source>
        <translation>dans la tâche %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>queued by this call</source>
        <translation>mise en file par cet appel</translation>
    </message>
</context>
<context>
    <name>tlui::TimelineView</name>
    <message>
        <source>raise</source>
        <translation>raise</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>disable</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>enable</translation>
    </message>
    <message>
        <source>kill</source>
        <translation>kill</translation>
    </message>
    <message>
        <source>kernel message</source>
        <translation>message du noyau</translation>
    </message>
    <message>
        <source>/proc read</source>
        <translation>lecture /proc</translation>
    </message>
    <message>
        <source>simulated time</source>
        <translation>temps simulé</translation>
    </message>
    <message>
        <source>jiffies (ticks)</source>
        <translation>jiffies (ticks)</translation>
    </message>
    <message>
        <source>CPU lanes</source>
        <translation>Couloirs des CPU</translation>
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
        <translation>Δt = %1 ns (%2), %3 jiffies</translation>
    </message>
    <message>
        <source>Wheel or +/-: zoom · drag or arrow keys: pan · Shift+drag: zoom to area · Home: fit · F: follow live · A/B: set markers at the mouse · click: select</source>
        <translation>Molette ou +/- : zoom · glisser ou flèches : déplacer · Maj+glisser : zoomer sur la zone · Début : tout · F : suivre en direct · A/B : repères à la souris · clic : sélectionner</translation>
    </message>
    <message>
        <source>→ runs at %1 on CPU%2</source>
        <translation>→ s&apos;exécute à %1 sur CPU%2</translation>
    </message>
    <message>
        <source>→ has not run yet</source>
        <translation>→ ne s&apos;est pas encore exécutée</translation>
    </message>
    <message>
        <source>← scheduled at %1 on CPU%2</source>
        <translation>← planifiée à %1 sur CPU%2</translation>
    </message>
</context>
</TS>
